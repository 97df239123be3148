import { useId, useState, type FormEvent } from 'react';

import type { Correction } from '@/content/corrections/schema';
import type { Article, Quote } from '@/content/schema';

import { draftOf, SOMEONE_ELSE, toCorrection, UNKNOWN, type Draft } from '../lib/correction-draft';
import { NewSpeakerFields } from './new-speaker-fields';

interface Props {
  readonly article: Article;
  readonly quote: Quote;
  readonly earlier: Correction | undefined;
  /** With null when nothing changed. */
  readonly onSave: (correction: Correction | null) => void;
  readonly onCancel: () => void;
}

const KIND_LABELS = { direct: 'Direct', indirect: 'Indirect (reported)', mixed: 'Mixed (partly quoted)' };

const FIELD = 'min-h-11 w-full rounded-md border border-rule bg-page px-2';
export const FORM_BUTTON =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-rule px-3 font-medium hover:bg-rule';

/** Who said it, what kind of quotation it is, or that it is none: the reader's correction. */
export function CorrectionForm({ article, quote, earlier, onSave, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(quote));
  const [nameMissing, setNameMissing] = useState(false);
  const ids = { speaker: useId(), kind: useId(), name: useId() };
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const result = toCorrection(article, quote, earlier, draft, new Date().toISOString());
    if (result.ok) onSave(result.correction);
    else {
      setNameMissing(true);
      document.getElementById(ids.name)?.focus();
    }
  };

  return (
    <form onSubmit={submit} aria-label="Correct this quotation" className="mt-3 grid gap-3">
      <fieldset disabled={draft.rejected} className="grid gap-3 disabled:opacity-60">
        <div>
          <label htmlFor={ids.speaker} className="mb-1 block font-semibold">
            Speaker
          </label>
          <select
            id={ids.speaker}
            value={draft.speaker}
            onChange={(e) => set({ speaker: e.target.value })}
            className={FIELD}
          >
            {article.speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
            <option value={UNKNOWN}>Unknown</option>
            <option value={SOMEONE_ELSE}>Someone else…</option>
          </select>
        </div>
        {draft.speaker === SOMEONE_ELSE && (
          <NewSpeakerFields
            draft={draft}
            set={set}
            nameId={ids.name}
            nameMissing={nameMissing}
            field={FIELD}
          />
        )}
        <fieldset>
          <legend className="mb-1 font-semibold">Kind</legend>
          <div className="flex flex-wrap gap-x-3">
            {(['direct', 'indirect', 'mixed'] as const).map((kind) => (
              <label key={kind} className="flex min-h-11 cursor-pointer items-center gap-2">
                <input
                  type="radio"
                  name={ids.kind}
                  checked={draft.kind === kind}
                  onChange={() => set({ kind })}
                />
                {KIND_LABELS[kind]}
              </label>
            ))}
          </div>
        </fieldset>
      </fieldset>
      <label className="flex min-h-11 cursor-pointer items-center gap-2">
        <input
          type="checkbox"
          checked={draft.rejected}
          onChange={(e) => set({ rejected: e.target.checked })}
        />
        Not a quotation
      </label>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={`${FORM_BUTTON} bg-ink text-page hover:bg-ink`}>
          Save
        </button>
        <button type="button" className={FORM_BUTTON} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
