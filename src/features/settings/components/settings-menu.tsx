import { useEffect, useId, useRef, useState } from 'react';

import { lazyModule, prefetch, prefetchWhenIdle, useLazyModule } from '@/lib/lazy-module';

// The panel is a chunk of its own, fetched when the pointer or focus reaches the button (or when idle).
const panelModule = lazyModule(() => import('./settings-panel'));

/** Theme and text size, remembered; a disclosure panel closed by Escape or a click outside. */
export function SettingsMenu() {
  const [open, setOpen] = useState(false);
  const panel = useLazyModule(panelModule, open);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => prefetchWhenIdle(panelModule), []);
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
        onPointerEnter={() => prefetch(panelModule)}
        onFocus={() => prefetch(panelModule)}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 hover:bg-[var(--rule)]"
      >
        <span aria-hidden="true">Aa</span>
        <span className="sr-only">Settings</span>
      </button>
      {open && panel && <panel.SettingsPanel id={panelId} onClose={() => setOpen(false)} />}
    </div>
  );
}
