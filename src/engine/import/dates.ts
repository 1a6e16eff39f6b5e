/**
 * When a quotation was said: a day the sentence names, resolved against the article's date, with
 * the precision that is honest and a basis that says how.
 */
import type { DatePrecision } from '../types';
import {
  addDays,
  capitalise,
  daysBetween,
  findDateMentions,
  monthName,
  resolveWeekday,
  WEEKDAYS,
  type DateMention,
} from '../draft/dates';
import { tokenize } from '../text/tokens';
import { WEEKDAY_NAMES, monthByPrefix } from '../text/calendar';
import { isSpeechWord } from './speech';

/** "yesterday’s", "Saturday’s": a possessive day, which names the day of what follows it. */
const POSSESSIVE_DAY = new RegExp(`\\b(yesterday|today|tonight|${WEEKDAY_NAMES.join('|')})['\u2019]s\\b`, 'gi');

export interface ResolvedDate {
  date: string;
  datePrecision: DatePrecision;
  dateBasis: string;
}

/** The article's date, how precisely it is known, and how it was established. */
export interface ArticleDate {
  /** ISO date; empty when the article gives none (then nothing relative to it can be resolved). */
  date: string;
  precision: DatePrecision;
  basis: string;
}

export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = capitalise(WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]);
  return `${weekday} ${day} ${monthName(month - 1)} ${year}`;
}

/**
 * Resolves a day the sentence names against the article's date. Undefined when the mention
 * cannot be placed (a weekday in an article known only to the month).
 */
export function resolveMention(mention: DateMention, article: ArticleDate): ResolvedDate | undefined {
  // With no article date only a date that carries its own year can be placed.
  if (!article.date)
    return mention.year === undefined
      ? undefined
      : resolveMention(mention, { ...article, date: `${mention.year}-12-31`, precision: 'year' });
  const quoted = `\u201C${mention.text}\u201D`;
  const exact = article.precision === 'day';
  const articleYear = Number(article.date.slice(0, 4));
  const articleMonth = Number(article.date.slice(5, 7)) - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (mention.kind) {
    case 'weekday': {
      if (!exact || mention.weekday === undefined) return undefined;
      const date = resolveWeekday(mention.weekday, article.date);
      return {
        date,
        datePrecision: 'day',
        dateBasis: `${quoted} in an article dated ${longDate(article.date)} (${article.basis}): ${longDate(date)}`,
      };
    }
    case 'relative': {
      if (!exact || !mention.offsets?.length) return undefined;
      const date = addDays(article.date, mention.offsets[0]);
      const either =
        mention.offsets.length > 1
          ? `; it may be ${mention.offsets.map((offset) => longDate(addDays(article.date, offset))).join(' or ')}`
          : '';
      return {
        date,
        datePrecision: 'day',
        dateBasis: `${quoted} in an article dated ${longDate(article.date)} (${article.basis})${either}`,
      };
    }
    case 'month-day': {
      if (mention.month === undefined || mention.day === undefined) return undefined;
      // A month after the article's month, with no year, is last year's.
      const year = mention.year ?? (mention.month > articleMonth ? articleYear - 1 : articleYear);
      const date = `${year}-${pad(mention.month + 1)}-${pad(mention.day)}`;
      return {
        date,
        datePrecision: 'day',
        dateBasis: mention.year
          ? `${quoted} in the sentence`
          : `${quoted} in an article of ${article.date.slice(0, 7)}: ${longDate(date)}`,
      };
    }
    case 'day-of-month': {
      if (mention.day === undefined) return undefined;
      const month = mention.day > Number(article.date.slice(8, 10) || 31) ? articleMonth - 1 : articleMonth;
      const year = month < 0 ? articleYear - 1 : articleYear;
      const date = `${year}-${pad(((month + 12) % 12) + 1)}-${pad(mention.day)}`;
      return { date, datePrecision: 'day', dateBasis: `${quoted} in an article dated ${article.date}` };
    }
    case 'month': {
      if (mention.month === undefined) return undefined;
      const year = mention.year ?? (mention.month > articleMonth ? articleYear - 1 : articleYear);
      return {
        date: `${year}-${pad(mention.month + 1)}`,
        datePrecision: 'month',
        dateBasis: `${quoted} in the sentence`,
      };
    }
    case 'year':
      return mention.year
        ? { date: String(mention.year), datePrecision: 'year', dateBasis: `${quoted} in the sentence` }
        : undefined;
  }
  return undefined;
}

/**
 * What an undated remark gets: in an article of a known day, the week that ends with it (the
 * Monday that starts it, at week precision), since reported remarks are usually of that week; in
 * an article known to the month or year, that.
 */
export function articleDateOf(article: ArticleDate, sentence = ''): ResolvedDate {
  if (!article.date)
    return {
      date: '',
      datePrecision: 'day',
      dateBasis: `No date: ${article.basis}. Set one in review, or import with --date.`,
    };
  if (article.precision !== 'day')
    return {
      date: article.date,
      datePrecision: article.precision,
      dateBasis: `Undated in an article of ${article.date} (${article.basis}).`,
    };
  const monday = resolveWeekday(1, article.date);
  // "on ABC’s This Week": a programme's title, not the week.
  const lastWeekAt = /\b[Ll]ast week\b/.exec(sentence);
  const lastWeek = Boolean(lastWeekAt && periodDatesTheRemark(sentence, lastWeekAt.index));
  const date = lastWeek ? addDays(monday, -7) : monday;
  const why = lastWeek
    ? '\u201Clast week\u201D'
    : /\b[Tt]his week\b/.test(sentence)
      ? '\u201Cthis week\u201D'
      : 'Undated';
  return {
    date,
    datePrecision: 'week',
    dateBasis: `${why} in an article dated ${longDate(article.date)} (${article.basis}): the week of ${longDate(date)}; the day is not given.`,
  };
}

/**
 * Whether a period at `at` in `words` dates the remark: it opens the sentence, or its first clause
 * has no verb of its own ("Last week, farmers blocked …", "In an internal email earlier this
 * month, … wrote"), or its clause has the speech verb ("wrote in a letter … earlier this month").
 * Not in a clause about something else ("whose operation was cancelled last week", "rates offered
 * last month").
 */
export function periodDatesTheRemark(words: string, at: number): boolean {
  const before = words.slice(0, at);
  const clauses = before.split(/[,;:]\s|\s(?:who|whose|which|that|when|after|before)\s/);
  const clause = clauses.at(-1) ?? '';
  if (SPEECH_IN_CLAUSE.test(clause)) return true;
  // "comments from Brennan earlier in the week, when the Ashby manager suggested …": the remark's clause follows.
  const next = /^[^,;:.]*[,;]?\s*when\s+([^.;]{0,80})/.exec(words.slice(at))?.[1] ?? '';
  if ((next.match(/\p{L}+/gu) ?? []).some((word) => isSpeechWord(word.toLowerCase(), true))) return true;
  return clauses.length === 1 && !/\b\p{Ll}+ed\b|\b(?:is|are|was|were|has|have|had)\b/u.test(clause);
}

/**
 * A period the words give a remark instead of a day: "last week" (the Monday of the week before
 * the article's, at week precision), "earlier this week" (the article's week), "earlier this
 * month" or "at the start of this month" (the article's month, YYYY-MM at month precision: the
 * corpus writes a month that way), "last month" (the month before). `words` are the remark's
 * sentence, or the sentence that introduced it, outside quotation marks. Undefined when none is
 * given, or the article's date is not precise enough to place it.
 */
export function periodDate(words: string, article: ArticleDate): ResolvedDate | undefined {
  if (!article.date || article.precision === 'year') return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  const published = article.precision === 'day' ? longDate(article.date) : article.date;
  const month = /\b(?:(earlier) this|(?:at|since) the (?:start|beginning) of this|(last|in the past)) month\b/i.exec(
    words,
  );
  if (month && periodDatesTheRemark(words, month.index)) {
    const [year, number] = article.date.split('-').map(Number);
    const previous = Boolean(month[2]);
    const date = previous ? (number === 1 ? `${year - 1}-12` : `${year}-${pad(number - 1)}`) : `${year}-${pad(number)}`;
    return {
      date,
      datePrecision: 'month',
      dateBasis: `\u201C${month[0]}\u201D in an article dated ${published} (${article.basis}): ${monthName(Number(date.slice(5, 7)) - 1)} ${date.slice(0, 4)}; the day is not given`,
    };
  }
  if (article.precision !== 'day') return undefined;
  const week = /\b(?:(last)|earlier this|(?:at|since) the (?:start|beginning) of this) week\b/i.exec(words);
  if (!week || !periodDatesTheRemark(words, week.index)) return undefined;
  const monday = addDays(resolveWeekday(1, article.date), week[1] ? -7 : 0);
  return {
    date: monday,
    datePrecision: 'week',
    dateBasis: `\u201C${week[0]}\u201D in an article dated ${published} (${article.basis}): the week of ${longDate(monday)}; the day is not given`,
  };
}

/** "has warned", "have long argued", "has repeatedly said": a remark made before the article, at a time the present perfect leaves open. */
const PRESENT_PERFECT =
  /\b(?:has|have)\s+(?:(?:also|long|repeatedly|previously|already|often|publicly|consistently|recently|since|now|so far)\s+){0,2}(\p{L}+)\b/giu;

/**
 * The present-perfect speech verb of a remark's sentence ("President Trump has warned that…",
 * "the package that senior U.S. officials have touted"), or undefined. `outside` is the sentence's
 * words outside quotation marks; `isSpeech` says whether a participle attributes speech.
 */
export function presentPerfectVerb(outside: string, isSpeech: (word: string) => boolean): string | undefined {
  return perfectSpeechVerb(outside, PRESENT_PERFECT, isSpeech);
}

/** "had also threatened", "had said": past perfect, before the events reported. */
const PAST_PERFECT = /\bhad\s+(?:(?:also|long|repeatedly|previously|already|earlier|once)\s+){0,2}(\p{L}+)\b/giu;

/** The past-perfect speech verb of a remark's sentence ("Mr Trump had also threatened “severe consequences”"), or undefined. */
export function pastPerfectVerb(outside: string, isSpeech: (word: string) => boolean): string | undefined {
  return perfectSpeechVerb(outside, PAST_PERFECT, isSpeech);
}

/**
 * The perfect of a speech verb that is the sentence's only speech verb: in "Okafor said teachers
 * had told the board…" the remark is Okafor's "said", and "had told" is what she reported.
 */
function perfectSpeechVerb(outside: string, perfect: RegExp, isSpeech: (word: string) => boolean): string | undefined {
  for (const match of outside.matchAll(perfect)) {
    if (!isSpeech(match[1].toLowerCase())) continue;
    // "so-called" names a term; it is no speech verb of the sentence.
    const rest = (outside.slice(0, match.index) + outside.slice(match.index + match[0].length)).replace(
      /\bso[-\u2010\u2011 ]called\b/gi,
      '',
    );
    if (!(rest.match(/\p{L}+/gu) ?? []).some((word) => isSpeech(word.toLowerCase()))) return match[0];
  }
  return undefined;
}

/**
 * A remark reported in the present perfect ("has warned") was made before the article, at a time
 * it does not give: the article's month, at month precision, as an approximation (the remark may
 * be older). With an article known only to the month or year, that; with none, no date.
 */
export function presentPerfectDate(article: ArticleDate, verb: string): ResolvedDate {
  if (!article.date) return articleDateOf(article);
  const precision = article.precision === 'year' ? 'year' : 'month';
  const date = precision === 'year' ? article.date.slice(0, 4) : article.date.slice(0, 7);
  const published = article.precision === 'day' ? longDate(article.date) : article.date;
  return {
    date,
    datePrecision: precision,
    dateBasis: `\u201C${verb}\u201D: present perfect, a remark made before the article of ${published} (${article.basis}) at a time it does not give; the article\u2019s ${precision}, an approximation`,
  };
}

const SPEECH_VERB_ANYWHERE = /\b(?:said|says|told|added|announced|stated|warned|argued|insisted|explained)\b/gi;
const SPEECH_BEFORE =
  /\b(?:said|says|told|added|wrote|announced|stated|warned|argued|insisted|explained|tweeted|posted|remarked)\b[^.;:\u201C\u201D"]{0,40}$/i;
const SPEECH_AFTER =
  /^[^.;:\u201C\u201D"]{0,60}\b(?:said|says|told|added|wrote|announced|stated|warned|argued|insisted|explained|tweeted|posted|remarked)\b/i;

/**
 * Whether a day or date in the sentence says when the words were said. A weekday, "yesterday" or a
 * full date does; a bare month or year does only beside the speech verb ("said in September",
 * "In 2023, she told…"): elsewhere it dates what the words are about ("the pilot starts in
 * September", "the first French winner since 2016"). Offsets of `mention` are into the text that
 * `sentence` starts at `sentenceStart` of.
 */
export function datesTheRemark(mention: DateMention, sentence: string, sentenceStart: number): boolean {
  const before = sentence.slice(0, Math.max(0, mention.start - sentenceStart));
  if (
    mention.kind !== 'month' &&
    mention.kind !== 'year' &&
    !(mention.kind === 'month-day' && mention.year !== undefined && mention.day === undefined)
  ) {
    // "It said it … had opened an additional ward on Monday evening", "said she would meet him on
    // Monday": a day in the reported clause, after a verb of its own in the past perfect or the
    // future, dates what is reported, not the remark.
    const verb = [...before.matchAll(SPEECH_VERB_ANYWHERE)].at(-1);
    return !verb || !/\b(?:had|would|will)\s+\p{L}+/u.test(before.slice(verb.index));
  }
  const after = sentence.slice(Math.max(0, mention.end - sentenceStart));
  // "said in September", "told the BBC in March"; not "said the ferry would start in September" (a clause of its own between).
  const between = SPEECH_BEFORE.exec(before)?.[0].replace(/^\S+/, '') ?? undefined;
  if (
    between !== undefined &&
    between.trim().split(/\s+/).length <= 5 &&
    !/\b(?:that|would|will|could|should|was|were|is|are|had|has|have|be|been|to|since|until|by|before|after|from)\b/i.test(
      between,
    )
  )
    return true;
  // "In September, Roe said…" / "Last March she told…": the date opens the sentence and a speech verb follows.
  return /^\s*(?:(?:in|on|last|back in|early|late|earlier|later)\s+){0,2}$/i.test(before) && SPEECH_AFTER.test(after);
}

/**
 * Words before a day that put it ahead ("will meet on Monday", "is expected on Friday", "by
 * Thursday"); not "better-than-expected profit on Friday" or "rose by 6% on Friday".
 */
export const FUTURE =
  /\b(?:will|would|could|shall|may|might|is due|are due|due to|(?<!-)expected|forecast for|planned|scheduled|ahead of)\b|\b(?:next|until|by)\s*$/i;
/** A day given for a speech act, or for a publication (a study, a report): not an occasion its quotes were said at. */
const SPEECH_IN_CLAUSE =
  /\b(?:said|says|told|added|announced|stated|warned|argued|insisted|explained|tweeted|posted|wrote|spoke|speaking|published|released|issued)\b/i;
/**
 * A speech act that is itself the event an article reports: words said to a public occasion ("told
 * a public inquiry", "told a packed news conference", "gave evidence to the committee"), or an
 * institution's announcement ("the city announced", "the federation confirmed"), whose spokespeople
 * are quoted from it.
 */
export const PUBLIC_SPEECH = new RegExp(
  String.raw`\b(?:told|addressed|gave evidence to|testified (?:to|before|at)|at)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:inquiry|hearing|conference|court|jury|tribunal|committee|meeting|rally|crowd|summit|parliament|assembly|session|briefing|congress|convention|audience|gathering|vigil|protest|trial)\b|\b[Tt]he\s+(?:[\p{Ll}-]+\s+){0,2}(?:city|town|council|government|ministry|department|company|firm|club|federation|association|league|authority|agency|board|police|university|school|hospital|trust|union|bank|regulator|court|commission|committee)\s+(?:has\s+|had\s+)?(?:announced|confirmed|said|declared|unveiled|published|released|issued)\b|\b(?:were|was)\s+announced\b|(?:^|,\s*)(?:officials|authorities|police|officers|organi[sz]ers|firefighters|rescuers)\s+(?:said|say|confirmed|announced)\b`,
  'u',
);
export const LEDE_KINDS = new Set<DateMention['kind']>(['weekday', 'relative', 'month-day', 'day-of-month']);
/** A wire or city dateline opening the lede ("VILLARD-DE-LANS, France, July 30, 2025 (AFP) -", "TORONTO —"): its date is the filing's, not the event's. */
export const DATELINE =
  /^\s*(?:\*+)?\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}. ]{2,30}?)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?(?:\s*\([^)]{2,30}\))?\s*[-\u2013\u2014]+\s+/u;

/**
 * The day of the event an article reports, from its opening paragraphs (the first three of 15
 * words or more, a dateline removed): "voted on Wednesday night", "in yesterday's derby". News
 * reports open with their event and its day, and remarks the article does not date otherwise were
 * most likely said at it. Not a day ahead ("will meet on Monday"), nor the day of one speaker's
 * remarks ("Witkoff said Sunday") or of a publication ("a study published on Tuesday": its quotes
 * are interviews), nor one more than a week before the article (background). Quotations in the
 * opening are left out. Undefined when none is found.
 */
export function ledeOccasion(
  paragraphs: readonly string[],
  article: ArticleDate,
  find: (text: string) => DateMention[] = defaultFind,
): ResolvedDate | undefined {
  if (!article.date || article.precision !== 'day') return undefined;
  // The lede and the paragraphs after it (a standfirst may come first; British papers often give the day in the second).
  const opening = openingParagraphs(paragraphs);
  for (const lede of opening) {
    // Quotations left out; "yesterday’s derby" and "Saturday’s vote" name the event's day here.
    const body = lede
      .replace(DATELINE, '')
      .replace(/[\u201C"][^\u201D"]*[\u201D"]/g, (quoted) => ' '.repeat(quoted.length))
      .replace(POSSESSIVE_DAY, '$1  ');
    for (const mention of find(body)) {
      if (!LEDE_KINDS.has(mention.kind)) continue;
      // "will meet Trump on Monday", "rain is forecast for Thursday": a day ahead, not the event reported.
      const clause =
        body
          .slice(0, mention.start)
          .split(/[.!?;,]\s|\s(?:after|before|when|as|while|and|but)\s/)
          .pop() ?? '';
      if (FUTURE.test(clause)) continue;
      // "Witkoff said Sunday": the day of one speaker's remarks (carried to that speaker's), not of the
      // event reported; but "told a public inquiry on Tuesday" and "the city announced on Wednesday"
      // are the event: words said at a public occasion, or a body's announcement.
      if (SPEECH_IN_CLAUSE.test(clause) && !PUBLIC_SPEECH.test(clause)) continue;
      const resolved = resolveMention(mention, article);
      if (!resolved || resolved.datePrecision !== 'day') continue;
      const age = daysBetween(resolved.date, article.date);
      if (age < 0 || age > 7) continue;
      return {
        date: resolved.date,
        datePrecision: 'day',
        dateBasis: `the day of the event the article reports (\u201C${mention.text}\u201D in its opening paragraphs, in an article dated ${longDate(article.date)}: ${longDate(resolved.date)}); the sentence itself names no day`,
      };
    }
  }
  return undefined;
}

/**
 * The lede and the two paragraphs after it: the first three of 15 words or more that are prose,
 * not a byline or publication line ("**Camille Beaulieu** | Northern Press Wire | Published
 * Tuesday, May 20, 2025": the day it went out, not the day of its news).
 */
export function openingParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs
    .filter(
      (paragraph) =>
        paragraph.split(/\s+/).filter(Boolean).length >= 15 &&
        !/\s\|\s/.test(paragraph) &&
        !/^\W*(?:By\s|(?:Published|Updated|Posted|First published)\b)/.test(paragraph),
    )
    .slice(0, 3);
}

export function defaultFind(text: string): DateMention[] {
  return findDateMentions(tokenize(text), text);
}

/**
 * A dateline without a year ("OSLO, May 3 (Reuters) -", "MADRID, Aug 27 (Reuters) -") resolved
 * against the article's publication date: the article's day, when it differs from the published
 * date by a few days (a page republished later; across a new year). Undefined when there is none.
 */
export function datelineDay(text: string, published: ArticleDate): ArticleDate | undefined {
  if (published.precision !== 'day') return undefined;
  const match =
    /(?:^|\n)\s*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}. ]{2,30}?)?,\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*(?:\([^)]{2,30}\))?\s*[-\u2013\u2014]/u.exec(
      text.slice(0, 3000),
    );
  if (!match) return undefined;
  const month = monthByPrefix(match[1]);
  const day = Number(match[2]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  const year = Number(published.date.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map(
    (y) => `${y}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  );
  const best = candidates.reduce((a, b) =>
    Math.abs(daysBetween(a, published.date)) <= Math.abs(daysBetween(b, published.date)) ? a : b,
  );
  const gap = daysBetween(best, published.date);
  if (gap === 0 || Math.abs(gap) > 7) return undefined;
  return {
    date: best,
    precision: 'day',
    basis: `the dateline \u201C${match[0].trim().replace(/\s*[-\u2013\u2014]$/, '')}\u201D in an article ${published.basis}`,
  };
}

/**
 * Words that put the story on the day its lede reports ("sending its shares up 6% in early trade",
 * "by 0815 GMT", "today"): written that day, not filed the morning after.
 */
const SAME_DAY =
  /\b(?:today|this (?:morning|afternoon|evening)|in (?:early|morning|afternoon|midday|late) (?:trade|trading|deals)|(?:by|at) \d{4} GMT|\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm) local time)\b/i;

/**
 * The year a dateline leaves out, from the weekday its lede gives the news ("OSLO, May 3 (Reuters)
 * - Nordvik Marine reported … on Friday"): a wire story's dateline falls on its lede's weekday or
 * the day after (filed the next morning). Of the two, with the latest year up to `notAfter` (ISO:
 * the file's date or the day of the import, ten years back at most) in which the date fell on that
 * weekday, the evidence decides, in this order: the article's other weekdays, when it names one
 * other than the lede's (a reporter names days just gone, so the dateline's day is the one they
 * reach back from least); words that put the story on the lede's day ("in early trade", "by 0815
 * GMT", "today"); one of the two years stated in the text; else the one nearer `notAfter`. For an
 * article that gives no year anywhere else; day precision, the basis saying it is inferred and how.
 * Undefined when the lede names no weekday or none fits.
 */
export function datelineYear(
  text: string,
  notAfter: string,
  find: (text: string) => DateMention[] = defaultFind,
): ArticleDate | undefined {
  const match =
    /(?:^|\n)[ \t]*(\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*[\p{L}. ]{2,30}?)?,\s*([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\s*(?:\([^)]{2,30}\))?)\s*[-\u2013\u2014]+\s+([^\n]*)/u.exec(
      text.slice(0, 3000),
    );
  if (!match) return undefined;
  const month = monthByPrefix(match[2]);
  const day = Number(match[3]);
  if (month < 0 || day < 1 || day > 31) return undefined;
  // The lede's first weekday, outside quotations and not ahead ("will meet on Monday").
  const lede = match[4]
    .split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]
    .replace(/[\u201C"][^\u201D"]*[\u201D"]/g, (q) => ' '.repeat(q.length));
  const weekday = find(lede).find(
    (mention) =>
      mention.kind === 'weekday' &&
      !FUTURE.test(
        lede
          .slice(0, mention.start)
          .split(/[,;]\s/)
          .pop() ?? '',
      ),
  )?.weekday;
  if (weekday === undefined) return undefined;
  const last = Number(notAfter.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  /** The latest year up to `notAfter`, ten years back at most, in which the dateline's date fell on `day`. */
  const latestOn = (weekdayWanted: number): string | undefined => {
    for (let year = last; year >= last - 10; year--) {
      const iso = `${year}-${pad(month + 1)}-${pad(day)}`;
      const date = new Date(`${iso}T00:00:00Z`);
      if (date.getUTCMonth() === month && iso <= notAfter && date.getUTCDay() === weekdayWanted) return iso;
    }
    return undefined;
  };
  // The lede's weekday is the dateline's day, or the day before it (a wire story filed the morning
  // after). The article's other weekdays decide: a reporter names days of the week just gone, so the
  // dateline's day is the one they reach back to least.
  const body = text
    .slice(match.index, match.index + 8000)
    .replace(/[\u201C"][^\u201D"\n]*[\u201D"]/g, (q) => ' '.repeat(q.length));
  const named = find(body)
    .filter(
      (mention) =>
        mention.kind === 'weekday' &&
        !FUTURE.test(
          body
            .slice(Math.max(0, mention.start - 80), mention.start)
            .split(/[,;.]\s/)
            .pop() ?? '',
        ),
    )
    .map((mention) => mention.weekday!);
  /** How many days back, in all, the article's weekdays reach from `date`. */
  const reach = (date: string) => {
    const from = new Date(`${date}T00:00:00Z`).getUTCDay();
    return named.reduce((sum, weekdayNamed) => sum + ((from - weekdayNamed + 7) % 7), 0);
  };
  const sameDay = latestOn(weekday);
  const dayAfter = latestOn((weekday + 1) % 7);
  let iso = sameDay ?? dayAfter;
  /** Why the one of the two was taken, when both fit. */
  let why = '';
  if (sameDay && dayAfter) {
    const years = new Set(body.match(/\b(?:19|20)\d{2}\b/g) ?? []);
    const stated = [sameDay, dayAfter].filter((candidate) => years.has(candidate.slice(0, 4)));
    const sameDayWords = SAME_DAY.exec(body)?.[0];
    if (named.some((weekdayNamed) => weekdayNamed !== weekday) && reach(dayAfter) !== reach(sameDay)) {
      iso = reach(dayAfter) < reach(sameDay) ? dayAfter : sameDay;
      why = 'the article\u2019s other weekdays reach back from that day least';
    } else if (sameDayWords) {
      iso = sameDay;
      why = `\u201C${sameDayWords}\u201D puts the story on that day`;
    } else if (stated.length === 1) {
      iso = stated[0];
      why = `the article names ${stated[0].slice(0, 4)}`;
    } else {
      iso = sameDay > dayAfter ? sameDay : dayAfter;
      why = `the nearer to ${notAfter} of ${longDate(sameDay)} and ${longDate(dayAfter)}`;
    }
  }
  if (!iso) return undefined;
  const after = iso === dayAfter && iso !== sameDay;
  return {
    date: iso,
    precision: 'day',
    basis: `the dateline \u201C${match[1].trim()}\u201D gives no year; its lede\u2019s \u201C${capitalise(WEEKDAYS[weekday])}\u201D makes it ${longDate(iso)}${
      after ? ', the day after it' : ''
    }${why ? ` (${why})` : ''}, the latest such year up to ${notAfter} (inferred: check it)`,
  };
}
