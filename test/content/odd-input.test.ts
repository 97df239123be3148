// Odd but legitimate sources build, and their text comes out character for character: each row is a file
// (front matter, if any, then the body) and the body the article must hold. The written file is read back
// and validated, so what is checked is what the app will load.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { analyze } from '@/analysis';
import { buildContent } from '@/content/build';
import { Article } from '@/content/schema';

import { sourceDir, tempDir } from './helpers';

interface OddCase {
  readonly slug: string;
  readonly name?: string;
  readonly frontMatter?: string;
  readonly body: string;
}

const BOM = '\uFEFF';

const CASES: readonly OddCase[] = [
  {
    slug: 'crlf-line-ends',
    body: '“The ferry runs,” said Ada Quint.\r\n\r\nShe added that it was late.\r\n',
  },
  { slug: 'lone-cr-line-ends', body: '“The ferry runs,” said Ada Quint.\r\rShe added that it was late.\r' },
  { slug: 'mixed-line-ends', body: 'One line.\r\nTwo line.\rThree line.\nFour.' },
  {
    slug: 'crlf-front-matter',
    frontMatter: '---\r\ntitle: Ferry\r\ndate: 2020-05-01\r\n---\r\n',
    body: '“It runs,” said Ada Quint.\r\n',
  },
  {
    slug: 'rtl-names',
    body:
      'President Ashraf Ghani (اشرف غنی) met Hamid Karzai (حامد کرزی) in Kabul (کابل).\n' +
      '“ما صلح می‌خواهیم,” said Abdullah Abdullah (عبدالله عبدالله).\n' +
      'پښتو: «موږ سوله غواړو» وویل.\n',
  },
  { slug: 'rtl-mark-and-isolates', body: 'He said \u2067«سلام»\u2069 and left \u200Fright\u200E away.\n' },
  {
    slug: 'emoji-and-astral',
    body: '“We 💙 the new ferry 🚢,” said Ada Quint 👩🏽‍✈️. The 𝒜 route opens in 🇦🇫 later.\n',
  },
  {
    slug: 'combining-marks',
    body: 'Zoe\u0308 said “cafe\u0301 au lait” was gone, Nguye\u0302\u0303n added. Ä and A\u0308 differ.\n',
  },
  { slug: 'zero-width-joiners', body: 'The family 👨‍👩‍👧 and می‌خواهیم and a\u200Bb\u200Dc.\n' },
  {
    slug: 'html-looking-text',
    body:
      '<script>alert("x")</script> “<img src=x onerror=alert(1)>,” said Ada Quint.\n' +
      '<a href="javascript:alert(1)">click</a> &amp; &lt;b&gt; <svg onload=alert(1)></svg> "a" \'b\'.\n',
  },
  {
    slug: 'unbalanced-quotation-marks',
    body: '“The ferry runs, said Ada Quint.\n\nShe said it was “late.\n\n»Odd« and ‹odd› and „odd“.\n',
  },
  { slug: 'byte-order-mark-inside', body: 'Before\uFEFFafter, with a tab\there.\n' },
  { slug: 'no-final-line-break', body: 'The ferry runs.' },
];

async function buildOne(file: string, content: string) {
  const dir = await sourceDir({ [file]: content });
  const outDir = join(await tempDir(), 'out');
  const { articles } = await buildContent({ sourceDir: dir, outDir });
  const built = articles[0]?.article;
  if (!built) throw new Error('nothing built');
  const written = Article.parse(
    JSON.parse(await readFile(join(outDir, 'articles', `${built.id}.json`), 'utf8')) as unknown,
  );
  return { built, written };
}

describe('odd but legitimate sources', () => {
  it.each(CASES.map((c) => [c.slug, c] as const))('%s builds and keeps its text', async (_, c) => {
    const { built, written } = await buildOne(c.name ?? `${c.slug}.txt`, (c.frontMatter ?? '') + c.body);
    expect(written).toEqual(built);
    // Compared as code points, so a failure shows which invisible character (a CR, a joiner, a
    // combining mark turned precomposed by NFC) went missing.
    const codePoints = (text: string) => [...text].map((ch) => ch.codePointAt(0)?.toString(16));
    expect(codePoints(written.text)).toEqual(codePoints(c.body));
    // Every quotation still points at the same characters the engine found in the body.
    const engine = analyze(c.body);
    expect(written.quotes.map((q) => written.text.slice(...q.span))).toEqual(
      engine.quotes.map((q) => c.body.slice(...q.span)),
    );
  });

  it('drops a leading byte-order mark, the encoding signature, and keeps the rest exactly', async () => {
    const body = '“The ferry runs,” said Ada Quint.\r\n';
    const plain = await buildOne('ferry.txt', body);
    const marked = await buildOne('ferry.txt', BOM + body);
    expect(marked.written.text).toBe(body);
    expect(marked.written).toEqual(plain.written);
  });

  it('drops a byte-order mark before front matter too, and still reads the front matter', async () => {
    const body = '“The ferry runs,” said Ada Quint.\n';
    const { written } = await buildOne('ferry.txt', `${BOM}---\ntitle: Ferry\n---\n${body}`);
    expect(written.text).toBe(body);
    expect(written.meta).toMatchObject({ title: 'Ferry', titleDerived: false });
  });

  it('builds 10,000 paragraphs, every one kept', async () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `“Line ${String(i)},” said Ada Quint.`).join(
      '\n\n',
    );
    const { written } = await buildOne('long.txt', body);
    expect(written.text).toBe(body);
    expect(written.paragraphs).toHaveLength(10_000);
    // Two seconds on an idle machine; the limit only keeps a busy shared machine from failing it.
  }, 60_000);

  it('takes the id from a slug field, folding case and accents', async () => {
    const { written } = await buildOne('notes.txt', '---\nSlug: Café Talks in Kabul\n---\nThe ferry runs.\n');
    expect(written.id).toBe('cafe-talks-in-kabul');
  });

  it('keeps front matter values as written', async () => {
    const { written } = await buildOne(
      'ferry.md',
      '---\ntitle: Ferry <b>runs</b> “again”\ndate: 2020-05-01\nsource: Harbour Times\nurl: https://example.org/a?b=1&c=2\nbyline: Ada Quint\nlanguage: en\n---\nThe ferry runs.\n',
    );
    expect(written.meta).toMatchObject({
      title: 'Ferry <b>runs</b> “again”',
      date: '2020-05-01',
      source: 'Harbour Times',
      url: 'https://example.org/a?b=1&c=2',
      byline: 'Ada Quint',
      language: 'en',
    });
  });
});
