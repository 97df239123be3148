import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { analyzeSource, validateArticle } from '@/content/compile-article';
import { targetOf, type Correction } from '@/content/corrections/schema';
import { ArticleId, type Article, type Quote } from '@/content/schema';

import { correctionOf, draftOf, SOMEONE_ELSE, toCorrection, UNKNOWN } from './correction-draft';

const analyzed = analyzeSource(
  readFileSync(new URL('../../../content/articles/seed.txt', import.meta.url), 'utf8'),
);
if (!analyzed.ok) throw new Error('the seed does not analyse');
const validated = validateArticle(analyzed.analysis, { id: 'seed', sourceFile: 'seed.txt' });
if (!validated.ok) throw new Error('the seed does not validate');
const seed: Article = validated.article;
const q7 = seed.quotes.find((q) => q.id === 'q7') as Quote;
const AT = '2026-12-01T02:00:00.000Z';
const target = targetOf(seed.text, q7.span);

describe('toCorrection', () => {
  it('saves nothing when nothing changed', () => {
    expect(toCorrection(seed, q7, undefined, draftOf(q7), AT)).toEqual({ ok: true, correction: null });
  });

  it('names an existing speaker by name, and only what changed', () => {
    const draft = { ...draftOf(q7), speaker: 's1' };
    expect(toCorrection(seed, q7, undefined, draft, AT)).toEqual({
      ok: true,
      correction: { article: seed.id, target, speaker: { name: 'Zamir Kabulov' }, at: AT },
    });
  });

  it('says unknown with null, and a new speaker with their kind and role', () => {
    const unknown = toCorrection(seed, q7, undefined, { ...draftOf(q7), speaker: UNKNOWN }, AT);
    expect(unknown.ok && unknown.correction?.speaker).toBeNull();
    const draft = {
      ...draftOf(q7),
      speaker: SOMEONE_ELSE,
      name: ' Jane Roe ',
      newKind: 'organisation' as const,
      role: '',
    };
    const made = toCorrection(seed, q7, undefined, draft, AT);
    expect(made.ok && made.correction?.speaker).toEqual({
      name: 'Jane Roe',
      kind: 'organisation',
      role: null,
    });
  });

  it('wants a name for someone else', () => {
    expect(toCorrection(seed, q7, undefined, { ...draftOf(q7), speaker: SOMEONE_ELSE }, AT)).toEqual({
      ok: false,
      problem: 'name',
    });
  });

  it('keeps what an earlier correction of the quotation set, and its target', () => {
    const earlier: Correction = {
      article: seed.id,
      target: { ...target, span: [1, 2] },
      speaker: { name: 'Taliban' },
    };
    const made = toCorrection(seed, q7, earlier, { ...draftOf(q7), kind: 'direct' }, AT);
    expect(made).toEqual({
      ok: true,
      correction: {
        article: seed.id,
        target: earlier.target,
        speaker: { name: 'Taliban' },
        kind: 'direct',
        at: AT,
      },
    });
  });

  it('rejects with nothing else', () => {
    const made = toCorrection(seed, q7, undefined, { ...draftOf(q7), kind: 'direct', rejected: true }, AT);
    expect(made).toEqual({ ok: true, correction: { article: seed.id, target, rejected: true, at: AT } });
  });
});

describe('correctionOf', () => {
  it('finds the latest correction aimed at the quotation, in this article only', () => {
    const a: Correction = { article: seed.id, target, kind: 'direct' };
    const b: Correction = { article: seed.id, target, kind: 'mixed' };
    const other: Correction = { article: ArticleId.parse('other'), target, kind: 'mixed' };
    const q1 = seed.quotes[0] as Quote;
    expect(correctionOf(seed, q7, [a, b, other])).toBe(b);
    expect(correctionOf(seed, q1, [a, b])).toBeUndefined();
  });
});
