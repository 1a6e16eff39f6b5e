import Fuse from 'fuse.js';

export interface NameItem {
  alias: string;
  personId: string;
}

/** Fuse.js settings for misspelled names ("Zelenskky"): strict, anywhere in the alias. */
const FUSE_OPTIONS = { keys: ['alias'], threshold: 0.2, includeScore: true, ignoreLocation: true };
/**
 * Fuse.js finds the name anywhere inside an alias ("Rubbio" in "Marco Rubio"), so the shortlist asks
 * how many of the name's letter pairs the alias contains; a name within Fuse's threshold keeps most.
 */
const MIN_CONTAINED = 0.5;
/** Fuse scores at most this many shortlisted aliases. */
const SHORTLIST = 32;

/**
 * Fuzzy look-up of a name among every alias in the corpus. Fuse.js scores each alias it is given,
 * so searching 15,000 aliases costs tens of milliseconds; a character-bigram index first shortlists
 * the aliases that share most letter pairs with the name, and Fuse.js scores only those. Fuse's
 * score of an alias does not depend on the other aliases, so the answer is the same.
 */
export class FuzzyNameIndex {
  private readonly items: NameItem[];
  private readonly bigramCounts: Int32Array;
  private readonly postings = new Map<string, number[]>();

  constructor(items: NameItem[]) {
    this.items = items;
    this.bigramCounts = new Int32Array(items.length);
    items.forEach((item, index) => {
      const pairs = bigrams(item.alias);
      this.bigramCounts[index] = pairs.size;
      for (const pair of pairs) {
        let list = this.postings.get(pair);
        if (!list) this.postings.set(pair, (list = []));
        list.push(index);
      }
    });
  }

  /** The closest alias by Fuse.js score (0 is exact), or undefined when none is within the threshold. */
  search(phrase: string): { item: NameItem; score: number } | undefined {
    const pairs = bigrams(phrase);
    if (pairs.size === 0) return undefined;
    const shared = new Map<number, number>();
    for (const pair of pairs) {
      for (const index of this.postings.get(pair) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const shortlist = [...shared]
      .map(([index, count]) => ({
        index,
        contained: count / pairs.size,
        dice: (2 * count) / (pairs.size + this.bigramCounts[index]),
      }))
      .filter((candidate) => candidate.contained >= MIN_CONTAINED)
      .sort((a, b) => b.contained - a.contained || b.dice - a.dice)
      .slice(0, SHORTLIST)
      // In corpus order, so Fuse breaks ties between equal scores as it would over every alias.
      .sort((a, b) => a.index - b.index)
      .map((candidate) => this.items[candidate.index]);
    if (shortlist.length === 0) return undefined;
    const hit = new Fuse(shortlist, FUSE_OPTIONS).search(phrase, { limit: 1 })[0];
    return hit ? { item: hit.item, score: hit.score ?? 1 } : undefined;
  }
}

function bigrams(text: string): Set<string> {
  const folded = text.toLowerCase();
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < folded.length; i++) pairs.add(folded.slice(i, i + 2));
  return pairs;
}
