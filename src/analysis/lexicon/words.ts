// Closed-class English words and small open lists the stages lean on. General knowledge, never taken from
// the evaluation texts.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

export const PERSONAL_PRONOUNS = set('he she they it we i you him her them us me');
export const MALE_PRONOUNS = set('he him his himself');
export const FEMALE_PRONOUNS = set('she her hers herself');

export const DETERMINERS = set(
  'the a an this that these those his her its their our my your some several many few both all each every any no another other such one two three four five six seven eight nine ten dozens hundreds thousands most',
);

export const PREPOSITIONS = set(
  'in on at by for with from to of about into onto over under after before during since until between among against through across around near behind beyond within without via per amid amidst upon toward towards despite like as than outside inside following regarding concerning',
);

export const CONJUNCTIONS = set('and or but nor yet so');

/** Words that open an adverbial or relative clause: a comma chunk starting with one is not a subject. */
export const CLAUSE_OPENERS = set(
  'who whom whose which that where when while whereas although though because since if unless after before as until once whether how why what speaking referring adding noting citing saying calling according including especially particularly meanwhile however moreover furthermore also still instead indeed nevertheless nonetheless therefore thus later earlier then now today yesterday tomorrow previously recently',
);

/** Adverbs and auxiliaries that may stand between a subject and its verb: "he also said", "she has said". */
export const VERB_SATELLITES = set(
  'also then now later earlier once again further simply just still even already often repeatedly previously recently has have had would will could should might may must did does do was is were are been be being not never always first finally initially subsequently separately similarly additionally reportedly publicly privately flatly bluntly quickly immediately originally apparently herself himself themselves itself all both',
);

/** Words that look like -ly adverbs but are nouns that can head a subject ("the family said"). */
export const LY_NOUNS = set('family ally assembly supply rally bully reply monopoly anomaly italy');

// allow: "quickly", "publicly" — not "Early" (a capital) or "fly's".
const LY_ADVERB_SPELLING = /^\p{Ll}+ly$/u;

/** A word written as an -ly adverb: lower-case letters ending in "ly". Judged by spelling alone. */
export const spelledAsAdverb = (text: string): boolean => LY_ADVERB_SPELLING.test(text);

/** A normalised -ly word that is no -ly noun: "quickly", not "family". */
export const isLyAdverb = (norm: string): boolean => norm.endsWith('ly') && !LY_NOUNS.has(norm);

/** Pronouns that stand as a subject on their own: "he said", "they warned". */
export const SUBJECT_PRONOUNS = set('he she they it we i you');

/**
 * The subject pronouns and expletive "there", as openers of a finite clause ("said there was no deal").
 * "there" names no speaker, so the noun-phrase reader uses SUBJECT_PRONOUNS without it.
 */
export const SUBJECT_PRONOUNS_AND_THERE: ReadonlySet<string> = new Set([...SUBJECT_PRONOUNS, 'there']);

/** Pronouns that, outside quotation marks, are the writer or the reader: "I would suggest …". */
export const AUTHOR_PRONOUNS = set('i we you');

/** Words other than a pronoun that open a clause as its subject: "said there were …", "said it was …". */
export const CLAUSE_SUBJECT_WORDS = set('there it this that these those such all none no');

/** Finite auxiliaries and their contractions: one of them in a clause's first words makes it a clause. */
export const FINITE_AUX = set(
  "is are was were will would can could may might must shall should has have had does do did 's 're 'll 'd 've am",
);

/** Forms of "be": a participle after one is passive ("was announced"), a gerund progressive ("is saying"). */
export const BE_FORMS = set("is are was were be been being 's am");

/** Participles of cue verbs that do not end in -ed. */
export const IRREGULAR_PARTICIPLES = set(
  'told said written known shown found thought felt understood read sworn',
);

/** Openers of a subordinate or prepositional phrase: "When asked …, X said" reports nothing itself. */
export const NOT_REPORTED_OPENERS = set(
  'when if as while because although though since after before until unless despite whereas once',
);

/** Words that say when, between a cue and what it reports: "said today", "told reporters last week". */
export const TIME_WORDS = set(
  'today yesterday tomorrow tonight earlier later recently previously again last this next week month year morning afternoon evening night weekend',
);

/** Adverbs that stand between a cue and its clause: "said however, that …". */
export const POST_CUE_ADVERBS = set('however though also again now then further instead meanwhile');

// allow: "PENCE: Well, look …", "Jane Roe: We will appeal" — not "READ MORE:", "Q:", "Update:"
/** Words that, before a colon at a paragraph's start, label web furniture rather than a speaker. */
export const LABEL_STOPLIST = set(
  "q a q&a faq note update updated editor editor's correction source sources photo video watch read related breaking exclusive transcript warning disclaimer credit caption listen more tags topics share analysis opinion explainer factbox fact-check timeline interview profile obituary podcast live review comment column editorial",
);

export const HONORIFICS = set(
  'mr mrs ms miss mx dr prof sir dame lord lady rev fr sr br sen rep gov lt col gen capt sgt cpl maj adm cmdr insp supt det const hon messrs mme mlle herr frau',
);
export const MALE_HONORIFICS = set('mr sir lord fr br messrs herr');
export const FEMALE_HONORIFICS = set('mrs ms miss dame lady mme mlle frau');

/** Abbreviated titles spelled out as roles: "Sen." → "Senator". "Mr." and "Dr." are not roles. */
export const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  sen: 'Senator',
  rep: 'Representative',
  gov: 'Governor',
  gen: 'General',
  lt: 'Lieutenant',
  col: 'Colonel',
  capt: 'Captain',
  sgt: 'Sergeant',
  cpl: 'Corporal',
  maj: 'Major',
  adm: 'Admiral',
  cmdr: 'Commander',
  insp: 'Inspector',
  supt: 'Superintendent',
  det: 'Detective',
  const: 'Constable',
  prof: 'Professor',
  rev: 'Reverend',
  hon: 'Honourable',
};

/** Title words that also start company or place names ("General Motors", "Prince Rupert"). */
export const AMBIGUOUS_TITLES = set(
  'general major private principal host speaker chief vice leader deputy dean marshal warden coach king queen prince princess duke captain',
);

/** Titles that stand before a name and become its role: "Senator Jane Doe", "Prime Minister X". */
export const TITLE_WORDS = set(
  'president vice prime minister secretary senator congressman congresswoman representative governor mayor premier chancellor ambassador envoy judge justice chief director chairman chairwoman chair commissioner superintendent inspector detective sergeant constable officer captain lieutenant colonel general admiral commander major corporal private professor doctor dr pope cardinal bishop archbishop reverend rabbi imam sheikh king queen prince princess duke duchess emperor president-elect coach councillor councilor alderman deputy leader speaker attorney sheriff marshal warden dean provost principal trustee treasurer auditor comptroller controller spokesman spokeswoman spokesperson minister-designate chief-of-staff ceo cfo coo cto founder co-founder owner manager host anchor pollster strategist economist analyst',
);

/** Offices held by one person at a time: "the mayor" is whoever holds it, not the last person named. */
export const OFFICES = set(
  'president vice-president prime minister secretary senator congressman congresswoman governor mayor premier chancellor ambassador judge justice commissioner superintendent sheriff pope king queen speaker treasurer',
);

/** Nouns that name a person by role: "the diplomat", "a spokeswoman for the city". */
export const PERSON_NOUNS = set(
  'spokesman spokeswoman spokesperson official minister president envoy diplomat ambassador consul emissary delegate negotiator mediator mayor governor senator premier chancellor chief director chairman chairwoman chair ceo executive head leader founder co-founder cofounder owner manager boss analyst expert professor researcher scientist scholar economist historian lawyer attorney counsel judge justice prosecutor defender officer detective sergeant constable commissioner superintendent inspector investigator agent soldier commander general colonel captain lieutenant pilot driver author writer journalist reporter editor columnist correspondent host anchor producer artist actor actress singer musician chef farmer teacher student doctor physician surgeon nurse patient victim witness survivor mother father son daughter wife husband brother sister friend neighbour neighbor man woman boy girl child resident citizen voter worker employee member representative rep activist advocate organizer organiser critic supporter fan player coach athlete pollster strategist adviser advisor aide secretary treasurer councillor councilor alderman lawmaker legislator congressman congresswoman candidate nominee incumbent challenger president-elect king queen prince princess pope bishop priest pastor rabbi imam cleric monk nun operator entrepreneur developer engineer designer architect planner consultant contractor landlord tenant homeowner shopper customer client user parent grandmother grandfather uncle aunt cousin partner colleague coworker co-worker source insider observer commentator blogger podcaster statistician epidemiologist psychologist psychiatrist therapist counsellor counselor pharmacist dentist veterinarian paramedic firefighter publisher curator director-general secretary-general deputy minister-designate opponent proponent backer ally skeptic sceptic detractor campaigner environmentalist conservationist investor shareholder trader merchant banker donor volunteer villager pupil passenger commuter consumer tourist visitor miner backbencher star rapper comedian presenter dancer footballer striker goalkeeper midfielder boxer cyclist golfer referee forecaster meteorologist builder plumber electrician carpenter mechanic cleaner shopkeeper baker butcher pensioner retiree graduate veteran carer waiter waitress bartender fisherman gardener hairdresser barber accountant solicitor barrister clerk cashier librarian midwife lecturer tutor headteacher apprentice',
);

/** Plural or collective nouns that can speak as a group: "police said", "officials warned". */
export const GROUP_NOUNS = set(
  'police officials authorities officers experts analysts researchers scientists economists lawyers attorneys prosecutors investigators residents citizens voters workers employees members representatives activists advocates organizers critics supporters fans players parents students teachers doctors nurses witnesses survivors victims families neighbours neighbors protesters protestors demonstrators leaders lawmakers legislators senators ministers diplomats sources insiders observers commentators people americans canadians britons europeans republicans democrats conservatives liberals progressives militants rebels insurgents troops soldiers forces fighters delegates negotiators organisers staff crews firefighters paramedics scholars historians pollsters strategists advisers advisors aides councillors councilors relatives friends couple pair duo trio siblings twins',
);

/** Nouns that name an organisation or thing that can "say": "the company said", "a report found". */
export const ORG_NOUNS = set(
  'government ministry department agency company firm group organization organisation union council committee board court campaign administration team club party city province state county town municipality school university college hospital study report survey poll statement website newspaper paper network station broadcaster bank fund foundation institute center centre office bureau authority commission movement coalition alliance federation association society church army military navy police-force regime cabinet parliament congress senate house assembly embassy consulate kremlin pentagon family band industry sector service utility retailer chain brand developer manufacturer carrier airline insurer lender regulator watchdog panel jury tribunal nonprofit non-profit charity inquiry investigation audit probe review assessment evaluation management',
);

/**
 * Nouns that describe the name before them as a body ("the Taliban militant group"), unlike "Lake
 * Cowichan residents", where the name only says where the residents live.
 */
export const SELF_DESCRIBING = set(
  'group movement organization organisation party militia company firm agency network union coalition alliance charity foundation institute corporation',
);

/** Documents that speak for whoever wrote them: "a statement from the ministry said". */
export const DOCUMENT_NOUNS = set('statement release letter email e-mail post tweet memo note report');

/** Last words that mark a capitalised name as an organisation: "Saskatoon Police Service". */
export const ORG_SUFFIXES = set(
  'agency service services police ministry department council commission committee party association union university college school hospital bank group inc inc. corp corp. corporation ltd ltd. llc plc co co. company companies news times post press network foundation institute center centre board court office bureau authority government administration army force forces federation assembly coalition league society club team movement front organization organisation nations fund trust church tribunal parliament senate congress cabinet embassy media radio television tv channel magazine journal herald tribune gazette telegraph guardian review monitor daily weekly hydro industries holdings partners capital associates laboratories labs systems technologies airlines airways railway railways rail grid water utilities motors energy alliance project initiative campaign caucus chamber program programme',
);

export const WEEKDAYS_MONTHS = set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun',
);

/** Capitalised words that open sentences without naming anyone: "However", "The". */
export const NON_NAME_CAPITALS = set(
  'the a an this that these those his her its their our my your some several many few both all each every any no another other such i he she it we they you me him us them but and or nor yet so however meanwhile moreover furthermore also still instead indeed nevertheless thus therefore then now today yesterday tomorrow tonight last next first second third finally in on at by for with from to of about after before during since until while when where why how what who which whose if unless although though because as once there here according asked speaking earlier later despite yes not oh well please thanks thank sorry ok okay mr mrs ms dr prof sen rep gov st',
);

/** Abbreviations whose period does not end a sentence. Titles never end one; others may. */
export const TITLE_ABBREVIATIONS = set(
  'mr mrs ms mx dr prof sr jr st sen rep gov gen lt col capt sgt cpl maj adm cmdr insp supt det const hon rev fr br messrs mme mlle no nos vol vols fig figs p pp',
);
export const OTHER_ABBREVIATIONS = set(
  'inc corp co ltd llc plc vs etc e.g i.e al approx dept est jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ave blvd rd mt ft a.m p.m',
);

export const NUMBER_WORDS = set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion',
);
