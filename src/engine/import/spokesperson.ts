/**
 * Whose words an unnamed spokesperson gives: "a spokesman for the authority", "a spokeswoman for
 * the Met Service", "a government spokesman". A spokesperson speaks for a body, so a newsroom
 * records the words as the body's (the person is not named, and not the point); one who asked not
 * to be named, or speaks for a body the article does not name ("for one of Spain's largest
 * supermarket chains"), stays an anonymous source.
 */
import { nounHolder } from './role-reference';

/** The description of a spokesperson ("A spokesman", "a government spokeswoman"); group 1 is a modifier before the noun. */
const SPOKESPERSON =
  /^(?:an?|one|the)\s+(?:([\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?)\s+)?(?:spokes(?:man|woman|person)|press officer|representative)$/iu;

/** A capitalised name of up to six words, lower-case particles inside ("Ministry of Health", "Met Service"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'\u2019.&-]*(?:\s+(?:(?:of|for|the|and|de|du)\s+)*\p{Lu}[\p{L}\p{M}'\u2019.&-]*){0,5}`;

/** After the description: "for the authority", "for Ontario's Ministry of Health", "at the club". */
const FOR_BODY = new RegExp(
  String.raw`^\s+(?:for|of|at)\s+(?:(one|some|several|two|three)\s+of\s+)?(?:(?:the|its|his|her|their)\s+)?(?:(${NAME})|((?:\p{Ll}[\p{Ll}-]+\s+){0,2}\p{Ll}[\p{Ll}-]+))`,
  'u',
);

/** Words that are no body's noun ("a spokesman for the family said"). */
const NOT_A_BODY = /^(?:family|families|victims?|couple|player|singer|star|actor|coach|minister|mayor|president)$/;

/** Words that end a body's noun phrase: a verb, an adverb, a preposition or a relative pronoun. */
const STOP =
  /^(?:said|says|say|told|added|wrote|stated|confirmed|insisted|has|had|have|was|is|would|will|could|on|in|at|to|who|which|that|and|but|later|earlier|also|then|yesterday|today|tonight|\p{Ll}+ly|\p{Ll}+ed)$/u;

/** Words after the body that say the source is unnamed on purpose. */
const UNNAMED = /^[^.]{0,80}?,?\s+who\s+(?:asked|declined|did\s+not\s+want|didn[’']t\s+want|spoke\s+on\s+condition)/;

/**
 * The body an unnamed spokesperson speaks for, as the article names it, or undefined (not a
 * spokesperson, a body the article does not name, a source unnamed on purpose). `description` is
 * the source as matched ("A spokesman", "a government spokesman"); `before` the offset in `text`
 * of the quotation or sentence it speaks in: the description's last occurrence before it is read.
 */
export function bodyOfSpokesperson(text: string, description: string, before: number): string | undefined {
  const spokes = SPOKESPERSON.exec(description.trim());
  if (!spokes) return undefined;
  const at = text.lastIndexOf(description, before);
  if (at < 0) return undefined;
  const after = text.slice(at + description.length, at + description.length + 160);
  const body = FOR_BODY.exec(after);
  if (body) {
    if (body[1] || UNNAMED.test(after.slice(body[0].length))) return undefined;
    if (body[2]) return body[2].replace(/['\u2019]s$/, '');
    // "for the federation later said": the noun ends before a verb or an adverb.
    const words = body[3].split(/\s+/);
    const end = words.findIndex((word) => STOP.test(word));
    const phrase = words.slice(0, end < 0 ? words.length : end);
    const noun = phrase.at(-1);
    if (!noun || NOT_A_BODY.test(noun)) return undefined;
    return nounHolder(text, at, noun) ?? `the ${phrase.join(' ')}`;
  }
  // "A government spokesman", "a Kremlin spokeswoman", "a university spokeswoman".
  const modifier = spokes[1];
  if (!modifier || UNNAMED.test(after)) return undefined;
  if (/^\p{Lu}/u.test(modifier)) return modifier;
  const noun = modifier.split(/\s+/).pop()!;
  if (NOT_A_BODY.test(noun) || /^(?:senior|junior|former|chief|deputy|press|official|unnamed|second)$/.test(noun))
    return undefined;
  return nounHolder(text, at, noun) ?? `the ${modifier}`;
}
