/**
 * When a remark was made: the article's own date (its markup, front matter or dateline), the day a
 * remark's sentence gives, else the day carried from the speaker's remarks before, an occasion, the
 * lede's event or the article's week.
 */
import { capitalise } from '../draft/dates';
import { hasSpeechVerb, isSpeechWord } from './speech';
import {
  articleDateOf,
  datelineDay,
  datelineYear,
  datesTheRemark,
  pastPerfectVerb,
  periodDate,
  periodDatesTheRemark,
  presentPerfectDate,
  presentPerfectVerb,
  resolveMention,
  type ArticleDate,
  type ResolvedDate,
} from './dates';
import { tiedOccasion, type Occasions } from './occasions';
import type { Article, ImportOptions, ProposedStatement } from './types';
import type { Unit } from './unit';
import { pronounSaid } from './around';
import { IT_SAID } from './bodies';

/** How a remark's date was found, from the most to the least direct ('apart': undated, and set apart from the day's event). */
export type DateFrom = 'sentence' | 'perfect' | 'carried' | 'occasion' | 'lede' | 'undated' | 'apart';

/** What dates the remarks of one article that their own sentences do not date. */
export interface Dating {
  article: ArticleDate;
  /** The day of the event the lede reports, if it gives one. */
  lede?: ResolvedDate;
  occasions: Occasions;
  /** The article's publisher, whose own interviews are set apart from the day's event. */
  publisher?: string;
  /** The days the article gives for remarks to other outlets ("said Sunday on CBS’s Face the Nation"). */
  interviews: ResolvedDate[];
}

/** The date a remark's own sentence gives ("said on Monday"; a bare month only beside its verb), or undefined. */
export function ownDate(unit: Unit, article: ArticleDate): ResolvedDate | undefined {
  for (const mention of unit.dates) {
    // "said in a statement that the pilot starts in September": a month or year that dates the content, not the remark.
    if (!datesTheRemark(mention, unit.sentence, unit.sentenceStart)) continue;
    const date = resolveMention(mention, article);
    if (date) return date;
  }
  return undefined;
}

/**
 * The period its sentence gives a remark ("last week", "earlier this month"), or for a remark
 * attributed by a pronoun or not at all, the sentence before it in its paragraph that introduced
 * its speaker ("Last week, farmers blocked the border, and Wójcik warned then …. “…,” she told
 * local radio"). A present perfect ("has warned") is left to `undatedRemark`.
 */
export function periodOf(unit: Unit, article: ArticleDate): ResolvedDate | undefined {
  if (unit.kind !== 'context' && presentPerfectVerb(unit.outside, (word) => isSpeechWord(word, true))) return undefined;
  const introduced = pronounSaid(unit.outside) || IT_SAID.test(unit.outside) || !hasSpeechVerb(unit.outside, true);
  const lastLead = unit.lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '';
  return periodDate(unit.outside, article) ?? (introduced ? periodDate(lastLead, article) : undefined);
}

/** A named outlet other than the article's own ("CBS", "Fox News Sunday", not "in a statement" or "to reporters"). */
export function otherOutlet(outlet: string, publisher: string | undefined): boolean {
  const own = publisher?.split(/\s+/).at(-1)?.toLowerCase();
  return /^\p{Lu}/u.test(outlet) && !/^In\s/.test(outlet) && (!own || !outlet.toLowerCase().split(/\s+/).includes(own));
}

/** The distinct days the article gives for remarks to other outlets, in article order. */
export function interviewDays(units: Unit[], article: ArticleDate, publisher: string | undefined): ResolvedDate[] {
  const days: ResolvedDate[] = [];
  for (const unit of units) {
    if (!unit.outlet || !otherOutlet(unit.outlet, publisher)) continue;
    const date = ownDate(unit, article);
    if (date?.datePrecision === 'day' && !days.some((day) => day.date === date.date))
      days.push({ ...date, dateBasis: `${date.dateBasis}, for the remarks to ${unit.outlet}` });
  }
  return days;
}

/**
 * "earlier this week", "last week", "in an interview", "said in a statement": a remark the article
 * itself sets apart from the day's event (an interview or a written statement is given on a day
 * of its own, which the article does not say).
 */
export const SET_APART =
  /\b(?:[Ll]ast|[Tt]his|earlier (?:this|in the)) week\b|\bearlier\b|\bin an interview\b|\bin (?:a|an) (?:written |emailed |joint )?statement\b|^\s*In a statement\b/;

/**
 * The words that set a remark apart from the day's event (`SET_APART`, a past perfect, or "told
 * the Chronicle" in The Northern Chronicle: an interview with the article's own newsroom, at a
 * time it does not give), or undefined.
 */
export function setApart(outside: string, publisher: string | undefined): string | undefined {
  const found = SET_APART.exec(outside);
  // "whose boat was impounded last week": a week that dates something else sets nothing apart.
  const week = found && /week$/.test(found[0]) && !periodDatesTheRemark(outside, found.index) ? undefined : found?.[0];
  const apart = week ?? pastPerfectVerb(outside, (word) => isSpeechWord(word, true));
  if (apart) return apart.trim();
  const own = publisher?.split(/\s+/).at(-1)?.toLowerCase();
  if (!own) return undefined;
  return [...outside.matchAll(/\b(?:told|telling)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'\u2019-]*\s*){1,4})/gu)]
    .find((match) => match[1].trim().split(/\s+/).at(-1)!.toLowerCase() === own)?.[0]
    .trim();
}

/**
 * The date of a remark whose sentence names no day, as a reporter reads it, in this order:
 * 1. Present perfect ("President Trump has warned that…"): made before the article, when it does not
 *    say: the article's month, at month precision.
 * 2. The day the article gave for the same speaker's remarks before (`carried`).
 * 3. An occasion the article dates and ties the remark to: one its speaker was at ("Zelensky,
 *    speaking alongside von der Leyen in Brussels on Sunday" dates von der Leyen's undated words),
 *    or its place ("told reporters in Brussels" after "leaders gathered in Brussels Thursday"); the
 *    lede's people when the lede gives no day (the publication day's news).
 *    A remark to another outlet ("said on ABC’s This Week"), when the article dates its other
 *    remarks to other outlets all to one day.
 * 4. The day of the event the lede reports.
 * 5. Else the week of the article (`articleDateOf`).
 * A remark set apart ("earlier this week", "in an interview") or in the past perfect ("had
 * threatened") skips 3 and 4: it was not said at the day's event.
 */
export function undatedRemark(
  unit: Unit,
  speaker: string | null,
  carried: (ResolvedDate & { sentence?: number }) | undefined,
  dating: Dating,
  paragraph: number,
): { date: ResolvedDate; from: DateFrom } {
  const wide = (word: string) => isSpeechWord(word, true);
  const perfect = unit.kind === 'context' ? undefined : presentPerfectVerb(unit.outside, wide);
  if (perfect) return { date: presentPerfectDate(dating.article, perfect), from: 'perfect' };
  // A quotation in the very sentence that dated its speaker ("said in a statement that it was “…”") has that date as it is.
  if (carried && carried.sentence === unit.sentenceStart)
    return {
      date: { date: carried.date, datePrecision: carried.datePrecision, dateBasis: carried.dateBasis },
      from: 'apart',
    };
  if (carried)
    return {
      date: {
        date: carried.date,
        datePrecision: carried.datePrecision,
        dateBasis: `${carried.dateBasis}; the day the article gives for ${speaker ? 'this speaker\u2019s' : 'these'} remarks just before`,
      },
      from: 'carried',
    };
  // "A former care assistant … told the Chronicle that …. ‘…,’ she said": a quotation attributed by
  // a pronoun, or not at all, is set apart by the sentence that introduced its speaker, too.
  const introduced = pronounSaid(unit.outside) || IT_SAID.test(unit.outside) || !hasSpeechVerb(unit.outside, true);
  const apart = setApart(introduced ? `${unit.lead} ${unit.outside}` : unit.outside, dating.publisher);
  const atTheEvent = apart === undefined;
  const tied = atTheEvent ? tiedOccasion(dating.occasions, speaker, unit.outside, paragraph) : undefined;
  if (tied)
    return {
      date: {
        date: tied.date,
        datePrecision: tied.datePrecision,
        dateBasis: `${tied.dateBasis}; the sentence itself names no day`,
      },
      from: 'occasion',
    };
  // "said on ABC’s This Week" in an article that dates its other interviews (on CBS, on NBC) to one
  // day, Sunday: a round of interviews that day.
  if (atTheEvent && unit.outlet && otherOutlet(unit.outlet, dating.publisher) && dating.interviews.length === 1)
    return {
      date: {
        ...dating.interviews[0],
        dateBasis: `the day the article gives for its other remarks to other outlets (${dating.interviews[0].dateBasis}); the sentence itself names no day`,
      },
      from: 'occasion',
    };
  if (atTheEvent && dating.lede) return { date: dating.lede, from: 'lede' };
  const week = articleDateOf(dating.article, unit.outside);
  if (atTheEvent) return { date: week, from: 'undated' };
  const why = `\u201C${apart}\u201D sets it apart from the day\u2019s event`;
  return {
    date: { ...week, dateBasis: week.date ? `${week.dateBasis} ${capitalise(why)}.` : week.dateBasis },
    from: 'apart',
  };
}

/**
 * A speaker's remarks in a run (consecutive proposals of one speaker in the same or adjacent
 * paragraphs) are one occasion's: a remark dated only by the lede's event or the article's week
 * takes the day the nearest other remark of the run was given by its sentence, a carried day or
 * an occasion ("said she’d be willing … “if necessary”" before "“…,” Frederiksen told reporters
 * in Brussels"). In place.
 */
export function shareRunDays(statements: ProposedStatement[], remarks: { from: DateFrom; paragraph: number }[]): void {
  const firm = remarks.map((remark) => ['sentence', 'carried', 'occasion'].includes(remark.from));
  const linked = (a: number, b: number) =>
    statements[a].speaker !== null &&
    statements[a].speaker === statements[b].speaker &&
    Math.abs(remarks[a].paragraph - remarks[b].paragraph) <= 1;
  for (let k = 0; k < statements.length; k++) {
    if (remarks[k].from !== 'lede' && remarks[k].from !== 'undated') continue;
    // The nearest firm remark of the run: the next one, else the one before.
    let other: number | undefined;
    for (let j = k + 1; other === undefined && j < statements.length && linked(j - 1, j); j++) if (firm[j]) other = j;
    for (let j = k - 1; other === undefined && j >= 0 && linked(j, j + 1); j--) if (firm[j]) other = j;
    if (other === undefined || statements[other].datePrecision !== 'day') continue;
    const which = other > k ? 'next' : 'previous';
    statements[k].date = statements[other].date;
    statements[k].datePrecision = 'day';
    statements[k].dateBasis =
      `${statements[other].dateBasis}; the day of the same speaker\u2019s ${which} remarks, in the same run of paragraphs`;
  }
}

export function dateOfArticle(article: Article, options: ImportOptions, notes: string[]): ArticleDate {
  const published = article.meta.published
    ? {
        date: article.meta.published,
        precision: 'day' as const,
        basis: `published ${article.meta.published} per the article\u2019s ${article.meta.publishedFrom ?? (article.format === 'html' ? 'markup' : 'front matter')}`,
      }
    : options.articleDate && !options.articleDateGuessed
      ? {
          date: options.articleDate,
          precision: precisionOf(options.articleDate),
          basis: options.articleDateBasis ?? `the article date given at import, ${options.articleDate}`,
        }
      : undefined;
  if (published) return datelineDay(article.text, published) ?? published;
  // The year a dateline leaves out is read against the file's date or the import's day, never the clock.
  const inferred = options.articleDate ? datelineYear(article.text, options.articleDate) : undefined;
  if (inferred) {
    notes.push(`${article.file}: no year in the article; ${inferred.basis}.`);
    return inferred;
  }
  notes.push(
    `${article.file}: no publication date in the article${options.articleDate ? ` (${options.articleDate}, ${options.articleDateBasis ?? 'given at import'}, is not the article\u2019s own)` : ' and none given'}; remarks it does not date are left without a date until you set one (--date YYYY-MM-DD, or edit them in review).`,
  );
  return { date: '', precision: 'day', basis: 'the article gives no date' };
}

export function precisionOf(date: string): ArticleDate['precision'] {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'day' : /^\d{4}-\d{2}$/.test(date) ? 'month' : 'year';
}
