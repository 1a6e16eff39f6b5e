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
  /** End of the unit word ("minutes"), when there is one: a fix that changes the unit replaces up to here. */
  unitEnd?: number;
}

/** Durations compare across units: an hour is 60 minutes. */
const MINUTES_PER: Record<string, number> = { minute: 1, hour: 60, day: 1_440, week: 10_080, month: 43_200, year: 525_600 };

/** The same quantity? Durations are compared in minutes, everything else by unit and value. */
export function sameQuantity(a: { value: number; unit: string }, b: { value: number; unit: string }): boolean {
  if (MINUTES_PER[a.unit] && MINUTES_PER[b.unit]) return a.value * MINUTES_PER[a.unit] === b.value * MINUTES_PER[b.unit];
  return a.unit === b.unit && a.value === b.value;
}

/** Can these two be compared at all (same unit, or both durations)? */
export function comparableUnits(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || Boolean(MINUTES_PER[a] && MINUTES_PER[b]);
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
    let unitAt = unitAfter(tokens, lastToken + 1);
    let unit = unitAt?.unit;
    // "two or three weeks": the first number takes the unit of the second.
    if (unit === undefined && ['or', 'to', 'and'].includes(tokens[lastToken + 1]?.norm ?? '')) {
      const next = parseNumberAt(tokens, lastToken + 2);
      if (next) unitAt = unitAfter(tokens, next.lastToken + 1);
      unit = unitAt?.unit;
    }
    const isYear = !inWords && value >= 1900 && value <= 2100 && Number.isInteger(value) && !/,/.test(tokens[i].text);
    if (isYear && !unit) {
      i = lastToken;
      continue;
    }
    if (unit === undefined && inWords && value <= 1 && tokens[i].norm !== 'an') {
      i = lastToken; // "one of the", "a": not a count worth checking
      continue;
    }
    found.push({ value, unit: unit ?? '', start: tokens[i].start, end: tokens[lastToken].end, inWords, unitEnd: unitAt ? tokens[unitAt.index].end : undefined });
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
  if ((token.norm === 'a' || token.norm === 'an') && ['hour', 'minute', 'day', 'week', 'month', 'year'].includes(UNIT_OF[tokens[i + 1]?.norm ?? ''] ?? '')) {
    return { value: 1, lastToken: i, inWords: true };
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
function unitAfter(tokens: Token[], from: number): { unit: string; index: number } | undefined {
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    // "in 2022, eight years after": the unit belongs to the nearer number.
    if (/^\d/.test(tokens[k].norm) || SMALL[tokens[k].norm] !== undefined) return undefined;
    const unit = UNIT_OF[tokens[k].norm];
    if (unit !== undefined) return unit ? { unit, index: k } : undefined;
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
