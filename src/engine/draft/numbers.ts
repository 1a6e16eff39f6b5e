import type { Token } from '../text/tokens';

/** A number found in draft text, with the unit it counts. */
export interface DraftNumber {
  value: number;
  unit: string;
  /** Offsets of the numeral itself ("60" in "60-minute"), which a fix replaces. */
  start: number;
  end: number;
  /** True when written in words ("three"), so a fix can answer in kind. */
  inWords: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000 };

/** Counted nouns, folded to the units the corpus records. */
export const UNIT_OF: Record<string, string> = {
  drone: 'drone', drones: 'drone',
  troop: 'troop', troops: 'troop', soldier: 'troop', soldiers: 'troop', army: 'troop', strong: 'troop', personnel: 'troop', forces: 'troop',
  minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day', week: 'week', weeks: 'week',
  month: 'month', months: 'month', year: 'year', years: 'year', long: '',
  point: 'point', points: 'point',
  nation: 'nation', nations: 'nation', country: 'nation', countries: 'nation', member: 'nation', members: 'nation', states: 'nation',
  people: 'person', person: 'person', persons: 'person', ukrainians: 'person', ukrainian: 'person', civilians: 'person', residents: 'person', citizens: 'person',
  percent: 'percent', missile: 'missile', missiles: 'missile',
};

/**
 * Numbers in words or digits with the unit that follows ("133 drones", "800,000-strong army",
 * "three-hour discussion", "1 million Ukrainians", "two or three weeks"). Years, article numbers
 * ("Article 5") and ordinals are not counts and are skipped.
 */
export function findNumbers(tokens: Token[]): DraftNumber[] {
  const found: DraftNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const parsed = parseNumberAt(tokens, i);
    if (!parsed) continue;
    const { value, lastToken, inWords } = parsed;
    const previous = tokens[i - 1]?.norm;
    if (previous === 'article' || previous === 'no' || previous === 'number') {
      i = lastToken;
      continue;
    }
    let unit = unitAfter(tokens, lastToken + 1);
    // "two or three weeks": the first number takes the unit of the second.
    if (unit === undefined && ['or', 'to', 'and'].includes(tokens[lastToken + 1]?.norm ?? '')) {
      const next = parseNumberAt(tokens, lastToken + 2);
      if (next) unit = unitAfter(tokens, next.lastToken + 1);
    }
    const isYear = !inWords && value >= 1900 && value <= 2100 && Number.isInteger(value) && !/,/.test(tokens[i].text);
    if (isYear && !unit) {
      i = lastToken;
      continue;
    }
    if (unit === undefined && inWords && value <= 1) {
      i = lastToken; // "one of the", "a": not a count worth checking
      continue;
    }
    found.push({ value, unit: unit ?? "", start: tokens[i].start, end: tokens[lastToken].end, inWords });
    i = lastToken;
  }
  return found;
}

function parseNumberAt(tokens: Token[], i: number): { value: number; lastToken: number; inWords: boolean } | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (/^\d[\d,]*(?:\.\d+)?$/.test(token.norm)) {
    let value = Number(token.norm.replace(/,/g, ''));
    let last = i;
    const scale = SCALES[tokens[i + 1]?.norm ?? ''];
    if (scale && scale >= 1000) {
      value *= scale;
      last = i + 1;
    }
    return Number.isFinite(value) ? { value, lastToken: last, inWords: false } : undefined;
  }
  if (SMALL[token.norm] === undefined && !(token.norm === 'a' && SCALES[tokens[i + 1]?.norm ?? ''] >= 1000)) return undefined;
  let total = 0;
  let current = token.norm === 'a' ? 1 : SMALL[token.norm];
  let last = i;
  for (let k = i + 1; k < tokens.length && k < i + 6; k++) {
    const norm = tokens[k].norm;
    if (SMALL[norm] !== undefined && SMALL[norm] < 10 && current % 10 === 0 && current >= 20) {
      current += SMALL[norm];
    } else if (SCALES[norm]) {
      current = (current || 1) * SCALES[norm];
      if (SCALES[norm] >= 1000) {
        total += current;
        current = 0;
      }
    } else {
      break;
    }
    last = k;
  }
  return { value: total + current, lastToken: last, inWords: true };
}

/** The unit a number counts: the first counted noun within the next three words. */
function unitAfter(tokens: Token[], from: number): string | undefined {
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    const unit = UNIT_OF[tokens[k].norm];
    if (unit !== undefined) return unit || undefined;
    if (['or', 'to', 'and'].includes(tokens[k].norm)) return undefined;
  }
  return undefined;
}

const WORDS_FOR = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** Writes `value` the way the draft wrote the number it replaces. */
export function formatNumberLike(value: number, inWords: boolean, original: string): string {
  if (inWords && value < WORDS_FOR.length) {
    const word = WORDS_FOR[value];
    return /^[A-Z]/.test(original) ? word[0].toUpperCase() + word.slice(1) : word;
  }
  if (value >= 1_000_000 && value % 1_000_000 === 0 && /million/i.test(original)) return `${value / 1_000_000} million`;
  return /,/.test(original) || value >= 10_000 ? value.toLocaleString('en-US') : String(value);
}
