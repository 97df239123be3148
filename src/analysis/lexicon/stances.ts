// Words that attribute a stance rather than speech (what someone wants, plans or calls for, nouns that name a
// claim) and what some speech verbs take as their content besides a clause. General English (verbs of desire
// and intention, Levin's "want" and "promise" classes), written from grammar references, never from the
// evaluation texts.

const forms = (rows: readonly string[]): ReadonlyMap<string, string> => {
  const map = new Map<string, string>();
  for (const row of rows) {
    const words = row.split(' ');
    for (const w of words) if (!map.has(w)) map.set(w, words[0] ?? w);
  }
  return map;
};

/**
 * Verbs of intention whose to-infinitive is the attributed content: "She wants to cut taxes", "the party
 * vowed to fight on". Base, third person, past, gerund.
 */
export const INTENT_VERBS: ReadonlyMap<string, string> = forms([
  'want wants wanted wanting',
  'plan plans planned planning',
  'seek seeks sought seeking',
  'intend intends intended intending',
  'vow vows vowed vowing',
]);

/** Verbs that take a question as their content: "questioned whether …", "asked why …". */
export const QUESTION_LEMMAS: ReadonlySet<string> = new Set([
  'ask',
  'question',
  'wonder',
  'doubt',
  'speculate',
  'explain',
  'say',
]);

/** Words that open an embedded question: "whether the plan works", "why she left". */
export const WH_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'who', 'when']);

/** Forms of "call": "called for a repeal", "called on the city to act", "called the plan “reckless”". */
export const CALL_FORMS: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);

/**
 * Nouns that name a claim, whose that-clause is its content when a possessor stands before them: "the
 * mayor's claim that the budget balances", "the company's insistence that …".
 */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'assertion',
  'argument',
  'contention',
  'insistence',
  'allegation',
  'allegations',
  'suggestion',
  'assurance',
  'assurances',
  'warning',
  'promise',
  'pledge',
  'belief',
  'view',
  'emphasis',
  'accusation',
  'prediction',
  'admission',
  'denial',
  'complaint',
  'charge',
  'threat',
  'vow',
]);

/**
 * Speech verbs that also take what was said as a noun-phrase object: "stressed the need to act",
 * "mentioned the remarks he had made", "accused her of lying".
 */
export const OBJECT_CONTENT_LEMMAS: ReadonlySet<string> = new Set([
  'mention',
  'describe',
  'stress',
  'emphasize',
  'question',
  'note',
  'reiterate',
  'repeat',
  'accuse',
  'promise',
]);

/** Act cues that report a verdict only with "as": "painted him as a fraud", not "painted the hall". */
export const VERDICT_AS_LEMMAS: ReadonlySet<string> = new Set(['paint', 'portray', 'depict', 'brand']);
