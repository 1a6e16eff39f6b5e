// When a remark in a draft was made, by the draft's own words: "on Monday" in a draft dated Tuesday
// 19 August 2025 is Monday 18 August. The same day readers the checker uses (draft/dates), so "Add
// Selection to Corpus" proposes the day the draft gives, not today.
import { findDateMentions, resolveWeekday, addDays, type DateMention } from './draft/dates';
import { maskMarkdown } from './draft/markdown';
import { splitParagraphs, splitSentences, type Span } from './draft/segment';
import { formatStatementDate } from './citation';
import { tokenize } from './text/tokens';
import type { OffsetRange } from './types';

/** A remark's date as the draft gives it: ISO `date` (YYYY-MM-DD), and `basis`, how it was worked out, for the record's dateBasis. */
export interface RemarkDate {
  date: string;
  basis: string;
}

/**
 * The date of the remark at `range` (UTF-16 offsets into `draft`, e.g. a selected quotation): the
 * first day named in its sentence outside the selection ("on Monday", "yesterday", "Aug. 17"),
 * else in its paragraph, resolved against the draft's date (front matter `date:`, else
 * `options.draftDate`); the draft's date itself when no day is named. Undefined when the draft
 * has no date and names no full date. Pure: the same input gives the same answer.
 */
export function remarkDate(
  draft: string,
  range: OffsetRange,
  options: { draftDate?: string; format?: 'markdown' | 'plaintext' } = {},
): RemarkDate | undefined {
  const masked = maskMarkdown(draft, options.format ?? 'markdown');
  const draftDate = validDay(masked.frontMatterDate) ?? validDay(options.draftDate);
  const paragraph = splitParagraphs(masked.text, masked.breaks).find(
    (span) => span.start <= range.start && range.start <= span.end,
  );
  if (paragraph) {
    const sentences = splitSentences(masked.text, paragraph).filter(
      (sentence) => sentence.start < Math.max(range.end, range.start + 1) && range.start < sentence.end,
    );
    for (const spans of [sentences, [paragraph]]) {
      for (const mention of mentionsIn(masked.text, spans, range)) {
        const resolved = resolve(mention, draftDate);
        if (resolved) return { date: resolved, basis: basisFor(mention, resolved, draftDate) };
      }
    }
  }
  return draftDate
    ? {
        date: draftDate,
        basis: `The draft’s date (${formatStatementDate({ date: draftDate, datePrecision: 'day' })}); the draft names no day for the remark.`,
      }
    : undefined;
}

function validDay(date: string | undefined): string | undefined {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
}

/** Day mentions in `spans`, outside the selection (a day inside a quotation is what was said about, not when). */
function mentionsIn(text: string, spans: Span[], selection: OffsetRange): DateMention[] {
  const mentions: DateMention[] = [];
  for (const span of spans) {
    const tokens = tokenize(text.slice(span.start, span.end), span.start);
    mentions.push(
      ...findDateMentions(tokens, text).filter(
        (mention) => mention.end <= selection.start || mention.start >= selection.end,
      ),
    );
  }
  return mentions;
}

function resolve(mention: DateMention, draftDate: string | undefined): string | undefined {
  if (mention.kind === 'weekday' && mention.weekday !== undefined && draftDate)
    return resolveWeekday(mention.weekday, draftDate);
  if (mention.kind === 'relative' && draftDate && mention.offsets?.length === 1)
    return addDays(draftDate, mention.offsets[0]);
  if (mention.kind === 'month-day' && mention.month !== undefined && mention.day !== undefined) {
    const year = mention.year ?? (draftDate ? Number(draftDate.slice(0, 4)) : undefined);
    if (year === undefined) return undefined;
    const iso = `${year}-${String(mention.month + 1).padStart(2, '0')}-${String(mention.day).padStart(2, '0')}`;
    // "Aug. 17" in a draft dated January names last year's August.
    return mention.year === undefined && draftDate && iso > draftDate ? `${year - 1}${iso.slice(4)}` : iso;
  }
  return undefined;
}

function basisFor(mention: DateMention, resolved: string, draftDate: string | undefined): string {
  const day = formatStatementDate({ date: resolved, datePrecision: 'day' });
  if (mention.kind === 'month-day' && mention.year !== undefined) return `“${mention.text}” in the draft (${day}).`;
  return `“${mention.text}” in a draft dated ${draftDate ? formatStatementDate({ date: draftDate, datePrecision: 'day' }) : 'that year'}: ${day}.`;
}
