import { STOPWORDS, topicStems, type Token } from '../text/tokens';

const CUES = new Set([
  'not', 'never', 'no', 'cannot', 'nobody', 'nothing', 'none', 'neither', 'nor',
  'isnt', 'arent', 'wasnt', 'werent', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'couldnt',
  'shouldnt', 'hasnt', 'havent', 'hadnt', 'mustnt', 'neednt', 'aint',
  'refuse', 'refused', 'refuses', 'deny', 'denied', 'denies',
]);

/** Words that carry their own negation: "impossible" is "not possible". */
const NEGATED_FORMS: Record<string, string> = {
  impossible: 'possible', unable: 'able', unwilling: 'willing', unlikely: 'likely', unacceptable: 'acceptable',
  unready: 'ready', illegal: 'legal', unclear: 'clear', unfinished: 'finished', unsigned: 'signed',
};

/** Pairs that say opposite things about the same event. */
const ANTONYMS: [string, string][] = [
  ['accept', 'reject'], ['agree', 'refuse'], ['confirm', 'deny'], ['support', 'oppose'], ['approve', 'reject'],
  ['win', 'lose'], ['always', 'never'], ['finalize', 'cancel'], ['increase', 'decrease'], ['strengthen', 'weaken'],
];

/** Whether a token negates what follows ("not only" does not). */
export function isNegationCue(tokens: Token[], index: number): boolean {
  const norm = tokens[index].norm;
  if (!CUES.has(norm)) return false;
  const next = tokens[index + 1]?.norm;
  if (norm === 'not' && next === 'only') return false;
  if (norm === 'no' && (next === 'longer' || next === 'doubt')) return false;
  return true;
}

export function isNegationWord(norm: string): boolean {
  return CUES.has(norm);
}

/**
 * Stems of the words a negation governs: the first content words after each cue, enough to
 * reach the verbs of a list ("will not at any time subscribe to, agree to, …").
 */
function negatedStems(tokens: Token[]): Set<string> {
  const stems = new Set<string>();
  tokens.forEach((_, index) => {
    if (!isNegationCue(tokens, index)) return;
    let taken = 0;
    for (let k = index + 1; k < tokens.length && k <= index + 8 && taken < 3; k++) {
      if (STOPWORDS.has(tokens[k].norm) || CUES.has(tokens[k].norm)) continue;
      stems.add(topicStem(tokens[k]));
      taken++;
    }
  });
  return stems;
}

/** The stem as topic matching sees it ("prepared" is "ready"), so a paraphrase's negation lines up. */
function topicStem(token: Token): string {
  return topicStems([token])[0] ?? token.stem;
}

function hasCue(tokens: Token[]): boolean {
  return tokens.some((_, index) => isNegationCue(tokens, index));
}

/** Spells out built-in negations so "impossible" compares with "possible" as "not possible". */
function expand(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const base = NEGATED_FORMS[token.norm];
    if (base) out.push({ ...token, norm: 'not', stem: 'not' }, { ...token, norm: base, stem: base });
    else out.push(token);
  }
  return out;
}

function antonymClash(draft: Token[], record: Token[]): boolean {
  const draftStems = new Set(draft.map((token) => token.stem));
  const recordStems = new Set(record.map((token) => token.stem));
  const has = (stems: Set<string>, word: string) => stems.has(word) || stems.has(`${word}e`) || [...stems].some((stem) => stem.startsWith(word) && stem.length <= word.length + 2);
  return ANTONYMS.some(([a, b]) => (has(draftStems, a) && has(recordStems, b) && !has(draftStems, b)) || (has(draftStems, b) && has(recordStems, a) && !has(draftStems, a)));
}

/**
 * Does the draft say the opposite of the record? Only when one side is negated and the other is
 * not, AND a word the negation governs on one side stands un-negated on the other ("isn’t ready"
 * against "is ready"). A negation elsewhere in a long record ("but not from NATO") is not enough.
 * Antonyms ("accepted" against "rejected") count as a flip too.
 */
export function negationConflict(draftTokens: Token[], recordTokens: Token[]): boolean {
  const draft = expand(draftTokens);
  const record = expand(recordTokens);
  const draftNegated = hasCue(draft);
  if (draftNegated === hasCue(record)) return antonymClash(draft, record);
  const [negatedSide, plainSide] = draftNegated ? [draft, record] : [record, draft];
  const plainStems = new Set(plainSide.map(topicStem));
  for (const stem of negatedStems(negatedSide)) {
    if (plainStems.has(stem)) return true;
  }
  return false;
}
