// How a speaker id becomes a name, once: the judges' messages, fixes, citations, the hover, the
// report, the CLI's JSON and the import review all name speakers this way.
import type { Person } from './types';

/**
 * The draft's own words for a speaker the attribution reader found but the corpus does not know
 * ("unknown:Northline" → "Northline"); undefined for a corpus id or none.
 */
export function unknownSpeakerWords(id: string | null | undefined): string | undefined {
  return id?.startsWith('unknown:') ? id.slice('unknown:'.length) : undefined;
}

/**
 * The name to show for a speaker id: the person's `name` as `person` finds it; the draft's words
 * for an `unknown:` id; the id itself when nobody has it (a record naming a person the corpus
 * lacks). Undefined for no id (null, undefined or ""): each caller words "nobody" its own way
 * ("an unnamed source" in a message, "Unattributed (reported fact)" in a hover).
 */
export function nameOfSpeaker(
  id: string | null | undefined,
  person: (id: string) => Pick<Person, 'name'> | undefined,
): string | undefined {
  if (!id) return undefined;
  return unknownSpeakerWords(id) ?? person(id)?.name ?? id;
}
