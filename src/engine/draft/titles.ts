// The words written before a person's name that are not the name: honorifics and title words.
// One list for the attribution reader (draft/people.ts), the speaker fix (fixes.ts) and the
// judges' messages (judge/context.ts nameLike).

/** Courtesy titles written before a surname ("Ms Roe", "Dr. Smith"), lower case: a fix keeps them. */
export const COURTESY_TITLES: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'];

/** A courtesy title opening a mention as a reporter writes it ("Ms ", "Dr. "); group 1 is the title. */
export const COURTESY_TITLE_PREFIX = new RegExp(
  `^(${COURTESY_TITLES.map((title) => title[0].toUpperCase() + title.slice(1)).join('|')})\\.?\\s`,
);

/** Honorifics written before a name: never a name themselves. */
export const HONORIFICS = new Set([...COURTESY_TITLES, 'prof', 'sir', 'dame', 'rev', 'fr']);

/**
 * Titles of the heads of a province, a district or a town elsewhere ("Voivode Ewa Nowak", "Prefect
 * Jean Roux"): title words here, and words that are no name where people are read.
 */
export const REGIONAL_TITLES: readonly string[] = [
  'voivode',
  'prefect',
  'subprefect',
  'burgomaster',
  'starost',
  'provost',
  'mayoress',
];

/** Words of titles written before a name ("Deputy Mayor", "Finance Minister", "Detective Inspector"). */
export const TITLE_WORDS = new Set(
  (
    'mayor deputy councillor councilor alderman chair chairman chairwoman chairperson chief executive ceo cfo coo minister secretary ' +
    'president vice treasurer judge justice prosecutor attorney general detective inspector sergeant constable officer superintendent ' +
    'commissioner coach manager captain director governor senator sen representative rep gov professor prof sir dame lord lady baroness ' +
    'baron king queen prince princess colonel col admiral adm general gen lieutenant lt major maj ambassador chancellor premier speaker leader ' +
    'finance foreign defence defense health interior home economy economic culture education transport housing environment energy trade ' +
    'opposition party head assistant acting interim former senior junior first principal state federal regional city county mp mep kc qc ' +
    'mla mpp mna msp td ' +
    'bishop archbishop cardinal pope father rabbi imam sheikh dr doctor nurse spokesman spokeswoman spokesperson envoy special counsel ' +
    'capt cmdr cdr sgt insp supt det cllr pres ' +
    'managing sporting technical club board union general-secretary president-elect prime'
  )
    .split(' ')
    .concat(REGIONAL_TITLES),
);

/**
 * Lower-case particles inside names: "Jesús Ángel de la Fuente", "Ursula von der Leyen", "Joost van
 * der Heijden". A particle belongs to a name only between its capitalised words. Readers: the
 * draft's unknown-name reader (people.ts) and the importer's antecedents (antecedent.ts).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de',
  'del',
  'della',
  'da',
  'do',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'di',
]);
