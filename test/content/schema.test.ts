// The content schema rejects what the app must never draw: each row breaks one thing in a valid article
// (or catalog) and names the path the schema must report. The engine's types and the schema's are checked
// to fit each other both ways, so neither can drift without the typecheck failing.

import { readFileSync } from 'node:fs';

import { describe, expect, expectTypeOf, it } from 'vitest';

import { analyze, type Analysis, type Quote as EngineQuote, type Speaker as EngineSpeaker } from '@/analysis';
import { toArticleInput, toCatalogEntry } from '@/content/derive';
import { safeParseArticle } from '@/content/fast-parse';
import {
  Article,
  Catalog,
  type ArticleMeta,
  type Quote,
  type SchemaError,
  type Span,
  type Speaker,
} from '@/content/schema';

type Path = readonly (string | number)[];

const SEED = readFileSync(new URL('../../src/content/articles/seed.txt', import.meta.url), 'utf8');
const analysis = analyze(SEED);
const validArticle = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(toArticleInput(analysis, { id: 'seed', sourceFile: 'seed.txt' }))) as Record<
    string,
    unknown
  >;
const validCatalog = (): Record<string, unknown> =>
  JSON.parse(
    JSON.stringify({ schemaVersion: 1, articles: [toCatalogEntry(Article.parse(validArticle()))] }),
  ) as Record<string, unknown>;

/** Sets the value at `path` inside a JSON value, in place. */
function set(root: unknown, path: Path, value: unknown): void {
  const parents = path.slice(0, -1);
  const last = path[path.length - 1];
  let node = root as Record<string | number, unknown>;
  for (const key of parents) node = node[key] as Record<string | number, unknown>;
  if (last === undefined) throw new Error('empty path');
  node[last] = value;
}

const END = SEED.length;

const ARTICLE_CASES: readonly (readonly [string, Path, unknown, string])[] = [
  ['a quotation past the end of the text', ['quotes', 0, 'span'], [0, END + 1], 'quotes.0.span'],
  ['a paragraph ending before it starts', ['paragraphs', 0], [5, 2], 'paragraphs.0'],
  ['a fractional offset', ['quotes', 0, 'content'], [1.5, 3], 'quotes.0.content.0'],
  ['a negative offset', ['quotes', 0, 'span'], [-1, 3], 'quotes.0.span.0'],
  ['a three-number span', ['quotes', 0, 'span'], [1, 2, 3], 'quotes.0.span.2'],
  ['a cue past the end', ['quotes', 0, 'cue', 'span'], [END, END + 4], 'quotes.0.cue.span'],
  ['a byline past the end', ['meta', 'bylineSpan'], [0, END + 1], 'meta.bylineSpan'],
  ['content outside its quotation', ['quotes', 2, 'content'], [0, 5], 'quotes.2.content'],
  [
    'a mention whose text is not what its span covers',
    ['quotes', 0, 'mention', 'text'],
    'Nobody',
    'quotes.0.mention.text',
  ],
  ['a truncated text', ['text'], SEED.slice(0, 100), 'paragraphs.1'],
  ['an unknown speaker', ['quotes', 0, 'speakerId'], 's99', 'quotes.0.speakerId'],
  ['a missing parent quotation', ['quotes', 0, 'parentId'], 'q99', 'quotes.0.parentId'],
  ['a missing continued quotation', ['quotes', 0, 'continuesId'], 'q99', 'quotes.0.continuesId'],
  ['a quotation nested in itself', ['quotes', 0, 'parentId'], 'q1', 'quotes.0'],
  ['a duplicate quotation id', ['quotes', 1, 'id'], 'q1', 'quotes.1.id'],
  ['a speaker listing a missing quotation', ['speakers', 0, 'quoteIds'], ['q99'], 'speakers.0.quoteIds.0'],
  ['an unknown quotation kind', ['quotes', 0, 'kind'], 'paraphrase', 'quotes.0.kind'],
  ['a confidence above 1', ['quotes', 0, 'confidence'], 1.5, 'quotes.0.confidence'],
  ['an unknown speaker kind', ['speakers', 0, 'kind'], 'robot', 'speakers.0.kind'],
  ['quote counts that do not add up', ['stats', 'quotes', 'direct'], 99, 'stats.quotes.direct'],
  ['no words', ['stats', 'words'], 0, 'stats.words'],
  ['an id that is not a slug', ['id'], 'Seed Article', 'id'],
  ['an empty title', ['meta', 'title'], '', 'meta.title'],
  ['another schema version', ['schemaVersion'], 2, 'schemaVersion'],
  ['a field the format does not have', ['extra'], true, 'extra'],
  ['a quotation field the format does not have', ['quotes', 0, 'html'], '<b>', 'quotes.0.html'],
];

const CATALOG_CASES: readonly (readonly [string, Path, unknown, string])[] = [
  ['another schema version', ['schemaVersion'], 2, 'schemaVersion'],
  ['a path that is not articles/<id>.json', ['articles', 0, 'path'], '../secret.json', 'articles.0.path'],
  ['an id that is not a slug', ['articles', 0, 'id'], '../seed', 'articles.0.id'],
  [
    'four top speakers',
    ['articles', 0, 'topSpeakers'],
    Array.from({ length: 4 }, () => ({ name: 'A', kind: 'person', count: 1 })),
    'articles.0.topSpeakers',
  ],
  ['a negative quote count', ['articles', 0, 'quoteCount'], -1, 'articles.0.quoteCount'],
];

const issuePaths = (result: { error?: SchemaError | undefined }): string[] =>
  result.error?.issues.map((i) => i.path.join('.')) ?? [];

// Both ways of reading an article: the schema's own parse, and the compiled check before it that imports
// and storage use (src/content/fast-parse.ts).
describe.each([
  ['the article schema', (value: unknown) => Article.safeParse(value)],
  ['the article schema through its compiled check', safeParseArticle],
])('%s', (_, safeParse) => {
  it('accepts the seed as the engine analyses it', () => {
    expect(safeParse(validArticle()).error).toBeUndefined();
  });

  it.each(ARTICLE_CASES)('rejects %s', (_, path, value, reported) => {
    const article = validArticle();
    set(article, path, value);
    const result = safeParse(article);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(reported);
  });
});

describe('the catalog schema', () => {
  it('accepts a catalog of the seed', () => {
    expect(Catalog.safeParse(validCatalog()).error).toBeUndefined();
  });

  it.each(CATALOG_CASES)('rejects %s', (_, path, value, reported) => {
    const catalog = validCatalog();
    set(catalog, path, value);
    const result = Catalog.safeParse(catalog);
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain(reported);
  });

  it('rejects two entries with the same id', () => {
    const catalog = validCatalog();
    const [entry] = catalog['articles'] as unknown[];
    set(catalog, ['articles'], [entry, entry]);
    expect(issuePaths(Catalog.safeParse(catalog))).toContain('articles.1.id');
  });
});

describe('the schema and the engine', () => {
  it('have types that fit each other both ways', () => {
    // What the engine returns can be written; what is read back can go wherever the engine's types go.
    expectTypeOf<EngineQuote>().toExtend<Quote>();
    expectTypeOf<EngineSpeaker>().toExtend<Speaker>();
    expectTypeOf<Quote>().toExtend<EngineQuote>();
    expectTypeOf<Speaker>().toExtend<EngineSpeaker>();
    expectTypeOf<Span>().toExtend<Analysis['paragraphs'][number]>();
    expectTypeOf<ArticleMeta>().toExtend<Omit<Analysis['meta'], 'title'> & { title: string }>();
  });
});
