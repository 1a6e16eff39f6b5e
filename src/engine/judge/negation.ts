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
function expandNegations(tokens: Token[]): Token[] {
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
  const draft = expandNegations(draftTokens);
  const record = expandNegations(recordTokens);
  const draftNegated = hasCue(draft);
  // Both sides negated, in different clauses ("need not be in place" against "impossible to
  // negotiate … a ceasefire must be in place"): only a clause-level flip counts.
  if (draftNegated === hasCue(record)) return antonymClash(draft, record) || flippedEitherWay(draft, record);
  const [negatedSide, plainSide] = draftNegated ? [draft, record] : [record, draft];
  const plainStems = new Set(plainSide.map(topicStem));
  for (const stem of negatedStems(negatedSide)) {
    if (plainStems.has(stem)) return true;
  }
  return false;
}

/** The strict, clause-level test alone: what a weak topic match may still be trusted with. */
export function clauseNegationConflict(draftTokens: Token[], recordTokens: Token[]): boolean {
  return flippedEitherWay(expandNegations(draftTokens), expandNegations(recordTokens));
}

function flippedEitherWay(draft: Token[], record: Token[]): boolean {
  return localFlip(draft, record) || localFlip(record, draft);
}

/** Words that frame a negation without being what it negates: "need not", "ought not". */
const FRAMING = new Set(['need', 'needs', 'ought']);
/** How far (in tokens) a negated statement's words may spread on the side that states it plainly. */
const PROPOSITION_SPAN = 10;

/**
 * A negated statement in miniature: the content word just before the cue (its subject, usually)
 * and up to three words the cue governs. "the plans were not finalized" is plans / [finalized].
 */
function negatedPropositions(tokens: Token[]): { subject: string; governed: string[] }[] {
  const propositions: { subject: string; governed: string[] }[] = [];
  tokens.forEach((_, index) => {
    if (!isNegationCue(tokens, index)) return;
    let subject: string | undefined;
    for (let k = index - 1; k >= 0 && k >= index - 4 && !subject; k--) {
      const norm = tokens[k].norm;
      if (!STOPWORDS.has(norm) && !FRAMING.has(norm) && !CUES.has(norm)) subject = topicStem(tokens[k]);
    }
    const governed: string[] = [];
    for (let k = index + 1; k < tokens.length && k <= index + 8 && governed.length < 3; k++) {
      if (STOPWORDS.has(tokens[k].norm) || CUES.has(tokens[k].norm)) continue;
      governed.push(topicStem(tokens[k]));
    }
    if (subject && governed.length) propositions.push({ subject, governed });
  });
  return propositions;
}

/**
 * Does a statement that `negatedSide` negates stand un-negated, in the same order and close
 * together, on `plainSide`? Stricter than negationConflict's test, so it is trusted on weaker topic
 * matches and when both sides carry some negation: "Ukraine is not a member of NATO" against
 * "Ukraine is a member of NATO, and its allies have pledged to defend it".
 */
export function localFlip(negatedSide: Token[], plainSide: Token[]): boolean {
  const plainStems = plainSide.map(topicStem);
  for (const { subject, governed } of negatedPropositions(negatedSide)) {
    const needed = Math.min(2, governed.length);
    for (let start = 0; start < plainStems.length; start++) {
      if (plainStems[start] !== subject) continue;
      let last = start;
      let matched = 0;
      for (const stem of governed) {
        for (let k = last + 1; k < plainStems.length && k <= start + PROPOSITION_SPAN; k++) {
          if (plainStems[k] === stem) {
            matched++;
            last = k;
            break;
          }
        }
      }
      if (matched < needed) continue;
      const negatedHere = plainSide.some((_, k) => k >= start - 3 && k <= last && isNegationCue(plainSide, k));
      if (!negatedHere) return true;
    }
  }
  return false;
}
