import { useEffect, useId, useRef, useState } from 'react';

import { lazyModule, prepare, prefetchWhenIdle, useLazyModule } from '@/lib/lazy-module';

// The panel is a chunk of its own, fetched when the pointer or focus reaches the button (or when idle).
const panelModule = lazyModule(() => import('./settings-panel'));

/** Theme and text size, remembered; a disclosure panel (closed by Escape or a click outside, see the panel). */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const panel = useLazyModule(panelModule, open);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => prefetchWhenIdle(panelModule), []);

  return (
    <div ref={root} className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={() => prepare(panelModule)}
        onFocus={() => prepare(panelModule)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 hover:bg-rule"
      >
        <span aria-hidden="true">Aa</span>
        <span className="sr-only">Settings</span>
      </button>
      {open && panel && (
        <panel.SettingsPanel
          id={panelId}
          menu={root}
          onClose={(refocus) => {
            setOpen(false);
            if (refocus) button.current?.focus();
          }}
        />
      )}
    </div>
  );
}
