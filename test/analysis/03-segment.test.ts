// Stage 3: paragraphs and sentences. Rows give the input and the text of each paragraph and sentence.

import { describe, expect, it } from 'vitest';

import { tokenize } from '@/analysis/02-tokenize';
import { segment } from '@/analysis/03-segment';

interface Expected {
  readonly paragraphs: string[];
  readonly sentences: string[];
}

function segmentsOf(input: string): Expected {
  const seg = segment(tokenize(input));
  return {
    paragraphs: seg.paragraphs.map((p) => input.slice(p.start, p.end)),
    sentences: seg.sentences.map((s) => input.slice(s.start, s.end)),
  };
}

const paragraphs: Array<[string, string[]]> = [
  ['One paragraph.\nAnother one.', ['One paragraph.', 'Another one.']],
  ['One paragraph.\r\nAnother one.', ['One paragraph.', 'Another one.']],
  ['One paragraph.\rAnother one.', ['One paragraph.', 'Another one.']],
  ['One paragraph.\n\nAnother one.', ['One paragraph.', 'Another one.']],
  ['One paragraph.\r\n\r\n\r\nAnother one.', ['One paragraph.', 'Another one.']],
  ['One paragraph.\n   \t\nAnother one.', ['One paragraph.', 'Another one.']],
  ['\n\n  Indented paragraph.  \n\n', ['Indented paragraph.']],
  // A headline and a byline are lines of their own, though they end without a stop.
  [
    'Russia offers troops\nBy Jane Roe\nKABUL: The envoy spoke.',
    ['Russia offers troops', 'By Jane Roe', 'KABUL: The envoy spoke.'],
  ],
  // Hard-wrapped lines: the line stops mid-sentence and the next goes on in lower case.
  [
    'The minister said the plan\nwould fail by the spring.',
    ['The minister said the plan\nwould fail by the spring.'],
  ],
  [
    'The minister said the plan\r\nwould fail, and the council\r\nagreed with her.',
    ['The minister said the plan\r\nwould fail, and the council\r\nagreed with her.'],
  ],
  // ... but not across a blank line, nor after a finished sentence.
  [
    'The minister said the plan\n\nwould fail by the spring.',
    ['The minister said the plan', 'would fail by the spring.'],
  ],
  ['The plan failed.\nthe council met later.', ['The plan failed.', 'the council met later.']],
  ['He said:\nthe plan failed.', ['He said:', 'the plan failed.']],
];

const sentences: Array<[string, string[]]> = [
  ['Mr. Smith said.', ['Mr. Smith said.']],
  ['Dr. Jane Roe left. She came back.', ['Dr. Jane Roe left.', 'She came back.']],
  ['J. Smith arrived. He left.', ['J. Smith arrived.', 'He left.']],
  ['He lives in the U.S. The next day he left.', ['He lives in the U.S.', 'The next day he left.']],
  ['The U.S. military left.', ['The U.S. military left.']],
  ['It cost 3.5 million. Then it rose.', ['It cost 3.5 million.', 'Then it rose.']],
  ['It rose on Jan. 5 and fell.', ['It rose on Jan. 5 and fell.']],
  ['Acme Inc. The company said no.', ['Acme Inc.', 'The company said no.']],
  ['Is it true? Yes! It is.', ['Is it true?', 'Yes!', 'It is.']],
  ['Wait... Then go.', ['Wait...', 'Then go.']],
  ['He left at 3 p.m. The talks ended.', ['He left at 3 p.m.', 'The talks ended.']],
  // A sentence ends inside its closing quotation mark or bracket.
  ['He said "Go home." Then he left.', ['He said "Go home."', 'Then he left.']],
  ['He said “Go home.” Then he left.', ['He said “Go home.”', 'Then he left.']],
  ['“We left.” “We came back.”', ['“We left.”', '“We came back.”']],
  ['(He left.) Then he came back.', ['(He left.)', 'Then he came back.']],
  ['“Why?” he asked.', ['“Why?” he asked.']],
  ['“Go home!” she said.', ['“Go home!” she said.']],
  ['“We will wait.”\nHe left.', ['“We will wait.”', 'He left.']],
  // Lower-case words that happen to be abbreviations still end a sentence.
  ['The answer was no. Smith left.', ['The answer was no.', 'Smith left.']],
  ['The committee sat. Members then voted.', ['The committee sat.', 'Members then voted.']],
];

describe('segment', () => {
  it.each(paragraphs)('paragraphs of %j', (input, expected) => {
    expect(segmentsOf(input).paragraphs).toEqual(expected);
  });

  it.each(sentences)('sentences of %j', (input, expected) => {
    expect(segmentsOf(input).sentences).toEqual(expected);
  });

  it('keeps a hard-wrapped sentence whole across its line break', () => {
    const input = 'The minister said the plan\nwould fail. The council agreed.';
    expect(segmentsOf(input)).toEqual<Expected>({
      paragraphs: [input],
      sentences: ['The minister said the plan\nwould fail.', 'The council agreed.'],
    });
  });
});
