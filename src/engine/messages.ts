// How a finding is worded, in one place: every kind leads with the difference (the draft's words,
// then the record's), then the source, short, without repeating what the difference already says.
// The Problems panel cuts a row at its width, so what differs must come first.
import type { Difference, FindingKind, Statement } from './types';
import { OutletDirectory } from './draft/outlets';
import { tokenize } from './text/tokens';
import { SHORT_MONTH_NAMES } from './text/calendar';
import { KIND_REGISTRY, type FindingKindInfo } from './kinds';

/** The label a finding's message and hover open with, one per kind. */
export const KIND_LABELS = Object.fromEntries(
  KIND_REGISTRY.map((info: FindingKindInfo) => [info.id, info.messageLabel ?? info.label]),
) as Record<FindingKind, string>;

/** The longest either side of a difference may be in a message (the two share twice this), so both fit in the Problems panel's first 80 characters. */
export const MAX_DIFFERENCE_CHARS = 28;

/** "17 Aug 2025", "week of 17 Aug 2025", "Aug 2025", "2025": the record's date as a message gives it (the hover has the weekday). */
export function shortDate(statement: Pick<Statement, 'date' | 'datePrecision'>): string {
  const [year, month, day] = statement.date.split('-').map(Number);
  const monthName = month ? SHORT_MONTH_NAMES[month - 1] : '';
  if (statement.datePrecision === 'day' && day) return `${day} ${monthName} ${year}`;
  if (statement.datePrecision === 'week' && day) return `week of ${day} ${monthName} ${year}`;
  if (monthName && statement.datePrecision !== 'year') return `${monthName} ${year}`;
  return String(year);
}

/** Shortens text to at most `max` characters on one line, at a word's end when one is near, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.—-]+$/, '')}…`;
}

/** What a source line leaves out because the difference already names it. */
export type SourcePart = 'speaker' | 'outlet' | 'date';

/**
 * The record in a few words: "Marco Rubio, CBS’s Face the Nation, 17 Aug 2025". `speaker` is the
 * record's speaker's display name (null: a reported fact, credited to `publisher`). Parts in
 * `omit` are left out; an empty field is never printed; a venue that is not an outlet only
 * stands in for the speaker when the speaker is left out.
 */
export function sourceLine(
  statement: Statement,
  speaker: string | null,
  publisher: string | undefined,
  omit: SourcePart[] = [],
): string {
  const parts: string[] = [];
  if (!omit.includes('speaker') || !statement.speaker) parts.push(speaker ?? publisher ?? 'the record');
  // A venue ("Brussels, alongside …", "told reporters") says where, not who published: it is
  // given only when the speaker is left out and it is all the line has besides the date.
  const venue = statement.outlet && outletOrVenue(statement.outlet) === 'venue';
  if (statement.outlet && !omit.includes('outlet') && (!venue || omit.includes('speaker')))
    parts.push(clip(statement.outlet, 40));
  if (!omit.includes('date')) parts.push(shortDate(statement));
  return parts.filter(Boolean).join(', ');
}

/** What the source line of a conflict leaves out: the slot the difference names (a date only when the difference gives it in full). */
export function omittedFor(kind: FindingKind, difference?: Difference): SourcePart[] {
  if (kind === 'misattribution') return ['speaker'];
  if (kind === 'wrong-outlet') return ['outlet'];
  if (kind === 'wrong-date' && difference && /\b\d{4}\b/.test(difference.record)) return ['date'];
  return [];
}

/**
 * A conflict's one-line message: `Misquote: “Ukraine” where the record has “Russia” — Marco Rubio,
 * CBS’s Face the Nation, 17 Aug 2025.` Either side of the difference is clipped to
 * MAX_DIFFERENCE_CHARS; `note` (a sentence) follows the source.
 */
export function conflictMessage(kind: FindingKind, difference: Difference, source: string, note?: string): string {
  const more = difference.more ? ` (and ${difference.more} other ${difference.more === 1 ? 'change' : 'changes'})` : '';
  return `${KIND_LABELS[kind]}: ${differenceText(difference)}${more} — ${source}.${note ? ` ${note}` : ''}`;
}

/** “draft” where the record has “record”; one side may be empty (words the draft added or dropped). */
export function differenceText(difference: Difference): string {
  // The two sides share a budget: a short draft side leaves room for a long record side ("CNN" against "BBC Radio 4's Today programme").
  const draft = clip(difference.draft, MAX_DIFFERENCE_CHARS);
  const record = clip(difference.record, Math.max(MAX_DIFFERENCE_CHARS, 2 * MAX_DIFFERENCE_CHARS - draft.length));
  if (!draft) return `the record has “${record}” here`;
  if (!record) return `“${draft}” is not in the record`;
  return `“${draft}” where the record has “${record}”`;
}

/** A message that is not a conflict: `Sourced: Steve Witkoff, Fox News Sunday, 17 Aug 2025.` */
export function plainMessage(label: string, text: string): string {
  return `${label}: ${text}${/[.!?…]$/.test(text) ? '' : '.'}`;
}

let builtInOutlets: OutletDirectory | undefined;
const venueCache = new Map<string, 'outlet' | 'venue'>();

/**
 * Whether a record's `outlet` names an outlet (a newspaper, a programme, a platform: "Fox News
 * Sunday", "X") or only where the words were said (a place or an occasion: "Brussels, alongside
 * …", "told reporters"). Judged by the built-in outlet list.
 */
export function outletOrVenue(outlet: string): 'outlet' | 'venue' {
  const cached = venueCache.get(outlet);
  if (cached) return cached;
  // An occasion is where it was said, even when the list knows its name ("Munich Security Conference").
  if (/\b(?:conference|summit|forum|rally|hearing|meeting)\b/i.test(outlet)) return 'venue';
  builtInOutlets ??= new OutletDirectory();
  const named = (family: string) => !family.startsWith('venue:');
  // A listed outlet, or one named the way reporters name outlets ("interview with The Sunday Courier").
  const answer =
    [...builtInOutlets.familiesOf(outlet)].some(named) ||
    builtInOutlets.find(tokenize(outlet), outlet).some((mention) => [...mention.families].some(named))
      ? 'outlet'
      : 'venue';
  venueCache.set(outlet, answer);
  return answer;
}
