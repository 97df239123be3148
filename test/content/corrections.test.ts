// Corrections applied to real articles: golden expectations on the seed, and properties over every
// combination of corrections on several engine outputs (the result always validates and stays consistent).

import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';

import { analyzeSource, validateArticle } from '@/content/compile-article';
import { applyCorrections } from '@/content/corrections/apply';
import {
  Correction,
  Overrides,
  quoteFingerprint,
  targetOf,
  toOverrides,
  type SpeakerChoice,
} from '@/content/corrections/schema';
import { Article, countQuotes } from '@/content/schema';

function compile(path: string, id: string): Article {
  const analyzed = analyzeSource(readFileSync(new URL(path, import.meta.url), 'utf8'));
  if (!analyzed.ok) throw new Error(analyzed.problem.message);
  const validated = validateArticle(analyzed.analysis, { id, sourceFile: `${id}.txt` });
  if (!validated.ok) throw new Error(validated.problem.message);
  return validated.article;
}

let seed: Article;
beforeAll(() => {
  seed = compile('../../src/content/articles/seed.txt', 'seed');
});

const quote = (article: Article, id: string) => {
  const q = article.quotes.find((x) => x.id === id);
  if (!q) throw new Error(`no ${id}`);
  return q;
};
/** A correction of quotation `id` of the seed, as the app makes it. */
const fix = (id: string, fields: Omit<Correction, 'article' | 'target'>, article = seed): Correction =>
  Correction.parse({
    article: article.id,
    target: targetOf(article.text, quote(article, id).span),
    ...fields,
  });
const speakerNamed = (article: Article, name: string) => article.speakers.find((s) => s.name === name);

describe('applyCorrections on the seed', () => {
  it('starts from what the journeys and these tests assume', () => {
    expect(seed.quotes.map((q) => `${q.id}:${q.kind}:${q.speakerId ?? '-'}:${q.parentId ?? '-'}`)).toEqual([
      'q1:indirect:s1:-',
      'q2:indirect:s1:-',
      'q3:direct:s1:-',
      'q4:indirect:s1:-',
      'q5:direct:s1:-',
      'q6:direct:s1:-',
      'q7:indirect:s2:-',
      'q8:direct:s1:-',
      'q9:direct:s3:q8',
      'q10:indirect:s1:-',
    ]);
  });

  it('reassigns a quotation to an existing speaker by name, moving it between their quoteIds', () => {
    const { article, applied, unmatched } = applyCorrections(seed, [
      fix('q7', { speaker: { name: 'zamir kabulov' } }),
    ]);
    expect(Article.safeParse(article).success).toBe(true);
    expect(applied.map((a) => a.quoteId)).toEqual(['q7']);
    expect(unmatched).toEqual([]);
    expect(quote(article, 'q7')).toMatchObject({
      speakerId: 's1',
      mention: null,
      speakerSource: null,
      confidence: 1,
      corrected: true,
      kind: 'indirect',
    });
    expect(speakerNamed(article, 'Zamir Kabulov')?.quoteIds).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q10',
    ]);
    // Ghani stays (colours follow the speakers' order) with nothing credited to him.
    expect(speakerNamed(article, 'Ashraf Ghani')?.quoteIds).toEqual([]);
    expect(article.speakers.map((s) => s.id)).toEqual(['s1', 's2', 's3']);
    // Untouched quotations are not marked.
    expect(quote(article, 'q1').corrected).toBeUndefined();
  });

  it('changes a kind and recounts the article', () => {
    const { article } = applyCorrections(seed, [fix('q1', { kind: 'direct' })]);
    expect(quote(article, 'q1')).toMatchObject({ kind: 'direct', speakerId: 's1', corrected: true });
    expect(quote(article, 'q1').mention).toEqual(quote(seed, 'q1').mention);
    expect(article.stats.quotes).toEqual({ total: 10, direct: 6, indirect: 4, mixed: 0 });
  });

  it('removes a rejected quotation, its nested quotation moving up a level', () => {
    const { article } = applyCorrections(seed, [fix('q8', { rejected: true })]);
    expect(Article.safeParse(article).success).toBe(true);
    expect(article.quotes.map((q) => q.id)).not.toContain('q8');
    expect(quote(article, 'q9')).toMatchObject({ parentId: null, speakerId: 's3' });
    expect(quote(article, 'q9').corrected).toBeUndefined();
    expect(article.stats.quotes).toEqual({ total: 9, direct: 4, indirect: 5, mixed: 0 });
    expect(speakerNamed(article, 'Zamir Kabulov')?.quoteIds).not.toContain('q8');
    // The words stay: only the highlight goes.
    expect(article.text).toBe(seed.text);
  });

  it('adds a new speaker with an id that cannot clash, once for the same name', () => {
    const jane: SpeakerChoice = { name: 'Jane Roe', kind: 'person', role: 'analyst' };
    const { article } = applyCorrections(seed, [
      fix('q10', { speaker: jane }),
      fix('q4', { speaker: { ...jane, name: 'JANE ROE', role: null } }),
      fix('q2', { speaker: { name: 'Kabul Times', kind: 'organisation', role: null } }),
    ]);
    expect(Article.safeParse(article).success).toBe(true);
    expect(article.speakers.slice(3)).toEqual([
      {
        id: 'corrected-1',
        name: 'Jane Roe',
        named: true,
        kind: 'person',
        roles: ['analyst'],
        aliases: [],
        mentions: [],
        quoteIds: ['q4', 'q10'],
      },
      expect.objectContaining({
        id: 'corrected-2',
        name: 'Kabul Times',
        kind: 'organisation',
        quoteIds: ['q2'],
      }),
    ]);
  });

  it('skips ids the article already uses for new speakers', () => {
    const taken = {
      ...seed,
      speakers: seed.speakers.map((s, i) => (i === 0 ? { ...s, id: 'corrected-1' } : s)),
    };
    const renamed = Article.parse({
      ...taken,
      quotes: seed.quotes.map((q) => (q.speakerId === 's1' ? { ...q, speakerId: 'corrected-1' } : q)),
    });
    const { article } = applyCorrections(renamed, [
      fix('q7', { speaker: { name: 'X', kind: 'person', role: null } }, renamed),
    ]);
    expect(quote(article, 'q7').speakerId).toBe('corrected-2');
  });

  it('makes a quotation unattributed', () => {
    const { article } = applyCorrections(seed, [fix('q9', { speaker: null })]);
    expect(quote(article, 'q9')).toMatchObject({ speakerId: null, mention: null, corrected: true });
    expect(speakerNamed(article, 'Taliban')?.quoteIds).toEqual([]);
  });

  it('lets later corrections of one quotation win field by field', () => {
    const { article } = applyCorrections(seed, [
      fix('q7', { kind: 'mixed', speaker: null }),
      fix('q7', { kind: 'direct' }),
    ]);
    expect(quote(article, 'q7')).toMatchObject({ kind: 'direct', speakerId: null });
  });

  it('finds a quotation whose id and offsets changed by its words', () => {
    const correction = fix('q7', { kind: 'direct' });
    const shifted = {
      ...correction,
      target: {
        ...correction.target,
        span: [correction.target.span[0] + 40, correction.target.span[1] + 40] as const,
      },
    };
    const renumbered = Article.parse({
      ...seed,
      quotes: seed.quotes.map((q) => ({
        ...q,
        id: `x-${q.id}`,
        parentId: q.parentId && `x-${q.parentId}`,
        continuesId: q.continuesId && `x-${q.continuesId}`,
      })),
      speakers: seed.speakers.map((s) => ({ ...s, quoteIds: s.quoteIds.map((id) => `x-${id}`) })),
    });
    const { article, applied } = applyCorrections(renumbered, [shifted]);
    expect(applied.map((a) => a.quoteId)).toEqual(['x-q7']);
    expect(quote(article, 'x-q7').kind).toBe('direct');
  });

  it('reports what it cannot match and ignores other articles', () => {
    const lost = Correction.parse({
      article: 'seed',
      target: { span: [0, 5], text: 'Nobody said this' },
      kind: 'direct',
    });
    const nobody = fix('q1', { speaker: { name: 'Nobody' } });
    const elsewhere = { ...fix('q1', { kind: 'direct' }), article: 'other' } as Correction;
    const result = applyCorrections(seed, [lost, nobody, elsewhere]);
    expect(result.article).toBe(seed);
    expect(result.applied).toEqual([]);
    expect(result.unmatched).toEqual([
      { correction: lost, reason: 'no-quotation' },
      { correction: nobody, reason: 'no-speaker' },
    ]);
  });
});

describe('the overrides file', () => {
  it('round-trips and names each quotation by its first words', () => {
    const file = toOverrides([fix('q7', { speaker: null })]);
    expect(Overrides.parse(JSON.parse(JSON.stringify(file)))).toEqual(file);
    expect(file.corrections[0]?.target.text).toBe('he personally had no obligations in this regard');
  });

  it.each([
    ['another format', { format: 'other', version: 1, corrections: [] }],
    ['a newer version', { format: 'verbatim-overrides', version: 2, corrections: [] }],
    [
      'a correction that changes nothing',
      {
        format: 'verbatim-overrides',
        version: 1,
        corrections: [{ article: 'seed', target: { span: [0, 1], text: 'a' } }],
      },
    ],
    [
      'a bad article id',
      {
        format: 'verbatim-overrides',
        version: 1,
        corrections: [{ article: '../x', target: { span: [0, 1], text: 'a' }, kind: 'direct' }],
      },
    ],
    [
      'a span ending before it starts',
      {
        format: 'verbatim-overrides',
        version: 1,
        corrections: [{ article: 'seed', target: { span: [5, 1], text: 'a' }, kind: 'direct' }],
      },
    ],
    ['an unknown field', { format: 'verbatim-overrides', version: 1, corrections: [], extra: true }],
  ])('rejects %s', (_, value) => {
    expect(Overrides.safeParse(value).success).toBe(false);
  });

  it('fingerprints collapse whitespace and stop at 60 code points', () => {
    expect(quoteFingerprint('a  “b\n\tc”  d', [1, 11])).toBe('“b c”');
    expect([...quoteFingerprint('😀'.repeat(100), [0, 200])]).toHaveLength(60);
  });
});

describe('properties', () => {
  const articles = () => [
    seed,
    compile('../fixtures/nested-quote/source.txt', 'nested'),
    compile('../fixtures/attribution-interrupting/source.txt', 'interrupting'),
    compile('../fixtures/multi-paragraph-quote/source.txt', 'multi'),
    compile('../fixtures/no-speaker-honest-null/source.txt', 'unknown'),
  ];

  const change = fc.record(
    {
      speaker: fc.oneof(
        fc.constant<SpeakerChoice>(null),
        fc.record({
          name: fc.constantFrom('Ann', 'Bob', 'ann'),
          kind: fc.constantFrom('person' as const, 'organisation' as const),
          role: fc.constantFrom(null, 'mayor'),
        }),
        fc.nat(5).map((i): SpeakerChoice => ({
          name: seed.speakers[i % seed.speakers.length]?.name ?? 'x',
        })),
      ),
      kind: fc.constantFrom('direct' as const, 'indirect' as const, 'mixed' as const),
      rejected: fc.constant(true as const),
    },
    { requiredKeys: [] },
  );

  it('always gives a valid article whose speakers and counts agree with its quotations', () => {
    for (const source of articles()) {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(), change), { maxLength: 12 }), (picks) => {
          const corrections = picks.flatMap(([i, fields]) => {
            const q = source.quotes[i % Math.max(1, source.quotes.length)];
            const parsed =
              q &&
              Correction.safeParse({ article: source.id, target: targetOf(source.text, q.span), ...fields });
            return parsed?.success ? [parsed.data] : [];
          });
          const { article, applied, unmatched } = applyCorrections(source, corrections);
          expect(Article.safeParse(article).error).toBeUndefined();
          expect(applied.length + unmatched.length).toBe(corrections.length);
          expect(article.stats.quotes).toEqual(countQuotes(article.quotes));
          for (const s of article.speakers) {
            expect(s.quoteIds).toEqual(article.quotes.filter((q) => q.speakerId === s.id).map((q) => q.id));
          }
          const rejected = new Set(applied.filter((a) => a.correction.rejected).map((a) => a.quoteId));
          expect(article.quotes.filter((q) => rejected.has(q.id))).toEqual([]);
          expect(article.quotes.length).toBe(source.quotes.length - rejected.size);
        }),
        { numRuns: 150 },
      );
    }
  });
});
