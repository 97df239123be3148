import { describe, expect, it } from 'vitest';

import {
  importSource,
  kindOf,
  localId,
  withFrontMatter,
  type ImportRequest,
  type Stage,
} from '@/features/import/lib/import-source';

const ARTICLE = [
  'Night ferries return to the north pier',
  '',
  'The harbour authority said on Monday that the night ferries would sail again from the north pier.',
  '',
  '“We have fixed the lights and the ramp,” said Mara Velde, the harbour master. “The boats are ready.”',
  '',
  'Fishermen were less sure. “The ramp was fixed last year too,” said Tomas Brill, who mends nets by the pier.',
].join('\n');

const encode = (text: string) => new TextEncoder().encode(text);
const request = (source: ImportRequest['source'], extra: Partial<ImportRequest> = {}): ImportRequest => ({
  source,
  title: null,
  url: null,
  nonce: 'abc123',
  ...extra,
});

const run = (req: ImportRequest) => {
  const stages: Stage[] = [];
  const outcome = importSource(req, (s) => stages.push(s));
  return { outcome, stages };
};

describe('importSource', () => {
  it('makes a valid article from pasted text, reporting each stage in order', () => {
    const { outcome, stages } = run(request({ text: ARTICLE }));
    expect(stages).toEqual(['read', 'reduce', 'analyse', 'check']);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    const { article } = outcome;
    expect(article.id).toBe('local-night-ferries-return-to-the-north-pier-abc123');
    expect(article.sourceFile).toBe('pasted text');
    expect(article.meta.title).toBe('Night ferries return to the north pier');
    expect(article.quotes.length).toBeGreaterThanOrEqual(3);
    expect(article.speakers.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Mara Velde', 'Tomas Brill']),
    );
  });

  it('uses the title and link the reader gave, as front matter', () => {
    const { outcome } = run(
      request({ text: ARTICLE }, { title: 'Ferries, again', url: 'https://news.example/f' }),
    );
    if (!outcome.ok) throw new Error('failed');
    expect(outcome.article.meta.title).toBe('Ferries, again');
    expect(outcome.article.meta.url).toBe('https://news.example/f');
    // The body is the text as pasted, without the front matter made for it.
    expect(outcome.article.text).toBe(ARTICLE);
  });

  it('reads an HTML file to its article text, with the page title', () => {
    const html =
      '<html><head><title>Night ferries return</title><script>alert(1)</script></head><body>' +
      '<nav>Home</nav><article>' +
      ARTICLE.split('\n\n')
        .slice(1)
        .map((p) => `<p>${p.replace('“', '&ldquo;')}</p>`)
        .join('') +
      '</article><img src="https://tracker.example/x.png"></body></html>';
    const { outcome, stages } = run(request({ file: 'ferries.html', bytes: encode(html) }));
    expect(stages).toEqual(['read', 'reduce', 'analyse', 'check']);
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.article.meta.title).toBe('Night ferries return');
    expect(outcome.article.sourceFile).toBe('ferries.html');
    expect(outcome.article.text).not.toMatch(/alert|Home|tracker/);
    expect(outcome.article.text.startsWith('The harbour authority said')).toBe(true);
    expect(outcome.article.quotes.length).toBeGreaterThanOrEqual(3);
  });

  it('reads a Markdown file without its syntax', () => {
    const md = `# Night ferries return\n\nThe harbour authority **said** the [ferries](https://x.example) sail again.`;
    const { outcome } = run(request({ file: 'notes.md', bytes: encode(md) }));
    if (!outcome.ok) throw new Error('failed');
    expect(outcome.article.text).toBe(
      'Night ferries return\n\nThe harbour authority said the ferries sail again.',
    );
  });

  it.each([
    [
      'a file of another kind',
      request({ file: 'photo.png', bytes: encode('x') }),
      /not a file Verbatim can read/,
    ],
    ['an empty file', request({ file: 'empty.txt', bytes: new Uint8Array() }), /“empty\.txt” is empty/],
    [
      'a file not in UTF-8',
      request({ file: 'old.txt', bytes: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }),
      /not valid UTF-8/,
    ],
    [
      'a page with no article text',
      request({ file: 'app.html', bytes: encode('<script>x()</script><nav>Menu</nav>') }),
      /no article text/,
    ],
    ['text of blank lines', request({ text: '\n  \n\t' }), /The article has no text/],
    ['text of punctuation only', request({ text: '“” «» ...' }), /has no words/],
  ])('refuses %s with a reason and what to do', (_, req, message) => {
    const { outcome } = run(req);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]?.message).toMatch(message);
    expect(outcome.problems[0]?.fix).toMatch(/\w+/);
  });

  it('refuses a file over 10 MB before decoding it', () => {
    const { outcome, stages } = run(
      request({ file: 'big.txt', bytes: new Uint8Array(10 * 1024 * 1024 + 1) }),
    );
    expect(stages).toEqual(['read']);
    expect(outcome.ok ? null : outcome.problems[0]?.message).toMatch(/at most 10\.0 MB/);
  });

  it('points at the line of bad front matter the reader wrote', () => {
    const { outcome } = run(request({ text: '---\ntitle: Ferries\ncolour: blue\n---\nThe ferry runs.' }));
    expect(outcome.ok ? null : outcome.problems[0]?.message).toMatch(
      /\(line 3\) unknown front matter field "colour"/,
    );
  });
});

describe('kindOf', () => {
  it.each([
    ['a.txt', 'text'],
    ['A.TXT', 'text'],
    ['notes.md', 'markdown'],
    ['notes.markdown', 'markdown'],
    ['page.html', 'html'],
    ['page.htm', 'html'],
    ['photo.png', null],
    ['no-extension', null],
    ['archive.html.zip', null],
  ])('%s → %s', (file, kind) => {
    expect(kindOf(file)).toBe(kind);
  });
});

describe('localId', () => {
  it.each([
    ['Night ferries return', 'k3x9q2', 'local-night-ferries-return-k3x9q2'],
    ['Café “déjà vu”!', 'a1', 'local-cafe-deja-vu-a1'],
    ['کابل', 'a1', 'local-a1'],
    ['x'.repeat(100), 'a1', `local-${'x'.repeat(48)}-a1`],
    ['Ends with a hyphen at the cut' + '-'.repeat(40), 'a1', 'local-ends-with-a-hyphen-at-the-cut-a1'],
  ])('%s', (title, nonce, id) => {
    expect(localId(title, nonce)).toBe(id);
    expect(id.length).toBeLessThanOrEqual(80);
  });
});

describe('withFrontMatter', () => {
  it('adds the fields given, on one line each', () => {
    expect(withFrontMatter('Body.', { title: 'Two\nlines', url: null, byline: '' })).toBe(
      '---\ntitle: Two lines\n---\nBody.',
    );
  });
  it('adds nothing when no field has a value', () => {
    expect(withFrontMatter('Body.', { title: null })).toBe('Body.');
  });
  it('leaves a text with its own front matter as written', () => {
    const text = '---\ntitle: Mine\n---\nBody.';
    expect(withFrontMatter(text, { title: 'Other' })).toBe(text);
  });
});
