/**
 * Typography folding. Reporters and CMSes swap straight and curly quotes, hyphens and dashes
 * freely; none of that changes what was said, so comparisons fold them first.
 */

const FOLDS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '`': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
};

/** Folds quote, dash and space variants to ASCII, one character for one (offsets are preserved). */
export function foldTypography(text: string): string {
  let out = '';
  for (const ch of text) {
    out += FOLDS[ch] ?? ch;
  }
  return out;
}

/** Letters that carry no combining mark in Unicode but that readers and keyboards write plain. */
const PLAIN_LETTER: Record<string, string> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
};

/**
 * Lower-cases and strips diacritics from one word (`Nguyễn` → `nguyen`, `Łukasz` → `lukasz`,
 * `Søren` → `soren`); apostrophes ("they’ll" → "theyll") and invisible characters (soft hyphen,
 * zero-width space, joiners) are dropped. Words in other scripts keep their letters, less marks.
 */
export function normalizeWord(word: string): string {
  if (/^[A-Za-z0-9]+$/.test(word)) return word.toLowerCase();
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF'\u2018\u2019\u02BC]/g, '')
    .replace(/[łđøæœßıþðħ]/g, (ch) => PLAIN_LETTER[ch]);
}

/**
 * A deliberately light stemmer for retrieval and paraphrase overlap: enough to meet
 * "guarantee"/"guarantees", "launch"/"launched", not a linguistic analysis.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  const stemmed = dropFinalE(stripSuffix(word));
  // No word may become a negation by stemming: "noted" and "notes" are not "not", "nos" is not "no".
  return stemmed === 'not' || stemmed === 'no' || stemmed === 'non' ? word : stemmed;
}

/** "cutting" → "cut", "stopped" → "stop": a consonant doubled before -ing or -ed (not ll, ss, zz). */
function undouble(word: string): string {
  return /([bdgkmnprt])\1$/.test(word) ? word.slice(0, -1) : word;
}

/** Irregular past forms a paraphrase uses for a record's present ("had taken" against "did not take"). */
const IRREGULAR: Record<string, string> = {
  taken: 'take',
  took: 'take',
  given: 'give',
  gave: 'give',
  gone: 'go',
  went: 'go',
  done: 'do',
  did: 'do',
  seen: 'see',
  saw: 'see',
  written: 'write',
  wrote: 'write',
  spoken: 'speak',
  spoke: 'speak',
  known: 'know',
  knew: 'know',
  shown: 'show',
  made: 'make',
  paid: 'pay',
  bought: 'buy',
  sold: 'sell',
  brought: 'bring',
  thought: 'think',
  found: 'find',
  held: 'hold',
  kept: 'keep',
  left: 'leave',
  lost: 'lose',
  met: 'meet',
  ran: 'run',
  sent: 'send',
  spent: 'spend',
  stood: 'stand',
  won: 'win',
  begun: 'begin',
  began: 'begin',
  broken: 'break',
  broke: 'break',
  chosen: 'choose',
  chose: 'choose',
  drawn: 'draw',
  drew: 'draw',
  driven: 'drive',
  fallen: 'fall',
  fell: 'fall',
  flown: 'fly',
  grown: 'grow',
  rose: 'rise',
  risen: 'rise',
  cut: 'cut',
  signed: 'sign',
  led: 'lead',
};

/**
 * A three-letter verb in -e past or present participle ("owed", "used", "aged", "owing", "using"):
 * too short for the suffix rules below, which would leave "owed" apart from "owe".
 */
const SHORT_E_VERB = /^([aeiou][b-df-hj-np-tv-z])(?:ed|ing)$/;

function stripSuffix(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular) return irregular;
  const short = SHORT_E_VERB.exec(word);
  if (short) return short[1] + 'e';
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4)
    return word.endsWith('ied') ? word.slice(0, -3) : undouble(word.slice(0, -2));
  if (word.endsWith('es') && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is'))
    return word.slice(0, -1);
  return word;
}

/** "promise" and "promised" (→ "promis") must meet: a final e is dropped after the suffix. */
function dropFinalE(word: string): string {
  return word.length > 3 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

const wordCache = new Map<string, [string, string]>();
const WORD_CACHE_LIMIT = 200_000;

/**
 * `normalizeWord` and `stem` together, memoised: a corpus of 100k statements has only tens of
 * thousands of distinct words, so indexing it should not normalise "the" a million times.
 */
export function normalizeAndStem(word: string): [string, string] {
  let cached = wordCache.get(word);
  if (!cached) {
    const norm = normalizeWord(word);
    cached = [norm, stem(norm)];
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(word, cached);
  }
  return cached;
}
