import type { Hit } from '@/content/search/present';

import { markParts } from '../lib/mark-parts';

/**
 * Who or what a hit is, said before its text and not by colour alone: "Zamir Kabulov said:" (direct),
 * "Ashraf Ghani, paraphrased:" (indirect), "Speaker:", "Title:".
 */
export function hitLabel(hit: Hit): string {
  switch (hit.kind) {
    case 'quote':
      return `${hit.speaker?.name ?? 'Unattributed'}${hit.quote?.kind === 'indirect' ? ', paraphrased:' : ' said:'}`;
    case 'speaker':
      return hit.speaker && hit.speaker.name !== hit.text ? `${hit.speaker.name},` : 'Speaker:';
    case 'title':
      return 'Title:';
    case 'text':
      return '';
  }
}

/** A hit's snippet with its matches in `<mark>`, as text nodes only (article text is untrusted). */
export function HitSnippet({ hit }: { hit: Hit }) {
  const label = hitLabel(hit);
  const quoted = hit.kind === 'quote' && hit.quote?.kind !== 'indirect';
  return (
    <>
      {label && <span className="font-semibold">{label} </span>}
      <span>
        {quoted && '“'}
        {hit.cutBefore && '…'}
        {markParts(hit.text, hit.marks).map((part, i) =>
          part.marked ? (
            <mark key={i} className="rounded-sm bg-[var(--speaker-6-tint)] px-0.5 font-semibold text-inherit">
              {part.text}
            </mark>
          ) : (
            part.text
          ),
        )}
        {hit.cutAfter && '…'}
        {quoted && '”'}
      </span>
    </>
  );
}
