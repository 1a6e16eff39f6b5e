/** What the speaker stages share: the article so far, and the records they propose. */
import type { Corpus } from '../types';
import { PersonDirectory } from '../draft/people';
import { tokenize } from '../text/tokens';
import { slug } from './ids';
import type { ProposedPerson, ProposedStatement } from './types';

/** What the article so far says of its speakers: the people it names, and who spoke last. */
export interface SpeakerContext {
  /** The article's text. */
  text: string;
  corpus: Corpus;
  /** The corpus's people and the ones the article names. */
  directory: PersonDirectory;
  /** The corpus's anonymous sources. */
  anonymousDirectory: PersonDirectory;
  /** The people the article names that the corpus does not know. */
  newPersons: ProposedPerson[];
  /** The people proposed so far (new speakers, anonymous sources, bodies), by id. */
  usedPeople: Map<string, ProposedPerson>;
  /** The statements proposed so far. */
  statements: readonly ProposedStatement[];
  previousSpeaker: string | null;
  previousParagraph: number;
  speakersSoFar: string[];
  lastAnonymous?: string;
  lastGroup?: { id: string; name: string; paragraph: number };
}

/** A unit's speaker, why, and how sure; `dateKey` keeps a spokesperson's days apart from the body's. */
export interface Attribution {
  speaker: string | null;
  reason: string;
  confidence: number;
  /** The kind of a speaker the corpus does not know, so a record can be proposed for it. */
  heldKind?: 'person' | 'group';
  dateKey?: string;
}

/** A new context for one article. */
export function speakerContext(
  text: string,
  corpus: Corpus,
  directory: PersonDirectory,
  newPersons: ProposedPerson[],
  statements: readonly ProposedStatement[],
): SpeakerContext {
  return {
    text,
    corpus,
    directory,
    anonymousDirectory: new PersonDirectory(corpus.people.filter((person) => person.kind === 'anonymous')),
    newPersons,
    usedPeople: new Map(),
    statements,
    previousSpeaker: null,
    previousParagraph: -1,
    speakersSoFar: [],
  };
}

/** The person id for an anonymous source's description: the corpus's, or a new anonymous person. */
export function anonymousSpeaker(ctx: SpeakerContext, description: string): string {
  const phrase = description.replace(/^(?:an?|one|the)\s+/i, '');
  const known = ctx.anonymousDirectory.findMentions(tokenize(phrase), phrase)[0];
  // "One berth manager" and "One berth manager in Killybegs" in one article: the same source,
  // described once with the place or body it comes from and once without.
  const sameSource = [...ctx.usedPeople.values()].find((person) => {
    if (person.kind !== 'anonymous') return false;
    const [shorter, longer] = [person.name, description]
      .map((name) => name.replace(/^(?:an?|one|the)\s+/i, '').toLowerCase())
      .sort((a, b) => a.length - b.length);
    return (
      shorter !== longer &&
      longer.startsWith(`${shorter} `) &&
      /^ (?:in|at|of|from|with|on)\b/.test(longer.slice(shorter.length))
    );
  });
  if (!known && sameSource) return sameSource.id;
  const id = known?.personId ?? `anonymous-${slug(phrase)}`;
  if (!known && !ctx.usedPeople.has(id))
    ctx.usedPeople.set(id, {
      type: 'person',
      id,
      name: description,
      kind: 'anonymous',
      aliases: [description, phrase],
      roles: [],
      status: 'proposed',
    });
  return id;
}

/** The person a name the article gives belongs to, among the speakers it names. */
export function heldBy(ctx: SpeakerContext, name: string | undefined): { id: string; name: string } | undefined {
  return name
    ? ctx.newPersons.find(
        (person) =>
          person.name === name ||
          person.aliases.includes(name) ||
          // "Siobhán Ó Ceallaigh" is the "Ó Ceallaigh" the article quotes.
          (person.kind === 'person' && person.name.includes(' ') && name.endsWith(` ${person.name}`)),
      )
    : undefined;
}
