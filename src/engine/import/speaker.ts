/**
 * Who said a unit's words, when the reading left it open or took a guess: the stages below run in
 * order on each unit, each only where the ones before found no speaker (or a wrong kind), over
 * what the article so far says of its speakers (`SpeakerContext`).
 */
import { tokenize } from '../text/tokens';
import { hasSpeechVerb } from './speech';
import { personId } from './ids';
import type { ProposedPerson } from './types';
import type { Unit } from './unit';
import { knightedFullName } from './new-people';
import { dropTitleCount, isBodyName, looksLikePerson } from './antecedent';
import { ANONYMOUS, NAMED_BODY_SPOKESPERSON, UNNAMED_BY_REQUEST } from './bodies';
import { anonymousSpeaker, type Attribution, type SpeakerContext } from './speaker-context';
import { byColonSubject, bySpeechVerb } from './speaker-verbs';
import { byItSaid, byOffice, bySpokesperson, byWhichSaid } from './speaker-bodies';

export { speakerContext, type Attribution, type SpeakerContext } from './speaker-context';

/** The stages, in the order they run. */
const STAGES = [
  unsetPronounToGroup,
  byOffice,
  byUnnamedSubject,
  byContinuation,
  bySpeechVerb,
  byColonSubject,
  byWhichSaid,
  byGuess,
  settleUnknown,
  byAnonymous,
  bySpokesperson,
  byItSaid,
  remember,
];

/** Who said a unit's words (remembered in `ctx` for the units after it). */
export function resolveSpeaker(unit: Unit, ctx: SpeakerContext): Attribution {
  const at: Attribution = { speaker: unit.speaker, reason: unit.reason, confidence: unit.confidence };
  for (const stage of STAGES) stage(unit, at, ctx);
  return at;
}

/** "he" and "she" are people: a pronoun the reading gave to a body (the last speaker) is unresolved. */
function unsetPronounToGroup(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  if (
    unit.kind === 'quote' &&
    at.speaker &&
    at.reason.startsWith('pronoun resolved to the last speaker named') &&
    (ctx.directory.person(at.speaker)?.kind ?? ctx.newPersons.find((person) => person.id === at.speaker)?.kind) ===
      'group'
  )
    at.speaker = null;
}

/** "A crew member who … told the agency …. “…,” he said": the unnamed source the reading found. */
function byUnnamedSubject(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  if (unit.kind === 'quote' && !at.speaker && unit.unnamedSubject) {
    at.speaker = anonymousSpeaker(ctx, unit.unnamedSubject);
    if (unit.reason.startsWith('a question put by')) at.reason = unit.reason;
    else
      at.reason = `pronoun resolved to the unnamed source the sentence before it is about, \u201C${unit.unnamedSubject}\u201D`;
    at.confidence = 0.8;
  }
}

/** A pronoun the reading gave to a body, a colon paragraph, or a quotation running on from the one before: the last speaker. */
function byContinuation(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  if (
    unit.kind === 'quote' &&
    (unit.viaPronounToGroup ||
      (!at.speaker && (unit.colonParagraph || (unit.followsQuote && !hasSpeechVerb(unit.outside, true))))) &&
    ctx.previousSpeaker &&
    // A follow-on paragraph continues the quotation just before it only: not an earlier speaker's.
    (unit.afterParagraph === undefined || ctx.previousParagraph === unit.afterParagraph)
  ) {
    at.speaker = ctx.previousSpeaker;
    at.reason = unit.colonParagraph
      ? `introduced by a colon after ${ctx.previousSpeaker}`
      : unit.followsQuote
        ? `continues the quotation before it, ${ctx.previousSpeaker}`
        : `pronoun resolved to the last person named, ${ctx.previousSpeaker}`;
    at.confidence = 0.85;
  }
}

/** The reader's guess (the last speaker), kept when no body is found for the noun that speaks. */
function byGuess(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  if (unit.kind === 'quote' && !at.speaker && unit.guess) {
    at.speaker = unit.guess;
    const guessed = ctx.directory.person(unit.guess)?.name ?? unit.guess.replace(/^unknown:/, '');
    at.reason = `attributed to the last speaker named, ${guessed} (no body found for the noun that speaks)`;
    at.confidence = 0.6;
  }
}

/** A name the corpus does not know: the proposed person it belongs to, or a new one of the kind found. */
function settleUnknown(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  if (at.speaker?.startsWith('unknown:') && unit.passiveAgent) at.heldKind = unit.passiveAgent;
  if (at.speaker?.startsWith('unknown:')) {
    const name: string = at.speaker.slice(8);
    const person: ProposedPerson | undefined =
      ctx.newPersons.find((candidate) => candidate.aliases.includes(name)) ??
      ctx.newPersons.find((candidate) => candidate.id === personId(name)) ??
      ctx.newPersons.find((candidate) => candidate.id === personId(knightedFullName(ctx.text, name) ?? '')) ??
      (at.heldKind
        ? ({
            type: 'person',
            id: personId(name),
            name,
            kind: at.heldKind,
            aliases: [name],
            roles: [],
            status: 'proposed',
          } as const)
        : undefined);
    at.speaker = person?.id ?? personId(name);
    // "Sir Malcolm" is then an alias of Malcolm Reddaway, so the corpus knows him by it.
    if (person && !person.aliases.includes(name) && person.id !== personId(name)) person.aliases.push(name);
    if (person) ctx.usedPeople.set(person.id, person);
  } else if (at.speaker && !ctx.corpus.people.some((person) => person.id === at.speaker)) {
    const person = ctx.newPersons.find((candidate) => candidate.id === at.speaker);
    if (person) ctx.usedPeople.set(person.id, person);
  }
}

/** "a senior official said", "One board member, Councillor Hannah Oduya, asked": an anonymous source, or the name put beside it. */
function byAnonymous(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  if (!at.speaker) {
    // A body's spokesperson whose description ANONYMOUS reads only in part ("… Fire and Rescue Service spokeswoman").
    const anonymous =
      NAMED_BODY_SPOKESPERSON.exec(unit.outside) ??
      ANONYMOUS.exec(unit.outside) ??
      UNNAMED_BY_REQUEST.exec(unit.outside);
    // "One board member, Councillor Hannah Oduya, asked": a description the article names at once is no anonymous source.
    const apposed =
      anonymous &&
      /^,\s+((?:\p{Lu}[\p{L}\p{M}'\u2019.-]*\s+){1,4}\p{Lu}[\p{L}\p{M}'\u2019-]+),/u.exec(
        unit.outside.slice(anonymous.index + anonymous[0].length),
      );
    const apposedWords = apposed ? apposed[1].split(/\s+/) : [];
    const apposedName = apposedWords.slice(dropTitleCount(apposedWords)).join(' ');
    const apposedPerson: ProposedPerson | undefined =
      (apposedName &&
        ctx.newPersons.find(
          (person) => person.kind !== 'anonymous' && [person.name, ...person.aliases].includes(apposedName),
        )) ||
      (looksLikePerson(apposedName.split(' ')) && !isBodyName(apposedName.split(' '))
        ? {
            type: 'person',
            id: personId(apposedName),
            name: apposedName,
            kind: 'person',
            aliases: [apposedName],
            roles: [],
            status: 'proposed',
          }
        : undefined);
    const apposedKnown =
      apposedName &&
      ctx.directory
        .findMentions(tokenize(apposedName), apposedName)
        .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
    if (apposedPerson && hasSpeechVerb(unit.outside)) {
      const id = apposedKnown ? apposedKnown.personId : apposedPerson.id;
      const record =
        ctx.newPersons.find((person) => person.id === id) ?? (id === apposedPerson.id ? apposedPerson : undefined);
      if (record && !ctx.corpus.people.some((person) => person.id === id)) ctx.usedPeople.set(id, record);
      at.speaker = id;
      at.reason = `named between commas after \u201C${anonymous![0]}\u201D: ${apposedPerson.name}`;
      at.confidence = 0.85;
    } else if (anonymous && hasSpeechVerb(unit.outside)) {
      at.speaker = anonymousSpeaker(ctx, anonymous[0]);
      at.reason = `anonymous source: \u201C${anonymous[0]}\u201D`;
      at.confidence = 0.85;
    }
  }
}

/** Remembers who spoke, for the units after it. */
function remember(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  const speakerRecord = at.speaker
    ? (ctx.corpus.people.find((person) => person.id === at.speaker) ??
      ctx.usedPeople.get(at.speaker) ??
      ctx.newPersons.find((person) => person.id === at.speaker))
    : undefined;
  if (speakerRecord?.kind === 'anonymous') ctx.lastAnonymous = at.speaker!;
  if (speakerRecord?.kind === 'group')
    ctx.lastGroup = { id: at.speaker!, name: speakerRecord.name, paragraph: unit.paragraph };
  if (at.speaker) {
    ctx.speakersSoFar.push(at.speaker);
    ctx.previousSpeaker = at.speaker;
    ctx.previousParagraph = unit.paragraph;
  }
}
