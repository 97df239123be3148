// Text material for the property and scale tests, all written for these tests: news-like fragments,
// every quotation mark the engine reads, right-to-left words, combining marks and line breaks.

import fc from 'fast-check';

/** Pieces of news prose: attributions, titles, abbreviations, numbers, dashes, parentheses. */
export const NEWS_FRAGMENTS: readonly string[] = [
  'KABUL: ',
  'WASHINGTON (Reuters) - ',
  'NEW YORK — ',
  'By Jane Roe',
  'AT Monitoring Desk',
  'Staff Reporter',
  'The regional council met on Tuesday to discuss the budget.',
  'Zamir Kabulov, in an interview with a news agency, said that talks could resume.',
  'Russia’s special envoy to Afghanistan, Zamir Kabulov, said',
  ' said the presidential envoy.',
  ', Kabulov said.',
  ' she told reporters: ',
  'He also noted that the offer stands',
  'A spokeswoman for the mayor said the office would respond on Monday.',
  'longtime pollster Jane Roe',
  'Mr. Smith said ',
  'Dr. Ana Lima, a physician in the U.S. Army, ',
  'in the U.S. The next day',
  'J. R. Hartley',
  'according to the ministry, ',
  'the diplomat emphasized',
  'It cost 1,000 dollars, or 3.5 percent, at 3:30 p.m.',
  'Let’s wait until there is a normal government in Kabul',
  'We will not impose our good offices',
  'the inter-Afghan dialogue',
  'the Taliban (banned in Russia)',
  'Well, great!',
  'Why would we wait?',
  ' — Jane Roe',
  'Prime Minister Justin Trudeau told CTV News Friday ',
  'Bill Sims, the city’s director of engineering, said ',
  'officials warned',
  'and added that the ceasefire does not apply',
  ', assured Kabulov',
  'Police said ',
  'Jane Roe and John Doe said ',
  'Said Says Told ',
  'SAID THE ENVOY',
  'Q: ',
  'A: ',
  '(AP) ',
  'the ’90s',
  'rock ’n’ roll',
  'Russia’s',
  "the Joneses' house",
  '…',
  '...',
  ' ',
  ', ',
  '. ',
  ': ',
];

/** Every quotation mark the engine reads, alone and doubled. */
export const QUOTE_MARKS: readonly string[] = [
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '„',
  '‚',
  '‹',
  '›',
  '‛',
  '‟',
  '〝',
  '〞',
  '＂',
  '’’',
  '‘‘',
  '``',
  "''",
];

export const LINE_BREAKS: readonly string[] = [
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\r\n\r\n',
  '\r\r',
  '\n\r',
  '\u2028',
  '\u2029',
];

/** Right-to-left words: Arabic, Hebrew and Dari (Persian letters پ چ ژ گ, and the ZWNJ of "می‌گوید"). */
export const RTL_WORDS: readonly string[] = [
  'کابل',
  'طالبان',
  'گفت',
  'می‌گوید',
  'پژوهش',
  'چهارشنبه',
  'قال',
  'الحكومة',
  'المتحدث',
  '«نحن مستعدون»',
  'אמר',
  'ממשלה',
  '״שלום״',
  'שלום',
  '،',
  '؟',
  '٣٫٥',
];

/** Combining marks, joiners and direction controls. */
export const INVISIBLES: readonly string[] = [
  '\u0301',
  '\u0308',
  '\u0651',
  '\u05B8',
  '\u200D',
  '\u200C',
  '\u200E',
  '\u200F',
  '\u202B',
  '\u202C',
  '\u2066',
  '\u2069',
  '\uFE0F',
  '👩\u200D⚕\uFE0F',
  'e\u0301',
  '\u00A0',
  '\u2009',
];

export const BOM = '\uFEFF';

const pick = (list: readonly string[]) => fc.constantFrom(...list);

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

/** Arbitrary strings: full Unicode with astral code points, and raw code units with lone surrogates. */
export const anyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
);

/** News fragments mixed with random quotation marks, spaces and line breaks. */
export const newsWithMarks = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: pick(NEWS_FRAGMENTS) },
      { weight: 4, arbitrary: pick(QUOTE_MARKS) },
      { weight: 1, arbitrary: pick(LINE_BREAKS) },
      { weight: 1, arbitrary: fc.constant(' ') },
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

/** Right-to-left words with marks, invisibles and some English between them. */
export const rtlText = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: pick(RTL_WORDS) },
      { weight: 2, arbitrary: pick(INVISIBLES) },
      { weight: 2, arbitrary: pick(QUOTE_MARKS) },
      { weight: 2, arbitrary: pick(NEWS_FRAGMENTS) },
      { weight: 2, arbitrary: pick([' ', ' ', '. ', ': ', ', ']) },
      { weight: 1, arbitrary: pick(LINE_BREAKS) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

/** Combining marks and joiners dropped anywhere into news prose, even before the first letter. */
export const withInvisibles = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: pick(NEWS_FRAGMENTS) }, { weight: 2, arbitrary: pick(INVISIBLES) }),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

/** News sentences separated by every kind of line break, CR, LF and CRLF mixed. */
export const lineBreakMix = fc
  .array(fc.tuple(pick(NEWS_FRAGMENTS), pick(LINE_BREAKS), fc.constantFrom('', ' ', '\t', '  ')), {
    maxLength: 40,
  })
  .map((rows) => rows.map(([text, br, pad]) => `${pad}${text}${br}`).join(''));

/** Thousands of stray quotation marks with a little prose among them. */
export const strayMarks = fc
  .array(
    fc.oneof(
      { weight: 20, arbitrary: pick(QUOTE_MARKS) },
      { weight: 2, arbitrary: fc.constant(' ') },
      { weight: 1, arbitrary: pick(NEWS_FRAGMENTS) },
      { weight: 1, arbitrary: pick(LINE_BREAKS) },
    ),
    { minLength: 1000, maxLength: 3000 },
  )
  .map((parts) => parts.join(''));

/** Front matter, sound or broken, in front of a body. */
export const frontMatter = fc.oneof(
  fc.constant(''),
  fc.constant('---\ntitle: Russia offers troops\ndate: 2020-05-20\n---\n'),
  fc.constant('---\r\ntitle: "Kabul, again"\r\nmood: grim\r\n---\r\n'),
  fc.constant('---\ntitle: never closed\n'),
  fc.constant('---\n---\n'),
  fc.constant('---\nnot a field\n\n---'),
);

/** A body from any of the generators above, behind optional front matter and an optional BOM. */
export const anyArticle = fc
  .tuple(fc.boolean(), frontMatter, fc.oneof(anyString, newsWithMarks, rtlText, withInvisibles, lineBreakMix))
  .map(([bom, front, body]) => `${bom ? BOM : ''}${front}${body}`);

const NAMES = [
  'Zamir Kabulov',
  'Jane Roe',
  'Ashraf Ghani',
  'Ana Lima',
  'Bill Sims',
  'Carolyn Bennett',
  'Omar Haidari',
];
const SURNAMES = ['Kabulov', 'Roe', 'Ghani', 'Lima', 'Sims', 'Bennett', 'Haidari'];
const ROLES = [
  'the presidential envoy',
  'a spokeswoman for the mayor',
  'the diplomat',
  'officials',
  'police',
];
const CUES = ['said', 'told reporters', 'added', 'noted', 'explained', 'warned', 'insisted'];
const SAYINGS = [
  'We will wait until there is a normal government in Kabul',
  'The terms of assistance will be set by the leadership, and not before',
  'There are no violations of the agreement, whatever you may have read',
  'Let’s be clear: nobody asked us for troops',
  'Well, great! In this case we will not continue the ceasefire',
  'The budget is 1,000 dollars short, or 3.5 percent, as of 3:30 p.m.',
];
const PARAGRAPHS: ReadonlyArray<
  (name: string, surname: string, role: string, cue: string, saying: string) => string
> = [
  (n, _s, _r, c, q) => `“${q},” ${n} ${c}.`,
  (_n, s, r, c, q) => `“${q},” ${c === 'told reporters' ? 'said' : c} ${r}. “${q}.” ${s} left the room.`,
  (n, _s, _r, c, q) => `${n}, in an interview with a news agency, ${c} that ${q.toLowerCase()}.`,
  (_n, s, _r, _c, q) => `He also noted that the offer stands. «${q}», ${s} said, and the talks went on.`,
  (n, s, r, c, q) => `According to ${r}, the talks will resume in June. ${n} disagreed. „${q}“, ${s} ${c}.`,
  (_n, s, _r, _c, q) =>
    `The regional council met in the U.S. The next day ${s} said the plan was "${q.toLowerCase()}."`,
  (n, _s, _r, _c, q) => `"${q}," she said. 'Not now,' ${n} replied, and added: "We will see.`,
  (_n, s, _r, _c, q) => `“They answered: “${q},” ${s} explained. Mr. ${s} and Dr. ${s} met on Jan. 5.`,
];

/** A long article of varied news paragraphs with quotations, about `length` characters. */
export function longArticle(length: number): string {
  const parts = [
    'Russia offers troops to Afghanistan\n',
    'By Jane Roe\n',
    'KABUL: The envoy arrived on Monday.\n',
  ];
  let size = parts.join('').length;
  for (let i = 0; size < length; i++) {
    const at = (list: readonly string[], step: number) => list[(i * step + (i >> 3)) % list.length] ?? '';
    const make = PARAGRAPHS[i % PARAGRAPHS.length];
    const k = (i * 5) % NAMES.length;
    const p = make ? make(NAMES[k] ?? '', SURNAMES[k] ?? '', at(ROLES, 3), at(CUES, 2), at(SAYINGS, 7)) : '';
    const br = i % 11 === 0 ? '\r\n\r\n' : i % 5 === 0 ? '\n\n' : '\n';
    parts.push(p, br);
    size += p.length + br.length;
  }
  return parts.join('');
}
