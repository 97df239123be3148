// Stage 8: who is speaking, read through `analyze` on short texts. Rows give the input and each speaker
// with the quotations attributed to them (only the fields given are checked), then the mention each
// quotation rests on.

import { describe, expect, it } from 'vitest';

import { analyze } from '@/analysis';

import { quoteRows, speakerRows, type SpeakerRow } from './support/summaries';

interface Expected {
  readonly speakers: Array<Partial<SpeakerRow>>;
  /** The mention of each quotation, in order. */
  readonly mentions: Array<string | null>;
}

const cases: Array<[string, Expected]> = [
  // A surname joins the full name said before it.
  [
    'Zamir Kabulov arrived in Kabul on Monday. “We are ready to help the government,” Kabulov said.',
    {
      speakers: [{ name: 'Zamir Kabulov', named: true, kind: 'person', aliases: ['Kabulov'] }],
      mentions: ['Kabulov'],
    },
  ],
  // Two speakers, each surname to its own full name.
  [
    'Ashraf Ghani spoke first. Then Zamir Kabulov spoke. “We are ready,” Kabulov said. “We are not,” Ghani said.',
    {
      speakers: [
        { name: 'Zamir Kabulov', quotes: ['“We are ready,”'] },
        { name: 'Ashraf Ghani', quotes: ['“We are not,”'] },
      ],
      mentions: ['Kabulov', 'Ghani'],
    },
  ],
  // A descriptor finds the person introduced by a matching role.
  [
    'Russia’s special envoy to Afghanistan, Zamir Kabulov, arrived on Monday. “There are no violations of the agreement,” the diplomat emphasized.',
    {
      speakers: [{ name: 'Zamir Kabulov', kind: 'person', aliases: ['the diplomat'] }],
      mentions: ['the diplomat'],
    },
  ],
  [
    'Senator Jane Roe arrived. “The plan is dead,” the senator said.',
    { speakers: [{ name: 'Jane Roe', aliases: ['the senator'] }], mentions: ['the senator'] },
  ],
  [
    'Acme Corp. said on Monday that profits fell. “It was a hard year,” the company said.',
    {
      speakers: [
        { name: 'Acme Corp.', kind: 'organisation', quotes: ['profits fell', '“It was a hard year,”'] },
      ],
      mentions: ['Acme Corp.', 'the company'],
    },
  ],
  // Pronouns: agreement, then salience.
  [
    'Jane Roe opened the meeting. “We will not wait for them,” she said.',
    { speakers: [{ name: 'Jane Roe', aliases: ['she'] }], mentions: ['she'] },
  ],
  [
    'John Smith met Jane Roe on Monday. “The plan is dead,” she said.',
    { speakers: [{ name: 'Jane Roe' }], mentions: ['she'] },
  ],
  [
    'John Smith met Jane Roe on Monday. “The plan is dead,” he said.',
    { speakers: [{ name: 'John Smith' }], mentions: ['he'] },
  ],
  [
    'Mr. Hemming arrived on Monday. “The plan is dead,” he said.',
    { speakers: [{ name: 'Hemming', kind: 'person' }], mentions: ['he'] },
  ],
  // A pronoun with no one before it resolves to no one.
  ['“We will see what happens,” she said.', { speakers: [], mentions: ['she'] }],
  // An acronym joins the full name it abbreviates.
  [
    'The Internal Revenue Service issued a notice on Monday. “The change applies next year,” the IRS said.',
    {
      speakers: [{ name: 'Internal Revenue Service', kind: 'organisation', aliases: ['IRS'] }],
      mentions: ['IRS'],
    },
  ],
  // The continuation of a quotation keeps its speaker, into the next paragraph too, and rests on the
  // same mention (with a lower confidence).
  [
    '“We are ready to help,” Jane Roe said.\n\n“We will wait for the talks to end before we decide.”',
    {
      speakers: [
        {
          name: 'Jane Roe',
          quotes: ['“We are ready to help,”', '“We will wait for the talks to end before we decide.”'],
        },
      ],
      mentions: ['Jane Roe', 'Jane Roe'],
    },
  ],
  // Unnamed speakers: the descriptor is the name, and groups are groups.
  [
    '“We will wait for a normal government in Kabul,” said the presidential envoy.',
    {
      speakers: [{ name: 'presidential envoy', named: false, kind: 'person' }],
      mentions: ['the presidential envoy'],
    },
  ],
  [
    'A spokeswoman for the mayor said the office would respond on Monday.',
    {
      speakers: [{ name: 'spokeswoman for the mayor', named: false, kind: 'person' }],
      mentions: ['A spokeswoman for the mayor'],
    },
  ],
  [
    '“The road is closed for the day,” police said.',
    { speakers: [{ named: false, kind: 'group' }], mentions: ['police'] },
  ],
  [
    'Police said the road is closed for the day.',
    { speakers: [{ named: false, kind: 'group' }], mentions: ['Police'] },
  ],
  // Two people speaking together are one group speaker.
  [
    'Jane Roe and John Doe said the plan would pass.',
    { speakers: [{ name: 'Jane Roe and John Doe', kind: 'group' }], mentions: ['Jane Roe and John Doe'] },
  ],
  // A pronoun in the story never means a name in the headline above it: here nobody the story names.
  [
    'Minister defends rail cuts\n\nRail services will be cut from May. “The savings are needed,” he said.',
    { speakers: [], mentions: ['he'] },
  ],
];

describe('resolveSpeakers, through analyze', () => {
  it.each(cases)('%j', (input, expected) => {
    const r = analyze(input);
    expect({
      speakers: speakerRows(r),
      mentions: quoteRows(r).map((q) => q.mention),
    }).toMatchObject(expected);
  });
});
