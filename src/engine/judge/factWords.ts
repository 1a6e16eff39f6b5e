/**
 * More of the words a paraphrase of a rated claim trades for one another (see `EQUIVALENTS` in
 * factCheck.ts), kept apart so the judge stays short. Each group is general claim language, a
 * measure's everyday name or a unit's spellings: never one claim's topic.
 */

/** Groups of stems read as one; the first member is the group's stem. */
export const MORE_EQUIVALENTS: readonly string[][] = [
  // An offence's plain name and its legal one.
  ['burglary', 'burglari', 'breakin'],
  ['dwelling', 'flat', 'apart', 'apartment'],
  ['kilo', 'kilogram', 'kg'],
  ['stor', 'store', 'outlet', 'shop'],
  ['suffer', 'endur', 'experienc', 'fac', 'face'],
  ['generat', 'produc'],
  ['electricity', 'power'],
  ['citizen'],
  ['philippin', 'filipino'],
  // Receiving, under the verbs a paraphrase uses ("got 15,000 claims", "farmers collect subsidies").
  ['receiv', 'get', 'got', 'gotten', 'obtain'],
  // A request and an application are one ("asylum claims", "asylum applications", "requests").
  ['applic', 'claim', 'request'],
  ['farm', 'agricultur', 'agricultural', 'agrarian'],
  ['farmer', 'grower'],
  // A shortage however said: "a shortage of 30,000 teachers", "30,000 teachers short", "a shortfall".
  ['shortag', 'short', 'shortfall'],
  // From abroad, however said: "foreign visitors", "overseas tourists", "international arrivals".
  ['foreign', 'oversea', 'overseas', 'international', 'internat'],
  // A visitor and a tourist are counted alike; an inmate is a prisoner.
  ['tourist', 'tour'],
  ['prisoner', 'inmat', 'inmate'],
  // The countryside is what is rural.
  ['rural', 'countrysid', 'countryside'],
  // A catch of fish under its other names.
  ['catch', 'haul', 'caught'],
  // Let out of prison: "released", "freed".
  ['releas', 'fre', 'freed'],
  // A public programme under its other name ("the school feeding scheme"), and who it pays.
  ['program', 'programm', 'schem', 'scheme'],
  ['beneficiary', 'beneficiari', 'recipient', 'recipi'],
  // Who rides a bus or a train, however counted.
  ['passenger', 'commuter', 'rider'],
  // What a rule sets, under its other names ("water quality standards", "norms", "rules").
  ['standard', 'norm', 'rul', 'rule', 'regul', 'regulation'],
  // "nearly" and "almost" need no group: the WordNet table has them (text/lexicon.ts).
];

/** Two stems read as one ("break ins" is burglary); the result is a member of a group above. */
export const TWO_WORD_TERMS = new Map([
  ['break ins', 'breakin'],
  ['break in', 'breakin'],
]);

/**
 * Groups whose stems fold into a group of factCheck.ts rather than a group of their own: a home
 * is a dwelling, a citizen a resident.
 */
export const JOINS: readonly [string, string][] = [
  ['tourist', 'visit'],
  ['dwelling', 'household'],
  ['citizen', 'resid'],
];

/** Words that only hedge the size of a figure ("a mere 2 GW", "only 150,000"): not the claim's topic. */
export const HEDGES = new Set(['mere', 'mer', 'merely', 'only', 'onli', 'just']);
