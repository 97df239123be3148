// Stage 5: quotation marks paired into quoted spans. Rows give the input and each span found, in order:
// its text with the marks, its content without them, the index of its parent span, and whether the
// engine had to repair a missing mark.

import { describe, expect, it } from 'vitest';

import { tokenize } from '@/analysis/02-tokenize';
import { segment } from '@/analysis/03-segment';
import { findQuotedSpans } from '@/analysis/05-quote-marks';

interface Span {
  readonly span: string;
  readonly content: string;
  readonly parent: number | null;
  readonly repaired: boolean;
}

function spansOf(input: string): Span[] {
  return findQuotedSpans(input, segment(tokenize(input)).paragraphs).map((q) => ({
    span: input.slice(q.start, q.end),
    content: input.slice(q.contentStart, q.contentEnd),
    parent: q.parent,
    repaired: q.repaired,
  }));
}

/** A top-level span closed by its own mark. */
const sound = (span: string, content: string): Span => ({ span, content, parent: null, repaired: false });

const cases: Array<[string, Span[]]> = [
  // Every convention pairs.
  ['"Straight double," he said.', [sound('"Straight double,"', 'Straight double,')]],
  ["'Straight single,' he said.", [sound("'Straight single,'", 'Straight single,')]],
  ['“Curly double,” he said.', [sound('“Curly double,”', 'Curly double,')]],
  ['‘Curly single,’ he said.', [sound('‘Curly single,’', 'Curly single,')]],
  ['«Guillemets», dit-il.', [sound('«Guillemets»', 'Guillemets')]],
  ['« Guillemets espacés », dit-il.', [sound('« Guillemets espacés »', 'Guillemets espacés')]],
  ['»Umgekehrt«, sagte er.', [sound('»Umgekehrt«', 'Umgekehrt')]],
  ['„Deutsch“, sagte er.', [sound('„Deutsch“', 'Deutsch')]],
  ['‚Einfach‘, sagte er.', [sound('‚Einfach‘', 'Einfach')]],
  ['„Polski”, powiedział.', [sound('„Polski”', 'Polski')]],
  ['”Svenska,” sa han.', [sound('”Svenska,”', 'Svenska,')]],
  ['‹Simple›, dit-il.', [sound('‹Simple›', 'Simple')]],
  ['›Einfach‹, sagte er.', [sound('›Einfach‹', 'Einfach')]],
  ['``Typed doubles,’’ he said.', [sound('``Typed doubles,’’', 'Typed doubles,')]],
  ["''Typed doubles,'' he said.", [sound("''Typed doubles,''", 'Typed doubles,')]],
  ['‘‘Typed doubles,’’ he said.', [sound('‘‘Typed doubles,’’', 'Typed doubles,')]],
  // Apostrophes are not marks.
  ['Let’s go to Russia’s capital in the ’90s.', []],
  ["Let's go to Russia's capital in the '90s.", []],
  ["The Joneses' house and the Joneses’ car.", []],
  ['Rock ’n’ roll.', []],
  ['“Rock ’n’ roll is here,” he said.', [sound('“Rock ’n’ roll is here,”', 'Rock ’n’ roll is here,')]],
  ["'Rock 'n' roll is here,' he said.", [sound("'Rock 'n' roll is here,'", "Rock 'n' roll is here,")]],
  [
    '“Let’s wait for Russia’s answer,” he said.',
    [sound('“Let’s wait for Russia’s answer,”', 'Let’s wait for Russia’s answer,')],
  ],
  // Two quotations in one paragraph.
  ['“First,” she said. “Second.”', [sound('“First,”', 'First,'), sound('“Second.”', 'Second.')]],
  // A quotation across a hard-wrapped line stays one span.
  ['“We will\nwait,” he said.', [sound('“We will\nwait,”', 'We will\nwait,')]],
  // An opening mark never closed ends before the attribution that follows its words, or else at its
  // paragraph's end; the next paragraph is never swallowed.
  [
    '“We will wait, he said.\nThe talks resumed.',
    [{ span: '“We will wait,', content: 'We will wait,', parent: null, repaired: true }],
  ],
  [
    '“We will wait, he said.   \r\n\r\nThe talks resumed.',
    [{ span: '“We will wait,', content: 'We will wait,', parent: null, repaired: true }],
  ],
  [
    '“We will wait and see.   \r\n\r\nThe talks resumed.',
    [{ span: '“We will wait and see.', content: 'We will wait and see.', parent: null, repaired: true }],
  ],
  // A paragraph left open and a next one that opens again: one quotation across both.
  [
    '“First paragraph of the quotation.\n“Second paragraph,” she said.',
    [
      sound(
        '“First paragraph of the quotation.\n“Second paragraph,”',
        'First paragraph of the quotation.\n“Second paragraph,',
      ),
    ],
  ],
  ['“One.\n\n“Two.\n\n“Three,” she said.', [sound('“One.\n\n“Two.\n\n“Three,”', 'One.\n\n“Two.\n\n“Three,')]],
  // Nested: single in double, double in guillemets.
  [
    '“He told me ‘never again’ and left,” she said.',
    [
      sound('“He told me ‘never again’ and left,”', 'He told me ‘never again’ and left,'),
      { span: '‘never again’', content: 'never again', parent: 0, repaired: false },
    ],
  ],
  [
    '"He told me \'never again\' and left," she said.',
    [
      sound('"He told me \'never again\' and left,"', "He told me 'never again' and left,"),
      { span: "'never again'", content: 'never again', parent: 0, repaired: false },
    ],
  ],
  [
    '«Il a dit “jamais” et il est parti», dit-elle.',
    [
      sound('«Il a dit “jamais” et il est parti»', 'Il a dit “jamais” et il est parti'),
      { span: '“jamais”', content: 'jamais', parent: 0, repaired: false },
    ],
  ],
  // An inner quotation left open ends with its parent, but the parent's closing mark is not its own.
  [
    '‘He said “maybe and left,’ she said.',
    [
      sound('‘He said “maybe and left,’', 'He said “maybe and left,'),
      { span: '“maybe and left,', content: 'maybe and left,', parent: 0, repaired: true },
    ],
  ],
  // Same family nested, closed by one mark before an attribution: both end there.
  [
    '“They answered: “Well, great! We will fight,” Kabulov explained.',
    [
      {
        span: '“They answered: “Well, great! We will fight,”',
        content: 'They answered: “Well, great! We will fight,',
        parent: null,
        repaired: true,
      },
      {
        span: '“Well, great! We will fight,”',
        content: 'Well, great! We will fight,',
        parent: 0,
        repaired: false,
      },
    ],
  ],
  // A closing mark with no opening mark, before an attribution: the quotation starts with the paragraph.
  [
    'We will fight on,” Kabulov said.',
    [{ span: 'We will fight on,”', content: 'We will fight on,', parent: null, repaired: true }],
  ],
  // A stray closing mark with no attribution pairs with nothing.
  ['The word” is odd.', []],
];

describe('findQuotedSpans', () => {
  it.each(cases)('%j', (input, expected) => {
    expect(spansOf(input)).toEqual(expected);
  });
});
