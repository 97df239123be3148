import { useId } from 'react';

import type { Draft } from '../lib/correction-draft';

interface Props {
  readonly draft: Draft;
  readonly set: (change: Partial<Draft>) => void;
  readonly nameId: string;
  readonly nameMissing: boolean;
  readonly field: string;
}

/** "Someone else…": the speaker's name, whether a person or an organisation, and a role if known. */
export function NewSpeakerFields({ draft, set, nameId, nameMissing, field }: Props) {
  const ids = { kind: useId(), role: useId(), problem: useId() };
  return (
    <>
      <div>
        <label htmlFor={nameId} className="mb-1 block font-semibold">
          Name
        </label>
        <input
          id={nameId}
          value={draft.name}
          onChange={(e) => set({ name: e.target.value })}
          autoComplete="off"
          aria-invalid={(nameMissing && draft.name.trim() === '') || undefined}
          aria-describedby={nameMissing ? ids.problem : undefined}
          className={field}
        />
        {nameMissing && draft.name.trim() === '' && (
          <p id={ids.problem} className="mt-1 text-red-800 dark:text-red-300">
            Enter the speaker’s name.
          </p>
        )}
      </div>
      <fieldset>
        <legend className="sr-only">Who is it</legend>
        <div className="flex flex-wrap gap-x-3">
          {(['person', 'organisation'] as const).map((kind) => (
            <label key={kind} className="flex min-h-11 cursor-pointer items-center gap-2">
              <input
                type="radio"
                name={ids.kind}
                checked={draft.newKind === kind}
                onChange={() => set({ newKind: kind })}
              />
              {kind === 'person' ? 'Person' : 'Organisation'}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={ids.role} className="mb-1 block font-semibold">
          Role <span className="font-normal text-muted">(optional)</span>
        </label>
        <input
          id={ids.role}
          value={draft.role}
          onChange={(e) => set({ role: e.target.value })}
          autoComplete="off"
          className={field}
        />
      </div>
    </>
  );
}
