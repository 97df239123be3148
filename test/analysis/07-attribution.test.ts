// Stage 7: which spans are quotations, of what kind, and the cue and subject each rests on; read through
// `analyze` on short texts. Rows give the input and every quotation found, in order.

import { describe, expect, it } from 'vitest';

import { analyze } from '@/analysis';

import { quoteRows, type QuoteRow } from './support/summaries';

const cases: Array<[string, QuoteRow[]]> = [
  // Direct, cue after the quotation.
  [
    '“The terms will be set by the leadership,” Kabulov said.',
    [
      {
        kind: 'direct',
        text: '“The terms will be set by the leadership,”',
        cue: 'said',
        speaker: 'Kabulov',
        mention: 'Kabulov',
      },
    ],
  ],
  [
    '“We will wait for a normal government in Kabul,” said the presidential envoy.',
    [
      {
        kind: 'direct',
        text: '“We will wait for a normal government in Kabul,”',
        cue: 'said',
        speaker: 'presidential envoy',
        mention: 'the presidential envoy',
      },
    ],
  ],
  [
    '“Why would we wait any longer?” asked Jane Roe.',
    [
      {
        kind: 'direct',
        text: '“Why would we wait any longer?”',
        cue: 'asked',
        speaker: 'Jane Roe',
        mention: 'Jane Roe',
      },
    ],
  ],
  [
    '“We will not give up.” — Jane Roe',
    [{ kind: 'direct', text: '“We will not give up.”', cue: '—', speaker: 'Jane Roe', mention: 'Jane Roe' }],
  ],
  // Direct, cue before the quotation.
  [
    'Zamir Kabulov arrived in Kabul on Monday. He told reporters: “We are ready to help.”',
    [
      {
        kind: 'direct',
        text: '“We are ready to help.”',
        cue: 'told reporters',
        speaker: 'Zamir Kabulov',
        mention: 'He',
      },
    ],
  ],
  [
    'Jane Roe took the floor and said, “We will not wait for anyone.”',
    [
      {
        kind: 'direct',
        text: '“We will not wait for anyone.”',
        cue: 'said',
        speaker: 'Jane Roe',
        mention: 'Jane Roe',
      },
    ],
  ],
  // Interrupted: the second part continues the first, with no cue of its own.
  [
    '“We are ready to help,” Jane Roe said. “We will wait for the talks.”',
    [
      {
        kind: 'direct',
        text: '“We are ready to help,”',
        cue: 'said',
        speaker: 'Jane Roe',
        mention: 'Jane Roe',
      },
      {
        kind: 'direct',
        text: '“We will wait for the talks.”',
        cue: null,
        speaker: 'Jane Roe',
        mention: 'Jane Roe',
      },
    ],
  ],
  // Indirect.
  [
    'Kabulov said that Russia could send troops to Afghanistan.',
    [
      {
        kind: 'indirect',
        text: 'Russia could send troops to Afghanistan',
        cue: 'said',
        speaker: 'Kabulov',
        mention: 'Kabulov',
      },
    ],
  ],
  [
    'Kabulov said the talks resume in June.',
    [
      {
        kind: 'indirect',
        text: 'the talks resume in June',
        cue: 'said',
        speaker: 'Kabulov',
        mention: 'Kabulov',
      },
    ],
  ],
  [
    'Russia could send troops to Afghanistan, Kabulov said.',
    [
      {
        kind: 'indirect',
        text: 'Russia could send troops to Afghanistan',
        cue: 'said',
        speaker: 'Kabulov',
        mention: 'Kabulov',
      },
    ],
  ],
  [
    'Jane Roe told CTV News on Friday that the plan would pass.',
    [
      {
        kind: 'indirect',
        text: 'the plan would pass',
        cue: 'told',
        speaker: 'Jane Roe',
        mention: 'Jane Roe',
      },
    ],
  ],
  [
    'Russia’s special envoy to Afghanistan, Zamir Kabulov, in an interview with a Federal News Agency said that Russia could send troops to Afghanistan.',
    [
      {
        kind: 'indirect',
        text: 'Russia could send troops to Afghanistan',
        cue: 'said',
        speaker: 'Zamir Kabulov',
        mention: 'Zamir Kabulov',
      },
    ],
  ],
  [
    'According to the ministry, the talks will resume in June.',
    [
      {
        kind: 'indirect',
        text: 'the talks will resume in June',
        cue: 'According to',
        speaker: 'ministry',
        mention: 'the ministry',
      },
    ],
  ],
  [
    'The talks will resume in June, according to the ministry.',
    [
      {
        kind: 'indirect',
        text: 'The talks will resume in June',
        cue: 'according to',
        speaker: 'ministry',
        mention: 'the ministry',
      },
    ],
  ],
  // Mixed: an indirect clause holding a quoted fragment.
  [
    'Kabulov said the offer was “not properly evaluated” by Kabul.',
    [
      {
        kind: 'mixed',
        text: 'the offer was “not properly evaluated” by Kabul',
        cue: 'said',
        speaker: 'Kabulov',
        mention: 'Kabulov',
      },
    ],
  ],
  // Not quotations: scare quotes, and sentences without a cue.
  ['The so-called “peace dividend” never came.', []],
  ['The regional council met on Tuesday to discuss the budget.', []],
];

describe('findQuotations, through analyze', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(quoteRows(analyze(input))).toEqual(expected);
  });
});
