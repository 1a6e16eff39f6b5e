/** The stages that find a body speaking: an office, "…, which said", a spokesperson, "it said". */
import type { PersonDirectory } from '../draft/people';
import { tokenize } from '../text/tokens';
import { bodyOfSpokesperson } from './spokesperson';
import { personId } from './ids';
import type { ProposedPerson } from './types';
import type { Unit } from './unit';
import { isBodyName } from './antecedent';
import { bodySubject } from './body-subject';
import { BODY_SUBJECT, IT_SAID, WHICH_SAID } from './bodies';
import type { Attribution, SpeakerContext } from './speaker-context';

/** "The minister’s office said": the office speaks for its holder. */
export function byOffice(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  if (unit.kind === 'quote' && !at.speaker && unit.officeSubject) {
    const name = unit.officeSubject.replace(/^The\b/, 'the');
    const known = ctx.directory.findMentions(tokenize(name), name).find((mention) => mention.via !== 'unknown');
    at.speaker = known?.personId ?? personId(name.replace(/^the\s+/, ''));
    if (!known && !ctx.usedPeople.has(at.speaker))
      ctx.usedPeople.set(at.speaker, {
        type: 'person',
        id: at.speaker,
        name,
        kind: 'group',
        aliases: [name],
        roles: [],
        status: 'proposed',
      });
    at.reason = `the office that speaks for its holder, \u201C${name}\u201D`;
    at.confidence = 0.8;
  }
}

/** "…, the Harbour Users’ Association, which said …": the body a relative clause hangs on. */
export function byWhichSaid(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  const whichSaid: RegExpExecArray | null = unit.kind === 'quote' && !at.speaker ? WHICH_SAID.exec(unit.outside) : null;
  if (whichSaid && isBodyName(whichSaid[1].split(/\s+/))) {
    // "…, the Harbour Users’ Association, which said in a statement that …": the body the clause hangs on.
    const body: string = whichSaid[1];
    const bodyMention: ReturnType<PersonDirectory['findMentions']>[number] | undefined = ctx.directory
      .findMentions(tokenize(body), body)
      .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
    at.speaker = bodyMention?.personId ?? `unknown:${body}`;
    if (!bodyMention) at.heldKind = 'group';
    at.reason = `the body a relative clause\u2019s speech verb hangs on (\u201C\u2026, which said\u201D), ${body}`;
    at.confidence = 0.8;
  }
}

/** "A spokesman for the authority said …": an unnamed spokesperson gives the body's words. */
export function bySpokesperson(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  const spokesFor =
    at.speaker && ctx.usedPeople.get(at.speaker)?.kind === 'anonymous'
      ? ctx.usedPeople.get(at.speaker)!.name
      : undefined;
  const body = spokesFor && bodyOfSpokesperson(ctx.text, spokesFor, unit.sentenceStart + unit.sentence.length);
  if (body) {
    const known = ctx.directory
      .findMentions(tokenize(body), body)
      .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
    const group: ProposedPerson = (known &&
      (ctx.usedPeople.get(known.personId) ?? ctx.newPersons.find((person) => person.id === known.personId))) || {
      type: 'person',
      id: known?.personId ?? personId(body.replace(/^the\s+/i, '')),
      name: body,
      kind: 'group',
      aliases: [body],
      roles: [],
      status: 'proposed',
    };
    if (!ctx.statements.some((statement) => statement.speaker === at.speaker)) ctx.usedPeople.delete(at.speaker!);
    if (!ctx.corpus.people.some((person) => person.id === group.id)) ctx.usedPeople.set(group.id, group);
    at.reason = `${at.reason}; a spokesperson for ${body}, whose words they are`;
    // The spokesperson's remarks keep their own days: the body's written statement is another occasion.
    at.dateKey = at.speaker!;
    at.speaker = group.id;
  }
}

/** "In a statement, it said …": the body the sentence before is about, else the body that spoke last. */
export function byItSaid(unit: Unit, at: Attribution, ctx: SpeakerContext): void {
  // "The Harbour coastguard rejected that account. In a statement, it said …": "it" is the body the
  // sentence before it, in its paragraph, is about.
  const lastSentence = unit.lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '';
  const itSaid = unit.kind === 'quote' && !at.speaker && IT_SAID.test(unit.outside);
  // "The Bureau … des Vins de Bourgogne, the region's trade body, is a civil party. In a statement, it said":
  // a body's whole name as the subject of the sentence before, whatever its verb.
  const subjectBefore =
    /^(.{3,160}?)\s+(?:is|are|was|were|has|have|had|(?!(?:des|les|los|las|dos|das|his|its|this|as|us)\b)\p{Ll}+(?:ed|s))\b/u.exec(
      lastSentence,
    )?.[1];
  const named = itSaid && subjectBefore ? bodySubject(subjectBefore, isBodyName) : undefined;
  const bodyBefore = itSaid ? (BODY_SUBJECT.exec(lastSentence)?.[1] ?? named) : undefined;
  if (bodyBefore) {
    const name: string = bodyBefore;
    const bodyMention: ReturnType<PersonDirectory['findMentions']>[number] | undefined = ctx.directory
      .findMentions(tokenize(name), name)
      .find((mention) => mention.via !== 'unknown');
    const id: string = bodyMention?.personId ?? personId(name);
    if (!bodyMention && !ctx.usedPeople.has(id) && !ctx.corpus.people.some((person) => person.id === id))
      ctx.usedPeople.set(id, {
        type: 'person',
        id,
        name,
        kind: 'group',
        aliases: [name],
        roles: [],
        status: 'proposed',
      });
    at.speaker = id;
    at.reason = `\u201Cit\u201D: the body the sentence before it is about, ${name}`;
    at.confidence = 0.8;
  }
  // "In a statement, the West Coast Hospital Group said …. It said it was “working intensively”": "it" is the body that spoke last.
  if (!at.speaker && ctx.lastGroup && unit.paragraph - ctx.lastGroup.paragraph <= 2000 && IT_SAID.test(unit.outside)) {
    at.speaker = ctx.lastGroup.id;
    at.reason = `\u201Cit\u201D: the body that spoke last, ${ctx.lastGroup.name}`;
    at.confidence = 0.8;
  }
}
