// The compiled check (src/content/compiled-check.ts) may only say yes where valibot says yes: an article
// it passes is kept as it is, without valibot seeing it. Valid articles are broken at random, one field
// at a time, and every one the check passes must pass the schema too; the valid ones must pass the check,
// or it saves nothing.

import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';

import { analyze } from '@/analysis';
import { compileCheck } from '@/content/compiled-check';
import { toArticleInput, toCatalogEntry } from '@/content/derive';
import { safeParseArticle } from '@/content/fast-parse';
import { Article, Catalog } from '@/content/schema';

type Json = Record<string | number, unknown>;
type Path = readonly (string | number)[];

const source = (name: string) => readFileSync(new URL(name, import.meta.url), 'utf8');

// The seed, and a text with what the seed lacks: nested and continued quotations, mixed quotations,
// speakers with several mentions and roles.
const TEXTS = [
  source('../../src/content/articles/seed.txt'),
  [
    'Talks resume in Doha',
    '',
    '“We are ready,” said Maria Lopez, the foreign minister. “But we will not wait ‘forever,’ as one envoy put it.”',
    '',
    'Lopez said the talks would resume on Monday. The ministry said in a statement that it “welcomes” them.',
    '',
    'She added: “Nothing is agreed until everything is agreed.”',
  ].join('\n'),
];
const articles = TEXTS.map((text, i) =>
  JSON.stringify(toArticleInput(analyze(text), { id: `a${String(i)}`, sourceFile: 'a.txt' })),
);
const catalog = JSON.stringify({
  schemaVersion: 1,
  articles: articles.map((a) => toCatalogEntry(Article.parse(JSON.parse(a)))),
});

/** Every path to a value inside `value`, objects and arrays included. */
function paths(value: unknown, at: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [at];
  const children = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...children.flatMap((key) => paths((value as Json)[key], [...at, key]))];
}

function parentOf(root: unknown, path: Path): [Json, string | number] | null {
  const last = path.at(-1);
  if (last === undefined) return null;
  let node = root as Json;
  for (const key of path.slice(0, -1)) node = node[key] as Json;
  return [node, last];
}

const ODD_VALUES: readonly unknown[] = [
  null,
  undefined,
  '',
  'x',
  'q1',
  's1',
  0,
  -1,
  1.5,
  2,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  false,
  [],
  {},
  [2, 1],
  [0, 1, 2],
  [0, 1_000_000],
  ['a', 'b'],
  { span: [0, 1], text: 'x', kind: 'name' },
];

type Change =
  | { readonly op: 'set'; readonly pick: number; readonly value: unknown }
  | { readonly op: 'delete' | 'extra' | 'grow' | 'shrink'; readonly pick: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), pick: fc.nat(), value: fc.constantFrom(...ODD_VALUES) }),
  fc.record({
    op: fc.constantFrom('delete' as const, 'extra' as const, 'grow' as const, 'shrink' as const),
    pick: fc.nat(),
  }),
);

/** `json` parsed and changed in one place: a value replaced, a key removed or added, an array longer or shorter. */
function broken(json: string, { op, pick }: Change, value?: unknown): unknown {
  const root: unknown = JSON.parse(json);
  const all = paths(root);
  const path = all[pick % all.length] ?? [];
  const target = path.reduce<unknown>((node, key) => (node as Json)[key], root);
  if (op === 'set') {
    const place = parentOf(root, path);
    if (!place) return value;
    place[0][place[1]] = value;
  } else if (op === 'delete') {
    const place = parentOf(root, path);
    if (place) delete place[0][place[1]];
  } else if (target !== null && typeof target === 'object') {
    if (Array.isArray(target)) {
      if (op === 'grow') target.push(structuredClone(target.at(-1) ?? 0));
      if (op === 'shrink') target.pop();
    } else if (op === 'extra') (target as Json)['extra'] = 1;
  }
  return root;
}

describe('the compiled check', () => {
  const checkArticle = compileCheck(Article.schema);
  const checkCatalog = compileCheck(Catalog.schema);

  it('compiles the article and catalog schemas', () => {
    expect(checkArticle).not.toBeNull();
    expect(checkCatalog).not.toBeNull();
  });

  it('passes valid articles and catalogs', () => {
    for (const json of articles) expect(checkArticle?.(JSON.parse(json))).toBe(true);
    expect(checkCatalog?.(JSON.parse(catalog))).toBe(true);
  });

  it('passes no article that the schema rejects', () => {
    fc.assert(
      fc.property(fc.nat(articles.length - 1), change, (which, c) => {
        const value = broken(articles[which] ?? '', c, c.op === 'set' ? c.value : undefined);
        if (checkArticle?.(value)) expect(v.safeParse(Article.schema, value).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('passes no catalog that the schema rejects', () => {
    fc.assert(
      fc.property(change, (c) => {
        const value = broken(catalog, c, c.op === 'set' ? c.value : undefined);
        if (checkCatalog?.(value)) expect(v.safeParse(Catalog.schema, value).success).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  // Rows the fuzz might miss on a given run: each value breaks one rule, and the check must say no.
  it.each([
    ['a pattern', v.pipe(v.string(), v.regex(/^[a-z]+$/)), 'Not a slug'],
    ['a number that is NaN', v.number(), Number.NaN],
    ['an action of a pipe inside a pipe', v.pipe(v.pipe(v.number(), v.minValue(0)), v.maxValue(5)), -1],
    ['a tuple too long', v.strictTuple([v.number(), v.number()]), [1, 2, 3]],
    ['a tuple too short', v.strictTuple([v.number(), v.number()]), [1]],
    ['an optional key of the wrong kind', v.strictObject({ a: v.optional(v.literal(true)) }), { a: false }],
    ['a required key missing', v.strictObject({ a: v.nullable(v.string()) }), {}],
    ['a key the schema does not name', v.strictObject({ a: v.string() }), { a: 'x', b: 1 }],
    ['null for an object', v.strictObject({}), null],
    ['a value not in the list', v.picklist(['a', 'b']), 'c'],
    [
      'a failed check',
      v.pipe(
        v.number(),
        v.check((n) => n % 2 === 0),
      ),
      3,
    ],
    ['a fraction', v.pipe(v.number(), v.integer()), 1.5],
    ['a string too long', v.pipe(v.string(), v.maxLength(2)), 'abc'],
  ] as const)('says no to %s', (_, schema, value) => {
    expect(v.safeParse(schema, value).success).toBe(false);
    expect(compileCheck(schema)?.(value)).toBe(false);
  });

  it('declines schemas it cannot check without changing the value', () => {
    expect(compileCheck(v.object({ a: v.string() }))).toBeNull();
    expect(compileCheck(v.strictObject({ a: v.optional(v.string(), 'x') }))).toBeNull();
    expect(compileCheck(v.pipe(v.string(), v.trim()))).toBeNull();
    expect(compileCheck(v.pipe(v.string(), v.regex(/a/g)))).toBeNull();
    expect(compileCheck(v.fallback(v.string(), 'x'))).toBeNull();
  });
});

describe('an article read through the compiled check', () => {
  const safeParse = safeParseArticle;

  it('gives what the schema gives, valid or broken', () => {
    fc.assert(
      fc.property(fc.nat(articles.length - 1), change, (which, c) => {
        const value = broken(articles[which] ?? '', c, c.op === 'set' ? c.value : undefined);
        const fast = safeParse(value);
        const slow = Article.safeParse(value);
        expect(fast.success).toBe(slow.success);
        expect(JSON.stringify(fast.data)).toBe(JSON.stringify(slow.data));
        expect(fast.error?.issues).toEqual(slow.error?.issues);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps a valid article as it is rather than copying it', () => {
    const value: unknown = JSON.parse(articles[0] ?? '');
    expect(safeParse(value).data).toBe(value);
  });
});
