/**
 * Whether a draft sentence that shares a rated claim's words and figures states the same claim: the
 * same measure, the same group or place, the same stage, rank and direction of comparison. A near
 * miss changes one of them and keeps the rest: "construction began on 40,000 homes" for "Ireland
 * built 40,000 homes", "the second highest" for "the highest", "Māori two-year-olds" for
 * "two-year-olds", "Americans pay twice as much as Canadians" for the reverse. Used by the
 * `fact-checked` judge (factCheck.ts) only. Pure: no vscode, no node.
 */
import type { Token } from '../text/tokens';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';

/**
 * Words that deny: a claim with one ("cannot afford") is not repeated by a sentence without any.
 * "exempt" is "exempt from", "free of" and "pay no" made one word (factPhrases.ts).
 */
const NEGATIONS =
  /^(?:exempt|not|no|never|cannot|cant|cant|wont|dont|doesnt|didnt|isnt|arent|wasnt|werent|hasnt|havent|hadnt|unable|none|nobody|nothing|neither|nor|without|fail|fails|failed|lack|lacks|lacked)$/;

/** The claim denies something ("cannot afford to see a GP") and the sentence denies nothing: another claim. */
export function deniesWithout(claim: Token[], draft: Token[]): boolean {
  const denies = (tokens: Token[]) => tokens.some((token) => NEGATIONS.test(token.norm));
  return denies(claim) && !denies(draft);
}

/**
 * The stage of building or granting a count is of: construction begun ("construction began on",
 * "work started on", "housing starts", "broke ground"), approved ("building consents", "permits
 * issued", "planning permission") or, by default, done ("built", "completed", "delivered").
 */
const STARTED =
  /\b(?:(?:construction|work|building|ground)\s+(?:began|begun|begins|started|starts|commenced|broke|was broken)|(?:began|begun|begin|begins|start|started|starts|starting|commenced?|commencing|broke ground)\s+(?:on\s+)?(?:construction|work|building|ground)|broke ground|breaking ground|under construction|(?:housing|home|house|dwelling|building) starts|(?:homes|houses|dwellings|units) (?:were |was )?started)\b/i;
const APPROVED =
  /\b(?:(?:building|planning|construction) (?:consents?|permits?|permission|approvals?)|(?:consents?|permits?|approvals?) (?:for|were|was|issued|granted)|(?:approved|consented|permitted|authori[sz]ed) (?:for|to be built)|(?:approved|consented|permitted|authori[sz]ed) (?:\S+ ){0,3}?(?:homes|houses|dwellings|units|apartments|flats|buildings|projects))\b/i;

function stage(text: string): 'started' | 'approved' | 'done' {
  return STARTED.test(text) ? 'started' : APPROVED.test(text) ? 'approved' : 'done';
}

/**
 * An intention or a promise, not a thing done: "promised to build 11 crore toilets" is another
 * claim than "built 11 crore toilets". The verb governs an infinitive; "…, Dunmore promised" only
 * attributes the claim. What would hold under a measure only proposed ("would receive ₱3,000 a
 * month under the proposed bill") is not done either (issue 12).
 */
const INTENT = new RegExp(
  [
    /\b(?:promis|pledg|vow|plan|aim|intend|want|hope|propos|commit|seek|sought|tr(?:y|ies|ied))\w*\s+to\s+(?!be\b)\w+/,
    /\bunder\s+(?:[^\s,;:]+\s+){0,3}?(?:proposed|planned|draft|mooted)\s+(?:bill|law|plan|scheme|rules?|reform|policy|budget)/,
  ]
    .map((part) => part.source)
    .join('|'),
  'i',
);

/**
 * A wish or forecast for someone else, with an object and its infinitive ("The government wants 98
 * per cent of households to have access", "The bank expected inflation to hit 7.8 per cent"): read
 * only in the sentence's first clause, which it governs; "Rents have doubled, and the group wants
 * the city to freeze them" still states the rise (issue 12).
 */
const WISH = /\b(?:wants?|wanted|expects?|expected|forecasts?)\s+(?:[^\s,;:]+\s+){1,8}?to\s+(?!be\b)\w+/i;
const CLAUSE_BREAK = /[,;:]|\s(?:and|but|while|whereas)\s/i;

/** The sentence states an intention, a wish or a proposal rather than a thing done. */
function intends(text: string): boolean {
  return INTENT.test(text) || WISH.test(text.split(CLAUSE_BREAK)[0]);
}

/** A part of what the claim counts: "for some inner-city units", "in parts of the city", "among some groups". */
const PART =
  /\b(?:for|in|among|at|across)\s+(?:some|certain|a few|a handful of|parts of|several|a minority of|one or two)\b/i;

/** A bound the claim does not set: "up to R5 billion a day", "at most", "a maximum of"; not "go up to 15 per cent", a rise. */
const BOUND =
  /\b(?:(?<!\b(?:go|goes|went|gone|going|climb(?:s|ed|ing)?|shot|jump(?:s|ed)?|move(?:s|d)?)\s+)up to(?! date)|at most|a maximum of|at the most|at peak|at its peak)\b/i;

const SUPERLATIVE =
  '(?:highest|lowest|largest|smallest|biggest|greatest|fewest|least|most|cheapest|dearest|worst|best|fastest|slowest|steepest|longest|shortest|poorest|richest)';
const ORDINAL = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)$/;

/**
 * The rank a sentence gives: 1 for "the highest", 2 for "the second highest", 0 for "one of the
 * highest" / "among the highest", undefined without a superlative.
 */
function rank(text: string): number | undefined {
  const lower = text.toLowerCase();
  const ranked = new RegExp(`\\b(\\w+)[\\s-]+${SUPERLATIVE}\\b`).exec(lower);
  if (ranked && ORDINAL.test(ranked[1])) return Number.parseInt(ranked[1], 10) || ORDINALS.indexOf(ranked[1]) + 2;
  if (new RegExp(`\\b(?:one of|among|some of|amongst)\\s+(?:the\\s+)?(?:\\w+\\s+)?${SUPERLATIVE}\\b`).test(lower))
    return 0;
  return new RegExp(`\\b${SUPERLATIVE}\\b`).test(lower) ? 1 : undefined;
}
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * A place in a ranking: "ranks last", "came 16th", "ranked first among", "is bottom of": "last",
 * "1", "16"; undefined without one.
 */
function place(text: string): string | undefined {
  const match =
    /\b(?:rank(?:s|ed)?|came|comes|placed|places|finished|finishes|sits?|is|was)\s+(?:in\s+)?(?:the\s+)?(\d+)(?:st|nd|rd|th)\b|\b(?:rank(?:s|ed)?|came|comes|placed|places|finished|finishes|sits?)\s+(?:in\s+)?(first|last|top|bottom|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.exec(
      text,
    );
  if (!match) return undefined;
  if (match[1]) return match[1];
  const word = match[2].toLowerCase();
  if (word === 'top' || word === 'first') return '1';
  if (word === 'bottom' || word === 'last') return 'last';
  return String(ORDINALS.indexOf(word) + 2);
}

/**
 * Money set aside, not spent: "SARail's budget for the lines was R15 billion", "allocated",
 * "earmarked" against "spent R15 billion".
 */
const PLANNED = /\b(?:budget(?:s|ed)?|allocat\w*|earmark\w*|set aside)\b/i;

/**
 * What a comparison sets against what: the words before its marker ("than", the second "as" of
 * "as much as", the "what" of "double what") and after it, up to the clause's end. Undefined
 * without a comparison. `fold` gives a token's folded stem, undefined for a word that is no topic.
 */
function comparison(
  tokens: Token[],
  fold: (token: Token) => string | undefined,
): { before: Set<string>; after: Set<string> } | undefined {
  let at = -1;
  for (let i = 0; i < tokens.length && at < 0; i++) {
    const norm = tokens[i].norm;
    if (norm === 'than' || norm === 'what' || (norm === 'as' && tokens.slice(0, i).some((t) => t.norm === 'as')))
      at = i;
  }
  if (at < 0) return undefined;
  const stems = (part: Token[]) =>
    new Set(
      part.flatMap((token) => (/^\d/.test(token.norm) || RATIO_WORDS.has(token.norm) ? [] : (fold(token) ?? []))),
    );
  const after = stems(tokens.slice(at + 1));
  return after.size ? { before: stems(tokens.slice(0, at)), after } : undefined;
}
const RATIO_WORDS = new Set(['much', 'many', 'twice', 'double', 'half', 'times', 'more', 'less', 'fewer']);

/**
 * The draft turns the record's comparison round: what the claim compares stands where the draft
 * compares against, and the other way ("Americans pay twice as much as Canadians" for "Canadians
 * pay twice as much as Americans"; "filling a petrol car costs a third of what it takes to charge
 * an electric one" for "charging an electric car costs three times as much as filling a petrol one").
 */
export function turnedRound(claim: Token[], draft: Token[], fold: (token: Token) => string | undefined): boolean {
  const [was, is] = [comparison(claim, fold), comparison(draft, fold)];
  if (!was || !is) return false;
  const meets = (a: Set<string>, b: Set<string>) => [...a].some((stem) => b.has(stem));
  return meets(was.after, is.before) && meets(was.before, is.after) && !meets(was.after, is.after);
}

/**
 * Why the draft states another claim than the record though their words meet, or undefined:
 * `claimText`/`draftText` are the two sentences (the draft's without its attribution).
 */
export function otherScope(
  claimText: string,
  draftText: string,
): 'stage' | 'intent' | 'part' | 'bound' | 'rank' | undefined {
  if (stage(claimText) !== stage(draftText)) return 'stage';
  if (intends(claimText) !== intends(draftText)) return 'intent';
  if (PART.test(draftText) && !PART.test(claimText)) return 'part';
  if (BOUND.test(draftText) && !BOUND.test(claimText)) return 'bound';
  const [a, b] = [rank(claimText), rank(draftText)];
  if (a !== undefined && b !== undefined && a !== b) return 'rank';
  const [x, y] = [place(claimText), place(draftText)];
  if (x !== undefined && y !== undefined && x !== y) return 'rank';
  // "ranks third" for "the second-largest", "the highest" for "came second": a rank against a place.
  if (a && y !== undefined && x === undefined && y !== String(a)) return 'rank';
  if (b && x !== undefined && y === undefined && x !== String(b)) return 'rank';
  if (PLANNED.test(claimText) !== PLANNED.test(draftText)) return 'intent';
  return undefined;
}

/**
 * The runs where two sequences differ, between the words they share in order (a longest common
 * subsequence): each gap is the claim's words there and the draft's. Words are folded stems.
 */
export function gaps(claim: string[], draft: string[]): { claim: string[]; draft: string[]; atEnd: boolean }[] {
  const n = claim.length;
  const m = draft.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i][j] = claim[i] === draft[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
  const out: { claim: string[]; draft: string[]; atEnd: boolean }[] = [];
  let [i, j, ci, dj] = [0, 0, 0, 0];
  const flush = (atEnd: boolean) => {
    if (i > ci || j > dj) out.push({ claim: claim.slice(ci, i), draft: draft.slice(dj, j), atEnd });
  };
  while (i < n && j < m) {
    if (claim[i] === draft[j]) {
      flush(false);
      i++;
      j++;
      [ci, dj] = [i, j];
    } else if (table[i + 1][j] >= table[i][j + 1]) i++;
    else j++;
  }
  [i, j] = [n, m];
  flush(true);
  return out;
}

/**
 * A claim about all of something ("in all its stores") against a draft about some of them: a
 * count of its own (`extraCount`, an amount the claim does not give: "in three stores") or a
 * word for part ("some", "several", "most") and no "all", "every" or "each".
 */
export function partForAll(claim: Token[], draft: Token[], extraCount: boolean): boolean {
  if (!claim.some((token) => token.norm === 'all')) return false;
  if (draft.some((token) => /^(?:all|every|each)$/.test(token.norm))) return false;
  return extraCount || draft.some((token) => /^(?:some|several|few|most|many|certain)$/.test(token.norm));
}

/**
 * A people's adjective inside a sentence (not its first word, which any word may be capitalised
 * as): a capitalised word in "-i", "-ian", "-ean", "-ese" or "-ish" ("Nepali", "Bangladeshi",
 * "Ghanaian", "Vietnamese", "Turkish") before a lower-case word, as it qualifies a noun (not before
 * a verb: "Rahmawati said" is a person).
 */
const PEOPLES =
  /(?<=\S\s+)\p{Lu}\p{Ll}{2,}(?:i|ian|ean|ese|ish)(?=\s+(?!(?:said|says|told|tells|claimed|claims|has|had|have|is|was|will|would)\b)\p{Ll})/gu;
function peoples(text: string): string[] {
  return [...text.matchAll(PEOPLES)].map((match) => match[0]);
}

/** A place after "in": one or more capitalised words ("in Durban", "in North Rhine-Westphalia"). */
const IN_PLACE = /\b[Ii]n\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)*)/gu;
const NOT_PLACES = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));

/**
 * Another place: the claim is "in" one named place and the draft "in" another, and neither
 * names the other's anywhere ("fares in Johannesburg" against "In Durban, fares …"), wherever
 * in the sentence each stands. `claim` and `draft` are the sentences' text; `stemsOf` gives a
 * text's folded topic stems, so "Irish" names Ireland.
 */
export function otherPlace(claim: string, draft: string, stemsOf: (text: string) => string[]): boolean {
  const places = (text: string) =>
    [...text.matchAll(IN_PLACE)]
      .map((match) => match[1])
      .filter((name) => !NOT_PLACES.has(name.split(/\s/)[0].toLowerCase()));
  // The claim may name its place by its people's adjective ("One in three Nepali households"):
  // the draft "in Madhesh Province" is then in another place unless it names Nepal too.
  const [ours, theirs] = [[...places(claim), ...peoples(claim)], places(draft)];
  if (!ours.length || !theirs.length) return false;
  const named = (names: string[], text: string) => {
    const words = new Set(stemsOf(text));
    return names.some((name) => stemsOf(name).some((stem) => words.has(stem)));
  };
  // A name both sentences give ("the Grand Ethiopian Renaissance Dam") names a thing, not where the
  // claim is about: "households in Addis Ababa" against "Ethiopian households" is another place
  // though the dam's name says "Ethiopian".
  return !named(ours, withoutSharedNames(draft, claim)) && !named(theirs, claim);
}

/** A name of two or more capitalised words, after any article that opens a sentence. */
const NAME_RUN = /(?:(?:The|A|An)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+)/gu;

/** `text` without the names of two or more capitalised words that `other` gives too. */
function withoutSharedNames(text: string, other: string): string {
  return text.replace(NAME_RUN, (whole, name: string) => (other.includes(name) ? '' : whole));
}
