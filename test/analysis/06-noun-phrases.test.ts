// Stage 6: the noun phrase a cue rests on. In each row's input the cue verb is in [brackets]; the
// expectation names the phrase found (only the fields given are checked). `phrase` is the whole phrase,
// `name` the name inside it, `roles` its titles and appositions, all as written.

import { describe, expect, it } from 'vitest';

import { tokenize, type Token } from '@/analysis/02-tokenize';
import { phraseEndingAt, type NounPhrase, type PhraseKind } from '@/analysis/06-noun-phrases';
import { subjectAfter, subjectBefore, type Subject } from '@/analysis/06a-subjects';

interface Phrase {
  readonly kind: PhraseKind;
  readonly phrase: string;
  readonly name: string | null;
  readonly roles: string[];
  readonly apposition: string | null;
  readonly plural: boolean;
}

const CUE = /\[([^\]]+)\]/;

/** Tokens of the input without its brackets, and the index of the bracketed cue. */
function parse(marked: string): { text: string; tokens: Token[]; cue: number } {
  const at = CUE.exec(marked)?.index ?? -1;
  const text = marked.replace(CUE, '$1');
  const tokens = tokenize(text);
  return { text, tokens, cue: tokens.findIndex((t) => t.start === at) };
}

function describePhrase(
  text: string,
  tokens: readonly Token[],
  np: NounPhrase | Subject | null,
): Phrase | null {
  if (!np) return null;
  const slice = ([a, b]: readonly [number, number]) =>
    text.slice(tokens[a]?.start ?? 0, tokens[b - 1]?.end ?? 0);
  return {
    kind: np.kind,
    phrase: slice([np.first, np.last]),
    name: np.name ? slice(np.name) : null,
    roles: np.roles.map(slice),
    apposition: 'apposition' in np && np.apposition ? slice(np.apposition) : null,
    plural: np.plural,
  };
}

const before: Array<[string, Partial<Phrase>]> = [
  [
    'Zamir Kabulov, in an interview with a Federal News Agency [said] that Russia could send troops.',
    { kind: 'name', phrase: 'Zamir Kabulov', name: 'Zamir Kabulov' },
  ],
  [
    'Russia’s special envoy to Afghanistan, Zamir Kabulov, in an interview with a Federal News Agency [said] that Russia could send troops.',
    { kind: 'name', name: 'Zamir Kabulov', apposition: 'Russia’s special envoy to Afghanistan' },
  ],
  [
    'Ashraf Ghani, after signing the Doha agreement, which recorded the need to release prisoners, [said] that he had no obligations.',
    { kind: 'name', phrase: 'Ashraf Ghani', name: 'Ashraf Ghani' },
  ],
  [
    'But for this, Kabulov [noted], first of all, it is necessary to wait.',
    { kind: 'name', phrase: 'Kabulov' },
  ],
  ['Kabulov explained and [added] that the ceasefire holds.', { kind: 'name', phrase: 'Kabulov' }],
  ['Jane Roe, 45, [said] the plan would fail.', { kind: 'name', phrase: 'Jane Roe' }],
  [
    "Bill Sims, the city's director of engineering, [said] the road is closed.",
    { kind: 'name', name: 'Bill Sims', apposition: "city's director of engineering" },
  ],
  ['Jane Roe and John Doe [said] the plan would pass.', { phrase: 'Jane Roe and John Doe', plural: true }],
  // Descriptors.
  [
    'The presidential envoy [said] the talks would resume.',
    { kind: 'descriptor', phrase: 'The presidential envoy', name: null },
  ],
  ['The diplomat [emphasized] the point.', { kind: 'descriptor', phrase: 'The diplomat' }],
  [
    'A spokeswoman for the mayor [said] the office would respond.',
    { kind: 'descriptor', phrase: 'A spokeswoman for the mayor' },
  ],
  ['The 39-year-old [said] the plan would fail.', { kind: 'descriptor', phrase: 'The 39-year-old' }],
  ['Police [said] the road is closed.', { kind: 'descriptor', phrase: 'Police', name: null, plural: true }],
  ['Officials [warned] of delays.', { kind: 'descriptor', phrase: 'Officials', name: null, plural: true }],
  // Pronouns, past adverbs and auxiliaries.
  ['He also [noted] that Russia had come up with a similar initiative.', { kind: 'pronoun', phrase: 'He' }],
  ['She has repeatedly [said] the plan would fail.', { kind: 'pronoun', phrase: 'She' }],
  // Titles and role words before a name become roles.
  [
    'The numbers are bad, longtime pollster Jane Roe [said].',
    { kind: 'name', phrase: 'longtime pollster Jane Roe', name: 'Jane Roe', roles: ['longtime pollster'] },
  ],
  [
    'Prime Minister Justin Trudeau [said] the plan would pass.',
    { name: 'Justin Trudeau', roles: ['Prime Minister'] },
  ],
  [
    'Conservative Leader Andrew Scheer [said] the plan would fail.',
    { name: 'Andrew Scheer', roles: ['Conservative Leader'] },
  ],
  ['Dr. Jane Roe [told] reporters the plan would pass.', { name: 'Jane Roe', roles: ['Dr.'] }],
  ['Senator Jane Roe [said] the plan would pass.', { name: 'Jane Roe', roles: ['Senator'] }],
  ['Mr. Hemming [said] the plan would fail.', { name: 'Hemming', roles: ['Mr.'] }],
  [
    'The University of Saskatchewan [said] the plan would fail.',
    { kind: 'name', name: 'University of Saskatchewan' },
  ],
];

const after: Array<[string, Partial<Phrase>]> = [
  [
    '“We will wait,” [said] the presidential envoy.',
    { kind: 'descriptor', phrase: 'the presidential envoy' },
  ],
  [
    '“We will wait,” [said] a spokesman for the company.',
    { kind: 'descriptor', phrase: 'a spokesman for the company' },
  ],
  ['“We will wait,” [said] police.', { kind: 'descriptor', phrase: 'police', plural: true }],
  ['The ceasefire holds, [assured] Kabulov.', { kind: 'name', phrase: 'Kabulov', name: 'Kabulov' }],
  [
    '“We will wait,” [said] Prime Minister Justin Trudeau.',
    { name: 'Justin Trudeau', roles: ['Prime Minister'] },
  ],
  ['“We will wait,” [said] Dr. Jane Roe.', { name: 'Jane Roe', roles: ['Dr.'] }],
  ['“We will wait,” [said] Jane Roe, 45.', { kind: 'name', phrase: 'Jane Roe' }],
  ['“We will wait,” [said] Smith, the mayor of Surrey.', { name: 'Smith', apposition: 'mayor of Surrey' }],
  [
    '“We will wait,” [said] Jane Roe, a spokeswoman for the mayor, on Monday.',
    { name: 'Jane Roe', apposition: 'spokeswoman for the mayor' },
  ],
  [
    '“We will wait,” [says] Campbell’s partner, Jason Louth.',
    { name: 'Jason Louth', apposition: 'Campbell’s partner' },
  ],
  ['“We will wait,” [said] she.', { kind: 'pronoun', phrase: 'she' }],
];

/** Rows for `phraseEndingAt` at the input's last token. */
const ending: Array<[string, Partial<Phrase>]> = [
  ['yesterday the presidential envoy', { kind: 'descriptor', phrase: 'the presidential envoy' }],
  ['Russia’s special envoy', { kind: 'descriptor', phrase: 'Russia’s special envoy' }],
  ['a spokeswoman', { kind: 'descriptor', phrase: 'a spokeswoman' }],
  [
    'longtime pollster Jane Roe',
    { kind: 'name', phrase: 'longtime pollster Jane Roe', name: 'Jane Roe', roles: ['longtime pollster'] },
  ],
  ['President-elect Jane Roe', { name: 'Jane Roe', roles: ['President-elect'] }],
  ['Mr. J. R. Hartley', { name: 'J. R. Hartley', roles: ['Mr.'] }],
  ['Ludwig van Beethoven', { name: 'Ludwig van Beethoven' }],
  ['University of Saskatchewan', { name: 'University of Saskatchewan' }],
  [
    'Minister of Crown-Indigenous Relations Carolyn Bennett',
    { name: 'Carolyn Bennett', roles: ['Minister of Crown-Indigenous Relations'] },
  ],
  ['she', { kind: 'pronoun', phrase: 'she' }],
  ['they', { kind: 'pronoun', plural: true }],
];

describe('subjectBefore', () => {
  it.each(before)('%j', (marked, expected) => {
    const { text, tokens, cue } = parse(marked);
    expect(describePhrase(text, tokens, subjectBefore(tokens, cue, 0))).toMatchObject(expected);
  });

  it('finds nothing when the cue opens the sentence', () => {
    const { tokens, cue } = parse('[Said] the envoy.');
    expect(subjectBefore(tokens, cue, 0)).toBeNull();
  });
});

describe('subjectAfter', () => {
  it.each(after)('%j', (marked, expected) => {
    const { text, tokens, cue } = parse(marked);
    expect(describePhrase(text, tokens, subjectAfter(tokens, cue + 1, tokens.length))).toMatchObject(
      expected,
    );
  });
});

describe('phraseEndingAt', () => {
  it.each(ending)('%j', (input, expected) => {
    const tokens = tokenize(input);
    expect(describePhrase(input, tokens, phraseEndingAt(tokens, tokens.length - 1, 0))).toMatchObject(
      expected,
    );
  });

  it('finds no phrase ending at a preposition', () => {
    const tokens = tokenize('the talks in');
    expect(phraseEndingAt(tokens, tokens.length - 1, 0)).toBeNull();
  });
});
