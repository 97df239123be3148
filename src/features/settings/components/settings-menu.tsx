import { useEffect, useId, useRef, useState } from 'react';

import { TEXT_SIZES, THEMES, updateSettings, useSettings, type TextSize, type Theme } from '@/lib/settings';

const THEME_LABELS: Record<Theme, string> = { system: 'System', light: 'Light', dark: 'Dark' };
const SIZE_LABELS: Record<TextSize, string> = {
  small: 'Small',
  medium: 'Medium',
  large: 'Large',
  'x-large': 'Largest',
};

/** Theme and text size, remembered; a disclosure panel closed by Escape or a click outside. */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const settings = useSettings();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 hover:bg-[var(--rule)]"
      >
        <span aria-hidden="true">Aa</span>
        <span className="sr-only">Settings</span>
      </button>
      {open && (
        <div
          id={panelId}
          className="absolute right-0 z-40 mt-2 w-64 rounded-lg border border-[var(--rule)] bg-[var(--panel)] p-4 shadow-lg"
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
        </div>
      )}
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
            className="flex min-h-11 cursor-pointer items-center gap-2 rounded px-2 has-[:checked]:bg-[var(--rule)]"
          >
            <input type="radio" name={name} checked={v === value} onChange={() => onChange(v)} />
            {labels[v]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
