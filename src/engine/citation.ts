import type { Corpus, Person, Role, Statement } from './types';
import { venueOf, withArticle, type Venue } from './venue';
import { maskMarkdown } from './draft/markdown';
import { nameOfSpeaker } from './speakerName';
import { MONTH_NAMES, weekdayNameOf } from './text/calendar';

/** The weekday of an ISO date (YYYY-MM-DD), or undefined for a partial date. */
export function weekdayOf(isoDate: string): string | undefined {
  return weekdayNameOf(isoDate);
}

/** "Sunday 17 August 2025", "August 2025 (approximate)" — the date as a reporter reads it, honest about precision. */
export function formatStatementDate(statement: Pick<Statement, 'date' | 'datePrecision'>): string {
  const [year, month, day] = statement.date.split('-').map(Number);
  const monthName = month ? MONTH_NAMES[month - 1] : '';
  if (statement.datePrecision === 'day' && day) return `${weekdayOf(statement.date)} ${day} ${monthName} ${year}`;
  if (statement.datePrecision === 'week' && day) return `week of ${day} ${monthName} ${year}`;
  if (monthName && statement.datePrecision !== 'year') return `${monthName} ${year}`;
  return String(year);
}

/** How an inserted citation is written: `house` (the default) or `ap` (Associated Press style). */
export type CitationStyle = 'house' | 'ap';

export interface CitationOptions {
  /** `house` (default): `“…,” Marco Rubio said on CBS’s Face the Nation (Sunday 17 August 2025; The Washington Post).` `ap`: AP style. */
  style?: CitationStyle;
  /**
   * ISO date (YYYY-MM-DD) the citation is written for, normally the draft's date. AP style names
   * the weekday for a remark in the six days before it ("said Tuesday") and leaves out the year
   * of its own year; without it AP dates are given in full ("Oct. 8, 2025"). House style ignores it.
   */
  asOf?: string;
}

/**
 * A one-line citation for inserting into a draft. House style:
 * `“quote,” Marco Rubio said on CBS’s Face the Nation (Sunday 17 August 2025; The Washington Post).`
 * AP style: `“quote,” Secretary of State Marco Rubio said Sunday on CBS’s “Face the Nation,” according to The Washington Post.`
 * The venue is worded for its kind (see venueOf): "told reporters", "said in Brussels", "wrote on X".
 * A claim (a paraphrase in the source article's words) is never passed off as the reporter's own
 * sentence: it is quoted and credited to the publisher ("The Washington Post reported that “…”").
 * Never throws; an unknown speaker is "an unnamed source".
 */
export function formatCitation(
  statement: Statement,
  corpus: Pick<Corpus, 'people' | 'sources'>,
  options: CitationOptions = {},
): string {
  const style = options.style ?? 'house';
  const person = statement.speaker ? corpus.people.find((candidate) => candidate.id === statement.speaker) : undefined;
  const source = corpus.sources.find((candidate) => candidate.id === statement.source);
  const publisher = source?.publisher;
  const publishers = corpus.sources
    .flatMap((candidate) => [candidate.publisher, candidate.distributor ?? ''])
    .filter(Boolean);
  const venue = venueOf(statement.outlet, publishers, statement.context);
  const speaker =
    person && style === 'ap' ? apName(person, statement.date) : nameOfSpeaker(statement.speaker, () => person);
  const phrase = style === 'ap' ? apVenuePhrase(venue) : venue.phrase;
  const creditsPublisher = Boolean(publisher) && !(venue.publication && sameName(venue.publication, publisher!));

  if (statement.kind === 'claim') {
    // The article's words, quoted and credited: never the reporter's own sentence.
    const words = statement.text.trim().replace(/[\s.,;:]+$/, '');
    const reporter = publisher ? sentenceCase(withArticle(publisher)) : 'The source article';
    if (style === 'ap') {
      const citing = speaker ? `, citing ${speaker},` : '';
      return punctuateAp(`${reporter} reported ${apDate(statement, options.asOf, false)}${citing} that “${words}.”`);
    }
    const who = speaker
      ? `per ${speaker}${venue.kind === 'none' ? '' : `, who ${predicate(venue.verb, phrase)}`}; `
      : '';
    return `${reporter} reported that “${words}” (${who}${formatStatementDate(statement)}).`;
  }

  // “…give up,” not “…give up.,”: a quote's own full stop becomes the citation's comma.
  const quote = statement.text.trim().replace(/[.,;:]+$/, '');
  const comma = /[!?\u2026]$/.test(quote) ? '' : ',';
  const who = speaker ?? 'an unnamed source';
  if (style === 'ap') {
    // "said Oct. 8, 2025, on Fox News": AP's comma after a year that something follows (a "told" phrase comes before the date).
    const when = apDate(statement, options.asOf, venue.verb !== 'told' && phrase !== '' && !phrase.startsWith(','));
    const said =
      venue.verb === 'told'
        ? `told ${phrase} ${when}`
        : `${venue.verb} ${when}${phrase.startsWith(',') ? phrase : phrase ? ` ${phrase}` : ''}`;
    return punctuateAp(
      `“${quote}${comma}” ${who} ${said}${creditsPublisher ? `, according to ${withArticle(publisher!)}` : ''}.`,
    );
  }
  return `“${quote}${comma}” ${who} ${predicate(venue.verb, phrase)} (${formatStatementDate(statement)}${publisher ? `; ${publisher}` : ''}).`;
}

/** "said on Fox News Sunday", "told reporters", "said, speaking to European leaders", "said". */
function predicate(verb: Venue['verb'], phrase: string): string {
  if (!phrase) return verb;
  return phrase.startsWith(',') ? `${verb}${phrase}` : `${verb} ${phrase}`;
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sameName(a: string, b: string): boolean {
  const bare = (name: string) => name.replace(/^the\s+/i, '').toLowerCase();
  return bare(a) === bare(b);
}

/** AP wording of a venue: "news conference" for "press conference", a programme's title in quotation marks. */
function apVenuePhrase(venue: Venue): string {
  let phrase = venue.phrase
    .replace(/\bpress conference\b/g, 'news conference')
    .replace(/\bpress briefing\b/g, 'news briefing');
  if (venue.programme) phrase = phrase.replace(venue.programme, `“${venue.programme}”`);
  return phrase;
}

/** AP puts a comma or full stop inside closing quotation marks: `“Face the Nation,”`. */
function punctuateAp(text: string): string {
  return text.replace(/\u201D([.,])/g, '$1\u201D');
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * AP dates: "Tuesday" within the six days before `asOf`; "Oct. 8" in `asOf`'s year; "Oct. 8,
 * 2025" otherwise (with the comma AP puts after a year mid-sentence when `followed`); "in August
 * 2025", "in 2025" for a month or a year.
 */
export function apDate(
  statement: Pick<Statement, 'date' | 'datePrecision'>,
  asOf: string | undefined,
  followed: boolean,
): string {
  const [year, month, day] = statement.date.split('-').map(Number);
  const sameYear = asOf !== undefined && Number(asOf.slice(0, 4)) === year;
  if (statement.datePrecision === 'year' || !month) return `in ${year}`;
  if (statement.datePrecision === 'month' || !day) return `in ${MONTH_NAMES[month - 1]}${sameYear ? '' : ` ${year}`}`;
  const full = `${AP_MONTHS[month - 1]} ${day}${sameYear ? '' : `, ${year}${followed ? ',' : ''}`}`;
  if (statement.datePrecision === 'week') return `the week of ${full}`;
  if (asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    const days = (Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${statement.date}T00:00:00Z`)) / 86_400_000;
    if (days >= 0 && days < 7) return weekdayOf(statement.date)!;
  }
  return full;
}

/** Formal titles AP capitalises before a name; occupational ones ("spokesman", "envoy") stay lower case. */
const FORMAL_TITLE_WORDS = new Set([
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'chancellor',
  'senator',
  'governor',
  'mayor',
  'king',
  'queen',
  'ambassador',
  'judge',
  'general',
  'pope',
  'premier',
  'councillor',
  'councilor',
  'deputy',
  'foreign',
  'defense',
  'defence',
  'finance',
  'state',
  'speaker',
]);
const AP_ABBREVIATIONS: Record<string, string> = {
  Senator: 'Sen.',
  Representative: 'Rep.',
  Governor: 'Gov.',
  Lieutenant: 'Lt.',
};

/** "Secretary of State Marco Rubio", "Kremlin spokesman Dmitry Peskov": a short title held on `date`, capitalised before the name. */
function apName(person: Person, date: string): string {
  if (person.kind !== 'person') return person.name;
  const role = person.roles.find((candidate) => held(candidate, date) && usableBeforeName(candidate.title));
  if (!role) return person.name;
  const words = role.title.split(/\s+/);
  const title = words
    .map((word, index) => {
      const capital =
        FORMAL_TITLE_WORDS.has(word.toLowerCase()) && !(index > 0 && ['of', 'the'].includes(word.toLowerCase()))
          ? word[0].toUpperCase() + word.slice(1)
          : word;
      return index === words.length - 1 ? (AP_ABBREVIATIONS[capital] ?? capital) : capital;
    })
    .join(' ');
  return `${title} ${person.name}`;
}

function held(role: Role, date: string): boolean {
  return (!role.from || role.from.slice(0, date.length) <= date) && (!role.to || role.to >= date);
}

/** AP puts long titles after the name; only a short one ("Secretary of State", "U.S. special envoy") goes before it. */
function usableBeforeName(title: string): boolean {
  if (
    /\bof\b/.test(title) &&
    !/\bof (?:State|Defense|Defence|War|Commerce|Energy|Labor|Transportation|Education|Agriculture|Health|Justice|Homeland Security|the Treasury|the Interior)$/.test(
      title,
    )
  )
    return false;
  return (
    title.split(/\s+/).length <= 4 &&
    !/[()]/.test(title) &&
    !/\b(?:from|at|former)\b/i.test(title) &&
    /^[\p{L}.]/u.test(title)
  );
}

/** The date a draft gives itself (front matter `date:`, YAML or TOML) as YYYY-MM-DD, for a citation's `asOf`; undefined when it gives none. */
export function draftDateOf(draft: string): string | undefined {
  return maskMarkdown(draft).frontMatterDate;
}
