// Stage 1: front matter split from the body. Each row: the input, then the fields read, where the body
// starts (as the body's own text, so rows stay readable) and the problems reported.

import { describe, expect, it } from 'vitest';

import { splitFrontMatter } from '@/analysis/01-front-matter';

interface Expected {
  readonly fields: Record<string, string>;
  /** The body, i.e. `input.slice(bodyOffset)`. */
  readonly body: string;
  readonly problems: ReadonlyArray<{ line: number; message: unknown }>;
}

const NEVER_CLOSED: unknown = expect.stringContaining('never closed');
const unknown = (key: string): unknown => expect.stringContaining(`unknown front matter field "${key}"`);

const cases: Array<[string, Expected]> = [
  // Fields parsed, body after the closing fence.
  [
    '---\ntitle: Russia offers troops\ndate: 2020-05-20\n---\nKABUL: The envoy spoke.',
    {
      fields: { title: 'Russia offers troops', date: '2020-05-20' },
      body: 'KABUL: The envoy spoke.',
      problems: [],
    },
  ],
  [
    '---\ntitle: "Kabul, again"\nbyline: \'Jane Roe\'\n---\nBody.',
    { fields: { title: 'Kabul, again', byline: 'Jane Roe' }, body: 'Body.', problems: [] },
  ],
  [
    '---\nTitle: Upper-case key\n---\nBody.',
    { fields: { title: 'Upper-case key' }, body: 'Body.', problems: [] },
  ],
  [
    '---  \ntitle: Fence with spaces\n---\t\nBody.',
    { fields: { title: 'Fence with spaces' }, body: 'Body.', problems: [] },
  ],
  [
    '---\n\ntitle: Blank lines\n\n---\nBody.',
    { fields: { title: 'Blank lines' }, body: 'Body.', problems: [] },
  ],
  ['---\r\ntitle: CRLF\r\n---\r\nBody.', { fields: { title: 'CRLF' }, body: 'Body.', problems: [] }],
  ['---\rtitle: CR\r---\rBody.', { fields: { title: 'CR' }, body: 'Body.', problems: [] }],
  ['---\ntitle: Nothing after\n---', { fields: { title: 'Nothing after' }, body: '', problems: [] }],
  [
    '---\nurl: https://example.org/a:b\n---\nBody.',
    { fields: { url: 'https://example.org/a:b' }, body: 'Body.', problems: [] },
  ],
  ['---\n---\nBody.', { fields: {}, body: 'Body.', problems: [] }],
  // No front matter: the body is the whole input.
  ['', { fields: {}, body: '', problems: [] }],
  ['KABUL: The envoy spoke.', { fields: {}, body: 'KABUL: The envoy spoke.', problems: [] }],
  [
    '--- not a fence\ntitle: x\n---\nBody.',
    { fields: {}, body: '--- not a fence\ntitle: x\n---\nBody.', problems: [] },
  ],
  ['\n---\ntitle: x\n---\nBody.', { fields: {}, body: '\n---\ntitle: x\n---\nBody.', problems: [] }],
  // A BOM before the fence.
  [
    '\uFEFF---\ntitle: After a BOM\n---\nBody.',
    { fields: { title: 'After a BOM' }, body: 'Body.', problems: [] },
  ],
  ['\uFEFFBody with a BOM.', { fields: {}, body: '\uFEFFBody with a BOM.', problems: [] }],
  // Unclosed fence: one problem, nothing read, the body unchanged.
  [
    '---\ntitle: Never closed\nKABUL: The envoy spoke.',
    {
      fields: {},
      body: '---\ntitle: Never closed\nKABUL: The envoy spoke.',
      problems: [{ line: 1, message: NEVER_CLOSED }],
    },
  ],
  ['---', { fields: {}, body: '---', problems: [{ line: 1, message: NEVER_CLOSED }] }],
  // Unknown fields are kept and reported at their own line.
  [
    '---\ntitle: A\nmood: grim\n---\nBody.',
    {
      fields: { title: 'A', mood: 'grim' },
      body: 'Body.',
      problems: [{ line: 3, message: unknown('mood') }],
    },
  ],
  [
    '\uFEFF---\n\nmood: grim\n---\nBody.',
    { fields: { mood: 'grim' }, body: 'Body.', problems: [{ line: 3, message: unknown('mood') }] },
  ],
  // allow: a key that is also the name of an Object.prototype member
  [
    '---\nconstructor: x\n---\nBody.',
    { fields: { constructor: 'x' }, body: 'Body.', problems: [{ line: 2, message: unknown('constructor') }] },
  ],
  // Lines that are not `key: value`, and keys written twice.
  [
    '---\ntitle: A\njust some words\n---\nBody.',
    {
      fields: { title: 'A' },
      body: 'Body.',
      problems: [{ line: 3, message: expect.stringContaining('not "key: value"') }],
    },
  ],
  [
    '---\ntitle: A\ntitle: B\n---\nBody.',
    {
      fields: { title: 'B' },
      body: 'Body.',
      problems: [{ line: 3, message: expect.stringContaining('appears twice') }],
    },
  ],
];

describe('splitFrontMatter', () => {
  it.each(cases)('%j', (input, expected) => {
    const front = splitFrontMatter(input);
    expect({ fields: front.fields, body: input.slice(front.bodyOffset), problems: front.problems }).toEqual(
      expected,
    );
  });

  // Outside the table so the 5,000-character input does not become the test's name.
  it('reads a value longer than 4,096 characters whole', () => {
    const title = 'x'.repeat(5000);
    const input = `---\ntitle: ${title}\n---\nBody.`;
    const front = splitFrontMatter(input);
    expect({
      titleLength: front.fields['title']?.length,
      body: input.slice(front.bodyOffset),
      problems: front.problems,
    }).toEqual({ titleLength: title.length, body: 'Body.', problems: [] });
  });
});
