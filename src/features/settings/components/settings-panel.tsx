import { useId, type RefObject } from 'react';

import { href, routes } from '@/lib/router';
import { TEXT_SIZES, THEMES, updateSettings, useSettings, type TextSize, type Theme } from '@/lib/settings';
import { useDocumentEvent } from '@/lib/use-document-event';

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const SIZE_LABELS: Record<TextSize, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'Largest',
};

interface Props {
  id: string;
  /** The menu (button and panel): a press outside it closes the panel. */
  menu: RefObject<HTMLElement | null>;
  /** Escape closes with `refocus` (focus back to the button); a press outside without. */
  onClose: (refocus: boolean) => void;
}

/**
 * The settings menu's panel: theme and text size, applied and remembered as they change. Its closing
 * listeners live here, with the panel's own chunk, since they only matter while it is open.
 */
export function SettingsPanel({ id, menu, onClose }: Props) {
  const settings = useSettings();
  useDocumentEvent('keydown', (e) => {
    if (e.key === 'Escape') onClose(true);
  });
  useDocumentEvent('pointerdown', (e) => {
    if (!menu.current?.contains(e.target as Node)) onClose(false);
  });
  return (
    <div
      id={id}
      className="absolute right-0 z-40 mt-2 w-64 rounded-lg border border-edge bg-panel p-4 shadow-lg dark:shadow-black/60"
    >
      <Choice
        legend="Theme"
        values={THEMES}
        labels={THEME_LABELS}
        value={settings.theme}
        onChange={(theme) => updateSettings({ theme })}
      />
      <Choice
        legend="Text size"
        values={TEXT_SIZES}
        labels={SIZE_LABELS}
        value={settings.textSize}
        onChange={(textSize) => updateSettings({ textSize })}
      />
      <a
        href={href(routes.corrections())}
        onClick={() => onClose(false)}
        className="mt-1 flex min-h-11 items-center border-t border-rule pt-1 underline"
      >
        Your corrections
      </a>
    </div>
  );
}

interface ChoiceProps<T extends string> {
  legend: string;
  values: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}

function Choice<T extends string>({ legend, values, labels, value, onChange }: ChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="mb-3 last:mb-0">
      <legend className="mb-1 text-sm font-semibold">{legend}</legend>
      <div className="grid grid-cols-2 gap-1">
        {values.map((v) => (
          <label
            key={v}
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded px-2 has-[:checked]:bg-rule"
          >
            <input type="radio" name={name} checked={v === value} onChange={() => onChange(v)} />
            {labels[v]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
