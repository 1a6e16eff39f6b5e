import type { DiffPart, Fix, OffsetRange, Person, Role, Statement } from './types';
import { speakerName, surnameOf, type JudgeContext } from './judge/context';
import { unknownSpeakerWords } from './speakerName';
import { COURTESY_TITLE_PREFIX } from './draft/titles';
import { venueOf } from './venue';

/**
 * The words of quick fixes: a title that says what changes (`Replace “Ukraine” with “Russia”`,
 * `Change “Tuesday” to “Wednesday”`, `Change the speaker to Jane Roe`), and the name a speaker
 * fix writes, in the draft's own style.
 */

/** Longest run of words a fix title quotes before shortening it with "…". */
const MAX_QUOTED = 40;

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length <= MAX_QUOTED ? flat : `${flat.slice(0, MAX_QUOTED - 1).trimEnd()}…`}”`;
}

/** `Replace “Ukraine” with “Russia”`: words inside a quotation put back as the record has them. */
export function replaceTitle(draftWords: string, recordWords: string): string {
  return `Replace ${quoted(draftWords)} with ${quoted(recordWords)}`;
}

/** `Change “Tuesday” to “Wednesday”`: a day, date, number or outlet in the draft's own words. */
export function changeTitle(draftWords: string, recordWords: string): string {
  return `Change ${quoted(draftWords)} to ${quoted(recordWords)}`;
}

/** `Change the speaker to Jane Roe`. */
export function speakerTitle(recordName: string): string {
  return `Change the speaker to ${recordName}`;
}

/**
 * The title of a fix that restores a quotation, from the word diff (record → draft): one or two
 * changes are spelled out (`Replace “Ukraine” with “Russia”`, `Remove “very”`, `Insert “not”`,
 * joined by "and"); more are counted (`Restore the verbatim quote (3 changes)`).
 */
export function restoreQuoteTitle(diff: readonly DiffPart[] | undefined): string {
  const hunks: { draft: string[]; record: string[] }[] = [];
  let open: { draft: string[]; record: string[] } | undefined;
  for (const part of diff ?? []) {
    if (part.op === 'same') {
      open = undefined;
      continue;
    }
    if (!open) hunks.push((open = { draft: [], record: [] }));
    (part.op === 'added' ? open.draft : open.record).push(part.text);
  }
  if (hunks.length === 0 || hunks.length > 2)
    return hunks.length ? `Restore the verbatim quote (${hunks.length} changes)` : 'Restore the verbatim quote';
  const phrases = hunks.map(({ draft, record }, index) => {
    const [d, r] = [draft.join(' '), record.join(' ')];
    const verb = (word: string) => (index === 0 ? word : word.toLowerCase());
    if (d && r) return index === 0 ? replaceTitle(d, r) : `${quoted(d)} with ${quoted(r)}`;
    return d ? `${verb('Remove')} ${quoted(d)}` : `${verb('Insert')} ${quoted(r)}`;
  });
  return phrases.join(' and ');
}

/**
 * What a speaker fix writes in place of the draft's mention `written` ("Mayor Smith", "Smith’s",
 * "Mr Smith", "John Smith"): the record's speaker named as a reporter would at that point of the
 * draft. The full name on a first reference, the surname once `before` (the draft up to the
 * mention) has named them in full; a title the draft put before the name is kept when the
 * record's speaker held it on `date` ("Mayor Roe"), dropped otherwise; an honorific only where the
 * corpus gives the person one ("Ms Roe" among their aliases); a possessive stays.
 * `draftNames` are the spellings of the person the draft named (to tell their name from a title).
 */
export function speakerReplacement(
  written: string,
  before: string,
  record: Pick<Person, 'name' | 'aliases' | 'roles'>,
  date: string,
  draftNames: readonly string[] = [],
): string {
  const possessive = /['\u2019]s$/.exec(written)?.[0] ?? '';
  let bare = written.slice(0, written.length - possessive.length).trim();
  const hadHonorific = COURTESY_TITLE_PREFIX.test(bare);
  bare = bare.replace(COURTESY_TITLE_PREFIX, '').trimStart();
  const words = bare.split(/\s+/);
  const nameWords = new Set(draftNames.flatMap((name) => name.toLowerCase().split(/\s+/)));
  // The words before the draft speaker's name are a title ("Deputy Mayor Smith"); with no name
  // to go by, only the capitalised words before the last one that a role of the record's speaker has.
  let t = 0;
  if (nameWords.size > 0) while (t < words.length - 1 && !nameWords.has(words[t].toLowerCase())) t++;
  const title = words.slice(0, t).join(' ');
  // Held: every word of it is in a role held that day, and it names the same office ("Mayor" for
  // "Mayor of Springfield"; not "U.S." alone, which "U.S. Secretary of State" also contains).
  const heldTitle =
    title !== '' &&
    record.roles.some(
      (role) => held(role, date) && hasWords(role.title, title) && headOf(role.title) === headOf(title),
    );
  const namedBefore = [
    record.name,
    ...record.aliases.filter((alias) => /\s/.test(alias) && !COURTESY_TITLE_PREFIX.test(alias)),
  ].some((name) => new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').test(before));
  const surname = surnameOf(record.name);
  const honorific =
    hadHonorific && namedBefore && !heldTitle
      ? record.aliases
          .map((alias) => {
            const courtesy = COURTESY_TITLE_PREFIX.exec(alias)?.[0];
            return courtesy && alias.slice(courtesy.length) === surname ? courtesy.trimEnd() : undefined;
          })
          .find(Boolean)
      : undefined;
  const name = namedBefore ? `${honorific ? `${honorific} ` : ''}${surname}` : record.name;
  const named = `${heldTitle ? `${title} ` : ''}${name}${possessive}`;
  // "Von der Leyen said" at the start of a sentence.
  return /(?:^|[.!?]["\u201D\u2019)]?\s+|\n\s*)$/.test(before) ? named.charAt(0).toUpperCase() + named.slice(1) : named;
}

/**
 * The fix for a wrong speaker: the draft's mention at `range` replaced by the record's speaker,
 * named as speakerReplacement says, titled `Change the speaker to <name>`.
 */
export function speakerFix(
  context: JudgeContext,
  text: string,
  range: OffsetRange,
  statement: Statement,
  draftSpeaker: string | null | undefined,
): Fix {
  const recordName = speakerName(context, statement.speaker);
  const record = statement.speaker ? context.directory.person(statement.speaker) : undefined;
  const draftWords = unknownSpeakerWords(draftSpeaker);
  const draftPerson = draftSpeaker && draftWords === undefined ? context.directory.person(draftSpeaker) : undefined;
  // Their names without title words ("President Trump" as an alias names Trump, not "President").
  const titleWords = new Set((draftPerson?.roles ?? []).flatMap((role) => role.title.toLowerCase().split(/\s+/)));
  const draftNames = (
    draftPerson ? [draftPerson.name, ...draftPerson.aliases] : draftWords !== undefined ? [draftWords] : []
  ).map((name) =>
    name
      .split(/\s+/)
      .filter((word) => !titleWords.has(word.toLowerCase()))
      .join(' '),
  );
  const start = titleStart(text, range, draftPerson, draftNames);
  const written = text.slice(start, range.end);
  const replacement = record
    ? speakerReplacement(written, text.slice(0, start), record, statement.date, draftNames)
    : recordName;
  return { range: { start, end: range.end }, text: replacement, label: speakerTitle(recordName) };
}

/**
 * Where the words naming the draft's speaker begin: the mention, widened over title words just
 * before it that belong to the draft speaker's roles ("U.S." before "President Donald Trump"), and
 * over "the" before a role named without a name ("the Kremlin spokesman"), so the fix leaves no
 * stray "U.S. Rubio" or "the Marco Rubio".
 */
function titleStart(
  text: string,
  range: OffsetRange,
  draftPerson: Person | undefined,
  draftNames: readonly string[],
): number {
  let start = range.start;
  const roleWords = new Set(
    (draftPerson?.roles ?? [])
      .flatMap((role) => role.title.toLowerCase().split(/\s+/))
      .filter((word) => !['the', 'of', 'and', 'for'].includes(word)),
  );
  for (let k = 0; k < 3; k++) {
    const previous = /(\S+)([ \t]+)$/.exec(text.slice(Math.max(0, start - 40), start));
    if (!previous || !/^[\p{Lu}]/u.test(previous[1]) || !roleWords.has(previous[1].toLowerCase())) break;
    start -= previous[0].length;
  }
  const nameWords = new Set(draftNames.flatMap((name) => name.toLowerCase().split(/\s+/)));
  const roleOnly = !text
    .slice(range.start, range.end)
    .toLowerCase()
    .split(/[\s\u2019']+/)
    .some((word) => nameWords.has(word));
  const article = roleOnly ? /\b[Tt]he[ \t]+$/.exec(text.slice(Math.max(0, start - 6), start)) : null;
  return article ? start - article[0].length : start;
}

/**
 * The name a wrong-outlet fix puts where the draft named an outlet: the record's programme or
 * publication ("CBS’s Face the Nation", "ABC News" from "ABC News interview"); undefined when the
 * record's venue is no name (reporters, a place, a statement), which no single word swap can say.
 */
export function outletName(outlet: string): string | undefined {
  const venue = venueOf(outlet);
  if (venue.kind === 'programme') return outlet;
  if (venue.kind === 'publication' || venue.kind === 'interview') return venue.publication?.replace(/['\u2019]s$/, '');
  return undefined;
}

/** The office a title names: the word before "of", or its last word ("Secretary" of "U.S. Secretary of State"). */
function headOf(title: string): string {
  const words = title.toLowerCase().split(/\s+/);
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words[words.length - 1]) ?? '';
}

function held(role: Role, date: string): boolean {
  return (
    (!role.from || role.from.slice(0, date.length) <= date) && (!role.to || role.to >= date.slice(0, role.to.length))
  );
}

/** True when every word of `title` is a word of `roleTitle`, ignoring case: "Mayor" in "Mayor of Springfield". */
function hasWords(roleTitle: string, title: string): boolean {
  const role = new Set(roleTitle.toLowerCase().split(/[\s-]+/));
  return title
    .toLowerCase()
    .split(/[\s-]+/)
    .every((word) => role.has(word));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
