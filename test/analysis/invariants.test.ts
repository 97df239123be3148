// The invariant checker the properties rely on must itself fail on broken results; otherwise every
// property would pass on a broken engine. Each row breaks one invariant of a sound analysis.

import { describe, expect, it } from 'vitest';

import { analyze, type Analysis, type Quote } from '@/analysis';

import { invariantViolations } from './support/invariants';

const INPUT = [
  '---',
  'title: Russia offers troops',
  '---',
  'KABUL: Zamir Kabulov arrived on Monday.',
  '“We are ready to help, and ‘soon’ means soon,” Kabulov said. “We will wait.”',
  'Kabulov said that Russia could send troops.',
].join('\n');

const sound = analyze(INPUT);
const first = sound.quotes[0] as Quote;
const withFirst = (q: Partial<Quote>): Analysis => ({
  ...sound,
  quotes: [{ ...first, ...q }, ...sound.quotes.slice(1)],
});

const crossing = (sound.quotes[1]?.span[0] ?? 0) + 1;
const everySpeaker = (extra: string): Analysis => ({
  ...sound,
  speakers: sound.speakers.map((s) => ({ ...s, quoteIds: [...s.quoteIds, extra] })),
});

/** A broken result and the violation it must be reported for. */
const broken: Array<[string, Analysis, RegExp]> = [
  ['a changed body', { ...sound, text: `${sound.text} ` }, /text is not input\.slice/],
  ['a body offset off by one', { ...sound, bodyOffset: sound.bodyOffset - 1 }, /text is not input\.slice/],
  [
    'a quotation past the end',
    withFirst({ span: [first.span[0], sound.text.length + 1] }),
    /quotes\[0\].*span .*out of bounds/,
  ],
  [
    'an empty quotation',
    withFirst({ span: [first.span[0], first.span[0]], content: [first.span[0], first.span[0]] }),
    /span is empty/,
  ],
  [
    'content outside its span',
    withFirst({ content: [first.span[0] - 1, first.span[1]] }),
    /content is not within its span/,
  ],
  ['a confidence above 1', withFirst({ confidence: 1.5 }), /confidence 1\.5 is outside/],
  ['a parent that does not exist', withFirst({ parentId: 'q99' }), /parentId q99 refers to no quote/],
  ['a speaker that does not exist', withFirst({ speakerId: 's99' }), /speakerId s99 refers to no speaker/],
  [
    'a speaker with no source',
    withFirst({ speakerSource: null }),
    /speakerSource null disagrees with speakerId/,
  ],
  [
    'a cue whose text is not its span',
    withFirst({ cue: { span: [0, 4], text: 'said', kind: 'verb', lemma: 'say' } }),
    /cue\.text says "said"/,
  ],
  [
    'quotations out of order',
    { ...sound, quotes: [...sound.quotes].reverse() },
    /starts before the quote listed ahead of it/,
  ],
  [
    'crossing quotations',
    withFirst({ span: [first.span[0], crossing], content: [first.span[0], first.span[0]] }),
    / cross$/,
  ],
  [
    'a speaker listing a quotation that does not exist',
    everySpeaker('q99'),
    /lists quote q99, which does not exist/,
  ],
  [
    'paragraphs out of order',
    { ...sound, paragraphs: [...sound.paragraphs].reverse() },
    /paragraphs\[1\] overlaps or precedes/,
  ],
];

describe('invariantViolations', () => {
  it('finds nothing wrong with a sound analysis', () => {
    expect(sound.quotes.length).toBeGreaterThanOrEqual(3);
    expect(invariantViolations(INPUT, sound)).toEqual([]);
  });

  it.each(broken)('reports %s', (_name, result, message) => {
    expect(invariantViolations(INPUT, result)).toContainEqual(expect.stringMatching(message));
  });
});
