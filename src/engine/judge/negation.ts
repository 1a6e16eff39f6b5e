import { STOPWORDS, topicStems, type Token } from '../text/tokens';
import { normalizeAndStem } from '../text/normalize';

const CUES = new Set([
  'not',
  'never',
  'no',
  'cannot',
  'nobody',
  'nothing',
  'none',
  'neither',
  'nor',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'dont',
  'doesnt',
  'didnt',
  'wont',
  'wouldnt',
  'cant',
  'couldnt',
  'shouldnt',
  'hasnt',
  'havent',
  'hadnt',
  'mustnt',
  'neednt',
  'aint',
  'refuse',
  'refused',
  'refuses',
  'deny',
  'denied',
  'denies',
]);

/** Words that carry their own negation: "impossible" is "not possible". */
/** Cues that negate the verb after them ("cannot", "didn't"), not a noun ("no", "nothing"). */
const VERB_CUES = new Set(
  [...CUES].filter(
    (cue) => !['no', 'nobody', 'nothing', 'none', 'neither', 'nor'].includes(cue) && !/^(refus|den)/.test(cue),
  ),
);

const NEGATED_FORMS: Record<string, string> = {
  impossible: 'possible',
  unable: 'able',
  unwilling: 'willing',
  unlikely: 'likely',
  unacceptable: 'acceptable',
  unready: 'ready',
  illegal: 'legal',
  unclear: 'clear',
  unfinished: 'finished',
  unsigned: 'signed',
};

/**
 * Negative prefixes of an adjective ("unacceptable", "impossible", "illegal", "irregular",
 * "dishonest", "non-binding"): the word says "not" and its stem. Read against the other side only
 * (affixalNegations): a prefixed word is its stem negated when that stem stands on the other side.
 */
const NEGATIVE_PREFIXES = ['non', 'dis', 'un', 'in', 'im', 'il', 'ir'];
/**
 * Endings of the adjectives those prefixes negate; "un-" also negates participles ("unsigned",
 * "unpaid", "unfinished"). Verbs are left out: "discover", "informed" and "impressed" are not
 * "cover", "formed" and "pressed" negated.
 */
const ADJECTIVE_ENDINGS = /(?:able|ible|ful|al|ent|ant|ate|ive|ous|ic|ar|ry|fe|ir|ear|ure|ing)$/;
const PARTICIPLE_ENDINGS = /(?:ed|en)$/;
/** Prefixed words that do not negate their stem: "invaluable" is very valuable, "inflammable" flammable. */
const NOT_NEGATIONS = new Set(['invaluable', 'inflammable', 'infamous', 'disinterested', 'unravel']);

/** The stem a prefixed word negates, when `norm` is one ("unacceptable": "acceptable"), among `stems`. */
function affixalStem(norm: string, stems: Set<string>): string | undefined {
  if (NOT_NEGATIONS.has(norm)) return undefined;
  for (const prefix of NEGATIVE_PREFIXES) {
    if (!norm.startsWith(prefix)) continue;
    const stem = norm.slice(prefix.length);
    if (stem.length < 4 || !stems.has(stem)) continue;
    if (ADJECTIVE_ENDINGS.test(stem) || (prefix === 'un' && PARTICIPLE_ENDINGS.test(stem))) return stem;
  }
  return undefined;
}

/**
 * `side` with each affixal negation whose stem stands in `other` spelled as "not" and the stem:
 * "was unfair" against "was fair" reads "was not fair". Only against the other side's own word,
 * so a prefix alone ("informal" beside nothing formal) changes nothing.
 */
function affixalNegations(side: Token[], other: Token[]): Token[] {
  const words = new Set(other.map((token) => token.norm));
  return side.flatMap((token) => {
    const stem = affixalStem(token.norm, words);
    if (stem === undefined) return [token];
    return [
      { ...token, norm: 'not', stem: 'not' },
      { ...token, norm: stem, stem: normalizeAndStem(stem)[1] },
    ];
  });
}

/**
 * Verbs that carry a negation of the verb after them, a small curated table: "refused to sign" is
 * "did not sign", "ruled out raising" is "will not raise", "rejected the offer" is "did not accept
 * the offer", "declined to comment" is "did not comment". Each is spelled out as "not" followed
 * by what it negates, so it lines up with a plain negation on the other side.
 */
const IMPLIED_NEGATIONS: { words: string[]; means: string[] }[] = [
  { words: ['refused', 'to'], means: ['not'] },
  { words: ['refuses', 'to'], means: ['not'] },
  { words: ['refuse', 'to'], means: ['not'] },
  { words: ['declined', 'to'], means: ['not'] },
  { words: ['declines', 'to'], means: ['not'] },
  { words: ['failed', 'to'], means: ['not'] },
  { words: ['fails', 'to'], means: ['not'] },
  { words: ['ruled', 'out'], means: ['not'] },
  { words: ['rules', 'out'], means: ['not'] },
  { words: ['ruling', 'out'], means: ['not'] },
  { words: ['rule', 'out'], means: ['not'] },
  { words: ['rejected'], means: ['not', 'accept'] },
  { words: ['rejects'], means: ['not', 'accept'] },
  // "turned down the offer" is "rejected" it.
  { words: ['turned', 'down'], means: ['not', 'accept'] },
  { words: ['turns', 'down'], means: ['not', 'accept'] },
  { words: ['turning', 'down'], means: ['not', 'accept'] },
  { words: ['turn', 'down'], means: ['not', 'accept'] },
  // "There is no way the bank can extend the line" is "the bank cannot extend it": the clause after
  // "no way" is what is negated, not a noun "way".
  { words: ['no', 'way'], means: ['not'] },
  { words: ['no', 'longer'], means: ['not'] },
  { words: ['denied'], means: ['not'] },
  { words: ['denies'], means: ['not'] },
];

/** Pairs that say opposite things about the same event. */
const ANTONYMS: [string, string][] = [
  ['accept', 'reject'],
  ['agree', 'refuse'],
  ['confirm', 'deny'],
  ['support', 'oppose'],
  ['approve', 'reject'],
  ['win', 'lose'],
  ['always', 'never'],
  ['finalize', 'cancel'],
  ['increase', 'decrease'],
  ['strengthen', 'weaken'],
  ['respect', 'violate'],
  ['honour', 'breach'],
  ['honor', 'breach'],
  ['allow', 'ban'],
  ['permit', 'ban'],
  ['allow', 'forbid'],
  ['admit', 'deny'],
  ['guilty', 'innocent'],
  ['succeed', 'fail'],
  ['include', 'exclude'],
  ['open', 'close'],
  ['approve', 'veto'],
  // A ban, an order or a post kept or given up.
  ['lift', 'impose'],
  ['lift', 'keep'],
  ['lift', 'stay'],
  ['lift', 'maintain'],
  ['lift', 'extend'],
  ['scrap', 'keep'],
  ['resign', 'stay'],
  ['resign', 'remain'],
  ['grant', 'deny'],
  ['grant', 'refuse'],
  ['reopen', 'close'],
  // Money or a service let go or held: "releasing the subsidy" against "holding the subsidy back"
  // (read as "withhold", see PHRASAL_VERBS).
  ['release', 'withhold'],
  ['disburse', 'withhold'],
  ['pay', 'withhold'],
  ['paid', 'withhold'],
  ['release', 'freeze'],
  ['disburse', 'freeze'],
  ['unfreeze', 'freeze'],
  ['resume', 'suspend'],
  ['acquit', 'convict'],
  ['attend', 'boycott'],
  ['comply', 'defy'],
];

/**
 * Verbs whose particle may stand after their object and whose sense the pair carries ("hold the
 * subsidy back" is "withhold the subsidy"): read as the one-word verb, so the pairs above meet them.
 */
const PHRASAL_VERBS: { verb: Set<string>; particle: string; means: string }[] = [
  { verb: new Set(['hold', 'holds', 'holding', 'held']), particle: 'back', means: 'withhold' },
];

/**
 * Adverbs that give a figure its direction when they stand right before it ("up 40 per cent",
 * "down by 3 points"): read as the verb of that direction, so DIRECTION_ANTONYMS meets them. Only
 * before a figure: "set up", "up to 40" (a ceiling) and "shut down" say no direction of change.
 */
const FIGURE_DIRECTIONS: Record<string, string> = { up: 'rise', down: 'fall' };

/** Whether `tokens[index]` is a direction adverb of FIGURE_DIRECTIONS on a figure ("up 40", "down by 3"). */
function directsFigure(tokens: Token[], index: number): boolean {
  if (!(tokens[index].norm in FIGURE_DIRECTIONS)) return false;
  const next = tokens[index + 1]?.norm === 'by' ? tokens[index + 2] : tokens[index + 1];
  return next !== undefined && /^\d/.test(next.norm);
}

/**
 * `tokens` with each phrasal verb of PHRASAL_VERBS read as its one-word verb, its particle dropped,
 * and each direction adverb on a figure read as its verb (FIGURE_DIRECTIONS).
 */
function joinPhrasalVerbs(tokens: Token[]): Token[] {
  const dropped = new Set<number>();
  const out: Token[] = [];
  tokens.forEach((token, index) => {
    if (dropped.has(index)) return;
    if (directsFigure(tokens, index)) {
      const verb = FIGURE_DIRECTIONS[token.norm];
      out.push({ ...token, norm: verb, stem: normalizeAndStem(verb)[1] });
      return;
    }
    const phrasal = PHRASAL_VERBS.find((entry) => entry.verb.has(token.norm));
    if (phrasal) {
      for (let k = index + 1; k < tokens.length && k <= index + 4; k++) {
        if (k > index + 1 && clauseBreak(tokens, k)) break;
        if (tokens[k].norm !== phrasal.particle) continue;
        dropped.add(k);
        out.push({ ...token, norm: phrasal.means, stem: normalizeAndStem(phrasal.means)[1] });
        return;
      }
    }
    out.push(token);
  });
  return out;
}

/**
 * Directions of change: any word of one group against any of the other, on the same topic, says
 * the opposite ("spending will rise" against "spending will fall", "costs fell" against "costs
 * rose"). Irregular forms are listed since stems do not meet them ("rose", "fell", "grew").
 */
const UP_WORDS = 'rise rose risen rising increase grow grew grown growing climb soar jump raise'.split(' ');
const DOWN_WORDS =
  'fall fell fallen falling decrease shrink shrank shrunk shrinking decline drop slump plunge cut lower reduce'.split(
    ' ',
  );
const DIRECTION_ANTONYMS: [string, string][] = UP_WORDS.flatMap((up) =>
  DOWN_WORDS.map((down): [string, string] => [up, down]),
);

/** Whether a token negates what follows ("not only" does not). */
export function isNegationCue(tokens: Token[], index: number): boolean {
  const norm = tokens[index].norm;
  if (!CUES.has(norm)) return false;
  const next = tokens[index + 1]?.norm;
  if (norm === 'not' && next === 'only') return false;
  if (norm === 'no' && (next === 'longer' || next === 'doubt')) return false;
  if (withholdsAnswer(tokens, index)) return false;
  return true;
}

/** Verbs of telling that, negated before a question word, report an answer withheld. */
const TELLING_VERBS = new Set(
  (
    'say says said saying tell tells told disclose discloses disclosed reveal reveals revealed specify specifies ' +
    'specified confirm confirms confirmed indicate indicates indicated explain explains explained announce ' +
    'announces announced comment commented elaborate elaborated give gave given set'
  ).split(' '),
);
/** Words that open an indirect question: "has not said when", "did not say whether". */
const QUESTION_WORDS = new Set(['when', 'whether', 'if', 'how', 'what', 'why', 'who', 'where', 'which', 'whom']);
/** Words between the negation and its verb of telling ("has not yet said", "would not publicly say"). */
const TELLING_FILLERS = new Set(['yet', 'publicly', 'immediately', 'officially', 'exactly', 'to', 'be', 'been']);

/** The sentence reports an answer withheld ("has not said when …"): it restates no record either. */
export function reportsWithheldAnswer(tokens: Token[]): boolean {
  const expanded = expandNegations(tokens, false);
  return expanded.some((token, index) => CUES.has(token.norm) && withholdsAnswer(expanded, index));
}

/**
 * "has not said when the review will end", "did not say whether", "declined to say how much":
 * a negated verb of telling before a question word reports that an answer was withheld. It
 * negates nothing the sentence goes on to say, so it flips no record.
 */
function withholdsAnswer(tokens: Token[], index: number): boolean {
  let k = index + 1;
  // "No one told us where": the pronoun "no one" withholds as "nobody" does.
  if (tokens[index].norm === 'no' && tokens[k]?.norm === 'one') k++;
  while (k < tokens.length && k <= index + 3 && TELLING_FILLERS.has(tokens[k].norm)) k++;
  if (!tokens[k] || !TELLING_VERBS.has(tokens[k].norm)) return false;
  // "did not give a date for", "has not set a date": the thing withheld, then the question.
  let q = k + 1;
  if (['give', 'gave', 'given', 'set'].includes(tokens[k].norm)) {
    if (
      !['a', 'any'].includes(tokens[q]?.norm ?? '') ||
      !['date', 'timetable', 'timeline', 'figure'].includes(tokens[q + 1]?.norm ?? '')
    )
      return false;
    return true;
  }
  if (['tell', 'tells', 'told'].includes(tokens[k].norm) && tokens[q] && !QUESTION_WORDS.has(tokens[q].norm)) q++;
  return QUESTION_WORDS.has(tokens[q]?.norm ?? '');
}

export function isNegationWord(norm: string): boolean {
  return CUES.has(norm);
}

/** What one negation cue governs: see negatedStemLists. */
interface NegatedList {
  verb?: string;
  governed: string[];
  verbs: string[];
  minimum: number;
  universal?: boolean;
  /** Where the first verb it negates stands, when an implied negation spells it ("rejected": "not accept"). */
  verbAt?: number;
}

/**
 * For each negation cue, the stems of the words it governs: the first content words after it,
 * in order, enough to reach the verbs of a list ("will not at any time subscribe to, agree to, …").
 */
function negatedStemLists(tokens: Token[]): NegatedList[] {
  const lists: NegatedList[] = [];
  tokens.forEach((_, index) => {
    if (!isNegationCue(tokens, index)) return;
    const governed: string[] = [];
    // The verbs it negates: the first governed word, and the items of a list of verbs ("will not
    // subscribe to, agree to, or be content with": each after "to", "or", "and").
    const verbs: string[] = [];
    let firstVerb: number | undefined;
    // "do not expect the borrowing rate to fall": the words after a determiner, up to the next
    // function word, are a noun phrase (the subject of the verb that follows), not the verb negated.
    let inNounPhrase = false;
    // "Not one krone of the levy", "not a single euro of the fund": the count and its measure word
    // say how much of what follows; the words the negation governs are the levy's and its verb's.
    const measure = negatedMeasure(tokens, index);
    for (let k = index + 1; k < tokens.length && k <= index + 8 + measure.length && governed.length < 3; k++) {
      // "not going to resign, and I don’t think …": a negation governs nothing past its clause.
      if (governed.length > 0 && clauseBreak(tokens, k)) break;
      if (measure.includes(k)) continue;
      // "have not written off a single euro": the minimal amount is what the other side must
      // meet with an amount of its own ("had written off part of the loan"), not the word "euro".
      if (governed.length > 0 && minimizerAt(tokens, k)) {
        governed.push(AMOUNT);
        k++;
        continue;
      }
      if (STOPWORDS.has(tokens[k].norm) || CUES.has(tokens[k].norm) || GOVERNED_FILLERS.has(tokens[k].norm)) {
        inNounPhrase = DETERMINERS.has(tokens[k].norm);
        continue;
      }
      governed.push(topicStem(tokens[k]));
      if (inNounPhrase) continue;
      if (firstVerb === undefined || ['to', 'or', 'and', 'nor'].includes(tokens[k - 1]?.norm ?? '')) {
        if (firstVerb === undefined) firstVerb = k;
        verbs.push(governed[governed.length - 1]);
      }
    }
    // "he will answer for it, not the company": a negation set off by a comma before a noun
    // phrase contrasts a noun with the clause before it; it negates no verb of its own.
    const contrast = index > 0 && punctuatedBefore(tokens, index) && verbs.length === 0;
    if (verbs.length === 0 && governed.length > 0 && !contrast) verbs.push(governed[0]);
    // "Not a penny of this fee has been borrowed": a negated noun phrase's verb comes after it, so
    // any of its governed words may carry it, two of them together.
    const quantifier = ['a', 'an', 'any', 'single', 'one'].includes(tokens[index + 1]?.norm ?? '');
    // A negated noun phrase ("shown not a flicker of remorse", "showed no remorse") negates the verb before it.
    const before = tokens[index - 1];
    const nounPhrase =
      tokens[index].norm === 'no' ||
      ['a', 'an', 'any', 'single', 'one', 'much', 'enough'].includes(tokens[index + 1]?.norm ?? '');
    // "shown no sign they are ready": the evidence is not what is negated, the clause after it is.
    const evidence = EVIDENCE_WORDS.has(tokens[index + 1]?.norm ?? '');
    const verb =
      nounPhrase && !evidence && before && !STOPWORDS.has(before.norm) && !CUES.has(before.norm)
        ? topicStem(before)
        : undefined;
    // "None of the fund has reached the orchards", "not one yen of the reserve has reached", "no
    // grower has received": a negated subject says nothing of its own nouns but of the verb after
    // them, so that verb must stand on the other side ("some of the fund was announced" is no flip).
    const predicate = subjectPredicate(tokens, index, quantifier);
    if (predicate !== undefined) {
      if (!governed.includes(predicate)) governed.push(predicate);
      lists.push({ verb, governed, verbs: [predicate], minimum: 2 });
      return;
    }
    // "Not all of the fund has gone": a negated whole, which "some of the fund has gone" agrees with.
    const universal = UNIVERSALS.has(tokens[index + 1]?.norm ?? '');
    lists.push({
      verb,
      governed,
      verbs: quantifier ? [...governed] : verbs,
      minimum: quantifier ? 2 : 1,
      universal,
      verbAt: !quantifier && firstVerb !== undefined && ANTONYM_VERBS.has(tokens[firstVerb]) ? firstVerb : undefined,
    });
  });
  return lists;
}

/** Quantifiers of a whole: "not all" denies the whole, not each part. */
const UNIVERSALS = new Set([
  'all',
  'every',
  'everyone',
  'everybody',
  'everything',
  'each',
  'entire',
  'whole',
  'always',
]);
/** Quantifiers of a part, which a negated whole ("not all") leaves true. */
const PARTIALS = new Set([
  'some',
  'several',
  'part',
  'few',
  'many',
  'most',
  'portion',
  'share',
  'fraction',
  'half',
  'majority',
  'minority',
  'sometimes',
  'often',
]);

/** A quantifier of a part ("some", "several", "part"), which a negated subject ("none of") flips. */
export function isPartialQuantifier(norm: string): boolean {
  return PARTIALS.has(norm);
}

/**
 * The draft and the record put different quantities on the same noun, a whole against a part
 * ("some of the storm grant" against "all of the storm grant"): neither a flip nor the same
 * statement, so neither a negation nor a citation. Each quantifier is read with the first content
 * word after it ("all of the storm grant" is storm).
 */
export function quantityClash(draft: Token[], record: Token[]): boolean {
  const classes = (tokens: Token[]) => {
    const found = new Map<string, 'whole' | 'part'>();
    tokens.forEach((token, index) => {
      const kind = UNIVERSALS.has(token.norm) ? 'whole' : PARTIALS.has(token.norm) ? 'part' : undefined;
      if (!kind || token.norm === 'always' || token.norm === 'sometimes' || token.norm === 'often') return;
      for (let k = index + 1; k < tokens.length && k <= index + 3; k++) {
        if (STOPWORDS.has(tokens[k].norm)) continue;
        found.set(topicStem(tokens[k]), kind);
        break;
      }
    });
    return found;
  };
  const mine = classes(draft);
  const theirs = classes(record);
  return [...mine].some(([stem, kind]) => theirs.has(stem) && theirs.get(stem) !== kind);
}

/** Cues that make a subject of none: "none of the fund", "nobody", "nothing", "no grower". */
const SUBJECT_CUES = new Set(['none', 'nobody', 'nothing', 'no', 'neither']);
/** Auxiliaries that end a subject and open its verb phrase. */
const AUXILIARIES = new Set(
  'has have had is are was were will would can could did does do shall should may might must'.split(' '),
);
/** Words between an auxiliary and its verb: "has yet to", "has been", "was actually". */
const VERB_FILLERS = new Set(['been', 'being', 'be', 'yet', 'to', 'actually', 'so', 'far', 'ever', 'even', 'really']);

/**
 * The stem of the verb a negated subject takes, when the cue opens a subject ("none of the frost
 * fund has reached", "not one yen of the reserve has reached", "nothing was paid"): the cue opens
 * the sentence or follows a function word ("said none of"), an auxiliary follows within a few
 * words, then the verb. Undefined for a negated object ("showed no remorse") or when no auxiliary
 * comes.
 */
function subjectPredicate(tokens: Token[], index: number, quantifier: boolean): string | undefined {
  const cue = tokens[index].norm;
  if (!SUBJECT_CUES.has(cue) && !(cue === 'not' && quantifier)) return undefined;
  const before = tokens[index - 1];
  if (before && !STOPWORDS.has(before.norm) && !punctuatedBefore(tokens, index)) return undefined;
  // "is not a member of", "has no plan to": the cue negates the verb before it, no subject.
  if (before && (AUXILIARIES.has(before.norm) || VERB_FILLERS.has(before.norm))) return undefined;
  for (let k = index + 1; k < tokens.length && k <= index + 8; k++) {
    if (k > index + 1 && clauseBreak(tokens, k)) return undefined;
    if (!AUXILIARIES.has(tokens[k].norm)) continue;
    let v = k + 1;
    while (v < tokens.length && (AUXILIARIES.has(tokens[v].norm) || VERB_FILLERS.has(tokens[v].norm))) v++;
    const verb = tokens[v];
    if (!verb || STOPWORDS.has(verb.norm) || CUES.has(verb.norm)) return undefined;
    return topicStem(verb);
  }
  return undefined;
}

/** Counting words of a negated quantity: "not one", "not a single". */
const COUNT_WORDS = new Set(['a', 'an', 'one', 'single', 'any']);

/**
 * The indices of a negated quantity's count and measure word, when the cue opens one: "not one
 * yen of", "not a single penny of", "not one of" (the count alone). Empty otherwise ("not a
 * member of" counts nothing).
 */
export function negatedMeasure(tokens: Token[], index: number): number[] {
  const counted: number[] = [];
  let k = index + 1;
  while (k < tokens.length && k <= index + 2 && COUNT_WORDS.has(tokens[k].norm)) counted.push(k++);
  // "not one", "not a single": a count. "not a member of" negates membership, no quantity.
  if (!counted.some((i) => ['one', 'single'].includes(tokens[i].norm))) return [];
  if (tokens[k]?.norm === 'of') return counted;
  if (tokens[k + 1]?.norm === 'of' && !STOPWORDS.has(tokens[k].norm)) return [...counted, k];
  return [];
}

/**
 * "a single" before a measure word ("a single euro", "a single vote"): a minimal amount after a
 * negated verb. True at the "single"; the caller reads it and the measure word as AMOUNT.
 */
function minimizerAt(tokens: Token[], k: number): boolean {
  return (
    tokens[k].norm === 'single' &&
    tokens[k - 1]?.norm === 'a' &&
    tokens[k + 1] !== undefined &&
    !STOPWORDS.has(tokens[k + 1].norm)
  );
}

/** The governed "word" a minimal amount stands for; see amountStated. */
const AMOUNT = '#amount';
/** Words that state an amount of something: "part of the loan", "all of it", "the whole fee". */
const AMOUNT_WORDS = new Set([...PARTIALS, 'all', 'whole', 'entire']);

/** The side states an amount (a figure, a part, the whole): what "not … a single euro" denies. */
function amountStated(tokens: Token[]): boolean {
  return tokens.some((token) => AMOUNT_WORDS.has(token.norm) || /^\d/.test(token.norm));
}

/** Punctuation stands before `tokens[index]`, as the offsets tell (", not", " — not"): a gap wider than a space. */
function punctuatedBefore(tokens: Token[], index: number): boolean {
  const gap = tokens[index].start - tokens[index - 1].end;
  return gap >= 2 && gap <= 3;
}

/**
 * A new clause at `tokens[k]`: punctuation before it (read from the gap the offsets leave), then a
 * subject, after a conjunction or not ("…, and I don’t think"). A list of verbs ("subscribe to,
 * agree to, or even be content with") goes on.
 */
function clauseBreak(tokens: Token[], k: number): boolean {
  if (tokens[k].start - tokens[k - 1].end <= 1) return false;
  const first = CONJUNCTIONS.has(tokens[k].norm) ? tokens[k + 1] : tokens[k];
  return first !== undefined && SUBJECTS.has(first.norm);
}
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'so', 'while', 'because', 'although', 'though', 'yet']);
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'this', 'that', 'there', 'the', 'our', 'my']);

/** Words after which the next word is a noun: "not expect the rate to fall" negates "fall", not "rate". */
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
]);

/** Nouns of evidence a negation passes through: "no sign (that) …", "no indication …". */
const EVIDENCE_WORDS_LIST = ['sign', 'signs', 'indication', 'indications', 'suggestion', 'hint'];
const EVIDENCE_WORDS = new Set(EVIDENCE_WORDS_LIST);

/** A noun of evidence a negation passes through ("no sign they are ready"). */
export function isEvidenceWord(norm: string): boolean {
  return EVIDENCE_WORDS.has(norm);
}

/** Words between a negation and its verb that are not what it negates: "will not at any time accept", "never once looked". */
const GOVERNED_FILLERS = new Set([
  'intention',
  'intentions',
  'intent',
  'try',
  'trying',
  'tried',
  'seek',
  'seeking',
  'attempt',
  'want',
  'wants',
  'wanted',
  'plan',
  'plans',
  'planned',
  'time',
  'point',
  'once',
  'ever',
  'even',
  'yet',
  'necessarily',
  'really',
  'actually',
  'currently',
  'immediately',
  'going',
  'able',
  'planning',
  'intend',
  'intending',
  'intends',
  'expect',
  'expected',
  'expecting',
  // "shown no sign he is willing to", "no indication that it will": the clause after the evidence is what is negated.
  ...EVIDENCE_WORDS_LIST,
]);

/** The stem as topic matching sees it ("prepared" is "ready"), so a paraphrase's negation lines up. */
function topicStem(token: Token): string {
  return topicStems([token])[0] ?? token.stem;
}

function hasCue(tokens: Token[]): boolean {
  return tokens.some((_, index) => isNegationCue(tokens, index));
}

/**
 * Spells out built-in and implied negations so they compare with plain ones: "impossible" is
 * "not possible", "refused to sign" is "not sign", "rejected" is "not accept". "Refused to rule
 * out" is two negations and reads as a plain statement.
 */
function expandNegations(input: Token[], cancel = true): Token[] {
  const tokens = joinPhrasalVerbs(input);
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const base = NEGATED_FORMS[token.norm];
    if (base) {
      out.push({ ...token, norm: 'not', stem: 'not' }, { ...token, norm: base, stem: normalizeAndStem(base)[1] });
      continue;
    }
    const implied = IMPLIED_NEGATIONS.find((entry) => entry.words.every((word, k) => tokens[i + k]?.norm === word));
    if (implied) {
      for (const word of implied.means) {
        const spelled = { ...token, norm: word, stem: normalizeAndStem(word)[1] };
        // "rejected" read as "not accept": the verb stands for an antonym, whose object must agree.
        if (word !== 'not') ANTONYM_VERBS.add(spelled);
        out.push(spelled);
      }
      i += implied.words.length - 1;
      continue;
    }
    out.push(token);
  }
  // "not … not" from "refused to rule out": the two cancel; so do a negated auxiliary's and an
  // implied negation ("cannot rule out", "didn't refuse to").
  for (let i = 0; cancel && i + 1 < out.length; i++) {
    if (VERB_CUES.has(out[i].norm) && out[i + 1].norm === 'not') {
      out.splice(i, 2);
      i--;
    }
  }
  return out;
}

/** Verbs spelled out of an implied negation ("accept" of "rejected"): an antonym pair in effect. */
const ANTONYM_VERBS = new WeakSet<Token>();

/** Whether `token` is a form of `word` (its stem, or the stem and a short ending). */
function formOf(token: Token, word: string): boolean {
  const stem = normalizeAndStem(word)[1];
  return (
    token.stem === word || token.stem === stem || (token.stem.startsWith(stem) && token.stem.length <= stem.length + 2)
  );
}

/** Words of a possibility kept open, the opposite of "ruled out". */
const OPEN_WORDS = new Set(['open', 'consider', 'considering', 'considers', 'willing', 'prepared', 'ready']);

/**
 * The words of an antonym pair or of opposite directions that flip a sentence against its record
 * ("fall" in the draft, "rise" in the record), when a pair is found; for underlining the flip.
 */
export function antonymWords(draftTokens: Token[], recordTokens: Token[]): { draft: Token; record: Token } | undefined {
  const [draft, record] = [joinPhrasalVerbs(draftTokens), joinPhrasalVerbs(recordTokens)];
  // "open to a levy", "would consider a levy" against "ruled out a levy": the openness against the
  // ruling out, whichever side rules it out.
  const ruledOut = (tokens: Token[]) => {
    const k = tokens.findIndex((token, i) => /^rul(?:e|ed|es|ing)$/.test(token.norm) && tokens[i + 1]?.norm === 'out');
    return k < 0 ? undefined : { ...tokens[k], text: `${tokens[k].text} out`, end: tokens[k + 1].end };
  };
  const openWord = (tokens: Token[]) => tokens.find((token) => OPEN_WORDS.has(token.norm));
  const [draftRuled, recordRuled] = [ruledOut(draft), ruledOut(record)];
  if (recordRuled && !draftRuled && openWord(draft)) return { draft: openWord(draft)!, record: recordRuled };
  if (draftRuled && !recordRuled && openWord(record)) return { draft: draftRuled, record: openWord(record)! };
  for (const [a, b] of [...ANTONYMS, ...DIRECTION_ANTONYMS])
    for (const [mine, theirs] of [
      [a, b],
      [b, a],
    ]) {
      if (draft.some((token) => formOf(token, theirs))) continue;
      const draftToken = draft.find((token) => formOf(token, mine));
      const recordToken = draftToken && record.find((token) => formOf(token, theirs));
      if (draftToken && recordToken) return { draft: draftToken, record: recordToken };
    }
  return undefined;
}

/**
 * The draft and the record change something in opposite directions ("will not cut the toll"
 * against "will not raise the toll"), whatever their negations: the record does not source it.
 */
export function directionClash(draft: Token[], record: Token[]): boolean {
  return antonymClash(joinPhrasalVerbs(draft), joinPhrasalVerbs(record), DIRECTION_ANTONYMS);
}

function antonymClash(draft: Token[], record: Token[], pairs: [string, string][], sameObject = false): boolean {
  const clash = (mine: string, theirs: string) => {
    if (draft.some((token) => formOf(token, theirs))) return false;
    const i = draft.findIndex((token) => formOf(token, mine));
    const j = i < 0 ? -1 : record.findIndex((token) => formOf(token, theirs));
    if (j < 0) return false;
    if (!sameObject) return true;
    // The same act on another thing is no flip: "rejected the new bottling machine" does not
    // contradict "accepted the new bottling tariff". Only objects both sides name are compared.
    return !objectsDiffer(objectWords(draft, i), objectWords(record, j));
  };
  return pairs.some(([a, b]) => clash(a, b) || clash(b, a));
}

/**
 * The verb at `verbAt` stands on the other side too, and the two name different objects (each
 * side's object head, where both name one).
 */
function otherObject(side: Token[], verbAt: number, other: Token[]): boolean {
  const object = objectWords(side, verbAt);
  if (object.length === 0) return false;
  const verb = topicStem(side[verbAt]);
  const objects = other
    .map((token, index) => (topicStem(token) === verb ? objectWords(other, index) : []))
    .filter((words) => words.length > 0);
  return objects.length > 0 && objects.every((words) => objectsDiffer(object, words));
}

/** Words that end a verb's object without being part of it: particles ("pay out", "hold back"). */
const PARTICLES = new Set(['out', 'back', 'up', 'down', 'off', 'away']);

/**
 * The object after the verb at `index`: the run of content words that follows it past its
 * determiners ("accepted the new bottling tariff after a vote" is new, bottling, tariff), as topic
 * matching stems them; empty when a function word or the end comes first.
 */
function objectWords(tokens: Token[], index: number): string[] {
  let k = index + 1;
  while (k < tokens.length && (DETERMINERS.has(tokens[k].norm) || PARTICLES.has(tokens[k].norm))) k++;
  const words: string[] = [];
  for (; k < tokens.length; k++) {
    const norm = tokens[k].norm;
    if (STOPWORDS.has(norm) || PARTICLES.has(norm) || CUES.has(norm) || GOVERNED_FILLERS.has(norm) || /^\d/.test(norm))
      break;
    if (words.length > 0 && tokens[k].start - tokens[k - 1].end > 1) break;
    words.push(topicStem(tokens[k]));
  }
  return words;
}

/**
 * Whether the objects after two verbs differ: each names one, and neither's head (its last word)
 * is among the other's words ("the new bottling machine" against "the new bottling tariff";
 * "a deal soon" and "a deal" agree).
 */
function objectsDiffer(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return !a.includes(b[b.length - 1]) && !b.includes(a[a.length - 1]);
}

/**
 * Does the draft say the opposite of the record? Only when one side is negated and the other is
 * not, AND a word the negation governs on one side stands un-negated on the other ("isn’t ready"
 * against "is ready"). A negation elsewhere in a long record ("but not from NATO") is not enough.
 * Antonyms ("accepted" against "rejected") count as a flip too.
 */
export function negationConflict(
  draftTokens: Token[],
  recordTokens: Token[],
  recordNegated = false,
  minGoverned = 1,
  ownWordsFrom = 0,
): boolean {
  const [draft, record0] = bothSides(draftTokens, recordTokens);
  let record = record0;
  if (withheldTelling(draft, record) || withheldTelling(record, draft)) return true;
  // A corpus file may mark a record negated whose words carry no cue the reader knows ("ruled it
  // out of the question"): the record's statement as a whole is then what is negated. Its own
  // words, not the context sentence that frames them ("Park, who spoke through an interpreter,
  // said: …"): the negation stands where they begin (`ownWordsFrom`, a character offset).
  if (recordNegated && !hasCue(record) && record.length > 0 && !voicesNegation(recordTokens)) {
    const at = Math.max(
      0,
      record.findIndex((token) => token.start >= ownWordsFrom),
    );
    record = [...record.slice(0, at), { ...record[at], norm: 'not', stem: 'not', text: 'not' }, ...record.slice(at)];
  }
  // A withheld telling ("Nobody told us where …") is a negated side too, though it flips no clause.
  const draftNegated = hasCue(draft) || withholds(draft);
  // Both sides negated, in different clauses ("need not be in place" against "impossible to
  // negotiate … a ceasefire must be in place"): only a clause-level flip counts.
  // Opposite directions flip plain statements only: "will not cut" and "will not raise" agree.
  if (draftNegated === (hasCue(record) || withholds(record)))
    return (
      antonymClash(draft, record, ANTONYMS, true) ||
      (!draftNegated && antonymClash(draft, record, DIRECTION_ANTONYMS)) ||
      flippedEitherWay(draft, record) ||
      (draftNegated && (negatedOutsideCues(draft, record) || negatedOutsideCues(record, draft)))
    );
  const [negatedSide, plainSide] = draftNegated ? [draft, record] : [record, draft];
  const plainStems = new Set(plainSide.map(topicStem));
  if (amountStated(plainSide)) plainStems.add(AMOUNT);
  const plainPartial = plainSide.some((token) => PARTIALS.has(token.norm));
  // The same proposition, not shared topic words: the word a negation governs first (its verb,
  // usually) must stand on the plain side. "spoke about the cash rate" does not flip "will not
  // cut the cash rate".
  for (const { verb, governed, verbs, minimum, universal, verbAt } of negatedStemLists(negatedSide)) {
    // "Not all of the grant was paid" and "some of the grant was paid" may both be true.
    if (universal && plainPartial) continue;
    // The same verb on another object is another proposition: "rejected the bottling machine"
    // ("not accept the machine") does not flip "accepted the bottling tariff".
    if (verbAt !== undefined && otherObject(negatedSide, verbAt, plainSide)) continue;
    if (
      verbs.some((stem) => plainStems.has(stem)) &&
      governed.filter((stem) => plainStems.has(stem)).length >=
        Math.min(Math.max(minGoverned, minimum), governed.length)
    )
      return true;
    // "You have shown not a flicker of remorse" against "had shown remorse": the verb before the
    // cue and a word it governs.
    if (
      verb &&
      plainStems.has(verb) &&
      governed.filter((stem) => plainStems.has(stem)).length >= Math.min(minGoverned, governed.length)
    )
      return true;
  }
  return false;
}

/** The strict, clause-level test alone: what a weak topic match may still be trusted with. */
/**
 * Whether a text asserts a negation as a whole, as far as the reader can tell: a negation cue, an
 * implied one ("refused to", "ruled out", "rejected"), or a corpus file's `negated` flag.
 */
export function isNegated(tokens: Token[], flagged = false): boolean {
  return (flagged && !voicesNegation(tokens)) || hasCue(expandNegations(tokens));
}

/**
 * The words carry a negation the reader knows, even one that cancels ("have not ruled out"). A
 * corpus file's `negated` flag speaks for words that carry none ("ruled it out of the question");
 * where the reader sees the negations itself, it reads their sum, and a double negation is plain.
 */
function voicesNegation(tokens: Token[]): boolean {
  const expanded = expandNegations(tokens, false);
  // "Nobody told us where the lifejackets were": a telling withheld is a negation the reader knows
  // too (withheldTelling compares it), though it flips no clause after the question word.
  return hasCue(expanded) || withholds(expanded) || expanded.some((token) => affixalByShape(token.norm));
}

/** Stems that, after any negative prefix, make an adjective negated by its shape alone ("inadmissible", "dishonourable"). */
const PREFIXED_ADJECTIVE = /(?:able|ible|ful|ive|ous)$/;

/**
 * A word that reads as an affixal negation with no other side to compare ("unfair",
 * "unsigned", "inadmissible"): "un-" or "non-" before an adjective's or participle's ending, or
 * another prefix before "-able", "-ible", "-ful", "-ive", "-ous". What a corpus `negated` flag on
 * such a record speaks for, so a draft repeating the word is not read as flipping it.
 */
function affixalByShape(norm: string): boolean {
  if (NOT_NEGATIONS.has(norm)) return false;
  return NEGATIVE_PREFIXES.some((prefix) => {
    const stem = norm.slice(prefix.length);
    if (!norm.startsWith(prefix) || stem.length < 4) return false;
    return prefix === 'un' || prefix === 'non'
      ? ADJECTIVE_ENDINGS.test(stem) || PARTICIPLE_ENDINGS.test(stem)
      : PREFIXED_ADJECTIVE.test(stem);
  });
}

/** The side carries a withheld telling ("has not said when", "Nobody told us where"). */
function withholds(tokens: Token[]): boolean {
  return tokens.some((token, index) => CUES.has(token.norm) && withholdsAnswer(tokens, index));
}

/** Where a withheld answer's verb of telling and its question word stand: see withholdsAnswer. */
function withheldAt(tokens: Token[], index: number): { verb: number; question: number } | undefined {
  if (!CUES.has(tokens[index].norm) || !withholdsAnswer(tokens, index)) return undefined;
  let verb = index + 1;
  while (verb < tokens.length && !TELLING_VERBS.has(tokens[verb].norm)) verb++;
  const question = tokens.findIndex((token, k) => k > verb && k <= verb + 2 && QUESTION_WORDS.has(token.norm));
  return question < 0 ? undefined : { verb, question };
}

/** How many content words of the question a withheld telling must share with a plain one. */
const WITHHELD_SHARED = 1;

/**
 * A telling withheld on one side and done on the other: "Nobody told us where the lifejackets
 * were" against "passengers were told where the lifejackets were", "has not said when the review
 * ends" against "said when the review ends". The negation governs the telling, not the question
 * after it, so the flip needs the same verb of telling un-negated, the same question word after
 * it, and a content word of the question on both sides; "the review ends in May" is no flip.
 */
function withheldTelling(negatedSide: Token[], plainSide: Token[]): boolean {
  return negatedSide.some((_, index) => {
    const at = withheldAt(negatedSide, index);
    if (!at) return false;
    const verb = topicStem(negatedSide[at.verb]);
    const question = negatedSide[at.question].norm;
    const asked = new Set(
      negatedSide
        .slice(at.question + 1, at.question + 6)
        .filter((token) => !STOPWORDS.has(token.norm))
        .map(topicStem),
    );
    return plainSide.some((token, k) => {
      if (topicStem(token) !== verb) return false;
      // The plain side's telling must be its own, not negated too ("were not told where").
      if (plainSide.slice(Math.max(0, k - 3), k).some((t) => CUES.has(t.norm))) return false;
      const q = plainSide.findIndex((t, j) => j > k && j <= k + 3 && t.norm === question);
      if (q < 0) return false;
      const shared = plainSide.slice(q + 1, q + 6).filter((t) => !STOPWORDS.has(t.norm) && asked.has(topicStem(t)));
      return shared.length >= WITHHELD_SHARED;
    });
  });
}

export function clauseNegationConflict(draftTokens: Token[], recordTokens: Token[]): boolean {
  return flippedEitherWay(...bothSides(draftTokens, recordTokens));
}

/** Both sides with their negations spelled out (expandNegations), each's affixal ones read against the other's words. */
function bothSides(draftTokens: Token[], recordTokens: Token[]): [Token[], Token[]] {
  const [draft, record] = [expandNegations(draftTokens), expandNegations(recordTokens)];
  return [affixalNegations(draft, record), affixalNegations(record, draft)];
}

function flippedEitherWay(draft: Token[], record: Token[]): boolean {
  return localFlip(draft, record) || localFlip(record, draft);
}

/**
 * Both sides carry a negation, each in its own clause ("ruled out putting a bill before parliament
 * if the parties had not agreed" against "ready to put a bill before parliament if the parties have
 * not agreed"): a negation on one side whose verb and two more words it governs stand on the other
 * side outside any negation's reach is a flip of that clause.
 */
function negatedOutsideCues(negatedSide: Token[], otherSide: Token[]): boolean {
  const reached = new Set<number>();
  otherSide.forEach((_, index) => {
    if (!isNegationCue(otherSide, index)) return;
    let governed = 0;
    for (let k = index; k < otherSide.length && k <= index + 8 && governed < 3; k++) {
      if (k > index && governed > 0 && clauseBreak(otherSide, k)) break;
      reached.add(k);
      if (k > index && !STOPWORDS.has(otherSide[k].norm) && !CUES.has(otherSide[k].norm)) governed++;
    }
    // The subject before the cue is in its reach too ("the parties had not agreed").
    for (let k = index - 1; k >= 0 && k >= index - 3; k--) reached.add(k);
  });
  const free = new Set(otherSide.filter((_, k) => !reached.has(k)).map(topicStem));
  return negatedStemLists(negatedSide).some(
    ({ governed, verbs }) =>
      governed.length >= 3 &&
      verbs.some((stem) => free.has(stem)) &&
      governed.filter((stem) => free.has(stem)).length >= 3,
  );
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
      // "not going to resign, and I don’t think …": a negation governs nothing past its clause.
      if (governed.length > 0 && clauseBreak(tokens, k)) break;
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
