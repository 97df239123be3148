// A descriptor such as "the diplomat" can stand for someone introduced as "special envoy". These are the
// broader nouns and the role nouns they cover, so a definite descriptor finds the person it refers to.

const words = (list: string): readonly string[] => list.trim().split(/\s+/);

const LAWMAKERS = words(
  'senator congressman congresswoman representative mp mpp mla legislator lawmaker councillor councilor',
);

const HYPERNYMS: Readonly<Record<string, readonly string[]>> = {
  diplomat: [
    ...words('envoy ambassador consul emissary attaché attache diplomat representative'),
    'foreign minister',
  ],
  envoy: words('envoy emissary ambassador representative'),
  official: words(
    'minister secretary spokesman spokeswoman spokesperson director commissioner official administrator envoy ambassador chief head superintendent deputy officer mayor governor',
  ),
  politician: [...LAWMAKERS, ...words('mayor premier president minister governor candidate leader')],
  lawmaker: LAWMAKERS,
  executive: [
    ...words('ceo president chairman chairwoman chair director founder owner executive manager head'),
    'chief executive',
  ],
  leader: [
    ...words('president premier chancellor chief head leader king queen chairman chair mayor governor'),
    'prime minister',
  ],
  officer: words('constable sergeant detective officer inspector lieutenant captain superintendent chief'),
  lawyer: words('lawyer attorney counsel barrister solicitor prosecutor'),
  doctor: words('doctor physician surgeon dr'),
  judge: words('judge justice magistrate'),
  minister: words('minister secretary'),
  expert: words('expert analyst professor researcher scientist economist scholar specialist'),
  academic: words('professor lecturer researcher scholar academic'),
  company: words('inc corp corporation company ltd llc plc co group firm'),
  city: words('city municipality town'),
  group: words('group movement organization organisation militia party union coalition front network'),
};

/** True when a descriptor head ("diplomat") can refer to someone holding `role` ("special envoy to X"). */
export function roleMatches(head: string, role: string): boolean {
  // Asked for every entity's every role each time a descriptor is resolved: remembered per head and role.
  let byRole = matchCache.get(head);
  if (!byRole) {
    byRole = new Map();
    matchCache.set(head, byRole);
  }
  let hit = byRole.get(role);
  if (hit === undefined) {
    if (++cached > MAX_CACHED) {
      matchCache.clear();
      cached = 0;
    }
    hit = matches(head, role);
    byRole.set(role, hit);
  }
  return hit;
}

const matchCache = new Map<string, Map<string, boolean>>();
/** A megabyte of news asks about some tens of thousands of pairs; a build of many articles starts over. */
const MAX_CACHED = 200_000;
let cached = 0;

function matches(head: string, role: string): boolean {
  const padded = ` ${role.toLowerCase()} `;
  if (padded.includes(` ${head} `)) return true;
  const covered = HYPERNYMS[head];
  return covered !== undefined && covered.some((w) => padded.includes(` ${w} `));
}
