/**
 * Figures of a rated claim and of a draft sentence, read so that the ways a paraphrase restates a
 * figure meet: "a quarter", "one in four" and "25 per cent" are one share; "doubled" is a rise of
 * 100 per cent; "£1k", "£1,000" and "one thousand pounds" one amount; a year is a year. Used by the
 * `fact-checked` judge only: the other kinds compare numbers through `checkNumbers` (slots.ts).
 */
import type { Token } from '../text/tokens';
import { findNumbers, sameQuantity } from '../draft/numbers';
import { SMALL } from '../text/numberWords';
import { MONTH_NAMES } from '../text/calendar';
import {
  currencyNamed,
  currencyOfName,
  isCurrency,
  isCurrencyCode,
  isMoneyWord,
  LETTER_PREFIXES,
  readMoney,
  sameCurrency,
  SIGNS,
} from '../text/money';

/**
 * A figure: a share (0.25 for a quarter), a calendar year, a ratio between two things compared (2
 * for "twice as much as", 1/3 for "a third of what") or any other amount (units are not compared).
 */
export interface Figure {
  kind: 'share' | 'year' | 'amount' | 'ratio';
  value: number;
  /** Offsets in the text it was read from, so its words can be left out of the topic. */
  start: number;
  end: number;
  tolerance?: number;
  /** An amount's unit as `findNumbers` reads it; durations ("12 months", "a year") are compared in one measure. */
  unit?: string;
  /**
   * A currency as written: "aud" for A$, AUD or Australian dollars; "dollar" for a bare "$" or
   * "dollars", which may be any dollar; otherwise the unit's currency code ("zar", "inr", "gbp").
   */
  currency?: string;
  /** A rate's period: "hour" for "€13.50 an hour" or "per hour"; a rate is only the same figure per the same period. */
  per?: string;
  /** How many periods the rate is over: 2 for "every two months"; one when absent. */
  every?: number;
  /**
   * A ratio's frame ("three times as steep as in", "half what it was"): every word of its span is
   * the figure's, its adjective included, none the claim's topic.
   */
  frame?: boolean;
}

const DURATION = /^(?:second|minute|hour|day|week|fortnight|month|year|decade|centur)/;

/** "a", "an" and one to ten: the counts a share or a fraction is written with ("one in four", "two thirds"). */
const CARDINAL: Record<string, number> = {
  a: 1,
  an: 1,
  ...Object.fromEntries(Object.entries(SMALL).filter(([, value]) => value >= 1 && value <= 10)),
};
const DENOMINATOR: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  twentieth: 20,
  twentieths: 20,
  thirtieth: 30,
  thirtieths: 30,
  fortieth: 40,
  fortieths: 40,
  fiftieth: 50,
  fiftieths: 50,
  sixtieth: 60,
  sixtieths: 60,
  seventieth: 70,
  seventieths: 70,
  eightieth: 80,
  eightieths: 80,
  ninetieth: 90,
  ninetieths: 90,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1000,
  thousandths: 1000,
};
const CARDINALS = Object.keys(CARDINAL).join('|');
const DENOMINATORS = Object.keys(DENOMINATOR).join('|');
/** "a quarter", "three-quarters", "two thirds"; "half" on its own. */
const FRACTION = new RegExp(`\\b(?:(${CARDINALS})[\\s-]+)?(${DENOMINATORS})\\b`, 'gi');
/** Currency signs and letter prefixes written before a figure ("₦", "Rs"), from the one lexicon (text/money.ts). */
const SIGN = [...SIGNS.map(([symbol]) => symbol), ...Object.keys(LETTER_PREFIXES)]
  .sort((a, b) => b.length - a.length)
  .map((symbol) => symbol.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&'))
  .join('|');
/**
 * "one in four", "2 in 5", "two in every five", "one of every two", "one out of every ten"; with
 * what is counted between ("one litre in every two", "four hours out of every 24") or a currency
 * on both sides ("Rs 6 of every Rs 10", "two in every five taka"): groups `n`, `what`, `d`.
 */
const ONE_IN = new RegExp(
  `(?:(?:${SIGN})\\s?)?\\b(?<n>${CARDINALS}|\\d+)(?:\\s+(?<what>\\p{L}+)(?=\\s+(?:in|out\\s+of|of)\\s+every\\b))?\\s+(?:(?:in|out of)(?:\\s+every)?|of\\s+every)\\s+(?:(?:${SIGN})\\s?)?(?<d>${CARDINALS}|\\d{1,3}(?:,\\d{3})+|\\d+)\\b`,
  'giu',
);
/**
 * "Of every ₦100 the government collects, ₦97 goes on debt", "of every three doctors Ghana trains,
 * one works abroad": the whole first, the part after the comma (groups `d`, `n`). Only the whole's
 * words are the figure's; what is counted stays the claim's topic.
 */
const OF_EVERY = new RegExp(
  `\\bof\\s+every\\s+(?:(?:${SIGN})\\s?)?(?<d>${CARDINALS}|\\d{1,3}(?:,\\d{3})+|\\d+)\\b(?<between>[^.;:!?,]{0,60}),\\s+(?:(?:${SIGN})\\s?)?(?<n>${CARDINALS}|\\d+)\\b`,
  'giu',
);
/** A span of time counted against the next longer unit: "four hours in every 24" is four hours a day. */
const IN_LONGER: Record<string, [number, string]> = { hour: [24, 'day'], day: [7, 'week'], month: [12, 'year'] };
/** Change as a multiple: a rise of 100 per cent is "doubled", of 200 per cent "tripled"; "halved" a fall of half. */
const MULTIPLE = /\b(doubl\w*|twofold|tripl\w*|threefold|quadrupl\w*|fourfold|halv\w*)\b/gi;
/** A multiple said as a count of times "over": "gone up three times over" is tripled. */
const TIMES_OVER = new RegExp(`\\b(${CARDINALS}|\\d+)\\s+times\\s+over\\b`, 'gi');
const MULTIPLE_SHARE: Record<string, number> = {
  doubl: 1,
  twofold: 1,
  tripl: 2,
  threefold: 2,
  quadrupl: 3,
  fourfold: 3,
  halv: 0.5,
};
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
/** Numerals findNumbers leaves alone ("199.2p"): still a figure of the claim. */
const NUMERAL = /(?<![\w.])\d[\d,]*(?:\.\d+)?/g;

/** Words that write a figure rather than name what it counts: numerals' words, scales, currencies, "per cent", fractions, multiples. */
const FIGURE_WORDS = new Set([
  ...Object.keys(SMALL),
  ...Object.keys(DENOMINATOR),
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'thousand',
  'thousands',
  'hundred',
  'hundreds',
  'dozen',
  'bn',
  'm',
  'k',
  'per',
  'cent',
  'percent',
  'pc',
  'pound',
  'pounds',
  'euro',
  'euros',
  'dollar',
  'dollars',
  'kronor',
  'krona',
  'crowns',
  'pence',
  'p',
  'times',
  'twice',
  'thrice',

  // Units of power and energy, compared by the figure itself across prefixes (`inBaseUnit`).
  ...['kilo', 'mega', 'giga', 'tera', 'k', 'm', 'g', 't'].flatMap((prefix) =>
    prefix.length > 1
      ? [`${prefix}watt`, `${prefix}watts`, `${prefix}watt-hour`, `${prefix}watt-hours`]
      : [`${prefix}w`, `${prefix}wh`],
  ),
  // The codes and names of other currencies claims are rated in (naira, pesos, reais, shillings …).
  ...'ngn naira kobo php peso pesos centavos brl reais centavos mxn kes ksh shillings ghs cedis egp idr rupiah myr ringgit thb baht vnd pkr bdt taka'.split(
    ' ',
  ),
  // Currency codes, names and the prefixes of "A$", "C$", "NZ$", "US$"; India's lakh and crore.
  ...'eur gbp usd aud cad nzd zar inr chf sek nok dkk jpy cny us c nz r rs rand rands rupee rupees lakh lakhs crore crores cents'.split(
    ' ',
  ),
  'a',
  'an',
  'in',
  'out',
  'of',
  'every',
  'and',
  // A duration's unit is part of its figure: "15 years" and "a decade and a half" are one figure.
  ...['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade'].flatMap((unit) => [
    unit,
    `${unit}s`,
  ]),
  'century',
  'centuries',
]);

/**
 * Units of weight, volume and length and a rate's adverbs, part of a figure they stand in ("a
 * 50-kilo bag", "50kg"; "12 billion euros annually"): never a word of the claim's topic there.
 */
const MEASURES = new Set(
  (
    'kilo kilos kilogram kilograms kg kgs gram grams tonne tonnes ton tons litre litres liter liters ' +
    'metre metres meter meters km kilometre kilometres kilometer kilometers mile miles ' +
    // Volumes and areas: "74 billion cubic metres" is "74 bcm", "12 square kilometres".
    'cubic square bcm mcm tcm ' +
    'annually yearly monthly weekly daily hourly point'
  ).split(' '),
);

/** A ratio's frame, figure words inside a ratio only: "twice as much as", "double what", "three times more than". */
const RATIO_FRAME = new Set(
  'double much many what as than more higher greater larger high large big expensive costly likely long often'.split(
    ' ',
  ),
);

/** True for a word that writes a figure ("six", "million", "per", "cent", "quarter", "doubled") rather than what it counts. */
export function isFigureWord(norm: string): boolean {
  return (
    FIGURE_WORDS.has(norm) || RATIO_FRAME.has(norm) || isNumberWord(norm) || isMoneyWord(norm) || MEASURES.has(norm)
  );
}

/** True for a word that is a number by itself ("six", "million", "quarter", "doubled", "years"), not a figure's glue ("in", "of", "a"). */
export function isNumberWord(norm: string): boolean {
  return (
    /^\d/.test(norm) ||
    (FIGURE_WORDS.has(norm) && !FIGURE_GLUE.has(norm)) ||
    /^(?:doubl|tripl|quadrupl|halv|twofold|threefold|fourfold)/.test(norm)
  );
}
const FIGURE_GLUE = new Set(['a', 'an', 'in', 'out', 'of', 'every', 'and', 'per']);

const MONTHS = MONTH_NAMES.join('|');
const DAY_OF_MONTH = new RegExp(
  `\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b|(?:${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:per|%|million|billion)))`,
  'g',
);

const DURATIONS = '(decades?|years?|months?|weeks?|days?|hours?|centur(?:y|ies))';
const AND_A_HALF = new RegExp(
  `\\b(?:(${CARDINALS}|\\d+)\\s+${DURATIONS}\\s+and\\s+a\\s+half|(${CARDINALS}|\\d+)\\s+and\\s+a\\s+half\\s+${DURATIONS})\\b`,
  'gi',
);

/**
 * "three times what it was in 2010", "twice the level of 2015", "four times as high as in 2019":
 * a multiple of an earlier level, a rise of (n − 1) × 100 per cent, as "tripled" is. Not "twice as
 * much as Americans", which compares two groups.
 */
const TIMES_EARLIER = new RegExp(
  `\\b(twice|double|triple|treble|quadruple|(${CARDINALS}|\\d+)\\s+times)\\s+(?:what\\s+(?:it|they|this|that)\\s+(?:was|were|had been|used to be|stood at)|(?:its|their|the)\\s+(?:level|figure|rate|amount|number|total|size)\\s+(?:of|in)\\b|(?:as\\s+(?:much|many|high|large|big|great|expensive|costly)\\s+as|(?:higher|larger|bigger|greater)\\s+than)\\s+(?:in|it was|they were|before|when|at)\\b)`,
  'gi',
);
/**
 * A ratio between the two sides of a comparison: "twice as much … as", "double what", "three times
 * as many … as", "half as much", "a third of what", "three times more than".
 */
const RATIO = new RegExp(
  `\\b(?:(twice|double|half)|(${CARDINALS}|\\d+(?:\\.\\d+)?)\\s+times|(?:(${CARDINALS})[\\s-]+)?(${DENOMINATORS}))\\s+(?:as\\s+(?!(?:a|an|the|of|to|in|on|at|for|by|part|well|soon|far)\\b)[a-z]+\\b|(?:of\\s+)?what\\b|(?:more|higher|greater|larger)\\s+than\\b|(?<=times\\s+)(?:more|higher|greater|larger|dearer)\\b)`,
  'gi',
);
/**
 * An earlier time a ratio's other side is dated by: a year or a decade, after a month's name or
 * not ("2020", "June 2023", "the 1990s").
 */
const EARLIER_YEAR = `(?:the\\s+)?(?:(?:${MONTHS})\\s+)?(?:1[89]\\d\\d|20\\d\\d)s?\\b`;
/**
 * After a ratio, its other side is the same subject earlier: "(as/what/than) it did in 2020",
 * "they cost before 2015", "what they paid for a fare in June 2022", "it was back in 2010" within
 * the clause; "twice as many towns … as in 2018", the subject between the ratio and its year.
 */
const EARLIER_LEVEL = new RegExp(
  `^[^.;:!?]{0,80}?\\b(?:(?:as|than|what)\\s+(?:it|they|we|you|he|she|one)\\s+(?:did|do|does|cost|paid|was|were|had(?:\\s+been)?|used\\s+to(?:\\s+\\w+)?|\\w+ed))` +
    // What was paid or spent for: "paid for a bus fare", "spent on a litre" (three words at most).
    `(?:\\s+(?:for|on)(?:\\s+[\\w-]+){1,3}?)?` +
    // "before" needs no year: "what they were before the dam was inaugurated" is its earlier level too.
    `\\s+(?:(?:back|just)\\s+)?(?:(?:in|before|until)\\s+${EARLIER_YEAR}|before\\b)` +
    `|^[^.;:!?\\d]{0,90}?\\bas(?:\\s+it\\s+was)?\\s+(?:in|before|until)\\s+${EARLIER_YEAR}`,
  'i',
);
/**
 * After a fraction, the same thing at an earlier time: "a twentieth of the cod they caught in the
 * 1980s", "a third of the fish it landed in 2015".
 */
const EARLIER_CATCH =
  /^[^.;:!?]{0,60}?\b(?:it|they|we|he|she)\s+(?:\w+ed|did|had|was|were|caught|took|made|won|paid|spent|got)\s+(?:(?:back|just)\s+)?(?:in|before|until)\s+(?:the\s+)?(?:1[89]\d\d|20\d\d)s?\b/i;
/**
 * A ratio between one year and an earlier one ("three times as many … in 2025 as in 2020"): the
 * same thing against its own earlier level, as "tripled between 2020 and 2025" is.
 */
const YEAR_AGAINST_YEAR = /^[^.;:!?]{0,80}?\bin\s+(1[89]\d\d|20\d\d)\s+(?:as|than)\s+(?:in\s+)?(1[89]\d\d|20\d\d)\b/i;
function laterYear(text: string): boolean {
  const years = YEAR_AGAINST_YEAR.exec(text);
  return years !== null && Number(years[1]) > Number(years[2]);
}
/** "since 2020", "since June 2023": the earlier time a change is counted from. */
const SINCE_YEAR = new RegExp(`\\bsince\\s+${EARLIER_YEAR}`, 'i');
/**
 * A ratio with no other side in its clause, counted since a year ("Since 2020, twice as many
 * mothers have become hesitant", "half as many ferries run today since 2015"): the same thing
 * against its level then, as "doubled since 2020" is. Not where "as" or "than" names another side
 * ("twice as many women as men since 2020").
 */
function sinceYear(text: string, index: number, length: number): boolean {
  const before =
    text
      .slice(0, index)
      .split(/[.;:!?]/)
      .pop() ?? '';
  const after = text.slice(index + length).split(/[.;:!?]/)[0];
  return (SINCE_YEAR.test(before) || SINCE_YEAR.test(after)) && !/\b(?:as|than)\b/i.test(after);
}

/**
 * The way a ratio against the same thing's earlier level moves it: "twice as many as it did in
 * 2010", "three times what they were in 2019" rise; "half as much as they did in 2015", "a tenth
 * of what it had been" fall. Undefined where the text has no such ratio.
 */
export function ratioChange(text: string): 'rise' | 'fall' | undefined {
  if (new RegExp(TIMES_EARLIER.source, 'i').test(text)) return 'rise';
  for (const match of text.matchAll(RATIO)) {
    const rest = text.slice(match.index!);
    if (!EARLIER_LEVEL.test(rest) && !laterYear(rest) && !sinceYear(text, match.index!, match[0].length)) continue;
    const word = match[1]?.toLowerCase();
    const value = word
      ? { twice: 2, double: 2, half: 0.5 }[word]!
      : match[2]
        ? cardinal(match[2])
        : (match[3] ? cardinal(match[3]) : 1) / DENOMINATOR[match[4].toLowerCase()];
    if (value > 1) return 'rise';
    if (value > 0 && value < 1) return 'fall';
  }
  return undefined;
}

/** A year after a word that dates ("since 2015", "in 2024"): read first, so "since 2015 to $1.2 trillion" is no range of money. */
const DATED_YEAR =
  /\b(?:since|in|from|until|till|before|after|during|between|throughout|by|of)\s+(1[89]\d\d|20\d\d)\b(?!\s*(?:%|per\s*cent|percent))/gi;
/**
 * A span of years as academic, fiscal and seasonal years are written: "2026/27", "2026-27",
 * "2026–2027". Both ends are years: the short end ("27") is no count of anything.
 */
const YEAR_SPAN = /\b((?:19|20)\d\d)\s?[/\-–]\s?(\d\d|(?:19|20)\d\d)\b(?![/\-–.]\d)/g;
const SCALE_WORD: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/**
 * "two and a half billion (pounds)", "one and a half per cent", "a quarter of a million",
 * "three-quarters of a billion": groups 1–2 a count and a half, 3–4 a fraction, 5 the scale
 * (none for a percentage), 6 a currency's name after it.
 */
const SCALED_FRACTION = new RegExp(
  `\\b(?:(${CARDINALS}|\\d+)\\s+and\\s+(a)\\s+half|(?:(${CARDINALS})[\\s-]+)?(${DENOMINATORS})\\s+of\\s+an?)` +
    `\\s+(?:(thousand|million|billion|trillion)\\b(?:\\s+([A-Za-zł]+))?|(?:per\\s*cent|percent|%))`,
  'gi',
);
/** Thousands grouped by spaces ("500 000", "1 200 000"). */
const SPACED_THOUSANDS = /(?<![\w.,])\d{1,3}(?: \d{3})+(?![\w.,]?\d)/g;
/** After an amount, the period of a rate: "an hour", "per week", "a year", "each month". */
const RATE_PERIOD =
  /^\s*(?:a|an|per|each|every|a\s+single)\s+(second|minute|hour|day|week|fortnight|month|year|decade)\b|^\s*\/\s*(hour|day|week|month|year)\b|^\s*(annually|yearly|daily|weekly|monthly|hourly)\b|^\s*every\s+(two|three|four|six|\d+)\s+(days|weeks|months|years)\b/i;
/** "of" and up to three words of what an amount is of, before a rate's period ("of plastic waste a year"). */
const OF_WHAT =
  /^\s+of\s+(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?=\s+(?:(?:a|an|per|each|every)\s+(?:second|minute|hour|day|week|fortnight|month|year|decade)\b(?!\s+(?:ago|earlier|later|before|after))|(?:annually|yearly|daily|weekly|monthly|hourly)\b))/iu;
const PERIOD_OF: Record<string, string> = {
  annually: 'year',
  yearly: 'year',
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  hourly: 'hour',
};

const cardinal = (word: string) => CARDINAL[word.toLowerCase()] ?? Number(word.replace(/,/g, ''));

/** The figures in `text` (tokens from `tokenize(text, offset)`), in the order they stand. */
export function readFigures(text: string, tokens: Token[], offset = 0): Figure[] {
  const figures: Figure[] = [];
  const taken = (start: number, end: number) => figures.some((f) => f.start < end && start < f.end);
  const add = (figure: Figure) => {
    if (!taken(figure.start, figure.end)) figures.push(figure);
  };
  // A day of the month ("on 3 February 2025", "March 3") dates the saying; it is no figure of the claim.
  for (const match of text.matchAll(DAY_OF_MONTH)) {
    const at = offset + match.index! + match[0].search(/\d/);
    // Held as a placeholder, so the numbers below do not read it, and dropped at the end.
    figures.push({ kind: 'year', value: Number.NaN, start: at, end: at + (match[1] ?? match[2]).length });
  }
  // "a decade and a half", "two and a half years": a duration and a half.
  for (const match of text.matchAll(AND_A_HALF)) {
    const count = cardinal(match[1] ?? match[3]);
    const unit = (match[2] ?? match[4]).toLowerCase().replace(/(?:ies|s)$/, (end) => (end === 'ies' ? 'y' : ''));
    if (count > 0)
      add({
        kind: 'amount',
        value: count + 0.5,
        unit,
        start: offset + match.index!,
        end: offset + match.index! + match[0].length,
      });
  }
  for (const match of text.matchAll(DATED_YEAR)) {
    const at = offset + match.index! + match[0].length - 4;
    add({ kind: 'year', value: Number(match[1]), start: at, end: at + 4 });
  }
  for (const match of text.matchAll(YEAR_SPAN)) {
    const first = Number(match[1]);
    const second = match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
    if (!(second > first)) continue;
    const start = offset + match.index!;
    add({ kind: 'year', value: first, start, end: start + 4 });
    add({
      kind: 'year',
      value: second,
      start: start + match[0].length - match[2].length,
      end: start + match[0].length,
    });
  }
  for (const match of text.matchAll(TIMES_EARLIER)) {
    const word = match[1].toLowerCase();
    const n = match[2]
      ? cardinal(match[2])
      : (({ triple: 3, treble: 3, quadruple: 4 } as Record<string, number>)[word] ?? 2);
    if (n > 1) add({ ...share(n - 1, offset + match.index!, match[0].length), frame: true });
  }
  for (const match of text.matchAll(RATIO)) {
    const word = match[1]?.toLowerCase();
    const value = word
      ? { twice: 2, double: 2, half: 0.5 }[word]!
      : match[2]
        ? cardinal(match[2])
        : (match[3] ? cardinal(match[3]) : 1) / DENOMINATOR[match[4].toLowerCase()];
    const start = offset + match.index!;
    // "costs three times what it did in 2010", "pay twice as much for a ride as they did in
    // 2020": the same thing against its own earlier level, a rise as "tripled" is.
    // "half as much fish as they did in 2015", "a tenth of what it had been in 2008": a fall of
    // the rest, as "halved" is a fall of half.
    const earlier =
      EARLIER_LEVEL.test(text.slice(match.index!)) ||
      laterYear(text.slice(match.index!)) ||
      sinceYear(text, match.index!, match[0].length);
    if (value > 1 && earlier) add({ ...share(value - 1, start, match[0].length), frame: true });
    if (value < 1 && earlier) add({ ...share(1 - value, start, match[0].length), frame: true });
    if (value > 0) add({ kind: 'ratio', value, start, end: start + match[0].length, frame: true });
  }
  // "two and a half billion pounds", "one and a half million", "a quarter of a million": a
  // number and a fraction of a scale, before the readers below take its first word alone.
  for (const match of text.matchAll(SCALED_FRACTION)) {
    const [whole, count, half, n, part, scale, unit] = match;
    const value =
      (half !== undefined
        ? cardinal(count) + 0.5
        : (n ? cardinal(n) : 1) / DENOMINATOR[part.replace(/-/g, '').toLowerCase()]) *
      (scale ? SCALE_WORD[scale.toLowerCase()] : 1);
    const start = offset + match.index!;
    if (!Number.isFinite(value) || value <= 0) continue;
    if (!scale) add(share(value / 100, start, whole.length));
    else {
      const currency = unit ? currencyNamed(unit) : undefined;
      // A word after the scale that is no currency ("a million homes") is what it counts, not the figure.
      const kept = currency || !unit ? whole : whole.slice(0, whole.length - unit.length);
      add({ kind: 'amount', value, unit: currency, currency, start, end: start + kept.trimEnd().length });
    }
  }
  // Shares counted out of a whole, before the sums and counts they are written with ("Rs 6 of every Rs 10").
  for (const match of text.matchAll(ONE_IN)) {
    const { n, what, d } = match.groups!;
    const [part, whole] = [cardinal(n), cardinal(d)];
    if (!(whole > part && part > 0)) continue;
    const start = offset + match.index!;
    const unit = what?.toLowerCase().replace(/s$/, '');
    const longer = unit ? IN_LONGER[unit] : undefined;
    if (longer && longer[0] === whole) {
      // "16 hours out of every 24": a span of the longer unit, as "16 hours a day" writes it.
      const split = match[0].indexOf(what!) + what!.length;
      add({ kind: 'amount', value: part, unit, start, end: start + split });
      add({ kind: 'amount', value: 1, unit: longer[1], start: start + split, end: start + match[0].length });
    } else add(share(part / whole, start, match[0].length));
  }
  for (const match of text.matchAll(OF_EVERY)) {
    const { d, between, n } = match.groups!;
    const [part, whole] = [cardinal(n), cardinal(d)];
    if (!(whole > part && part > 0)) continue;
    const start = offset + match.index!;
    add(
      share(part / whole, start, match[0].length - between.length - match[0].slice(match[0].lastIndexOf(',')).length),
    );
  }
  // Sums with a currency, however written ("PLN 1,780", "10 mld zł", "two euros fifty"): text/money.ts.
  for (const money of readMoney(text, offset))
    add({
      kind: 'amount',
      value: money.value,
      unit: money.currency,
      currency: money.currency,
      start: money.start,
      end: money.end,
    });
  for (const match of text.matchAll(SPACED_THOUSANDS)) {
    const start = offset + match.index!;
    add({ kind: 'amount', value: Number(match[0].replace(/ /g, '')), start, end: start + match[0].length });
  }
  for (const match of text.matchAll(FRACTION)) {
    // "half a million" is an amount, read below; "a decade and a half" a duration.
    if (/^\s+a\s+(?:million|billion|thousand|dozen)/i.test(text.slice(match.index! + match[0].length))) continue;
    if (
      /\band\s+(?:a\s+)?$/i.test(text.slice(0, match.index!)) ||
      (match[1] && /\band\s+$/i.test(text.slice(0, match.index!)))
    )
      continue;
    const n = match[1] ? cardinal(match[1]) : 1;
    const part = n / DENOMINATOR[match[2].toLowerCase()];
    // "a twentieth of the cod they caught in the 1980s": what is left of an earlier level, a fall of the rest.
    const rest = text.slice(match.index! + match[0].length);
    if (part < 1 && /^\s+of\s+(?:the|its|their)\b/i.test(rest) && EARLIER_CATCH.test(rest))
      add(share(1 - part, offset + match.index!, match[0].length));
    add(share(part, offset + match.index!, match[0].length));
  }
  for (const match of text.matchAll(TIMES_OVER)) {
    const n = cardinal(match[1]);
    if (n > 1) add(share(n - 1, offset + match.index!, match[0].length));
  }
  for (const match of text.matchAll(MULTIPLE)) {
    const key = Object.keys(MULTIPLE_SHARE).find((root) => match[1].toLowerCase().startsWith(root))!;
    add(share(MULTIPLE_SHARE[key], offset + match.index!, match[0].length));
  }
  for (const number of findNumbers(tokens, text.padStart(offset + text.length))) {
    const end = number.unitEnd ?? number.end;
    if (number.unit === 'percent') add({ kind: 'share', value: number.value / 100, start: number.start, end });
    else
      add({
        kind: 'amount',
        value: number.value,
        unit: number.unit,
        currency: currencyOf(
          text.slice(number.start - offset, end - offset + 24),
          number.unit,
          text.slice(number.start - offset, end - offset),
        ),
        start: number.start,
        end,
        tolerance: number.tolerance,
      });
  }
  for (const match of text.matchAll(YEAR))
    add({ kind: 'year', value: Number(match[1]), start: offset + match.index!, end: offset + match.index! + 4 });
  for (const match of text.matchAll(NUMERAL)) {
    const value = Number(match[0].replace(/,/g, ''));
    if (Number.isFinite(value))
      add({ kind: 'amount', value, start: offset + match.index!, end: offset + match.index! + match[0].length });
  }
  // A number that is part of a name ("COVID-19", "G7", "F-35") counts nothing.
  const named = (figure: Figure) =>
    /^\d/.test(text.slice(figure.start - offset)) && /\p{L}-?$/u.test(text.slice(0, figure.start - offset));
  return withRates(
    text,
    offset,
    figures.filter((figure) => !Number.isNaN(figure.value) && !named(figure)),
  );
}

/**
 * Amounts followed by a rate's period ("€13.50 an hour", "$7 per hour", "R350 a month") carry it
 * as `per`, their span taking it in; the period read as a figure of its own ("an hour" as one
 * hour) is dropped.
 */
function withRates(text: string, offset: number, figures: Figure[]): Figure[] {
  const periods = new Set<Figure>();
  for (const figure of figures) {
    if (figure.kind !== 'amount' || DURATION.test(figure.unit ?? '')) continue;
    let after = text.slice(figure.end - offset);
    // "42 hectares of coastline a month", "584,000 tonnes of plastic waste a year": the period after
    // what the amount is of.
    const of = figure.unit ? OF_WHAT.exec(after) : null;
    if (of && RATE_PERIOD.test(after.slice(of[0].length))) after = after.slice(of[0].length);
    const period = RATE_PERIOD.exec(after);
    if (!period) continue;
    const from = figure.end + (of && after !== text.slice(figure.end - offset) ? of[0].length : 0);
    // "every two months": a rate per one month of half the amount, for comparing with other periods.
    const per =
      period[1] ?? period[2] ?? (period[3] ? PERIOD_OF[period[3].toLowerCase()] : period[5].replace(/s$/, ''));
    if (period[4]) figure.every = cardinal(period[4]);
    const end = from + period[0].length;
    for (const other of figures) if (other !== figure && other.start >= from && other.end <= end) periods.add(other);
    figure.per = per.toLowerCase();
    // The span takes the period in (what it is of stays topic: `wordsOnly` leaves words that write no figure).
    figure.end = end;
  }
  return figures.filter((figure) => !periods.has(figure)).sort((a, b) => a.start - b.start);
}

/** Dollars by the country's prefix, code or name; the rest by the reader's unit. */
const DOLLARS: [RegExp, string][] = [
  [/^(?:A|AU)\$|\bAUD\b|\bAustralian dollars?\b/, 'aud'],
  [/^NZ\$|\bNZD\b|\bNew Zealand dollars?\b/, 'nzd'],
  [/^(?:C|CA|CAN)\$|\bCAD\b|\bCanadian dollars?\b/, 'cad'],
  [/^(?:US|U\.S\.)\$|\bUSD\b|\b(?:US|U\.S\.|American) dollars?\b/, 'usd'],
  [/^(?:S|SG)\$|\bSGD\b|\bSingapore dollars?\b/, 'sgd'],
  [/^HK\$|\bHKD\b|\bHong Kong dollars?\b/, 'hkd'],
];
const CURRENCY_UNITS = /^(?:gbp|eur|usd|aud|cad|nzd|zar|inr|sek|nok|dkk|chf|jpy|cny|sgd|hkd)$/;

/** The currency of an amount written `written` (its text and a few words after), read as `unit`. */
function currencyOf(written: string, unit: string, span = ''): string | undefined {
  if (!CURRENCY_UNITS.test(unit)) {
    if (!isCurrency(unit)) return undefined;
    // "sixteen trillion pesos", "five hundred rupees": a family's name with no sign and no
    // country's adjective before it ("Philippine pesos") may be any member, as "350,000 pesos"
    // is to the money reader; the quantity reader's code is only the family's first member.
    const words = span.trim().split(/\s+/);
    const family = currencyOfName(words[words.length - 1] ?? '');
    const before = words[words.length - 2] ?? '';
    if (
      family &&
      !isCurrencyCode(family) &&
      sameCurrency(family, unit) &&
      !/^\p{Lu}/u.test(before) &&
      !/[^\p{L}\d\s.,'’-]/u.test(span)
    )
      return family;
    return unit;
  }
  if (!/^(?:usd|aud|cad|nzd|sgd|hkd)$/.test(unit)) return unit;
  const head = written.trimStart();
  for (const [pattern, code] of DOLLARS) if (pattern.test(head)) return code;
  return /\$|\bdollars?\b/i.test(head) ? 'dollar' : unit;
}

/** Two currencies that cannot be one: both named, and neither the other nor of its family (a "$" may be any dollar). */
function otherCurrency(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && !sameCurrency(a, b);
}

function share(value: number, start: number, length: number): Figure {
  return { kind: 'share', value, start, end: start + length };
}

/** Same figure: shares within a point and a half ("a third" is 33 per cent), amounts as printed, years exactly. */
export function sameFigure(a: Figure, b: Figure): boolean {
  // "on 2019 levels" reads 2019 as an amount of levels: still the year 2019.
  if (a.kind !== b.kind) return yearLike(a, b) || yearLike(b, a);
  if (a.kind === 'year') return a.value === b.value;
  // Within a tenth of each other too: one in 10,000 is not one in 1,000.
  if (a.kind === 'share')
    return Math.abs(a.value - b.value) <= Math.min(0.015, 0.1 * Math.max(Math.abs(a.value), Math.abs(b.value)));
  if (a.kind === 'ratio') return Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value);
  // A$15 billion is not US$15 billion; a bare "$" may be either.
  if (otherCurrency(a.currency, b.currency)) return false;
  // "€13.50 an hour" is not €13.50 a week, but "Rs 5,000 a month" is "Rs 60,000 a year"; a rate and a
  // bare amount may be the same one written twice.
  if (a.per && b.per && (a.per !== b.per || (a.every ?? 1) !== (b.every ?? 1))) {
    const [x, y] = [perYear(a), perYear(b)];
    return x !== undefined && y !== undefined && Math.abs(x - y) <= 0.05 * Math.max(x, y);
  }
  if (a.unit && b.unit && DURATION.test(a.unit) && DURATION.test(b.unit)) {
    // By the calendar: "24 months" is "two years", "52 weeks" a year, "a decade" ten years.
    const [x, y] = [inDays(a), inDays(b)];
    if (x !== undefined && y !== undefined) return Math.abs(x - y) <= 0.01 * Math.max(x, y);
    return sameQuantity({ value: a.value, unit: a.unit }, { value: b.value, unit: b.unit });
  }
  // "2 GW" is "2,000 megawatts": a measure with a metric prefix is compared in its base unit.
  const [x, y] = [inBaseUnit(a), inBaseUnit(b)];
  if (x && y) {
    if (x.base !== y.base) return false;
    a = { ...a, value: x.value, tolerance: a.tolerance && a.tolerance * x.factor };
    b = { ...b, value: y.value, tolerance: b.tolerance && b.tolerance * y.factor };
  }
  const slack = Math.max(a.tolerance ?? 0, b.tolerance ?? 0, 1e-9 * Math.max(1, Math.abs(a.value)));
  // A round figure's tolerance ("€1 billion" within half a billion) is for rounding, not for another
  // amount: €650 million is not "€1 billion". Within a tenth of each other as well.
  const largest = Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) <= slack && Math.abs(a.value - b.value) <= 0.1 * largest;
}

/** Metric prefixes of the measures claims restate in another prefix: power (watts) and energy (watt-hours). */
const PREFIX: Record<string, number> = { k: 1e3, kilo: 1e3, m: 1e6, mega: 1e6, g: 1e9, giga: 1e9, t: 1e12, tera: 1e12 };
const PREFIXED_UNIT = /^(k|kilo|m|mega|g|giga|t|tera)(w|watts?|wh|watt-?hours?)$/;

/** An amount of power or energy in watts or watt-hours ("2 GW" is 2e9 W), or undefined for any other unit. */
function inBaseUnit(figure: Figure): { value: number; base: string; factor: number } | undefined {
  const match = PREFIXED_UNIT.exec(figure.unit ?? '');
  if (!match) return undefined;
  const factor = PREFIX[match[1]];
  return { value: figure.value * factor, base: /h/.test(match[2]) ? 'wh' : 'w', factor };
}

/** Days in a calendar unit of time, for a span restated in another unit ("24 months" for "two years"). */
const DAYS: Record<string, number> = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 365.25 / 12,
  year: 365.25,
  decade: 3652.5,
  century: 36525,
};

function inDays(figure: Figure): number | undefined {
  const unit = (figure.unit ?? '').replace(/ies$/, 'y').replace(/s$/, '');
  return DAYS[unit] === undefined ? undefined : figure.value * DAYS[unit];
}

/** Periods in a year, for a rate restated over another period. */
const PER_YEAR: Record<string, number> = { year: 1, month: 12, week: 52, fortnight: 26, day: 365 };
/** Periods of the clock in a year: a count of events runs round the clock ("a child every hour" is 24 a day). */
const CLOCK_PER_YEAR: Record<string, number> = { hour: 365 * 24, minute: 365 * 24 * 60 };

/**
 * A rate's amount over a year, or undefined for a period that does not divide it plainly. A sum of
 * money an hour is a wage for the hours worked, not for every hour of the day ("€13.50 an hour" is
 * no daily or yearly sum); a count an hour or a minute (deaths, births, arrivals) runs round the clock.
 */
function perYear(figure: Figure): number | undefined {
  const per = figure.per ?? '';
  const times = PER_YEAR[per] ?? (figure.currency === undefined ? CLOCK_PER_YEAR[per] : undefined);
  return times === undefined ? undefined : (figure.value * times) / (figure.every ?? 1);
}

function yearLike(year: Figure, other: Figure): boolean {
  return (
    year.kind === 'year' &&
    other.kind === 'amount' &&
    other.value === year.value &&
    Number.isInteger(other.value) &&
    other.value >= 1800 &&
    other.value < 2100 &&
    !CURRENCY.test(other.unit ?? '')
  );
}
const CURRENCY = /^(?:gbp|eur|usd|sek|cad|aud|nok|dkk|chf|jpy|cny|inr|pence|cent)/;

/**
 * How many of the claim's figures the draft repeats, and whether the draft states a different
 * claim: another figure of a kind the claim has and the draft does not repeat (29 per cent for
 * "more than half", 2021 for 2022), or figures of its own and none of the claim's.
 */
export function compareFigures(
  claim: Figure[],
  draft: Figure[],
  claimYears: number[] = [],
): { shared: number; conflict: boolean } {
  const matched = claim.filter((figure) => draft.some((other) => sameFigure(figure, other)));
  const unmatchedDraft = draft.filter((figure) => !claim.some((other) => sameFigure(figure, other)));
  const years = unmatchedDraft.filter(
    (figure) => figure.kind === 'year' || yearLike({ ...figure, kind: 'year' }, figure),
  );
  // Another period: a year beside the claim's ("between 2014 and 2023" for "in 2023"), or an
  // undated claim ("Sweden spends …") pinned to a year other than the one it was made in.
  // The claim's own year and the one before it (a claim made in spring is often about last year's figures).
  const own = (year: number) => claimYears.some((made) => year === made || year === made - 1);
  if (years.length && (claim.some((figure) => figure.kind === 'year') || !years.every((y) => own(y.value))))
    return { shared: matched.length, conflict: true };
  // The claim's figure is its point: a draft that repeats none of them while giving its own (an
  // amount where the claim has a share) is about something else.
  const conflict =
    claim.some((figure) => !matched.includes(figure) && unmatchedDraft.some((other) => other.kind === figure.kind)) ||
    (claim.length > 0 && matched.length === 0 && unmatchedDraft.length > 0) ||
    // A share of a group the claim does not give ("nine in ten patients … within 20 hours" for an
    // average wait of 20 hours): another measure.
    (unmatchedDraft.some((figure) => figure.kind === 'share') && !claim.some((figure) => figure.kind === 'share'));
  return { shared: matched.length, conflict };
}
