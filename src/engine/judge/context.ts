import type { Person, Source, Statement } from '../types';
import type { PersonDirectory } from '../draft/people';
import type { OutletDirectory } from '../draft/outlets';
import type { StatementIndex } from '../match/statementIndex';
import { tokenize } from '../text/tokens';
import { nameOfSpeaker, unknownSpeakerWords } from '../speakerName';
import { COURTESY_TITLE_PREFIX } from '../draft/titles';
import { conflictMessage, omittedFor, sourceLine, type SourcePart } from '../messages';
import type { SlotConflict } from './slots';

/** What the judges need from the corpus, built once per FactChecker. */
export interface JudgeContext {
  index: StatementIndex;
  directory: PersonDirectory;
  /** The outlets the built-in list and the corpus name. */
  outlets: OutletDirectory;
  sources: Map<string, Source>;
  draftDate?: string;
  minScore: number;
  /** Stems of names, days and number words: what a paraphrase may get wrong, so not evidence of its topic. */
  slotStems: Set<string>;
  /** Stems of people's names and role phrases: weak evidence of topic. */
  nameStems: Set<string>;
  /**
   * Stems of named people's names and roles only. An anonymous source's description ("a person
   * with knowledge of the plans") is weighed like a name but its words still count as shared topic.
   */
  namedPersonStems: Set<string>;
}

/** A speaker as a message names them (see nameOfSpeaker); "an unnamed source" for none. */
export function speakerName(context: JudgeContext, personId: string | null | undefined): string {
  return nameOfSpeaker(personId, (id) => context.directory.person(id)) ?? 'an unnamed source';
}

export function speakerKind(
  context: JudgeContext,
  personId: string | null | undefined,
): Person['kind'] | 'unknown' | undefined {
  if (!personId) return undefined;
  if (unknownSpeakerWords(personId) !== undefined) return 'unknown';
  return context.directory.person(personId)?.kind;
}

/**
 * Whether the draft's speaker is the body the record's speaker speaks for: "Northline said" for
 * the words of Northline Trains' managing director, "the ministry said" for its spokesperson's.
 * Reporters attribute an official's words to the organisation; that is vaguer, not wrong. True
 * when every word of an unknown speaker's name is in one of the record speaker's role titles.
 */
export function speaksFor(
  context: JudgeContext,
  draftSpeaker: string | null | undefined,
  recordSpeaker: string | null | undefined,
): boolean {
  const draftWords = unknownSpeakerWords(draftSpeaker);
  if (draftWords === undefined || !recordSpeaker) return false;
  if (namesBodyBack(context, draftWords, recordSpeaker)) return true;
  const titles = (context.directory.person(recordSpeaker)?.roles ?? []).map((role) =>
    tokenize(role.title).map((token) => token.norm),
  );
  // A body named in lower case ("the forests ministry", "the premier's office", "the government",
  // "the Jal Shakti ministry": its head in lower case, whatever the words before it): its head says
  // only that a body speaks; the words before it say whose, in any form of the word.
  const head = draftWords.trim().split(/\s+/).pop() ?? '';
  if (!/\p{Lu}/u.test(head)) {
    const words = tokenize(draftWords)
      .map((token) => token.norm.replace(/['\u2019]?s$/, ''))
      .filter((norm) => norm !== 'the' && !GENERIC_BODY_WORDS.has(norm));
    // "the government said" speaks for a minister or a premier, not for the opposition leader or a
    // First Nation's chief; "the office said" for any office holder.
    if (words.length === 0) {
      const holders = tokenize(draftWords).some((token) => GOVERNMENT_WORDS.has(token.norm))
        ? POLITICAL_OFFICE_WORDS
        : OFFICE_WORDS;
      return titles.some((title) => title.some((word) => holders.has(word)));
    }
    return titles.some((title) => words.every((word) => title.some((other) => sameRoot(word, other))));
  }
  const words = tokenize(draftWords)
    .map((token) => token.norm)
    .filter((norm) => norm !== 'the');
  if (words.length === 0) return false;
  return titles.some((title) => words.every((word) => title.includes(word)));
}

/** Titles of those a government or an organisation's office speaks for. */
const OFFICE_WORDS = new Set(
  'minister premier president secretary mayor governor commissioner director chief executive ceo chair chairman chairwoman spokesperson spokesman spokeswoman head'.split(
    ' ',
  ),
);

/** A government as a body: it speaks for its ministers, not for every office holder. */
const GOVERNMENT_WORDS = new Set(['government', 'administration', 'province', 'state', 'city']);
const POLITICAL_OFFICE_WORDS = new Set(['minister', 'premier', 'president', 'secretary', 'mayor', 'governor']);

/**
 * "the group", "the forum": a body the story has named, referred back to by a bare lower-case
 * noun. It speaks for a record speaker that is a body (Person.kind `group`) when the noun is one
 * for any body, or the last word of the body's name or an alias ("the forum" for the Shishu
 * Swasthya Forum). A qualified noun ("the health forum") is left to the role comparison.
 */
function namesBodyBack(context: JudgeContext, draftWords: string, recordSpeaker: string): boolean {
  const person = context.directory.person(recordSpeaker);
  if (!person || person.kind !== 'group' || /\p{Lu}/u.test(draftWords)) return false;
  const words = tokenize(draftWords)
    .map((token) => token.norm)
    .filter((norm) => norm !== 'the');
  if (words.length !== 1) return false;
  if (ANY_BODY_WORDS.has(words[0])) return true;
  return [person.name, ...person.aliases].some((name) => tokenize(name).at(-1)?.norm === words[0]);
}

/** Nouns that refer back to any body, whatever its name. */
const ANY_BODY_WORDS = new Set(['group', 'organisation', 'organization', 'body']);

/** Words for a body as such, which say nothing of whose it is. */
const GENERIC_BODY_WORDS = new Set(
  'office government administration ministry department province state city spokesperson spokesman spokeswoman team press staff aide official headquarter'.split(
    ' ',
  ),
);

/** One word and another of its family ("forests"/"forest", "ministry"/"minister"): a shared opening of five letters, or the same word. */
function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= 5 || (common >= 4 && common === Math.min(a.length, b.length));
}

/**
 * "Steve Witkoff, Fox News Sunday, 17 Aug 2025" — the record in one breath, for a message's
 * source. Parts in `omit` (those the message's difference already names) are left out.
 */
export function recordLine(context: JudgeContext, statement: Statement, omit: SourcePart[] = []): string {
  const speaker = statement.speaker ? speakerName(context, statement.speaker) : null;
  return sourceLine(statement, speaker, context.sources.get(statement.source)?.publisher, omit);
}

/** A slot conflict (number, day, outlet) as a finding's fields: the difference first, then the source. */
export function slotFinding(slot: SlotConflict, statement: Statement, context: JudgeContext) {
  return {
    kind: slot.kind,
    range: slot.range,
    fix: slot.fix,
    difference: slot.difference,
    message: conflictMessage(
      slot.kind,
      slot.difference,
      recordLine(context, statement, omittedFor(slot.kind, slot.difference)),
      slot.note,
    ),
  };
}

/** Shortens a long quote for a one-line message. */
export function shorten(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Answers in the draft's style: a surname for a surname, a full name otherwise. */
export function nameLike(mentionText: string, recordName: string): string {
  const honorific = COURTESY_TITLE_PREFIX.exec(mentionText)?.[0] ?? '';
  const bare = mentionText.slice(honorific.length);
  const possessive = /['\u2019]s$/.test(bare) ? bare.slice(-2) : '';
  if (!/\s/.test(bare.trim())) return `${honorific}${surnameOf(recordName)}${possessive}`;
  return `${recordName}${possessive}`;
}

/** "Ursula von der Leyen" → "von der Leyen"; "Marco Rubio" → "Rubio". */
export function surnameOf(name: string): string {
  const words = name.split(' ');
  const particle = words.findIndex(
    (word, index) => index > 0 && /^(?:von|van|der|de|da|di|del|le|la|bin|al)$/.test(word),
  );
  return particle > 0 ? words.slice(particle).join(' ') : words[words.length - 1];
}
