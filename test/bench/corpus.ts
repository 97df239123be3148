// A reproducible corpus of synthetic news articles for the benchmark: the same seed and index give the
// same article, byte for byte, on every machine. Sentences are composed from small invented pools so the
// text walks every path of the engine (direct quotes in straight, curly and single marks, nested,
// interrupted and multi-paragraph quotes, mixed and indirect quotes, "according to", pronouns, appositions,
// definite descriptions, organisations) without borrowing a line from any real article.

export interface Article {
  readonly id: string;
  readonly text: string;
}

export interface Rng {
  /** A float in [0, 1). */
  readonly next: () => number;
  /** An integer in [0, n). */
  readonly int: (n: number) => number;
  readonly pick: <T>(items: readonly T[]) => T;
  readonly chance: (p: number) => boolean;
}

/** mulberry32: a 32-bit state PRNG, tiny and fast; good enough to vary text, not for statistics. */
export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick, chance: (p) => next() < p };
}

// Each article gets its own stream, so article i does not depend on how long articles 0…i-1 were.
export const articleSeed = (seed: number, index: number): number =>
  (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;

type Pronoun = 'he' | 'she';

interface Person {
  readonly first: string;
  readonly last: string;
  readonly pronoun: Pronoun;
  /** "finance minister of Westmarch": used in appositions. */
  readonly role: string;
  /** "the minister": the definite description that refers back to the role. */
  readonly descriptor: string;
}

// Invented names and places, so no benchmark text can coincide with a real article's speaker.
export const FIRST_NAMES: ReadonlyArray<readonly [string, Pronoun]> = [
  ['Adaeze', 'she'],
  ['Bertil', 'he'],
  ['Corvina', 'she'],
  ['Dariusz', 'he'],
  ['Elowen', 'she'],
  ['Faustine', 'she'],
  ['Gideon', 'he'],
  ['Halvard', 'he'],
  ['Imogen', 'she'],
  ['Jovan', 'he'],
  ['Kalinda', 'she'],
  ['Leopold', 'he'],
  ['Marisol', 'she'],
  ['Nikander', 'he'],
  ['Oriane', 'she'],
  ['Pelham', 'he'],
  ['Quenby', 'she'],
  ['Rosalind', 'she'],
  ['Soren', 'he'],
  ['Thandeka', 'she'],
  ['Ulrich', 'he'],
  ['Vesna', 'she'],
  ['Wendell', 'he'],
  ['Ximena', 'she'],
  ['Yusuf', 'he'],
  ['Zephyrine', 'she'],
];
export const LAST_NAMES = [
  'Abernathy-Crane',
  'Brightwater',
  'Castellmoor',
  'Dunmorrow',
  'Eskelund',
  'Fairbairn',
  'Gallowglass',
  'Hollowell',
  'Ingleby',
  'Juhlström',
  'Kettleborough',
  'Lindqvist-Oyelaran',
  'Marrowby',
  'Nakashima-Bell',
  'Ostrander',
  'Penhaligon',
  'Quillfeather',
  'Ravensworth',
  'Thistlewood',
  'Umbridge-Kaur',
  'Vandermolen',
  'Wetherell',
  "O'Fennick",
  'Zabłocki',
];
export const PLACES = [
  'Eastbrook',
  'Westmarch',
  'Port Alder',
  'Halden',
  'Corrin Bay',
  'Millrace',
  'Ashgrove',
];
// [role as written in an apposition, the definite description that refers back to it]
const ROLES: ReadonlyArray<readonly [string, string]> = [
  ['the mayor of {place}', 'the mayor'],
  ['{place} finance minister', 'the minister'],
  ['a spokeswoman for the {place} Port Authority', 'the spokeswoman'],
  ['chief executive of {place} Freight', 'the executive'],
  ['a professor of economics at {place} University', 'the professor'],
  ['the senator for {place}', 'the senator'],
  ['the {place} police chief', 'the chief'],
  ['head of the {place} Teachers Union', 'the union leader'],
  ['the regional health commissioner', 'the commissioner'],
  ['a special envoy to {place}', 'the envoy'],
  ['a lawyer for the residents', 'the lawyer'],
  ['a local shop owner', 'the shop owner'],
];
const ORGANISATIONS = [
  'the {place} city council',
  'the Ministry of Transport',
  '{place} Freight',
  'the {place} Port Authority',
  'the Coalition for Safer Streets',
  '{place} police',
];
const SUBJECTS = [
  'the new budget',
  'the bridge repairs',
  'the ferry service',
  'the hospital expansion',
  'the council',
  'the provincial government',
  'the rail link',
  'the water treatment plant',
  'the strike',
  'the housing plan',
  'the inquiry',
  'the business association',
  'the school board',
  'the port',
  'the 2026 election',
  'the trade agreement',
  'the rent freeze',
  'the flood barrier',
];
const PREDICATES = [
  'will cut spending on roads by 12 per cent',
  'would not be finished before winter',
  'had been delayed by at least two years',
  'could cost taxpayers $40 million more than planned',
  'was never properly evaluated',
  'will create about 300 jobs',
  'has lost the trust of residents',
  'must be reviewed by an independent panel',
  'is the only realistic option left',
  'had ignored repeated warnings from engineers',
  'would be put to a public vote in the spring',
  'was moving in the right direction',
  'needs another $2.5 billion to stay open',
  'should have been cancelled months ago',
  'is facing a shortage of trained staff',
  'will be debated again next week',
  'was hit hard by the storm in March',
  'has doubled since 2019',
];
const TAILS = [
  '',
  '',
  '',
  ', despite objections from the opposition',
  ' after weeks of negotiations',
  ', according to figures released on Monday',
  ' if nothing changes',
  ' unless the province steps in',
  ' (a claim the company disputes)',
  ' — at least for now',
  ' by the end of the year',
];
const FIRST_PERSON = [
  'We are not going to let this happen',
  'I have never seen anything like it',
  'We warned them about this years ago',
  'Nobody asked the people who actually live here',
  'I think we can still fix this',
  'We will keep pushing until it is done',
  'This is not about politics, it is about safety',
  'I am proud of what the team has achieved',
  'Frankly, the numbers simply do not add up',
  'We need answers, and we need them now',
  'It was a difficult decision, but the right one',
  'I understand why people are angry',
];
const FRAGMENTS = [
  'a complete mess',
  'long overdue',
  'reckless and irresponsible',
  'a step in the right direction',
  'nothing short of a scandal',
  'the best deal we could get',
  'premature',
];
const SPEECH_VERBS = ['said', 'said', 'said', 'added', 'noted', 'explained', 'argued', 'warned', 'insisted'];
const QUOTE_VERBS = ['said', 'said', 'said', 'added', 'told reporters', 'explained', 'emphasized'];
const NARRATIVE = [
  'The council met on Tuesday to discuss the proposal.',
  'The project was first announced in 2021.',
  'Construction began in the spring, weeks behind schedule.',
  'Residents gathered outside city hall on Thursday evening.',
  'The vote is expected later this month.',
  'Officials did not respond to a request for comment.',
  'About 1,200 people signed a petition against the plan.',
  'The report, released on Friday, runs to 84 pages.',
];

export const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export interface Marks {
  readonly open: string;
  readonly close: string;
  readonly innerOpen: string;
  readonly innerClose: string;
}
// Curly marks mostly, as newspapers print them; straight and single marks as pasted text often has them.
export const CURLY: Marks = { open: '“', close: '”', innerOpen: '‘', innerClose: '’' };
export const STRAIGHT: Marks = { open: '"', close: '"', innerOpen: "'", innerClose: "'" };
export const SINGLE: Marks = { open: '‘', close: '’', innerOpen: '“', innerClose: '”' };
export const GUILLEMETS: Marks = { open: '«', close: '»', innerOpen: '“', innerClose: '”' };

export class Writer {
  private readonly people: Person[] = [];
  private readonly introduced = new Set<Person>();
  private last: Person | null = null;

  constructor(
    private readonly rng: Rng,
    private readonly place: string,
    private readonly marks: Marks,
    /** A surname for each person; by default one of a small invented pool. */
    surname: (rng: Rng) => string = (r) => r.pick(LAST_NAMES),
  ) {
    const count = 2 + rng.int(5);
    for (let i = 0; i < count; i++) {
      const [first, pronoun] = rng.pick(FIRST_NAMES);
      const [role, descriptor] = rng.pick(ROLES);
      this.people.push({
        first,
        last: surname(rng),
        pronoun,
        role: role.replace('{place}', rng.pick(PLACES)),
        descriptor,
      });
    }
  }

  private clause(): string {
    const { rng } = this;
    return `${rng.pick(SUBJECTS)} ${rng.pick(PREDICATES)}${rng.pick(TAILS)}`;
  }

  /** One to three sentences in the speaker's voice, without the final stop. */
  private words(): string {
    const { rng } = this;
    const parts = [rng.pick(FIRST_PERSON)];
    if (rng.chance(0.6)) parts.push(cap(this.clause()));
    if (rng.chance(0.3)) parts.push(`I believe ${this.clause()}`);
    return parts.join('. ');
  }

  /** Who speaks next: often the last speaker again, so pronouns and descriptions have an antecedent. */
  private speaker(): Person {
    return this.last && this.rng.chance(0.4) ? this.last : this.rng.pick(this.people);
  }

  /**
   * How the speaker is named here: full name with an apposition the first time, then a surname, a pronoun
   * (only right after the same speaker) or a definite description. At the end of a sentence the apposition
   * takes no closing comma.
   */
  private mention(p: Person, at: 'start' | 'inside' | 'end'): string {
    const { rng } = this;
    if (!this.introduced.has(p)) {
      this.introduced.add(p);
      return `${p.first} ${p.last}, ${p.role}${at === 'end' ? '' : ','}`;
    }
    const r = rng.next();
    if (r < 0.5) return p.last;
    const short = r < 0.75 && p === this.last ? p.pronoun : p.descriptor;
    return at === 'start' ? cap(short) : short;
  }

  private quoted(text: string, stop = ','): string {
    const { open, close } = this.marks;
    return `${open}${text}${stop}${close}`;
  }

  /** The next paragraph, or two when a quotation runs over a paragraph break. */
  paragraphs(): readonly string[] {
    const { rng, marks } = this;
    const p = this.speaker();
    const verb = rng.pick(SPEECH_VERBS);
    let out: readonly string[];
    switch (rng.int(14)) {
      case 0: // indirect with apposition or short name: Jane Roe, the mayor, said that …
        out = [`${this.mention(p, 'start')} ${verb} that ${this.clause()}.`];
        break;
      case 1: // quote first: “…,” Roe said.
        out = [`${this.quoted(this.words())} ${this.mention(p, 'inside')} ${rng.pick(QUOTE_VERBS)}.`];
        break;
      case 2: // inverted: “…,” said the minister.
        out = [`${this.quoted(this.words())} said ${this.mention(p, 'end')}.`];
        break;
      case 3: // speaker first with a colon: Roe said: “….”
        out = [`${this.mention(p, 'start')} said: ${this.quoted(this.words(), '.')}`];
        break;
      case 4: // interrupted: “…,” she said. “….”
        out = [
          `${this.quoted(this.words())} ${this.mention(p, 'inside')} said. ${this.quoted(this.words(), '.')}`,
        ];
        break;
      case 5: {
        // nested: “They told us ‘…,’ and we believed them,” he said.
        const inner = `${marks.innerOpen}${this.clause()},${marks.innerClose}`;
        out = [
          `${marks.open}They told us ${inner} and we believed them,${marks.close} ${this.mention(p, 'inside')} said.`,
        ];
        break;
      }
      case 6: // a quotation over two paragraphs: the first has no closing mark, the second reopens.
        out = [
          `${marks.open}${this.words()}. ${cap(this.clause())}.`,
          `${this.quoted(this.words())} ${this.mention(p, 'inside')} added.`,
        ];
        break;
      case 7: // mixed: Roe called the plan “…” and said …
        out = [
          `${this.mention(p, 'start')} called the plan ${marks.open}${rng.pick(FRAGMENTS)}${marks.close} and said ${this.clause()}.`,
        ];
        break;
      case 8: // according to
        out = [
          rng.chance(0.5)
            ? `According to ${this.mention(p, 'end')}, ${this.clause()}.`
            : `${cap(this.clause())}, according to ${this.mention(p, 'end')}.`,
        ];
        break;
      case 9: {
        // an organisation speaks
        const org = rng.pick(ORGANISATIONS).replace('{place}', this.place);
        this.last = null;
        return [
          rng.chance(0.5)
            ? `${cap(org)} said in a statement that ${this.clause()}.`
            : `A spokesperson for ${org} said ${this.clause()}.`,
        ];
      }
      case 10: // a question
        out = [
          `${marks.open}Why did nobody tell us ${this.clause()}?${marks.close} ${this.mention(p, 'inside')} asked.`,
        ];
        break;
      case 11: // told someone that …, and she added that …
        out = [
          `${this.mention(p, 'start')} told reporters on Monday that ${this.clause()}, and ${p.pronoun} added that ${this.clause()}.`,
        ];
        break;
      default: // narrative with no quotation at all
        return [`${rng.pick(NARRATIVE)} ${cap(this.clause())}.`];
    }
    this.last = p;
    return out;
  }
}

/** One article: headline, byline, dateline, then 4 to ~60 paragraphs (rarely ~150), most around 20. */
export function generateArticle(seed: number, index: number): Article {
  const rng = makeRng(articleSeed(seed, index));
  const place = rng.pick(PLACES);
  const r = rng.next();
  const marks = r < 0.6 ? CURLY : r < 0.85 ? STRAIGHT : r < 0.97 ? SINGLE : GUILLEMETS;
  const writer = new Writer(rng, place, marks);
  const paragraphs = rng.chance(0.02) ? 120 + rng.int(40) : 4 + Math.floor(rng.next() ** 2 * 56);
  const lines = [
    cap(`${rng.pick(SUBJECTS)} ${rng.pick(PREDICATES)}`),
    rng.chance(0.5) ? `By ${rng.pick(FIRST_NAMES)[0]} ${rng.pick(LAST_NAMES)}` : `${place} Staff Reporter`,
  ];
  lines.push(
    `${place.toUpperCase()} — ${cap(rng.pick(SUBJECTS))} ${rng.pick(PREDICATES)}${rng.pick(TAILS)}.`,
  );
  while (lines.length < paragraphs + 3) lines.push(...writer.paragraphs());
  // Blank lines between paragraphs in some articles, single line breaks in others.
  const separator = rng.chance(0.5) ? '\n' : '\n\n';
  return { id: `bench/${String(seed)}/${String(index)}`, text: lines.join(separator) };
}

/** Articles 0, 1, 2, … of `seed` until their text reaches `targetBytes` UTF-8 bytes. */
export function generateCorpus(seed: number, targetBytes: number): Article[] {
  const encoder = new TextEncoder();
  const articles: Article[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const article = generateArticle(seed, articles.length);
    bytes += encoder.encode(article.text).length;
    articles.push(article);
  }
  return articles;
}
