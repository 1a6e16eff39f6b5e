/**
 * The stages that read a speech verb or a colon: "the mayor said" (a role held), the sentence's
 * subject, "the official said", "the company said", "she said", "X was blunt: “…”".
 */
import type { PersonDirectory } from '../draft/people';
import { tokenize } from '../text/tokens';
import { hasSpeechVerb } from './speech';
import { nounHolder } from './role-reference';
import type { ProposedPerson } from './types';
import type { Unit } from './unit';
import { hasTitleWord, isBodyName, looksLikePerson, speechSubject } from './antecedent';
import { describedBody } from './body-subject';
import {
  ANONYMOUS,
  ANONYMOUS_ROLE_SAID,
  BODY_NOUN,
  BODY_REFERENCE,
  UNNAMED_BY_REQUEST,
  introducedAnonymous,
  lastBodyNamed,
} from './bodies';
import { anonymousSpeaker, heldBy, type Attribution, type SpeakerContext } from './speaker-context';

/**
 * A speech verb with no speaker read: "the mayor said" (a role held), the sentence's subject, "the
 * official said" (an anonymous source introduced), "the company said" (a body), "she said" after an
 * unnamed source or the last person named.
 */
export function bySpeechVerb(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  let held: string | undefined;
  let leadAnonymous: RegExpExecArray | null = null;
  if (unit.kind === 'quote' && !at.speaker && hasSpeechVerb(unit.outside, true)) {
    // "Mr Rubio would not go into detail, but said that it would be a “very big move”": the sentence's subject.
    const tokens = tokenize(unit.outside);
    const subject = ctx.directory
      .findMentions(tokens, unit.outside)
      .find((mention) => mention.firstToken <= 2 && !mention.possessive);
    let roleNoun = ANONYMOUS_ROLE_SAID.exec(unit.outside);
    // Not "a spokeswoman for the water authority said": a noun after "for" or "of" is not the verb's subject.
    const roleRef =
      /(?<!\b(?:for|of|at|from|with)\s)\bthe\s+([a-z][a-z'\u2019 -]{1,40}?)\s+(?:said|added|told|says|insisted|explained|warned|calls|called|described|stated|announced|confirmed|urged|argued|wrote)\b/i.exec(
        unit.outside,
      );
    const roleHolder = roleRef
      ? lastRoleHolder(roleRef[1], [...ctx.newPersons, ...ctx.corpus.people], ctx.speakersSoFar)
      : undefined;
    if (roleHolder) {
      at.speaker = roleHolder.id;
      at.reason = `\u201Cthe ${roleRef![1]}\u201D: ${roleHolder.name}, named earlier with that role`;
      at.confidence = 0.85;
      if (!ctx.corpus.people.some((person) => person.id === roleHolder.id))
        ctx.usedPeople.set(
          roleHolder.id,
          ctx.newPersons.find((person) => person.id === roleHolder.id)!,
        );
    } else if (subject && subject.via !== 'unknown') {
      at.speaker = subject.personId;
      at.reason = `the sentence's subject, ${ctx.directory.person(subject.personId)?.name ?? subject.personId}`;
      at.confidence = 0.85;
    } else if (
      (roleNoun && (introducedAnonymous(ctx.text, unit.sentenceStart, roleNoun[1]) || ctx.lastAnonymous)) ||
      (roleRef && (roleNoun = introducedAnonymous(ctx.text, unit.sentenceStart, roleRef[1]) ? roleRef : null))
    ) {
      // "A Ukrainian official … said …" then "“…,” the official said": the source introduced last, quoted or not.
      const introduced = introducedAnonymous(ctx.text, unit.sentenceStart, roleNoun![1]);
      at.speaker = introduced ? anonymousSpeaker(ctx, introduced) : ctx.lastAnonymous!;
      at.reason = `\u201Cthe ${roleNoun![1]}\u201D: the anonymous source introduced earlier${introduced ? `, \u201C${introduced}\u201D` : ''}`;
      at.confidence = 0.85;
    } else if (
      roleRef &&
      // "the union said" is a body, not "Rhys Penhallow, the students' union education officer".
      (held = nounHolder(
        ctx.text,
        unit.sentenceStart,
        roleRef[1],
        4000,
        (name) =>
          !(BODY_REFERENCE.test(roleRef![1]) && looksLikePerson(name.split(/\s+/)) && !isBodyName(name.split(/\s+/))),
      ))
    ) {
      // "“…,” the company said" with no speaker given that role: the name put beside the noun last.
      const known = ctx.directory
        .findMentions(tokenize(held), held)
        .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
      at.speaker = known?.personId ?? `unknown:${held}`;
      at.reason = `\u201Cthe ${roleRef[1]}\u201D: ${held}, named beside that word earlier`;
      at.confidence = 0.8;
      if (!known) at.heldKind = BODY_NOUN.test(roleRef[1]) ? 'group' : 'person';
    } else if (
      roleRef &&
      BODY_REFERENCE.test(roleRef[1]) &&
      (held = lastBodyNamed(ctx.text, unit.sentenceStart, roleRef[1], [...ctx.newPersons, ...ctx.corpus.people]))
    ) {
      // "“…,” the company said", "the statement said": the body the article named last (of that noun, if one is).
      const group = [...ctx.newPersons, ...ctx.corpus.people].find((person) => person.name === held)!;
      at.speaker = group.id;
      at.reason = `\u201Cthe ${roleRef[1]}\u201D: ${held}, the body named last before it`;
      at.confidence = 0.75;
      if (!ctx.corpus.people.some((person) => person.id === group.id))
        ctx.usedPeople.set(group.id, group as ProposedPerson);
    } else if (roleRef && opensClause(unit.outside, roleRef.index) && (held = describedBody(roleRef[1]))) {
      // "The national avalanche institute said …" with no name for it in the article: the body as described
      // (the clause's subject; not "A source close to the Coldwell board said", whose subject is the source).
      at.speaker = `unknown:${held}`;
      at.heldKind = 'group';
      at.reason = `a body the article describes but does not name, \u201Cthe ${roleRef[1]}\u201D`;
      at.confidence = 0.7;
    } else if (
      /\b(?:he|she)\s+(?:said|told|[a-z]+ed)\b/i.test(unit.outside) &&
      (leadAnonymous =
        ANONYMOUS.exec(`${unit.lead} ${unit.outside}`) ?? UNNAMED_BY_REQUEST.exec(`${unit.lead} ${unit.outside}`))
    ) {
      // "A stallholder, who asked not to be named, told the Gazette …. “…,” she said": the unnamed source just introduced.
      at.speaker = anonymousSpeaker(ctx, leadAnonymous[0]);
      at.reason = `pronoun resolved to the anonymous source introduced before it, \u201C${leadAnonymous[0]}\u201D`;
      at.confidence = 0.8;
    } else if (
      /\b(?:he|she)\s+[a-z]+ed\b/i.test(unit.outside) &&
      ctx.directory.person(ctx.previousSpeaker ?? '')?.kind !== 'group' &&
      !ctx.usedPeople.get(ctx.previousSpeaker ?? '')?.kind?.startsWith('group') &&
      ctx.previousSpeaker &&
      unit.paragraph - ctx.previousParagraph < 2000
    ) {
      at.speaker = ctx.previousSpeaker;
      at.reason = `pronoun resolved to the last speaker named, ${ctx.previousSpeaker}`;
      at.confidence = 0.75;
    }
  }
}

/** Whether words at `at` open a clause (nothing, or a comma or a sentence's end, before them): a verb's subject, no preposition's object. */
function opensClause(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[,.;:!?\u201D"']$/.test(before) || /\b(?:and|but)$/.test(before);
}

/** "X was blunt about the cost: “…”": the subject of a sentence whose colon introduces the quotation. */
export function byColonSubject(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  const colonSubject: string | undefined = unit.kind === 'quote' && !at.speaker ? colonIntroSubject(unit) : undefined;
  if (colonSubject) {
    // "Agency Director-General Aurelio Bianchi-Ferraz was blunt about the cost: “…”", "the minister was blunt: “…”".
    // The subject read as a speech verb's would be: the name at its end, titles and appositives dropped.
    const subject = speechSubject(`${colonSubject} said`);
    const mention: ReturnType<PersonDirectory['findMentions']>[number] | undefined = subject
      ? ctx.directory
          .findMentions(tokenize(subject.name), subject.name)
          .find((found) => found.via !== 'unknown' && found.firstToken === 0)
      : undefined;
    const role = /^the\s+([a-z][a-z'\u2019 -]{1,40})$/i.exec(colonSubject);
    const roleHolder = role
      ? (lastRoleHolder(role[1], [...ctx.newPersons, ...ctx.corpus.people], ctx.speakersSoFar) ??
        heldBy(
          ctx,
          nounHolder(
            ctx.text,
            unit.sentenceStart,
            role[1],
            4000,
            (name) =>
              looksLikePerson(name.split(/\s+/)) && !isBodyName(name.split(/\s+/)) && !hasTitleWord(name.split(/\s+/)),
          ),
        ))
      : undefined;
    // "Agency Director-General Aurelio Bianchi-Ferraz": the words a person the article names goes by, its titles left out.
    const words = subject ? subject.name.split(/\s+/) : [];
    const suffix = words
      .map((_, k) => words.slice(k).join(' '))
      .filter((name) => name.includes(' '))
      .find((name) => ctx.newPersons.some((person) => person.aliases.includes(name) || person.name === name));
    if (subject) {
      at.speaker = mention?.personId ?? `unknown:${suffix ?? subject.name}`;
      if (!mention) at.heldKind = subject.body ? 'group' : 'person';
      at.reason = `the subject of the sentence whose colon introduces it, ${suffix ?? subject.name}`;
      at.confidence = 0.85;
    } else if (roleHolder) {
      at.speaker = roleHolder.id;
      at.reason = `\u201Cthe ${role![1]}\u201D, whose colon introduces it: ${roleHolder.name}, named earlier with that role`;
      at.confidence = 0.8;
      if (!ctx.corpus.people.some((person) => person.id === roleHolder.id))
        ctx.usedPeople.set(
          roleHolder.id,
          ctx.newPersons.find((person) => person.id === roleHolder.id)!,
        );
    }
  }
}

/** Openers set off before a sentence's subject: "Speaking on Radio Northfield yesterday, the minister …". */
const SET_OFF_OPENER =
  /^(?:(?:Speaking|Asked|Writing|Interviewed|Addressing|Responding|Reacting|Later|Afterwards|Earlier|Outside|In|At|On|After|Before|During|Leaving|Arriving)\b[^,]{0,120},\s*)+/;
/** The verb after a subject that introduces its words with a colon: "was blunt about the cost:", "put it simply:". */
const COLON_VERB =
  /^(.*?)\s+(?:was|is|were|are|had|has|seemed|sounded|appeared|remained|struck|took|put|offered|gave|made|kept|summed|spelled|spelt|set|laid|did\s+not|didn[\u2019']t)\b/;

/**
 * The subject of a sentence that introduces a quotation with a colon and no speech verb
 * ("Agency Director-General Aurelio Bianchi-Ferraz was blunt about the cost: “…”"), as the
 * article words it (a name, or "the minister"); undefined when the quotation does not follow a
 * colon or the clause has no such subject.
 */
function colonIntroSubject(unit: Unit): string | undefined {
  const before = unit.sentence
    .slice(0, Math.max(0, (unit.start ?? unit.sentenceStart) - unit.sentenceStart))
    .replace(/[\s\u201C\u2018"']+$/, '');
  const clause = before.replace(SET_OFF_OPENER, '');
  if (!clause.endsWith(':') || hasSpeechVerb(clause, true)) return undefined;
  const subject = COLON_VERB.exec(clause)?.[1].trim();
  return subject && subject.split(/\s+/).length <= 8 ? subject : undefined;
}

/** The speaker named most recently whose role ends with `noun` ("mayor", "council leader"). */
function lastRoleHolder(
  noun: string,
  people: { id: string; name: string; roles: { title: string }[] }[],
  speakers: string[],
): { id: string; name: string } | undefined {
  const wanted = noun.toLowerCase().trim();
  for (let k = speakers.length - 1; k >= 0; k--) {
    const person = people.find((candidate) => candidate.id === speakers[k]);
    if (
      person?.roles.some((role) => {
        const title = role.title.toLowerCase();
        return title === wanted || title.endsWith(` ${wanted}`) || title.startsWith(`${wanted} `);
      })
    )
      return person;
  }
  return undefined;
}
