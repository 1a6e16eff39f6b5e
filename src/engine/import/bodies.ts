/**
 * The words that tell a body, an office or an unnamed source is speaking: "the company said", "it
 * said", "a senior official", "The minister’s office said", "described by X as".
 */
import { isBodyName } from './antecedent';

/**
 * The last anonymous source described in the 1,500 characters before `at` whose noun is `noun`'s
 * last word ("a Ukrainian official" for "the official"; any, for "the source").
 */
export function introducedAnonymous(text: string, at: number, noun: string): string | undefined {
  const head = noun.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');
  const window = text.slice(Math.max(0, at - 1500), at);
  const found = [
    ...window.matchAll(new RegExp(ANONYMOUS.source, 'gi')),
    ...window.matchAll(new RegExp(UNNAMED_BY_REQUEST.source, 'giu')),
  ]
    // "A senior Labour figure, who asked not to be named, said …. “…,” the source said": any unnamed source is "the source".
    .filter((match) => head === 'source' || match[1].toLowerCase().split(/\s+/).pop()!.replace(/s$/, '') === head)
    .sort((a, b) => a.index! - b.index!);
  return found.at(-1)?.[0];
}

/**
 * "A friend of Tierney’s, who did not want to be named", "A senior Labour figure, who asked not to
 * be named", "a ministry official, speaking on condition of anonymity", "An engineer who has worked
 * on the scheme, and who asked not to be named", "an official, who was not authorised to speak",
 * "A musher who finished in the top ten and spoke on condition of anonymity", "A utility engineer,
 * who spoke anonymously", "A buyer for a large brewing group, who asked not to be named",
 * "Another driver, who did not want her name used":
 * whatever its noun, a source the article says is unnamed on purpose. Group 1 is the description
 * without its article.
 */
export const UNNAMED_BY_REQUEST =
  /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{L}'\u2019-]+\s+){0,4}?\p{Ll}[\p{Ll}-]+)(?:\s+(?:of|at|from|in|for)\s+[^,.;]{1,60})?(?=(?:,?\s+who\s+[^,.;]{1,80}?,?\s+and(?:\s+who)?|,?\s+who)\s+(?:asked|did\s+not\s+want|didn[’']t\s+want|declined|spoke\s+(?:on\s+condition|anonymously)|requested\s+anonymity|(?:was|were|is|are)\s+not\s+authori[sz]ed)|,?\s+speaking\s+(?:on\s+condition\s+of\s+anonymity|anonymously))/u;

/** A body's capitalised name, a comma, then "which" and a speech verb: "the Harbour Users’ Association, which said". */
export const WHICH_SAID =
  /(\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}\p{M}'\u2019&.-]*))*)\s*,\s+which\s+(?:also\s+|later\s+|had\s+|has\s+)?(?:said|says|told|added|warned|described|called|argued|insisted|stated)\b/u;

/** A sentence whose subject is a body: "The Harbour coastguard rejected …", "The Port Authority of X said …". */
export const BODY_SUBJECT =
  /^The\s+((?:\p{Lu}[\p{L}\p{M}'\u2019&.-]*\s+)*(?:company|firm|utility|airline|operator|authority|agency|committee|board|council|ministry|department|union|university|club|coastguard|police|service|commission|regulator|government|trust|charity|hospital|federation|association)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019&.-]*)*)?)\s+(?!said\b|says\b)\p{Ll}+(?:ed|s)\b/u;

/** Nouns for a body, not a person: "the company said" names an organisation. */
export const BODY_NOUN =
  /\b(?:company|firm|utility|airline|carrier|bank|operator|authority|agency|panel|committee|board|council|ministry|department|union|university|club|group|statement|court|regulator|government|party|zoo|museum|gallery|trust|charity|hospital|school|league|federation)$/i;

/** Nouns for a body, or for what a body issues: "the company", "the airline", "the statement". */
export const BODY_WORDS =
  'company|firm|utility|airline|carrier|bank|operator|authority|agency|council|ministry|department|union|university|club|group|court|regulator|government|trust|charity|hospital|federation|league|association|service|statement|report|letter|release|ruling|judgment|judgement|memo';
/** Body nouns a reporter uses for one another ("the utility … the company said"). */
export const BODY_FAMILIES = [
  ['company', 'firm', 'utility', 'airline', 'carrier', 'operator', 'bank', 'group', 'owner'],
  ['council', 'authority', 'government', 'ministry', 'department', 'agency', 'regulator', 'service'],
  ['union', 'federation', 'league', 'association'],
  ['trust', 'hospital', 'charity'],
];
/** What a body issues: any body may have. */
export const ISSUED = /^(?:statement|report|letter|release|ruling|judgment|judgement|memo)$/;
/** A body's noun, or its document's, as a speech verb's subject: "the zoo said", "the policy statement said". */
export const BODY_SAID = new RegExp(
  String.raw`\b[Tt]he\s+(?:[a-z-]+\s+)?(?:${BODY_WORDS})\s+(?:also\s+|later\s+)?(?:said|says|added|warned|stated|insisted|argued|called|described)\b`,
);
/** An unnamed source's noun as a speech verb's subject: "the official said", "the source added" (group 1: the noun). */
export const ANONYMOUS_ROLE_SAID =
  /\bthe\s+((?:[a-z]+\s+)?(?:official|source|diplomat|aide|spokes(?:man|woman|person)|manager|staffer|insider|person))\s+(?:said|added|told|says)\b/i;
/** A role reference to a body ("the company", "the policy statement"). */
export const BODY_REFERENCE = new RegExp(String.raw`(?:^|\s)(?:${BODY_WORDS})$`, 'i');
/** Escapes a name for use inside a regular expression. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body (a group among `people`) the text names last in the 3,000 characters before `before`,
 * preferring one whose name holds `noun`'s last word ("the union": "University and College
 * Workers' Union"), else any ("the company", "the statement"). Returns its name as the people list
 * has it, or undefined.
 */
export function lastBodyNamed(
  text: string,
  before: number,
  noun: string,
  people: readonly { name: string; aliases: readonly string[]; kind?: string }[],
): string | undefined {
  const window = text.slice(Math.max(0, before - 3000), before);
  const head = noun.trim().split(/\s+/).pop()!.toLowerCase();
  let best: { name: string; at: number; fits: boolean } | undefined;
  // A name the article put after a body's noun ("The utility Cascadia Power") is a body whatever the reader took it for.
  // The noun the article put before a name ("The utility Cascadia Power", "The owner, Spółka Węglowa Jastrząb").
  const introducedAs = (name: string) =>
    new RegExp(String.raw`\b(${BODY_WORDS}|owner)\s*,?\s+${escapeRegExp(name)}\b`, 'i').exec(window)?.[1].toLowerCase();
  const family = (word: string) => BODY_FAMILIES.find((members) => members.includes(word)) ?? [word];
  for (const person of people) {
    const introduced = introducedAs(person.name);
    if (person.kind !== 'group' && !isBodyName(person.name.split(/\s+/)) && !introduced) continue;
    // "the company" is not the body the article introduced as a union.
    if (introduced && introduced !== 'owner' && !ISSUED.test(head) && !family(head).includes(introduced)) continue;
    const fits = person.name.toLowerCase().split(/\s+/).includes(head);
    for (const alias of new Set([person.name, ...person.aliases])) {
      if (alias.length < 3) continue;
      const at = window.lastIndexOf(alias);
      if (at < 0) continue;
      if (!best || (fits && !best.fits) || (fits === best.fits && at > best.at)) best = { name: person.name, at, fits };
    }
  }
  return best?.name;
}

/** "described by Westmoor General Hospital as" just before a quotation: a passive speech verb's agent (group 1), a capitalised name. */
export const PASSIVE_BY =
  /\b(?:described|called|labell?ed|branded|dismissed|hailed)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}\p{M}'\u2019&.-]*)){0,6})\s+as\s+(?:a\s+|an\s+|the\s+)?[\u201C\u2018"']?$/u;

/** "The minister’s office said", "the mayor's office called": an office as a speech verb's subject (group 1). */
export const OFFICE_SAID =
  /\b((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}-]*\s+)*(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}+['\u2019]s\s+(?:press\s+)?office)\s+(?:also\s+|later\s+)?(?:said|says|called|described|added|told|warned|insisted|stated|confirmed|denied|declined|replied|responded|dismissed)\b/u;

/** "It said", "it added": a body's words (a council, a hospital group), never a person's. */
export const IT_SAID = /\b[Ii]t\s+(?:also\s+)?(?:said|says|added|told|warned|urged|insisted|stated|announced)\b/;

/**
 * A spokesperson described by a body's capitalised name with connectors inside it, which
 * `ANONYMOUS` (case-blind, stopping at "and" and "of") cannot read: "A Scottish Fire and Rescue
 * Service spokeswoman", "a Ministry of Defence spokesman". Group 1 is the body's name.
 */
export const NAMED_BODY_SPOKESPERSON =
  /\b(?:[Aa]n?|[Oo]ne)\s+(\p{Lu}[\p{L}\p{M}'\u2019.&-]*(?:\s+(?:(?:of|for|the|and)\s+)*\p{Lu}[\p{L}\p{M}'\u2019.&-]*){0,5})\s+spokes(?:man|woman|person)\b/u;

/** Unnamed speakers: "a senior U.S. official", "two people familiar with the talks", "a spokesperson". */
export const ANONYMOUS =
  /\b(?:an?|one|two|three|several|some)\s+((?:(?!(?:of|the|and|who|whose|which|that)\b)[a-z][\w.-]*[ \t]+){0,4}(?:officials?|diplomats?|sources?|aides?|advisers?|advisors?|spokes(?:man|woman|person)|people|persons?|insiders?|negotiators?|executives?|employees?|members?|lawmakers?|analysts?|staffers?|residents?|witnesses?|managers?|assistants?|workers?|nurses?|doctors?|riders?|players?|leaders?)|of the (?:people|officials|sources|diplomats|people familiar with [a-z ]+?))\b/i;
