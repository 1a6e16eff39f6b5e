/**
 * Whether two word stems name one thing in other words: the same word under another derivation
 * ("emigrate", "emigration", "emigrants") or a synonym in the first senses of both (WordNet's
 * "doctor" and "physician", "abroad" and "overseas"; the generated table synonyms.generated.ts).
 * General English, no topic's table: the `fact-checked` judge uses it to line a paraphrase's words
 * up with a rated claim's. Pure: no vscode, no node.
 */
import { SYNONYM_GROUPS } from './synonyms.generated';

/** Derivational endings, longest first: a noun of action or agent, an adjective, a verb's "-ate". */
const SUFFIXES = [
  'ations',
  'ation',
  'itions',
  'ition',
  'ions',
  'ion',
  'ances',
  'ance',
  'ences',
  'ence',
  'ants',
  'ant',
  'ents',
  'ent',
  'ists',
  'ist',
  'ives',
  'ive',
  'ity',
  'ments',
  'ment',
  'ness',
  'ers',
  'er',
  'ors',
  'or',
  'ate',
  'at',
  'al',
  'e',
];
/** A root shorter than this is too short to tell words apart ("oper" would join operator and operation). */
const MIN_ROOT = 5;

/**
 * The root a stem shares with the words derived from it: "emigrat", "emigration" and "emigrant"
 * are "emigr"; "consultant" and "consultation" "consult". At most two endings come off, and never
 * below five letters.
 */
export function derivationalRoot(stem: string): string {
  let root = stem;
  for (let round = 0; round < 2; round++) {
    const suffix = SUFFIXES.find((end) => root.endsWith(end) && root.length - end.length >= MIN_ROOT);
    if (!suffix) break;
    root = root.slice(0, -suffix.length);
  }
  return root;
}

let groupsByStem: Map<string, number[]> | undefined;

/** The synonym groups a stem is in (indexes into the generated table), built on first use. */
function groupsOf(stem: string): number[] {
  if (!groupsByStem) {
    groupsByStem = new Map();
    for (const [i, line] of SYNONYM_GROUPS.split('\n').entries())
      for (const member of line.split(' ')) {
        const list = groupsByStem.get(member);
        if (list) list.push(i);
        else groupsByStem.set(member, [i]);
      }
  }
  return groupsByStem.get(stem) ?? [];
}

/** Two stems share a synonym group: "doctor" and "physician". */
export function synonymous(a: string, b: string): boolean {
  if (a === b) return false;
  const of = groupsOf(a);
  return of.length > 0 && groupsOf(b).some((group) => of.includes(group));
}

/** One stem names what the other does: the same stem, the same root, or synonyms. */
export function related(a: string, b: string): boolean {
  return a === b || derivationalRoot(a) === derivationalRoot(b) || synonymous(a, b);
}
