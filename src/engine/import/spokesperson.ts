/**
 * Whose words an unnamed spokesperson gives: "a spokesman for the authority", "a spokeswoman for
 * the Met Service", "a government spokesman". A spokesperson speaks for a body, so a newsroom
 * records the words as the body's (the person is not named, and not the point); one who asked not
 * to be named, or speaks for a body the article does not name ("for one of Spain's largest
 * supermarket chains"), stays an anonymous source.
 */
import { nounHolder } from './role-reference';
import { isBodyName } from './antecedent';
import { describedBody } from './body-subject';

/** A capitalised name of up to six words, lower-case particles inside ("Ministry of Health", "Met Service"). */
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'\u2019.&-]*(?:\s+(?:(?:of|for|the|and|de|du)\s+)*\p{Lu}[\p{L}\p{M}'\u2019.&-]*){0,5}`;

/**
 * The description of a spokesperson ("A spokesman", "a government spokeswoman", "A Scottish Fire
 * and Rescue Service spokeswoman"); group 1 is a modifier before the noun: one or two words, or a
 * body's capitalised name of any length up to six words (case-sensitive, so "a senior Labour
 * party spokesman" is no body's name).
 */
const SPOKESPERSON = new RegExp(
  String.raw`^(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(${NAME}|[\p{L}'\u2019-]+(?:\s+[\p{L}'\u2019-]+)?)\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress officer|[Rr]epresentative)$`,
  'u',
);

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
  const body = spokespersonBody(text, description, before);
  return body && /^\p{Lu}/u.test(body) ? fullerName(text, body) : body;
}

/** Lower-case words after a body's capitalised name that go on naming it: "Setúbal regional health authority". */
const LOWER_BODY_TAIL =
  /^((?:\s+\p{Ll}[\p{Ll}-]+){0,3}\s+(?:authority|ministry|department|council|service|police|trust|board|agency|office|government|commission|directorate|regulator))\b/u;

/** Title words that do not go on a body's name ("Arts Council Chief Executive …"). */
const TITLE =
  /^(?:Chief|Executive|Director|President|Chair|Chairman|Chairwoman|Secretary|Spokesman|Spokeswoman|Spokesperson|Minister|Head|Deputy|Leader|Officer|Commissioner)$/;

/**
 * The fullest name the article gives a body that `name` opens: "Arts Council England" for "Arts
 * Council", "Ohio Department of Public Safety" for "Ohio Department" (one capitalised word, not
 * an acronym or a title, or an "of"/"for" phrase of them, after it); `name` when the article gives
 * none or two that differ.
 */
function fullerName(text: string, name: string): string {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const longer = new Set<string>();
  for (const match of text.matchAll(
    new RegExp(
      String.raw`(?<!\p{L})${escaped}((?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'\u2019&-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'\u2019&-]*){0,4})|\s+\p{Lu}\p{Ll}[\p{L}\p{M}-]*\b(?![\s\S]{0,1}\p{Lu}))`,
      'gu',
    ),
  )) {
    const tail = match[1].trim();
    if (TITLE.test(tail.split(/\s+/)[0])) continue;
    longer.add(`${name}${match[1].replace(/\s+/g, ' ')}`);
  }
  return longer.size === 1 ? [...longer][0] : name;
}

function spokespersonBody(text: string, description: string, before: number): string | undefined {
  const spokes = SPOKESPERSON.exec(description.trim());
  if (!spokes) return undefined;
  const at = text.lastIndexOf(description, before);
  if (at < 0) return undefined;
  const after = text.slice(at + description.length, at + description.length + 160);
  const body = FOR_BODY.exec(after);
  if (body) {
    if (body[1] || UNNAMED.test(after.slice(body[0].length))) return undefined;
    if (body[2]) {
      const name = body[2].replace(/['\u2019]s$/, '');
      // "for the Setúbal regional health authority": lower-case words going on to a body's noun.
      const tail = LOWER_BODY_TAIL.exec(after.slice(body[0].length - (body[2].length - name.length)));
      return tail ? `${name}${tail[1]}` : name;
    }
    // "for the federation later said": the noun ends before a verb or an adverb.
    const words = body[3].split(/\s+/);
    const end = words.findIndex((word) => STOP.test(word));
    const phrase = words.slice(0, end < 0 ? words.length : end);
    const noun = phrase.at(-1);
    if (!noun || NOT_A_BODY.test(noun)) return undefined;
    return (
      nounHolder(text, at, noun) ??
      lastBodyBefore(text, at) ??
      describedBefore(text, at, noun) ??
      `the ${phrase.join(' ')}`
    );
  }
  // "A government spokesman", "a Kremlin spokeswoman", "a university spokeswoman".
  const modifier = spokes[1];
  if (!modifier || UNNAMED.test(after)) return undefined;
  if (/^\p{Lu}/u.test(modifier)) return modifier;
  const noun = modifier.split(/\s+/).pop()!;
  if (NOT_A_BODY.test(noun) || /^(?:senior|junior|former|chief|deputy|press|official|unnamed|second)$/.test(noun))
    return undefined;
  return nounHolder(text, at, noun) ?? describedBefore(text, at, noun) ?? `the ${modifier}`;
}

/**
 * "The Metropolitan Police confirmed it had opened an investigation. A spokeswoman for the force
 * said …": the body named last in the sentence or two before `at` (a capitalised name with a
 * body's word), or undefined.
 */
function lastBodyBefore(text: string, at: number): string | undefined {
  const window = text.slice(Math.max(0, at - 300), at);
  const runs = [
    ...window.matchAll(/\p{Lu}[\p{L}\p{M}'\u2019&-]*(?:\s+(?:(?:of|for|and)\s+)?\p{Lu}[\p{L}\p{M}'\u2019&-]*)+/gu),
  ];
  for (const run of runs.reverse()) {
    const words = run[0].split(/\s+/).filter((word) => !/^(?:The|A|An)$/.test(word));
    if (words.length >= 2 && isBodyName(words)) return words.join(' ');
  }
  return undefined;
}

/**
 * "Under guidelines issued by the state interior ministry … A ministry spokesman said": the body
 * the article described last with `noun` as its head in the 1,500 characters before `at`, as
 * `describedBody` reads a description ("state interior ministry"), or undefined.
 */
function describedBefore(text: string, at: number, noun: string): string | undefined {
  const window = text.slice(Math.max(0, at - 1500), at);
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = [
    ...window.matchAll(new RegExp(String.raw`\b[Tt]he\s+((?:[\p{L}\p{M}'\u2019-]+\s+){1,4}${escaped})\b`, 'gu')),
  ]
    .map((match) => describedBody(match[1]))
    .filter((body): body is string => Boolean(body));
  return found.at(-1);
}
