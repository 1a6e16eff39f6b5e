/**
 * Derives the `numbers` of a user record whose file gives none. Deliberately simple: digits
 * ("133", "800,000", "1.5", "1 million") and the number words one to twenty, each followed by a
 * counted noun that becomes the unit under the corpus conventions (drone, troop, minute, hour,
 * day, week, year, point, nation, person, percent). Anything subtler belongs in the file.
 */
import type { NumberMention } from '../types';

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
};

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** Counted nouns (singular or plural) and the unit the corpus records for them. */
const UNITS: Record<string, string> = {
  drone: 'drone', drones: 'drone', missile: 'missile', missiles: 'missile',
  troop: 'troop', troops: 'troop', soldier: 'troop', soldiers: 'troop', strong: 'troop', army: 'troop',
  minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour', day: 'day', days: 'day',
  week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  point: 'point', points: 'point', nation: 'nation', nations: 'nation', country: 'nation', countries: 'nation',
  member: 'nation', members: 'nation', people: 'person', person: 'person', ukrainians: 'person', civilians: 'person',
  percent: 'percent', '%': 'percent',
};

// A number (digits with separators, or a word), an optional scale, an optional joiner, a word.
const MENTION =
  /(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?:\s+(thousand|million|billion))?(?:(?:\s|-|\u2011|\u2010)+(%|[a-z]+))?/gi;

export function deriveNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  // A bare number word waiting for the unit of a following "or"/"to" number ("two or three weeks").
  let pending: { value: number; text: string; end: number } | undefined;
  MENTION.lastIndex = 0;
  for (let match = MENTION.exec(text); match; match = MENTION.exec(text)) {
    const [whole, numeral, scale, noun] = match;
    const start = match.index;
    const lowerNumeral = numeral.toLowerCase();
    const base = lowerNumeral in WORDS ? WORDS[lowerNumeral] : Number(numeral.replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    const value = scale ? base * SCALES[scale.toLowerCase()] : base;
    const unit = noun ? UNITS[noun.toLowerCase()] : undefined;
    const numberText = whole.slice(0, scale ? whole.toLowerCase().indexOf(scale.toLowerCase()) + scale.length : numeral.length);
    if (pending && unit && /^\s+(?:or|to)\s+$/i.test(text.slice(pending.end, start))) {
      found.push({ value: pending.value, unit, text: pending.text });
    }
    pending = undefined;
    if (!unit && !scale && lowerNumeral in WORDS) {
      // A bare number word ("one of them") is not a figure worth checking on its own.
      pending = { value, text: numeral, end: start + numeral.length };
      continue;
    }
    found.push({ value, unit: unit ?? '', text: unit ? whole.trim() : numberText });
  }
  return found;
}
