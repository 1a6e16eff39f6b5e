/**
 * Quantities in text: money with currency and scale (`£16bn`, `$1.2 million`, `NOK 3.5bn`,
 * `16 billion kroner`), percentages (`3.6 per cent`, `45%`), percentage points and basis points,
 * counts of any noun (`three meetings`, `12 councillors`), durations, and number words (`two
 * dozen`, `half a million`, `one hundred and twenty`). One reader for the draft and the corpus, so
 * a record's quantities and a draft's are read by the same rules.
 *
 * Units are canonical strings: a lower-case ISO 4217 code for money (`gbp`, `usd`, `nok`),
 * `percent`, `percentage-point` (basis points are hundredths of one), the corpus's own counted
 * nouns (`drone`, `troop`, `person`, `nation`, `point`, durations), otherwise the counted noun in
 * the singular (`meeting`, `councillor`). Empty when a number counts nothing named.
 */
import { isPossessive, type Token } from './tokens';
import { SMALL } from './numberWords';
import {
  AMBIGUOUS_NAMES,
  LETTER_PREFIXES,
  SIGNS,
  codeOf,
  currencyOfName,
  familyOf,
  isCurrencyCode,
  membersOf,
  moneyNumeral,
  nationalMember,
  symbolCurrency,
} from './money';

export { SMALL };

export interface Quantity {
  value: number;
  unit: string;
  /** Offsets of the numeral (with its currency symbol or code), which a fix replaces. */
  start: number;
  end: number;
  /** Written in words ("three"), so a fix can answer in kind. */
  inWords: boolean;
  /** End of the unit ("minutes", "per cent", "%"), when there is one. */
  unitEnd?: number;
  /** "about", "nearly", "more than": the figure is not exact (see `sameQuantity`). */
  approx?: 'about' | 'above' | 'below';
  /**
   * Written with a bare "$" (read as US dollars): in a Canadian or Australian newsroom's copy it is
   * the local dollar, so a record in one dollar only (C$, A$ …) is compared in that dollar.
   */
  bareDollar?: boolean;
  /**
   * The currency was named by a word or sign that several countries use ("pesos", "kroner",
   * "rupees", a bare "$"): its family (money.ts, `familyOf`). A record giving amounts in
   * exactly one currency of that family is compared in that currency (see inRecordDollars).
   */
  currencyFamily?: string;
  /** Half a unit of the last printed digit times the scale: "£16bn" is 16bn ± 0.5bn, as rounded print. */
  tolerance?: number;
  /**
   * A line to cross, not a measure: "fall below 7 per cent", "exceed £2bn", "stay under 2%". Only
   * another threshold can contradict it; "rates averaged 7.6 per cent" does not.
   */
  threshold?: boolean;
}

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
  trn: 1e12,
  tn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  crore: 1e7,
  crores: 1e7,
};

/**
 * Every word the quantity reader takes as (part of) a number: "one" … "ninety", "hundred" …
 * "trillion", "bn", "lakh", "dozen". The checker weighs them as slots, never as topic.
 */
export const NUMBER_WORDS: readonly string[] = [...Object.keys(SMALL), ...Object.keys(SCALES), 'dozen'];
/** Scale suffixes glued to digits ("16bn", "1.2m", "5k", "Rs70tr"), as a regular-expression alternation: money style. */
const GLUED_SUFFIXES = 'bn|mn|m|k|tn|trn|tr|b|cr';
/** Scale suffixes glued to digits ("16bn", "1.2m", "5k"). */
const GLUED_SCALE = new RegExp(`^(\\d[\\d,]*(?:\\.\\d+)?)(${GLUED_SUFFIXES})$`);
/** "14pc", "2.5pct": per cent glued to the digits, as British and South African copy prints it. */
const GLUED_PERCENT = /^(\d[\d,]*(?:\.\d+)?)(?:pc|pct)$/;
/** Also spaced after money only ("$5 m", "Rs 1,850 cr"): elsewhere "cr" may open a model name ("CR-220"). */
const GLUED_SCALES: Record<string, number> = {
  bn: 1e9,
  b: 1e9,
  mn: 1e6,
  m: 1e6,
  k: 1e3,
  tn: 1e12,
  trn: 1e12,
  tr: 1e12,
  cr: 1e7,
  crs: 1e7,
  // Spanish and Turkish scales a paraphrase keeps after money ("$3.000 millones", "₺400 milyar").
  millones: 1e6,
  milyon: 1e6,
  milyar: 1e9,
};

/** True for a money unit: every currency the reader knows is a lower-case ISO 4217 code (money.ts). */
export function isMoneyUnit(unit: string): boolean {
  return isCurrencyCode(unit);
}

/** The ISO code a currency's name after a figure stands for ("kroner" is "nok", "dollars" "usd"), or undefined. */
function currencyWord(norm: string): string | undefined {
  const currency = currencyOfName(norm);
  return currency === undefined ? undefined : codeOf(currency);
}

/** Letter prefixes glued to the amount ("Rp5,600", "KSh1,150", "TL400bn", "Rs70tr"), longest first. */
const GLUED_PREFIX = new RegExp(
  `^(${Object.keys(LETTER_PREFIXES)
    .filter((prefix) => /^[A-Za-z]+$/.test(prefix))
    .sort((a, b) => b.length - a.length)
    .join('|')})(\\d[\\d,.]*(?:${GLUED_SUFFIXES})?)$`,
);

/** Counted nouns folded to the corpus's units (the bundled corpus's conventions, see corpus-format.md). */
const UNIT_SYNONYMS: Record<string, string> = {
  troop: 'troop',
  soldier: 'troop',
  army: 'troop',
  strong: 'troop',
  personnel: 'troop',
  force: 'troop',
  country: 'nation',
  member: 'nation',
  state: 'nation',
  nation: 'nation',
  people: 'person',
  person: 'person',
  ukrainian: 'person',
  civilian: 'person',
  resident: 'person',
  citizen: 'person',
  individual: 'person',
  adviser: 'person',
  advisor: 'person',
  aide: 'person',
  min: 'minute',
  mins: 'minute',
  hr: 'hour',
  hrs: 'hour',
  yr: 'year',
  yrs: 'year',
  percent: 'percent',
  pct: 'percent',
  '%': 'percent',
};
const DURATIONS: Record<string, number> = {
  second: 1 / 60,
  minute: 1,
  hour: 60,
  day: 1_440,
  week: 10_080,
  fortnight: 20_160,
  month: 43_200,
  year: 525_600,
  decade: 5_256_000,
};
/** Words between a number and its noun that describe rather than name it ("three more meetings"). */
const MODIFIERS = new Set(
  'more new extra additional other further straight consecutive successive separate different full whole total final first last previous next remaining'.split(
    ' ',
  ),
);
/** Words that end the search for a counted noun. */
const STOP = new Set(
  'a an the of in on at by for with from to and or but as than that this these those is are was were be been will would has have had which who per each every it its their his her our your said says told after before over under about since while when if'.split(
    ' ',
  ),
);
const APPROX: [string[], Quantity['approx']][] = [
  [['about'], 'about'],
  [['around'], 'about'],
  [['roughly'], 'about'],
  [['approximately'], 'about'],
  [['some'], 'about'],
  [['circa'], 'about'],
  [['close', 'to'], 'about'],
  [['an', 'estimated'], 'about'],
  [['nearly'], 'below'],
  [['almost'], 'below'],
  [['under'], 'below'],
  [['less', 'than'], 'below'],
  [['fewer', 'than'], 'below'],
  [['up', 'to'], 'below'],
  [['just', 'under'], 'below'],
  [['below'], 'below'],
  [['over'], 'above'],
  [['more', 'than'], 'above'],
  [['at', 'least'], 'above'],
  [['upwards', 'of'], 'above'],
  [['just', 'over'], 'above'],
  [['above'], 'above'],
  [['exceeding'], 'above'],
];

/**
 * Volumes of water and gas written with their scale in the abbreviation (the energy and water
 * trades' "bcm", "mcm"): the scale, and the unit "cubic metres" reads as (its last word, as
 * `canonicalUnit` takes it).
 */
const VOLUME_ABBREVIATIONS: Record<string, [number, string]> = {
  bcm: [1e9, 'metre'],
  mcm: [1e6, 'metre'],
  tcm: [1e12, 'metre'],
};

/** A counted noun in the singular, folded to the corpus's unit for it. */
export function canonicalNoun(word: string): string {
  const lower = word.toLowerCase();
  if (UNIT_SYNONYMS[lower]) return UNIT_SYNONYMS[lower];
  const currency = currencyWord(lower);
  if (currency) return currency;
  if (isCurrencyCode(lower)) return lower;
  const singular = singularOf(lower);
  return UNIT_SYNONYMS[singular] ?? singular;
}

/**
 * Plurals no suffix rule undoes ("47 lives" counts what a corpus file calls `life`): without them
 * the draft's unit ("live") and the record's ("life") never meet, and a wrong count goes unchecked.
 */
const IRREGULAR_PLURALS: Record<string, string> = {
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  shelves: 'shelf',
  wolves: 'wolf',
  calves: 'calf',
  loaves: 'loaf',
  thieves: 'thief',
  men: 'man',
  women: 'woman',
  children: 'child',
};

/** "meetings" → "meeting", "councillies" → "councilly", "buses" → "bus", "lives" → "life"; unchanged when already singular. */
function singularOf(word: string): string {
  if (word === 'people') return 'person';
  if (IRREGULAR_PLURALS[word]) return IRREGULAR_PLURALS[word];
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh|us)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function isPlural(word: string): boolean {
  return word === 'people' || singularOf(word) !== word;
}

/**
 * The canonical form of a unit as a corpus file may give it (`GBP`, `pounds`, `%`, `per cent`,
 * `percentage points`, `bps`, `people`), with the factor its values take: basis points become
 * hundredths of a percentage point.
 */
export function canonicalUnit(unit: string): { unit: string; factor: number } {
  const lower = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  if (lower === '') return { unit: '', factor: 1 };
  if (['%', 'per cent', 'percent', 'pc', 'pct', 'percentage'].includes(lower)) return { unit: 'percent', factor: 1 };
  if (/^(?:percentage[- ]points?|pp|ppt|pts?)$/.test(lower)) return { unit: 'percentage-point', factor: 1 };
  if (/^(?:basis[- ]points?|bps?|bp)$/.test(lower)) return { unit: 'percentage-point', factor: 0.01 };
  for (const [symbol, currency] of SIGNS) if (lower === symbol) return { unit: codeOf(currency), factor: 1 };
  const prefixed = symbolCurrency(unit.trim()) ?? symbolCurrency(unit.trim().toUpperCase());
  if (prefixed) return { unit: codeOf(prefixed), factor: 1 };
  return { unit: canonicalNoun(lower.replace(/-/g, ' ').split(' ').pop() ?? lower), factor: 1 };
}

/** Durations compare across units (an hour is 60 minutes); money only within one currency. */
/** Dollar currencies a bare "$" may stand for. */
/**
 * A draft's bare "$" figures in the record's own dollar, when the record gives amounts in exactly
 * one dollar currency other than US dollars ("$54 million" against "C$45 million"); the rest as
 * they are.
 */
export function inRecordDollars<T extends Quantity>(numbers: T[], recorded: { unit: string }[]): T[] {
  if (!numbers.some((n) => n.currencyFamily)) return numbers;
  return numbers.map((n) => {
    if (!n.currencyFamily) return n;
    const family = membersOf(n.currencyFamily);
    // "4.2 billion pesos" beside a record in Colombian pesos (COP) is read in COP.
    const units = new Set(recorded.map((r) => r.unit).filter((unit) => family.includes(unit)));
    if (units.size !== 1 || units.has(n.unit)) return n;
    const [unit] = units;
    return { ...n, unit };
  });
}

/**
 * Nouns that count people of one kind: a record's plain count of people ("120 of our people", unit
 * `person`) is the same figure as the draft's "120 workers". Two kinds are not one another
 * ("300 passengers" are not "300 workers"): only `person` against one of these.
 */
const PEOPLE_NOUNS = new Set(
  (
    'worker employee staff staffer labourer laborer passenger patient student pupil teacher nurse doctor ' +
    'voter customer tourist visitor migrant refugee victim child children adult inhabitant volunteer spectator fan'
  ).split(' '),
);

/** One unit is people in general and the other people of a kind (see PEOPLE_NOUNS). */
function peopleOfAKind(a: string, b: string): boolean {
  return (a === 'person' && PEOPLE_NOUNS.has(b)) || (b === 'person' && PEOPLE_NOUNS.has(a));
}

export function comparableUnits(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  return a === b || Boolean(DURATIONS[a] && DURATIONS[b]) || peopleOfAKind(a, b);
}

/** Two figures hedged alike ("about 2,000", "around 2,040") are the same within this share. */
const SAME_HEDGE_SLACK = 0.025;

/**
 * The same quantity? Same unit (durations converted to minutes) and the same value, where "the
 * same" allows for how the figure was printed: rounding to the printed precision (£16bn for
 * £16.4bn), and a hedge's range ("about" ±15%, "nearly"/"under" 50–105%, "more than" 95–200%).
 */
export function sameQuantity(
  a: { value: number; unit: string; approx?: Quantity['approx']; tolerance?: number },
  b: { value: number; unit: string; approx?: Quantity['approx']; tolerance?: number },
): boolean {
  let x = a.value;
  let y = b.value;
  if (DURATIONS[a.unit] && DURATIONS[b.unit]) {
    x *= DURATIONS[a.unit];
    y *= DURATIONS[b.unit];
  } else if (a.unit !== b.unit && !peopleOfAKind(a.unit, b.unit)) return false;
  if (Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) return true;
  // Both hedged the same way ("around 40 per cent" against "around 45 per cent"): the hedge is the
  // speaker's, not room for the reporter to move the figure; only the printing may differ a little.
  if (a.approx && a.approx === b.approx)
    return Math.abs(x - y) <= SAME_HEDGE_SLACK * Math.max(Math.abs(x), Math.abs(y));
  const within = (hedged: typeof a, hedgedValue: number, other: number) => {
    const spread = (hedged.tolerance ?? 0) * (hedgedValue / hedged.value || 1) + 1e-9;
    if (hedged.approx === 'below') return other <= hedgedValue + 1e-9 && other >= hedgedValue - spread;
    if (hedged.approx === 'above') return other >= hedgedValue - 1e-9 && other <= hedgedValue + spread;
    return Math.abs(hedgedValue - other) <= spread;
  };
  return within(a, x, y) || within(b, y, x);
}

/** An ISO code glued to an amount, with any glued scale but crore's "cr" ("USD4bn", "VND8"). */
const GLUED_CODE = new RegExp(`^([A-Z]{3})(\\d[\\d,.]*)(${GLUED_SUFFIXES.replace('|cr', '')})?$`);

/**
 * The currency of an ISO code glued to the amount at `i` ("VND8 trillion", "USD4bn", "NGN25,000"),
 * lower case: only with a scale (glued or the next word) or grouped thousands, as the money reader
 * takes it, so letters and digits stay a name ("MAD2", "CAD3").
 */
function gluedCode(tokens: Token[], i: number): string | undefined {
  const match = GLUED_CODE.exec(tokens[i].text);
  if (!match || !isCurrencyCode(match[1].toLowerCase())) return undefined;
  const scaled = match[3] !== undefined || (SCALES[tokens[i + 1]?.norm ?? ''] ?? 0) >= 1e6;
  return scaled || /^\d{1,3}(?:,\d{3})+$/.test(match[2]) ? match[1].toLowerCase() : undefined;
}

/**
 * The quantities among `tokens`, whose offsets point into `text` (the symbols and "%" between
 * words are read from it). Calendar years (a bare 1900–2100), "Article 5", "No. 10" and ordinals
 * are not counts and are skipped; so is a lone "one" or "a" that counts nothing.
 */
export function findQuantities(tokens: Token[], text: string): Quantity[] {
  const found: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "Rp5,600": the currency's letters glued to the amount are read off before the number.
    const glued = GLUED_PREFIX.exec(tokens[i].text);
    const gluedUnit = glued ? codeOf(LETTER_PREFIXES[glued[1]]) : undefined;
    const code = glued ? undefined : gluedCode(tokens, i);
    let parsed = parseNumberAt(tokens, i);
    if (glued || code) {
      const offset = glued ? glued[1].length : 3;
      const amount = {
        ...tokens[i],
        text: tokens[i].text.slice(offset),
        norm: tokens[i].norm.slice(offset),
        start: tokens[i].start + offset,
      };
      parsed = parseNumberAt([...tokens.slice(0, i), amount, ...tokens.slice(i + 1)], i);
    }
    if (!parsed) continue;
    const { lastToken, inWords } = parsed;
    let { value } = parsed;
    const previous = tokens[i - 1]?.norm;
    if (
      previous === 'article' ||
      previous === 'no' ||
      previous === 'number' ||
      previous === 'section' ||
      previous === 'chapter'
    ) {
      i = lastToken;
      continue;
    }
    let start = tokens[i].start;
    let end = tokens[lastToken].end;
    let unit: string | undefined;
    let unitEnd: number | undefined;
    let bareDollar = false;
    let currencyFamily: string | undefined;
    let next = lastToken + 1;
    let tolerance = parsed.tolerance;

    // Money: a symbol or code before, or a code or currency word after.
    const before = text.slice(Math.max(tokens[i - 1]?.end ?? 0, start - 4), start);
    const symbol = SIGNS.find(([mark]) => before.endsWith(mark) || before.trimEnd().endsWith(mark));
    if (symbol) {
      let code = codeOf(symbol[1]);
      // "US$", "MX$", "E£": the letters are a token of their own.
      const prefix = tokens[i - 1];
      const prefixed =
        prefix && prefix.end === text.lastIndexOf(symbol[0], start - 1)
          ? symbolCurrency(`${prefix.text}${symbol[0]}`)
          : undefined;
      if (prefixed) {
        code = codeOf(prefixed);
        start = prefix.start;
      } else {
        start = text.lastIndexOf(symbol[0].slice(-1), start - 1);
        bareDollar = symbol[0] === '$';
      }
      unit = code;
    } else if (
      tokens[i - 1] &&
      isCurrencyCode(tokens[i - 1].norm) &&
      /^[A-Z]{3}$/.test(tokens[i - 1].text) &&
      /^\s?$/.test(text.slice(tokens[i - 1].end, start))
    ) {
      unit = tokens[i - 1].norm;
      start = tokens[i - 1].start;
    } else if (code) {
      unit = code;
    } else if (gluedUnit) {
      unit = gluedUnit;
      // "Rs1,560", "Sh2,500": a family's prefix, read in the record's member where it has one.
      currencyFamily = familyOf(LETTER_PREFIXES[glued![1]]);
    } else if (tokens[i - 1]?.text === 'S' && /^\/\.?\s?$/.test(text.slice(tokens[i - 1].end, start))) {
      // The Peruvian sol's sign: "S/ 45 million", "S/.45".
      unit = 'pen';
      start = tokens[i - 1].start;
    } else if (
      tokens[i - 1] &&
      LETTER_PREFIXES[tokens[i - 1].text] &&
      /^\.?\s?$/.test(text.slice(tokens[i - 1].end, start))
    ) {
      unit = codeOf(LETTER_PREFIXES[tokens[i - 1].text]);
      currencyFamily = familyOf(LETTER_PREFIXES[tokens[i - 1].text]);
      start = tokens[i - 1].start;
    }
    // "$3.000 millones", "R$ 1.518": thousands grouped by dots, as the money reader reads them.
    const numeral = tokens[i].norm.slice(glued ? glued[1].length : code ? 3 : 0);
    if (unit && !inWords && parsed.scale === 1 && lastToken === i && /\.\d{3}$/.test(numeral)) {
      const grouped = moneyNumeral(numeral, bareDollar ? 'dollarsign' : (currencyFamily ?? unit), tokens[next]?.norm);
      if (grouped !== undefined && grouped !== Number(numeral) && parsed.value === Number(numeral)) {
        value = grouped * (value / Number(numeral));
        if (tolerance) tolerance *= grouped / Number(numeral);
      }
    }
    // A spelled-out scale after digits: "3.5 billion", "£16 bn", "$5 m" (m and k only after money).
    const scaleWord = tokens[next]?.norm;
    if (
      !inWords &&
      parsed.scale === 1 &&
      scaleWord &&
      (SCALES[scaleWord] >= 1000 || (unit && GLUED_SCALES[scaleWord]))
    ) {
      const scale = SCALES[scaleWord] ?? GLUED_SCALES[scaleWord];
      value *= scale;
      tolerance = (tolerance ?? 0.5) * scale;
      end = tokens[next].end;
      next++;
    }
    // The figure ends in a scale of a million or more ("11 trillion", "2bn", "one point two billion").
    const scaled = parsed.scale >= 1e6 || (next > i + 1 && (SCALES[tokens[next - 1].norm] ?? 0) >= 1e6);
    // "21 Egyptian pounds", "300 Kenyan shillings": a country's adjective picks the family's member.
    const member =
      !unit && tokens[next + 1] ? nationalMember(tokens[next]?.norm ?? '', tokens[next + 1].norm) : undefined;
    if (member) {
      unit = member;
      unitEnd = tokens[next + 1].end;
      next += 2;
    }
    if (!unit) {
      const after = tokens[next];
      if (after && (currencyWord(after.norm) || (isCurrencyCode(after.norm) && /^[A-Z]{3}$/.test(after.text)))) {
        // "real", "won" and "rand" are English words too: as currencies they are capitalised, or
        // come after a scale ("11 trillion won" has no other reading).
        if (!AMBIGUOUS_NAMES.has(after.norm) || /^[A-Z]/.test(after.text) || scaled) {
          unit = currencyWord(after.norm) ?? after.norm;
          currencyFamily = familyOf(after.norm);
          unitEnd = after.end;
          next++;
        }
      }
    }
    // Percentages and points.
    if (!unit) {
      const gap = text.slice(end, tokens[next]?.start ?? text.length);
      if (parsed.percent) {
        unit = 'percent';
        unitEnd = end;
      } else if (/^\s?%/.test(gap)) {
        unit = 'percent';
        unitEnd = text.indexOf('%', end) + 1;
      } else {
        const w1 = tokens[next]?.norm;
        const w2 = tokens[next + 1]?.norm;
        if (w1 === 'per' && w2 === 'cent') {
          unit = 'percent';
          unitEnd = tokens[next + 1].end;
        } else if (w1 === 'percent' || w1 === 'pc' || w1 === 'pct') {
          unit = 'percent';
          unitEnd = tokens[next].end;
        } else if (w1 === 'percentage' && (w2 === 'point' || w2 === 'points')) {
          unit = 'percentage-point';
          unitEnd = tokens[next + 1].end;
        } else if (w1 && VOLUME_ABBREVIATIONS[w1]) {
          // "74 bcm" is 74 billion cubic metres: the abbreviation carries its scale.
          const [scale, counted] = VOLUME_ABBREVIATIONS[w1];
          unit = counted;
          value *= scale;
          if (tolerance) tolerance *= scale;
          else tolerance = 0.5 * scale;
          unitEnd = tokens[next].end;
        } else if ((w1 === 'basis' && (w2 === 'point' || w2 === 'points')) || w1 === 'bps' || w1 === 'bp') {
          unit = 'percentage-point';
          value /= 100;
          if (tolerance) tolerance /= 100;
          unitEnd = tokens[w1 === 'basis' ? next + 1 : next].end;
        }
      }
    }
    // "one of the allies" picks one out; it counts nothing worth checking.
    if (!unit && value <= 1 && tokens[next]?.norm === 'of') {
      i = lastToken;
      continue;
    }
    if (!unit) {
      const counted = countedNounAfter(tokens, next, text, tokens[next - 1]);
      // "the 2026 budget totals": a calendar year qualifies the noun after it; a count of years'
      // worth of things ("2000 people") has its noun right after it.
      const yearLike =
        !inWords &&
        parsed.scale === 1 &&
        value >= 1900 &&
        value <= 2100 &&
        Number.isInteger(value) &&
        !/,/.test(tokens[i].text);
      if (counted && !(yearLike && counted.index !== next)) {
        unit = counted.unit;
        unitEnd = tokens[counted.index].end;
      }
    }
    // "two or three weeks", "between 3 and 4 per cent": the first number takes the unit of the second.
    if (!unit && ['or', 'to', 'and'].includes(tokens[next]?.norm ?? '')) {
      const second = parseNumberAt(tokens, next + 1);
      if (second) {
        const rest = findQuantities(tokens.slice(next + 1, Math.min(tokens.length, second.lastToken + 5)), text)[0];
        if (rest?.unit) {
          unit = rest.unit;
          unitEnd = rest.unitEnd;
        }
      }
    }
    const isYear =
      !inWords &&
      parsed.scale === 1 &&
      value >= 1900 &&
      value <= 2100 &&
      Number.isInteger(value) &&
      !/,/.test(tokens[i].text);
    if (isYear && !unit) {
      i = lastToken;
      continue;
    }
    if (unit === undefined && inWords && value <= 1 && tokens[i].norm !== 'an') {
      i = lastToken; // "one of the", "a": not a count worth checking
      continue;
    }
    // "£16bn a year", "three times a week": a rate, not a count of years.
    let skipTo = Math.max(lastToken, next - 1);
    if (unitEnd !== undefined) {
      while (
        skipTo + 1 < tokens.length &&
        tokens[skipTo + 1].end <= unitEnd &&
        parseNumberAt(tokens, skipTo + 1) === undefined
      )
        skipTo++;
    }
    if (
      tokens[skipTo + 1] &&
      (tokens[skipTo + 1].norm === 'a' || tokens[skipTo + 1].norm === 'per') &&
      DURATIONS[canonicalNoun(tokens[skipTo + 2]?.norm ?? '')]
    )
      skipTo += 2;
    // "35 votes to 31", "from 3.6 per cent to 3.85": the second of a pair takes the first's unit.
    const before1 = tokens[i - 1]?.norm;
    const previousQuantity = found[found.length - 1];
    if (
      !unit &&
      previousQuantity?.unit &&
      ['to', 'or', 'and'].includes(before1 ?? '') &&
      previousQuantity.unitEnd !== undefined &&
      tokens[i - 1] &&
      previousQuantity.unitEnd <= tokens[i - 1].start &&
      tokens[i - 1].start - previousQuantity.unitEnd <= 2
    ) {
      unit = previousQuantity.unit;
    }
    const quantity: Quantity = { value, unit: unit ?? '', start, end, inWords, unitEnd };
    const approx = approxBefore(tokens, i);
    if (approx) {
      quantity.approx = approx;
      // "about 800,000" spans a unit of its last significant digit (100,000); "some 25,700" only 100.
      // Small whole counts ("about two hours", "roughly 3 meetings") stay exact: a hedge is not a licence for another count.
      const small = Number.isInteger(value) && value < 20 && unit !== 'percent' && unit !== 'percentage-point';
      tolerance = small
        ? undefined
        : inWords
          ? value >= 100
            ? significantUnit(String(value))
            : undefined
          : significantUnit(tokens[i].norm) * (value / (parsed.value || 1));
    }
    if (tolerance) quantity.tolerance = tolerance;
    if (crossedAt(tokens, i)) quantity.threshold = true;
    if (bareDollar && quantity.unit === 'usd') {
      quantity.bareDollar = true;
      quantity.currencyFamily = 'dollar';
    } else if (currencyFamily && quantity.unit === codeOf(currencyFamily)) quantity.currencyFamily = currencyFamily;
    found.push(quantity);
    i = skipTo;
  }
  return found;
}

/** Verbs of movement that, before "below", "above" and the like, make the figure a line crossed or kept. */
const CROSSING_VERBS = new Set(
  (
    'fall falls fell fallen falling drop drops dropped dropping dip dips dipped dipping sink sinks sank sunk sinking ' +
    'slip slips slipped slipping rise rises rose risen rising climb climbs climbed climbing go goes went gone going ' +
    'stay stays stayed staying remain remains remained remaining keep keeps kept keeping push pushed pushing ' +
    'edge edges edged edging move moves moved moving get gets got getting come comes came coming'
  ).split(' '),
);
/** Verbs that name the crossing themselves: "exceed £2bn", "top 40 per cent", "breach 3%". */
const CROSSING_WORDS = new Set(
  'exceed exceeds exceeded exceeding surpass surpasses surpassed surpassing top tops topped topping breach breaches breached breaching'.split(
    ' ',
  ),
);

/** True when the number at `i` is a threshold: a crossing verb before it, or a movement verb and "below"/"above"/"under"/"over"/"beyond". */
function crossedAt(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm;
  if (before === undefined) return false;
  if (CROSSING_WORDS.has(before)) return true;
  if (!['below', 'above', 'under', 'over', 'beyond', 'past'].includes(before)) return false;
  return CROSSING_VERBS.has(tokens[i - 2]?.norm ?? '');
}

function approxBefore(tokens: Token[], i: number): Quantity['approx'] {
  for (const [words, kind] of APPROX) {
    if (words.every((word, k) => tokens[i - words.length + k]?.norm === word)) return kind;
  }
  return undefined;
}

/** The counted noun after a number: a known unit, else the first plural noun, else (for one) the first content word. */
function countedNounAfter(
  tokens: Token[],
  from: number,
  text: string,
  numberToken?: Token,
): { unit: string; index: number } | undefined {
  // "between 2017 and 2022, Ms Nguyen said": punctuation ends the number's phrase.
  if (numberToken && tokens[from] && /[,;:.!?()"\u201C\u201D]/.test(text.slice(numberToken.end, tokens[from].start)))
    return undefined;
  // "three of his advisers", "six of the nine counts": a part of a counted whole counts the same
  // thing; so does "24 of the agency’s 54 factories" (whose whole it is says nothing of what is counted).
  if (
    tokens[from]?.norm === 'of' &&
    ['his', 'her', 'their', 'its', 'the', 'our', 'my', 'your', 'those', 'these'].includes(tokens[from + 1]?.norm ?? '')
  ) {
    let k = from + 2;
    while (tokens[k] && k < from + 5 && isPossessive(tokens[k])) k++;
    if (tokens[k] && (SMALL[tokens[k].norm] !== undefined || /^\d/.test(tokens[k].norm))) k++;
    return countedNounAfter(tokens, k, text);
  }
  let firstContent: number | undefined;
  for (let k = from; k < tokens.length && k < from + 3; k++) {
    const norm = tokens[k].norm;
    // "in 2022, eight years after": the unit belongs to the nearer number.
    if (/^\d/.test(norm) || SMALL[norm] !== undefined) return undefined;
    if (k > from && /[,;:.!?()"\u201C\u201D]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    if (norm === 'long' || norm === 'old') return undefined;
    if (STOP.has(norm)) break;
    const canonical = canonicalNoun(norm);
    if (DURATIONS[canonical] || UNIT_SYNONYMS[norm]) return { unit: canonical, index: k };
    if (['drone', 'missile', 'point', 'percent'].includes(canonical)) return { unit: canonical, index: k };
    if (MODIFIERS.has(norm)) continue;
    if (isPlural(norm) && /^[\p{L}]/u.test(norm)) return headOfCompound(tokens, k, text);
    firstContent ??= k;
  }
  if (firstContent !== undefined) return { unit: canonicalNoun(tokens[firstContent].norm), index: firstContent };
  return undefined;
}

/**
 * The head of a compound whose first noun is itself plural ("tailings dams", "sales reps", "arms
 * deals"): English compounds name what is counted last, so the count is of dams, not tailings.
 * `k` is the first plural noun's token; the unit is the last of the plural nouns that follow it
 * without punctuation or a stop word between.
 */
function headOfCompound(tokens: Token[], k: number, text: string): { unit: string; index: number } {
  let head = k;
  while (
    tokens[head + 1] &&
    !/[,;:.!?()"\u201C\u201D]/.test(text.slice(tokens[head].end, tokens[head + 1].start)) &&
    !STOP.has(tokens[head + 1].norm) &&
    /^[\p{L}]/u.test(tokens[head + 1].norm) &&
    isPlural(tokens[head + 1].norm) &&
    !currencyWord(tokens[head + 1].norm) &&
    !DURATIONS[canonicalNoun(tokens[head + 1].norm)]
  )
    head++;
  return { unit: canonicalNoun(tokens[head].norm), index: head };
}

interface ParsedNumber {
  value: number;
  lastToken: number;
  inWords: boolean;
  /** The scale glued to the digits ("16bn": 1e9); 1 for none. */
  scale: number;
  /** "14pc": per cent glued to the digits. */
  percent?: boolean;
  tolerance?: number;
}

/** One unit of the numeral's last significant digit: "800,000" → 100,000; "25,700" → 100; "3.6" → 0.1. */
function significantUnit(numeral: string): number {
  const digits = numeral.replace(/,/g, '').replace(/[a-z]+$/, '');
  const decimals = /\.(\d+)$/.exec(digits)?.[1].length;
  if (decimals) return 10 ** -decimals;
  const zeros = /0*$/.exec(digits)?.[0].length ?? 0;
  return 10 ** Math.min(zeros, Math.max(0, digits.length - 1));
}

/** Half a unit of the numeral's last digit ("3.6" → 0.05; "16" → 0.5), for rounded print. */
function roundingOf(numeral: string): number {
  const decimals = /\.(\d+)$/.exec(numeral)?.[1].length ?? 0;
  return 0.5 * 10 ** -decimals;
}

/** A numeral grouped in thousands by dots: "2.000", "1.250.000". */
const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;

/** Words a decimal figure measures in ("1.000 seconds", "2.500 metres"): a dot before them is a decimal point. */
function isUnitWord(norm: string): boolean {
  return (
    Boolean(DURATIONS[canonicalNoun(norm)]) ||
    /^(?:percent|points?|goals?|runs?|metres|meters|kilometres|kilometers|miles|litres|liters|grams|kilograms)$/.test(
      norm,
    )
  );
}

function parseNumberAt(tokens: Token[], i: number): ParsedNumber | undefined {
  const token = tokens[i];
  if (!token) return undefined;
  if (/^\d[\d,]*(?:\.\d+)?$/.test(token.norm) || DOT_THOUSANDS.test(token.norm)) {
    let numeral = token.norm.replace(/,/g, '');
    // "1.250.000 people", "2.000 toneladas": thousands grouped by dots (Spanish, Portuguese, Turkish
    // copy). Several groups are no decimal; one round ".000" before a plural noun is printed by no
    // English copy as a decimal. Money's single groups are `moneyNumeral`'s (money.ts).
    const next = tokens[i + 1]?.norm ?? '';
    if (
      DOT_THOUSANDS.test(token.norm) &&
      (/\..*\./.test(token.norm) ||
        (token.norm.endsWith('.000') &&
          /^\p{L}+s$/u.test(next) &&
          SCALES[next] === undefined &&
          GLUED_SCALES[next] === undefined &&
          !isUnitWord(next)))
    )
      numeral = token.norm.replace(/\./g, '');
    let last = i;
    // "12 000 hectares", "1 250 000": thousands grouped by a space (French and Canadian style,
    // often a no-break or thin space): one number, not "12" and "000".
    if (/^\d{1,3}$/.test(token.norm))
      while (/^\d{3}$/.test(tokens[last + 1]?.norm ?? '') && tokens[last + 1].start - tokens[last].end === 1) {
        numeral += tokens[last + 1].norm;
        last++;
      }
    let value = Number(numeral);
    let tolerance: number | undefined;
    const scale = SCALES[tokens[last + 1]?.norm ?? ''];
    if (scale && scale >= 1000) {
      value *= scale;
      tolerance = roundingOf(numeral) * scale;
      last = last + 1;
    }
    return Number.isFinite(value) ? { value, lastToken: last, inWords: false, scale: 1, tolerance } : undefined;
  }
  const percent = GLUED_PERCENT.exec(token.norm);
  if (percent) {
    const numeral = percent[1].replace(/,/g, '');
    return { value: Number(numeral), lastToken: i, inWords: false, scale: 1, percent: true };
  }
  const glued = GLUED_SCALE.exec(token.norm);
  if (glued) {
    const numeral = glued[1].replace(/,/g, '');
    const scale = GLUED_SCALES[glued[2]];
    return {
      value: Number(numeral) * scale,
      lastToken: i,
      inWords: false,
      scale,
      tolerance: roundingOf(numeral) * scale,
    };
  }
  const nextNorm = tokens[i + 1]?.norm ?? '';
  if ((token.norm === 'a' || token.norm === 'an') && DURATIONS[canonicalNoun(nextNorm)]) {
    return { value: 1, lastToken: i, inWords: true, scale: 1 };
  }
  // "half a million"
  if (token.norm === 'half' && nextNorm === 'a' && SCALES[tokens[i + 2]?.norm ?? ''] >= 1000) {
    return { value: 0.5 * SCALES[tokens[i + 2].norm], lastToken: i + 2, inWords: true, scale: 1 };
  }
  // "a dozen", "a hundred", "a million"
  if (token.norm === 'a' && (nextNorm === 'dozen' || SCALES[nextNorm] >= 100)) {
    return parseWords(tokens, i, 1);
  }
  if (SMALL[token.norm] === undefined && token.norm !== 'dozen') return undefined;
  return parseWords(tokens, i, SMALL[token.norm] ?? 12);
}

/** A single digit in words ("zero" to "nine"), as read after a spoken decimal point. */
const digitWord = (token: Token | undefined): boolean =>
  token !== undefined && SMALL[token.norm] !== undefined && SMALL[token.norm] < 10;

/** Number words from `i`: "one hundred and twenty", "two dozen", "three million", "twenty-five", "one point one billion". */
function parseWords(tokens: Token[], i: number, first: number): ParsedNumber {
  let total = 0;
  let current = first;
  let last = i;
  for (let k = i + 1; k < tokens.length && k < i + 8; k++) {
    const norm = tokens[k].norm;
    const small = SMALL[norm];
    const afterHundred = current >= 100 && current % 100 === 0;
    if (small !== undefined && small < 10 && current % 10 === 0 && current % 100 >= 20) {
      current += small; // "twenty-five"
    } else if (norm === 'and' && afterHundred && SMALL[tokens[k + 1]?.norm ?? ''] !== undefined) {
      continue; // "one hundred and twenty"
    } else if (small !== undefined && afterHundred) {
      current += small; // "one hundred twenty", "… and twenty"
    } else if (norm === 'point' && current > 0 && digitWord(tokens[k + 1])) {
      // A decimal said aloud ("one point one billion", "three point five per cent"): each digit
      // after "point" in turn, as speech and the money reader (money.ts) give it.
      let place = 0.1;
      while (digitWord(tokens[k + 1])) {
        current += SMALL[tokens[k + 1].norm] * place;
        place /= 10;
        k++;
      }
      current = Math.round(current * 1e6) / 1e6;
    } else if (norm === 'dozen') {
      current = (current || 1) * 12;
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
  return { value: total + current, lastToken: last, inWords: true, scale: 1 };
}

/** The words a fix writes a number up to twelve in ("three"), indexed by value, from the one table of number words. */
const WORDS_FOR: readonly string[] = Object.entries(SMALL)
  .filter(([, value]) => value <= 12)
  .sort((a, b) => a[1] - b[1])
  .map(([word]) => word);

/** Writes `value` the way the draft wrote the number it replaces. */
export function formatNumberLike(value: number, inWords: boolean, original: string): string {
  // "14pc" → "15pc": per cent glued to the digits stays glued.
  const percent = /^(.*\d)(pct?)$/i.exec(original);
  if (percent) return formatNumberLike(value, inWords, percent[1]) + percent[2];
  if (inWords && value < WORDS_FOR.length && Number.isInteger(value)) {
    const word = WORDS_FOR[value];
    return /^[A-Z]/.test(original) ? word[0].toUpperCase() + word.slice(1) : word;
  }
  // The currency written before the figure stays ("Rs1,560" → "Rs1,650", "KRW 1.1 trillion" → "KRW 11 trillion").
  const prefix = inWords ? '' : (/^[^\d]*/.exec(original)?.[0] ?? '');
  // A scale of a million or more stays, in the draft's spelling ("11 trillion" → "1.1 trillion", "£2bn" → "£3.5bn").
  const scaled = /\d(\s?)(million|billion|trillion|mn|bn|tn|lakhs?|crores?|cr)\b/i.exec(original);
  if (scaled) {
    const word = scaled[2].toLowerCase();
    const factor = SCALES[word] ?? GLUED_SCALES[word];
    const figure = value / factor;
    if (value >= factor && Math.abs(Math.round(figure * 1000) / 1000 - figure) < 1e-9)
      return `${prefix}${/,/.test(original) || figure >= 10_000 ? figure.toLocaleString('en-US') : figure}${scaled[1]}${scaled[2]}`;
  }
  return prefix + (/,/.test(original) || value >= 10_000 ? value.toLocaleString('en-US') : String(value));
}
