import type { Difference, Fix, FindingKind, NumberMention, OffsetRange, Statement } from '../types';
import type { DateMention } from '../draft/dates';
import {
  WEEKDAYS,
  addDays,
  capitalise,
  daysBetween,
  monthName,
  periodRange,
  resolveWeekday,
  weekdayIndex,
} from '../draft/dates';
import type { DraftNumber } from '../draft/numbers';
import { comparableUnits, formatNumberLike, sameQuantity } from '../draft/numbers';
import { canonicalNumbers, deriveNumbers } from '../corpus/numbers';
import { occasionsOf } from '../corpus/occurrences';
import { tokenize } from '../text/tokens';
import { findQuantities, inRecordDollars } from '../text/quantities';
import { OUTLET_HEADS, type OutletMention } from '../draft/outlets';
import { FAMILY_COUNTRY } from '../draft/outletList';
import { shortDate } from '../messages';
import type { JudgeContext } from './context';
import { changeTitle, outletName } from '../fixes';

/** A typed slot (number, day, outlet) on which the draft and the record disagree. */
export interface SlotConflict {
  kind: FindingKind;
  /** The draft's word for the slot ("Saturday", "two", "CNN"). */
  range: OffsetRange;
  /** The draft's words against the record's, which the message leads with (see slotFinding). */
  difference: Difference;
  /** A sentence after the source, when the difference needs explaining ("The draft's date (18 Aug 2025) puts it on 17 Aug."). */
  note?: string;
  fix: Fix | null;
}

/** What the draft says around a claim, outside its quotation marks. */
export interface ClaimWindow {
  numbers: DraftNumber[];
  dates: DateMention[];
  outlets: OutletMention[];
}

export function checkNumbers(drafted: DraftNumber[], statement: Statement, text: string): SlotConflict | undefined {
  const recorded = recordedNumbers(statement);
  if (recorded.length === 0) return undefined;
  const numbers = inRecordDollars(drafted, recorded);
  // Bare numbers ("defeated 42 to 27", "six of the nine counts") are compared in order when the
  // draft and the record give as many of them.
  const draftBare = numbers.filter((n) => n.unit === '');
  // The record's own words' bare figures ("six of them"), not its context's ("Pacific News 24").
  const recordBareValues = ownBareValues(statement);
  // A record's bare figure that the draft gives with its noun ("480 people" for "there are 480 of
  // us") is that figure, not one of the bare ones to pair: "190 of them" pairs with the record's
  // "290 of them" once "480" is claimed.
  const recordBare = recorded.filter(
    (r) => r.unit === '' && !numbers.some((n) => n.unit !== '' && n.value === r.value),
  );
  // "Night flights at Nordvik would rise from 14 to 28": the noun stands too far from the numbers
  // for the draft's to carry it, while the record's "flights would rise from 14 to 22" do. Record
  // numbers that no draft number of a unit claims pair in order with as many bare ones.
  // Only two or more of one unit ("from 14 to 28"): a lone bare number is too often something else.
  const unclaimed = recorded.filter(
    (r) => r.unit !== '' && !numbers.some((n) => n.unit !== '' && comparableUnits(r.unit, n.unit)),
  );
  const pairsBare =
    draftBare.length >= 2 &&
    draftBare.length === unclaimed.length &&
    unclaimed.every((r) => r.unit === unclaimed[0].unit);
  // A threshold ("will not fall below 7 per cent") is only contradicted by another threshold.
  const thresholds = recordThresholds(statement);
  const isThreshold = (r: NumberMention) =>
    thresholds.some((t) => t.unit === r.unit && Math.abs(t.value - r.value) <= 1e-9 * Math.max(1, Math.abs(t.value)));
  // "Outflow averaged 4,100 cusecs" measures something else than a record's figure on one day; a
  // record's lone figure of that unit is the average's counterpart, not the next figure's ("short
  // of the 5,000 cusecs the tribunal had ordered").
  const otherMeasures = numbers.filter((number) => otherMeasure(number, statement));
  const lone = (unit: string) => recorded.filter((r) => comparableUnits(r.unit, unit)).length === 1;
  for (const number of numbers) {
    if (otherMeasures.includes(number)) continue;
    // "Six of the team’s 28 riders" against "28 riders …, six of them Colombian": the record's bare
    // figure of the same value is this one, named, not another figure of the unit to differ from.
    if (number.unit !== '' && recordBareValues.has(number.value)) continue;
    // A figure the record's own words give ("their steepest one-day drop in four years") is not
    // wrong because a corpus file's hand-made `numbers` list leaves it out: it is that figure.
    if (number.unit !== '' && statedNumbers(statement).some((r) => sameQuantity(r, number))) continue;
    if (lone(number.unit) && otherMeasures.some((average) => comparableUnits(average.unit, number.unit))) continue;
    let comparable = recorded.filter(
      (candidate) => comparableUnits(candidate.unit, number.unit) && isThreshold(candidate) === !!number.threshold,
    );
    if (
      comparable.length === 0 &&
      number.unit === '' &&
      draftBare.length === recordBare.length &&
      recordBare.length > 0
    )
      comparable = [recordBare[draftBare.indexOf(number)]];
    else if (comparable.length === 0 && number.unit === '' && recordBare.length === 0 && pairsBare)
      comparable = [{ ...unclaimed[draftBare.indexOf(number)], unit: '' }];
    else if (comparable.length === 0) comparable = pointsForPercent(number, recorded);
    if (comparable.length === 0 || comparable.some((candidate) => sameQuantity(candidate, number))) continue;
    // "3,000 to 4,000 cusecs" against the record's 3,500: a range holding the record's figure.
    // Only a record's lone figure of the unit: a range on record ("between 10 and 14 days") or a
    // change ("from 4% to 6%") is compared figure by figure.
    if (comparable.length === 1 && withinRange(comparable[0], number)) continue;
    const sameUnit = comparable.filter((candidate) => candidate.unit === number.unit);
    const pool = sameUnit.length ? sameUnit : comparable;
    const expected = pool.reduce((best, candidate) =>
      Math.abs(candidate.value - number.value) < Math.abs(best.value - number.value) ? candidate : best,
    );
    const unitChanges = expected.unit !== number.unit;
    const end = unitChanges && number.unitEnd ? number.unitEnd : number.end;
    const original = text.slice(number.start, end);
    const replacement = unitChanges ? expected.text : formatNumberLike(expected.value, number.inWords, original);
    return {
      kind: 'wrong-number',
      range: { start: number.start, end },
      difference: { draft: original, record: replacement },
      fix: { range: { start: number.start, end }, text: replacement, label: changeTitle(original, replacement) },
    };
  }
  return undefined;
}

const SHARE_UNITS = ['percent', 'percentage-point'];

/**
 * "Fallen by 3.4 per cent" where the record has "3.4 percentage points" (or the other way): the
 * record's figure in the other of the two units of a share, with the same value. Only the same
 * value: that is the confusion of the two units, while another value in the other unit may well
 * measure something else. Empty when the record has no such figure.
 */
function pointsForPercent(number: DraftNumber, recorded: NumberMention[]): NumberMention[] {
  if (!SHARE_UNITS.includes(number.unit)) return [];
  return recorded.filter((r) => SHARE_UNITS.includes(r.unit) && r.unit !== number.unit && r.value === number.value);
}

/** The record's figure lies within the range the draft's number is one end of (units as `sameQuantity` converts them). */
function withinRange(recorded: NumberMention, number: DraftNumber): boolean {
  const range = number.range;
  if (!range) return false;
  const end = (value: number) => ({ ...number, value, approx: undefined, tolerance: undefined });
  if (sameQuantity(recorded, end(range.low)) || sameQuantity(recorded, end(range.high))) return true;
  return recorded.unit === number.unit && recorded.value > range.low && recorded.value < range.high;
}

/** A draft's average ("averaged 4,100 cusecs") against a record that gives no average: another measure of the thing. */
export function otherMeasure(number: DraftNumber, statement: Statement): boolean {
  return number.average === true && !/\baverag|\bmean\b/i.test(`${statement.text} ${statement.context ?? ''}`);
}

const recordedCache = new WeakMap<Statement, NumberMention[]>();
const ownBareCache = new WeakMap<Statement, Set<number>>();

/** The values of the bare figures in the record's own words (memoised per statement). */
function ownBareValues(statement: Statement): Set<number> {
  let values = ownBareCache.get(statement);
  if (!values) {
    values = new Set(
      deriveNumbers(statement.text)
        .filter((number) => number.unit === '')
        .map((number) => number.value),
    );
    ownBareCache.set(statement, values);
  }
  return values;
}
const thresholdCache = new WeakMap<Statement, { value: number; unit: string }[]>();

/** The record's thresholds, read from its words (a corpus file's `numbers` do not say which figures are lines to cross). */
function recordThresholds(statement: Statement): { value: number; unit: string }[] {
  let cached = thresholdCache.get(statement);
  if (!cached) {
    const tokens = tokenize(statement.text);
    cached = findQuantities(tokens, statement.text)
      .filter((quantity) => quantity.threshold)
      .map((quantity) => ({ value: quantity.value, unit: quantity.unit }));
    thresholdCache.set(statement, cached);
  }
  return cached;
}

/**
 * The statement's numbers in canonical units (a corpus file's `GBP`, `per cent` or `people` read
 * as the draft's are), and those of the sentence around it (a quote's "27-nation group" sits
 * outside the quote). Memoised per statement: the record does not change while it is indexed.
 */
export function recordedNumbers(statement: Statement): NumberMention[] {
  let recorded = recordedCache.get(statement);
  if (recorded) return recorded;
  const own: NumberMention[] = statement.numbers?.length
    ? canonicalNumbers(statement.numbers)
    : deriveNumbers(statement.text);
  const around = statement.context && statement.context !== statement.text ? deriveNumbers(statement.context) : [];
  recorded = [...own, ...around.filter((extra) => !own.some((mine) => sameQuantity(mine, extra)))];
  recordedCache.set(statement, recorded);
  return recorded;
}

const statedCache = new WeakMap<Statement, NumberMention[]>();

/**
 * Every quantity the record states: its recorded numbers and those its words give beside a
 * corpus file's hand-made `numbers` list (which may list only the figure that matters, "7
 * percentage points", not the "18- to 34-year-olds" around it). For "does the record give this
 * count at all"; conflicts are judged against `recordedNumbers`. Memoised per statement.
 */
export function statedNumbers(statement: Statement): NumberMention[] {
  let stated = statedCache.get(statement);
  if (stated) return stated;
  const recorded = recordedNumbers(statement);
  stated = statement.numbers?.length
    ? [
        ...recorded,
        ...deriveNumbers(statement.text).filter((extra) => !recorded.some((mine) => sameQuantity(mine, extra))),
      ]
    : recorded;
  statedCache.set(statement, stated);
  return stated;
}

/**
 * The day the draft gives against the record's. Every day or date the draft gives is checked (a
 * right weekday never hides a wrong date beside it): weekdays (against the record's, or resolved
 * against the draft's date when the record is recent), dates with or without a year, a bare "the
 * 17th", and "yesterday" / "today" / "last night" resolved against the draft's date.
 */
export function checkDates(
  dates: DateMention[],
  statement: Statement,
  context: JudgeContext,
): SlotConflict | undefined {
  return onAnyOccasion(dates, statement, context, checkDatesOfOccasion);
}

/**
 * A slot conflict with the record unless the draft's slot fits another occasion of the same words
 * (the record's `occurrences`: said again, or reported elsewhere): then none. The record's own
 * conflict is the one reported.
 */
function onAnyOccasion<T>(
  slots: T[],
  statement: Statement,
  context: JudgeContext,
  check: (slots: T[], statement: Statement, context: JudgeContext) => SlotConflict | undefined,
): SlotConflict | undefined {
  const conflict = check(slots, statement, context);
  if (!conflict || !statement.occurrences?.length) return conflict;
  return occasionsOf(statement)
    .slice(1)
    .some((occasion) => !check(slots, occasion, context))
    ? undefined
    : conflict;
}

function checkDatesOfOccasion(
  dates: DateMention[],
  statement: Statement,
  context: JudgeContext,
): SlotConflict | undefined {
  if (dates.length === 0) return undefined;
  const precision = statement.datePrecision;
  const [year, month, day] = statement.date.split('-').map(Number);
  const recordWeekday = weekdayIndex(statement.date);
  const recordText = `${statement.text} ${statement.context ?? ''}`.toLowerCase();
  const said = shortDate(statement);
  const draftDate = context.draftDate;
  const conflict = (mention: DateMention, record: string, fix: Fix | null, note?: string): SlotConflict => ({
    kind: 'wrong-date',
    range: { start: mention.start, end: mention.end },
    difference: { draft: mention.text, record },
    ...(note ? { note } : {}),
    fix,
  });
  const dayOf = (iso: string) => shortDate({ date: iso, datePrecision: 'day' });
  /** Why a relative day is wrong: the draft's own date puts it elsewhere. */
  const placed = (where: string) => `The draft's date (${dayOf(draftDate!)}) puts it ${where}.`;
  for (const mention of dates) {
    if (mention.kind === 'weekday' && precision === 'day' && recordWeekday !== undefined) {
      const weekdayName = capitalise(WEEKDAYS[recordWeekday]);
      if (mention.weekday === recordWeekday) {
        if (draftDate && Math.abs(daysBetween(statement.date, draftDate)) <= 10) {
          const resolved = resolveWeekday(mention.weekday, draftDate);
          if (resolved !== statement.date) return conflict(mention, said, null, placed(`on ${dayOf(resolved)}`));
        }
        continue;
      }
      // The record itself names this day for something else ("Friday’s summit"): not a conflict.
      if (recordText.includes(WEEKDAYS[mention.weekday!])) continue;
      return conflict(mention, weekdayName, {
        range: { start: mention.start, end: mention.end },
        text: weekdayName,
        label: changeTitle(mention.text, weekdayName),
      });
    }
    if (mention.kind === 'relative' && precision === 'day' && draftDate) {
      const resolved = mention.offsets!.map((offset) => addDays(draftDate, offset));
      if (resolved.includes(statement.date)) continue;
      return conflict(mention, said, null, placed(`on ${dayOf(resolved[0])}`));
    }
    if (mention.kind === 'period' && draftDate && /^\d{4}-\d{2}-\d{2}$/.test(draftDate)) {
      const [from, to] = periodRange(draftDate, mention.period!.unit, mention.period!.offset);
      // The record's own span (a week, a month) need only overlap the period the draft names.
      const [recordFrom, recordTo] = recordSpan(statement);
      if (recordTo >= from && recordFrom <= to) continue;
      return conflict(mention, said, null, placed(`between ${dayOf(from)} and ${dayOf(to)}`));
    }
    if (mention.kind === 'day-of-month' && precision === 'day') {
      if (mention.day === day) continue;
      const replacement = `the ${ordinal(day)}`;
      return conflict(mention, replacement, {
        range: { start: mention.start, end: mention.end },
        text: replacement,
        label: changeTitle(mention.text, replacement),
      });
    }
    if (mention.kind === 'month-day' && precision === 'day') {
      const sameYear = mention.year === undefined || mention.year === year;
      if (mention.month === month - 1 && mention.day === day && sameYear) continue;
      const printedYear = mention.year !== undefined ? `, ${year}` : '';
      const replacement = /^\d/.test(mention.text)
        ? `${day} ${monthName(month - 1)}${mention.year !== undefined ? ` ${year}` : ''}`
        : `${monthName(month - 1)} ${day}${printedYear}`;
      return conflict(mention, replacement, {
        range: { start: mention.start, end: mention.end },
        text: replacement,
        label: changeTitle(mention.text, replacement),
      });
    }
    if (mention.kind === 'year') {
      if (mention.year === year || recordText.includes(String(mention.year))) continue;
      return conflict(mention, String(year), null);
    }
    if ((mention.kind === 'month' || mention.kind === 'month-day') && precision !== 'year' && year) {
      if (mention.month === month - 1 && (mention.year === undefined || mention.year === year)) continue;
      if (recordText.includes(monthName(mention.month!).toLowerCase())) continue;
      return conflict(
        mention,
        mention.kind === 'month' ? monthName(month - 1) : said,
        mention.kind === 'month' && mention.year === undefined
          ? {
              range: { start: mention.start, end: mention.end },
              text: monthName(month - 1),
              label: changeTitle(mention.text, monthName(month - 1)),
            }
          : null,
      );
    }
  }
  return undefined;
}

/**
 * The draft places the words on another occasion than the record's: another year, or another
 * month (beyond the record's precision). Said of a quotation whose words also differ, it means a
 * similar remark made another time, not a misquote of this one.
 */
export function anotherOccasion(dates: DateMention[], statement: Statement): boolean {
  return occasionsOf(statement).every((occasion) => anotherOccasionThan(dates, occasion));
}

function anotherOccasionThan(dates: DateMention[], statement: Statement): boolean {
  const [year, month] = statement.date.split('-').map(Number);
  const recordText = `${statement.text} ${statement.context ?? ''}`;
  return dates.some((mention) => {
    if (mention.year !== undefined && mention.year !== year && !recordText.includes(String(mention.year))) return true;
    return (
      (mention.kind === 'month' || mention.kind === 'month-day') &&
      statement.datePrecision !== 'year' &&
      month !== undefined &&
      mention.month !== month - 1 &&
      !recordText.toLowerCase().includes(monthName(mention.month!).toLowerCase())
    );
  });
}

/** The first and last day the record's date may be, by its precision. */
function recordSpan(statement: Statement): [string, string] {
  const [year, month] = statement.date.split('-').map(Number);
  switch (statement.datePrecision) {
    case 'day':
      return [statement.date, statement.date];
    case 'week':
      return [statement.date, addDays(statement.date, 6)];
    case 'month':
      return [
        `${year}-${String(month).padStart(2, '0')}-01`,
        new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10),
      ];
    default:
      return [`${year}-01-01`, `${year}-12-31`];
  }
}

function ordinal(day: number): string {
  const suffix =
    day % 10 === 1 && day !== 11
      ? 'st'
      : day % 10 === 2 && day !== 12
        ? 'nd'
        : day % 10 === 3 && day !== 13
          ? 'rd'
          : 'th';
  return `${day}${suffix}`;
}

/** Venues that describe the same occasion loosely: remarks "to reporters" may be a press conference or a statement. */
const SPEECH_SETTINGS = [
  'venue:council',
  'venue:committee',
  'venue:parliament',
  'venue:court',
  'venue:agm',
  'venue:rally',
  'venue:press-conference',
  'venue:hearing',
  'venue:town-hall',
];
const COMPATIBLE_VENUES: Record<string, string[]> = {
  'venue:reporters': ['venue:press-conference', 'venue:statement', 'venue:court'],
  'venue:press-conference': ['venue:reporters'],
  'venue:statement': ['venue:reporters'],
  // A speech is given somewhere: at a council meeting, in court, at a rally.
  'venue:speech': SPEECH_SETTINGS,
  'venue:hearing': ['venue:committee', 'venue:court', 'venue:parliament'],
  'venue:committee': ['venue:hearing', 'venue:parliament'],
};

/** Venues that are a medium, not a place reporters stand in. */
const MEDIUM_VENUES = new Set([
  'venue:address',
  'venue:audio',
  'venue:op-ed',
  'venue:podcast',
  'venue:phone-in',
  'venue:press-release',
  'venue:earnings-call',
  'venue:statement',
]);

/**
 * A record's venue families name an occasion in person: no outlet or platform (built-in, or a
 * corpus name with an outlet's word: "Harbour Gazette", "Radio Nordland") and no medium; a place,
 * a kind of venue, or nothing the reader knows ("site visit at Holm pier").
 */
function inPerson(venue: Set<string>): boolean {
  return [...venue].every(
    (family) =>
      (family.startsWith('venue:') && !MEDIUM_VENUES.has(family)) ||
      (family.startsWith('named:') &&
        !family
          .slice('named:'.length)
          .split(' ')
          .some((word) => OUTLET_HEADS.has(word))),
  );
}

export function checkOutlets(
  outlets: OutletMention[],
  statement: Statement,
  context: JudgeContext,
): SlotConflict | undefined {
  return onAnyOccasion(outlets, statement, context, checkOutletsOfOccasion);
}

function checkOutletsOfOccasion(
  outlets: OutletMention[],
  statement: Statement,
  context: JudgeContext,
): SlotConflict | undefined {
  if (!statement.outlet) return undefined;
  const venue = context.outlets.familiesOf(statement.outlet);
  // An outlet described by its country ("Russian state television") is compared by country
  // alone, and only with a record whose outlet's country is known: a description that may fit is
  // never a conflict.
  const isDescribed = (mention: OutletMention) => mention.family.startsWith('country:');
  if (outlets.length > 0 && outlets.every(isDescribed)) return describedConflict(outlets, statement, venue);
  outlets = outlets.filter((mention) => !isDescribed(mention));
  const said = outlets.filter((mention) => !mention.asPublisher);
  if (said.length === 0) return undefined;
  const source = context.sources.get(statement.source);
  const publisher = context.outlets.familiesOf(source?.publisher, source?.distributor);
  // The publisher excuses "told the Post" when the Post's own interview is the record; not when the
  // record names another outlet the words were said to ("interview with The Sunday Courier").
  const venueNamesOutlet = [...venue].some((family) => !family.startsWith('venue:') && !family.startsWith('social:'));
  const known = (family: string, asPublisher: boolean) =>
    venue.has(family) ||
    // Reporters are told things wherever they stand: "told reporters" fits a record said in person
    // ("picket line at Kingsford University"), not one said on a medium.
    (family === 'venue:reporters' && inPerson(venue)) ||
    ((asPublisher || !venueNamesOutlet) && publisher.has(family)) ||
    (COMPATIBLE_VENUES[family] ?? []).some((other) => venue.has(other));
  // A programme of the record's network is not the record's programme: "the BBC’s Newsnight" for
  // words said on BBC Radio 4’s Today programme.
  // A record naming a station or a programme the list does not know ("BBC Radio Leeds") is as
  // specific as a listed programme.
  const recordProgrammes = [...venue].filter(
    (family) => family.startsWith('programme:') || (family.startsWith('named:') && family.includes(' ')),
  );
  // Both name a programme of an outlet ("CBC Radio’s Daybreak Kamloops" for words said on "CBC
  // Radio’s Daybreak North"): another programme, whether or not either is listed.
  const recordShow = context.outlets.programmeFamiliesOf(statement.outlet);
  const otherShow = (mention: OutletMention) =>
    mention.ofOutlet === true && recordShow.size > 0 && ![...mention.families].some((family) => venue.has(family));
  const otherProgramme = (mention: OutletMention) => {
    if (otherShow(mention)) return true;
    const programmes = [...mention.families].filter((family) => family.startsWith('programme:'));
    return (
      programmes.length > 0 &&
      recordProgrammes.length > 0 &&
      ![...mention.families].some(
        (family) => (family.startsWith('programme:') || family.startsWith('named:')) && venue.has(family),
      )
    );
  };
  // The record's own words for its outlet ("told the Sentinel", "The Fraud Files podcast").
  const outletWords = ` ${normalizeWords(statement.outlet)} `;
  const wrongProgramme = said.find(
    (mention) => otherProgramme(mention) && !outletWords.includes(` ${normalizeWords(mention.text)} `),
  );
  for (const mention of wrongProgramme ? [] : outlets) {
    // "in a statement" names the record's "statement through his lawyers" loosely, not another outlet.
    const core = normalizeWords(mention.text)
      .split(' ')
      .filter((word) => !FRAMING_WORDS.has(word))
      .join(' ');
    if (core && outletWords.includes(` ${core} `)) return undefined;
    if (core && otherSpelling(mention.text, core, outletWords)) return undefined;
    if ([...mention.families].some((family) => known(family, mention.asPublisher))) return undefined;
  }
  const mention = wrongProgramme ?? said[0];
  // The fix puts the record's outlet where the draft names one: only a name fits there ("on Fox
  // News" → "on CBS’s Face the Nation"), not "told reporters" or "Brussels, alongside …".
  const named = outletName(statement.outlet);
  return {
    kind: 'wrong-outlet',
    range: { start: mention.start, end: mention.end },
    difference: { draft: mention.text, record: statement.outlet },
    fix:
      venue.size > 0 && named
        ? { range: { start: mention.start, end: mention.end }, text: named, label: changeTitle(mention.text, named) }
        : null,
  };
}

/** Small words a name's initials skip ("The Irish Times" is "IT", "Dagens Næringsliv" is "DN"). */
const INITIALS_SKIP = new Set(['the', 'of', 'and', 'og', 'och', 'de', 'la', 'le', 'der', 'die']);
/** Definite endings of Nordic nouns that English writes without ("Alþingi" → "Althing", "Stortinget" → "Storting"). */
const DEFINITE_ENDINGS = ['i', 'id', 'inn', 'et', 'en'];

/**
 * The record's outlet written the way readers know it: its initials in capitals ("DN" for the
 * record's "Dagens Næringsliv"), or a one-word name without its definite ending ("the Althing"
 * for the record's "Alþingi", "the Storting" for "Stortinget"). `core` is the mention's words,
 * normalized; `outletWords` the record's, normalized and padded with spaces.
 */
function otherSpelling(text: string, core: string, outletWords: string): boolean {
  const recordWords = outletWords.trim().split(' ');
  const bare = text.replace(/^the\s+/i, '').trim();
  if (/^[A-Z]{2,5}$/.test(bare)) {
    const initials = recordWords
      .filter((word) => !INITIALS_SKIP.has(word))
      .map((word) => word[0])
      .join('');
    if (recordWords.length >= 2 && initials === bare.toLowerCase()) return true;
  }
  if (core.includes(' ') || core.length < 5) return false;
  return recordWords.some((word) => DEFINITE_ENDINGS.some((ending) => word === core + ending));
}

/** A described outlet's country against the record's outlet's: a conflict only when both are known and differ. */
function describedConflict(
  outlets: OutletMention[],
  statement: Statement,
  venue: Set<string>,
): SlotConflict | undefined {
  const countries = new Set([...venue].flatMap((family) => FAMILY_COUNTRY.get(family) ?? []));
  if (countries.size === 0) return undefined;
  const mention = outlets.find((described) => !countries.has(described.family.slice('country:'.length)));
  if (!mention) return undefined;
  return {
    kind: 'wrong-outlet',
    range: { start: mention.start, end: mention.end },
    difference: { draft: mention.text, record: statement.outlet },
    fix: null,
  };
}

/** The slots, in the order a reporter would fix them and every judge checks them: number, day, outlet. */
export const SLOTS = ['number', 'day', 'outlet'] as const;
export type Slot = (typeof SLOTS)[number];

/**
 * The slot conflicts among `slots` (default all), in SLOTS order, computed lazily: the one place
 * the order is kept, for slotConflicts and checkSlots alike.
 */
function* conflictsOf(
  window: ClaimWindow,
  statement: Statement,
  context: JudgeContext,
  text: string,
  slots: readonly Slot[],
): Generator<SlotConflict> {
  for (const slot of SLOTS) {
    if (!slots.includes(slot)) continue;
    const conflict =
      slot === 'number'
        ? checkNumbers(window.numbers, statement, text)
        : slot === 'day'
          ? checkDates(window.dates, statement, context)
          : checkOutlets(window.outlets, statement, context);
    if (conflict) yield conflict;
  }
}

/**
 * Every slot on which the draft and the record disagree, in SLOTS order (number, day, outlet): a
 * wrong day never hides a wrong outlet beside it. `slots` limits which are checked.
 */
export function slotConflicts(
  window: ClaimWindow,
  statement: Statement,
  context: JudgeContext,
  text: string,
  slots: readonly Slot[] = SLOTS,
): SlotConflict[] {
  return [...conflictsOf(window, statement, context, text, slots)];
}

/** How a draft frames an outlet or venue ("told", "in an interview with", "on"), not which one it is. */
const FRAMING_WORDS = new Set([
  'in',
  'on',
  'at',
  'to',
  'with',
  'a',
  'an',
  'told',
  'during',
  'via',
  'through',
  'from',
  'interview',
  'his',
  'her',
  'their',
  'its',
]);

function normalizeWords(text: string): string {
  return tokenize(text)
    .map((token) => token.norm)
    .filter((norm) => norm !== 'the' && norm !== 's')
    .join(' ');
}

/**
 * The first slot on which the draft and the record disagree, in SLOTS order (number, day,
 * outlet), among `slots` (default all); undefined when they agree on all of them.
 */
export function checkSlots(
  window: ClaimWindow,
  statement: Statement,
  context: JudgeContext,
  text: string,
  slots: readonly Slot[] = SLOTS,
): SlotConflict | undefined {
  return conflictsOf(window, statement, context, text, slots).next().value ?? undefined;
}
