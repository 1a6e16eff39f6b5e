import { normalizeAndStem } from './normalize';

/** A word of the text with its position; `norm` compares quotations, `stem` compares paraphrases. */
export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-cased, diacritics and apostrophes removed. */
  norm: string;
  stem: string;
  start: number;
  end: number;
}

/**
 * Words are runs of letters and digits, with apostrophes inside words ("isn’t") and commas or
 * points between digits ("800,000", "2.5") kept in the word. Hyphens split words, so
 * "800,000-strong" gives "800,000" and "strong". Linear time; no backtracking regex.
 */
export function tokenize(text: string, offset = 0, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  scanWords(text, limit, (start, end) => {
    const word = text.slice(start, end);
    const [norm, stem] = normalizeAndStem(word);
    tokens.push({ text: word, norm, stem, start: start + offset, end: end + offset });
  });
  return tokens;
}

/**
 * The topic stems of a text without building token objects: what indexing 100k statements
 * needs, at a fraction of the garbage. Same word rules and folding as `topicStems(tokenize(text))`.
 */
export function topicStemsOf(text: string): string[] {
  const norms: string[] = [];
  const stems: string[] = [];
  scanWords(text, Infinity, (start, end) => {
    const [norm, stem] = normalizeAndStem(text.slice(start, end));
    norms.push(norm);
    stems.push(stem);
  });
  return foldTopic(norms, stems);
}

/**
 * Calls `onWord(start, end)` for each word of `text` (see `tokenize` for what a word is).
 * Invisible format characters (soft hyphen, zero-width space, joiners, word joiner) inside a word
 * are part of it, so a pasted "Zel\u00ADensky" is one word; `normalizeWord` then drops them.
 */
function scanWords(text: string, limit: number, onWord: (start: number, end: number) => void): void {
  const length = text.length;
  let count = 0;
  let i = 0;
  while (i < length && count < limit) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (isWordChar(code)) {
        i++;
      } else if (
        isInvisible(code) &&
        i + 1 < length &&
        (isWordChar(text.charCodeAt(i + 1)) || isInvisible(text.charCodeAt(i + 1)))
      ) {
        i++;
      } else if (
        isApostrophe(code) &&
        i + 1 < length &&
        isLetter(text.charCodeAt(i + 1)) &&
        isLetter(text.charCodeAt(i - 1))
      ) {
        i++;
      } else if (
        (code === 44 || code === 46) &&
        isDigit(text.charCodeAt(i - 1)) &&
        i + 1 < length &&
        isDigit(text.charCodeAt(i + 1))
      ) {
        i++;
      } else {
        break;
      }
    }
    // A word never ends on an invisible character.
    let end = i;
    while (end > start + 1 && isInvisible(text.charCodeAt(end - 1))) end--;
    onWord(start, end);
    count++;
  }
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Per code unit above ASCII: 1 letter or combining mark, 2 not; 0 not yet known. */
const LETTER_CACHE = new Uint8Array(0x10000);
const UNICODE_LETTER = /^[\p{L}\p{M}]$/u;

/**
 * Letters of every script (Latin with diacritics, Greek, Cyrillic, Arabic, Hebrew, Devanagari,
 * CJK, Vietnamese's stacked marks): `Nguyễn`, `Søren`, `Łukasz`, `محمد`, `שרה` are words.
 * ASCII is answered directly; the rest by Unicode's letter and mark categories, memoised.
 */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Surrogate halves: letters outside the Basic Multilingual Plane (rare CJK) count as letters.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let known = LETTER_CACHE[code];
  if (known === 0) {
    known = UNICODE_LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    LETTER_CACHE[code] = known;
  }
  return known === 1;
}

function isWordChar(code: number): boolean {
  return isDigit(code) || isLetter(code);
}

/**
 * Whether a word is written like a name: a capital first letter in a cased script (`Søren`,
 * `Łukasz`, `Ángel`), or any letter of a script without case (Arabic, Hebrew, CJK), where a name
 * cannot be told by its capital.
 */
export function startsLikeName(word: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{Lo}]/u.test(word);
}

/** A capitalised word (`Roe`, `Nguyễn`) or a word of a caseless script: not `ROE`, not `roe`. */
export function isCapitalisedWord(word: string): boolean {
  return /^(?:[\p{Lu}\p{Lt}][\p{Ll}\p{M}\u00AD\u200B-\u200D\u2060'\u2019]|\p{Lo})/u.test(word);
}

/** Soft hyphen, zero-width space / non-joiner / joiner, word joiner, BOM: invisible in print. */
export function isInvisible(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc;
}

/** "Roe’s", "Fox's": a word in the possessive. */
export function isPossessive(token: Token): boolean {
  return /['\u2019]s$/.test(token.text);
}

/** The word without its possessive "'s", normalised: "Fox's" → "fox". */
export function possessiveBase(token: Token): string {
  return isPossessive(token) ? token.norm.slice(0, -1) : token.norm;
}

/** Function words that carry no meaning for retrieval. Negation cues are deliberately NOT here. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as into than then that this these those it its ' +
    'is are was were be been being am do does did has have had having will would shall should can could may might must ' +
    'he she they we you i me him her them us our your their his my mine ours theirs who whom whose which what when where why how ' +
    'said says say told tell tells added adds wrote writes also just so such very there here about over after before while ' +
    'mr mrs ms dr s t ll re ve d m all any some more most other only own same too up out off again further once both each few'
  ).split(' '),
);

/** Content words: the tokens that say what a sentence is about. */
export function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter((token) => !STOPWORDS.has(token.norm));
}

/** Spellings of one thing that stems alone do not meet: "U.S."/"United States"/"America", "Russian"/"Russia". */
const SAME_THING: Record<string, string> = {
  america: 'us',
  american: 'us',
  americans: 'us',
  washington: 'us',
  russian: 'russia',
  russians: 'russia',
  moscow: 'russia',
  kremlin: 'russia',
  // The country names themselves too: the stemmer cuts "Ukraine" to "ukrain" and "Europe" to "europ".
  ukraine: 'ukraine',
  ukrainian: 'ukraine',
  ukrainians: 'ukraine',
  kyiv: 'ukraine',
  kiev: 'ukraine',
  europe: 'europe',
  european: 'europe',
  europeans: 'europe',
  eu: 'europe',
  postwar: 'war',
  talked: 'speak',
  spoke: 'speak',
  spoken: 'speak',
  // "would back any countries" is "would support" them: polarity is compared across the paraphrase.
  back: 'support',
  backs: 'support',
  backed: 'support',
  backing: 'support',
  prepared: 'ready',
  willing: 'ready',
  // Irregular past forms the stemmer leaves apart: "had not seen the reports" flips "saw the reports".
  saw: 'see',
  seen: 'see',
  // "was necessary" restates "there is a need for": "no need for an inquiry" is flipped by either.
  necessary: 'need',
  // Reported speech turns "for myself" into "for himself": one self, whoever speaks.
  myself: 'self',
  yourself: 'self',
  himself: 'self',
  herself: 'self',
  itself: 'self',
  ourselves: 'self',
  themselves: 'self',
  // Words news paraphrase swaps for one another.
  agreement: 'deal',
  agreements: 'deal',
  accord: 'deal',
  accords: 'deal',
  pact: 'deal',
  pacts: 'deal',
  soil: 'territory',
  truce: 'ceasefire',
  negotiation: 'talk',
  negotiations: 'talk',
  talks: 'talk',
  pull: 'withdraw',
  pulled: 'withdraw',
  pulling: 'withdraw',
  soldier: 'troop',
  soldiers: 'troop',
  troops: 'troop',
  army: 'troop',
  forces: 'troop',
};

/**
 * Topic stems of a text for paraphrase matching: content words only, single letters dropped,
 * "U.S." and "United States" folded to one stem, nationalities to their country.
 */
export function topicStems(tokens: Token[]): string[] {
  return foldTopic(
    tokens.map((token) => token.norm),
    tokens.map((token) => token.stem),
  );
}

function foldTopic(norms: string[], stems: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < norms.length; i++) {
    const norm = norms[i];
    if ((norm === 'u' && norms[i + 1] === 's') || (norm === 'united' && norms[i + 1] === 'states')) {
      out.push('us');
      i++;
      continue;
    }
    if (STOPWORDS.has(norm) || norm.length < 2) continue;
    out.push(SAME_THING[norm] ?? stems[i]);
  }
  return out;
}
