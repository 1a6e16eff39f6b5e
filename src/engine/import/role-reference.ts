/**
 * Who "the company", "the minister" or "the panel" is in "“…,” the company said" when no speaker
 * has been given that role: the name the article put beside that noun last, before the quotation.
 * Reporters introduce a speaker once with its noun ("The utility Cascadia Power", "the energy
 * minister, Tadeusz Zieliński", "the Cultural Property Claims Panel") and then use the noun alone.
 */

import { CALENDAR_WORDS } from '../text/calendar';
import { isTitleWord, looksLikePerson, POST_NOMINALS } from './antecedent';

/** A run of capitalised words (a name), allowing lower-case particles inside ("Liesl van der Merwe", "Bank of Skarland"). */
const NAME_RUN = String.raw`\p{Lu}[\p{L}\p{M}'\u2019.&-]*(?:\s+(?:(?:of|the|and|for|van|von|der|de|du|la|le)\s+)*\p{Lu}[\p{L}\p{M}'\u2019.&-]*){0,5}`;

/** Words that open a sentence or name no one, dropped from the front of a run. */
const NOT_A_NAME = /^(?:The|A|An|In|On|At|But|And|Its|His|Her|Their|This|That|Mr|Mrs|Ms|Dr|Judge|Sir|Dame|Cllr)$/;

function trimRun(run: string): string {
  const words = run.split(/\s+/);
  while (words.length > 1 && NOT_A_NAME.test(words[0])) words.shift();
  // "Judge Eleanor Harcourt KC": post-nominal letters are not part of the name.
  while (words.length > 2 && POST_NOMINALS.has(words[words.length - 1].replace(/[,.]$/, ''))) words.pop();
  // A possessive ends the name: "Tierney’s" is not the judge.
  return words.join(' ').replace(/[,.]$/, '');
}

/**
 * The name the text gives beside the last `noun` before `before`, looking back at most `reach`
 * characters: "X, the noun", "the noun, X", "the noun X" (a title before a name), "the noun for …,
 * X" (the noun's complement, then the name in apposition), or a name ending
 * in the noun itself ("National Medicines Authority" for "the authority"). Text inside quotation
 * marks is not read; `accept` may pass over a name (a person for "the union"). Returns the name as written (titles such as "The" or "Judge" dropped), or
 * undefined when the noun is not found beside a name.
 */
export function nounHolder(
  text: string,
  before: number,
  noun: string,
  reach = 4000,
  accept: (name: string) => boolean = () => true,
): string | undefined {
  const head = noun.trim().split(/\s+/).pop()!;
  if (!/^\p{Ll}{3,}$/u.test(head)) return undefined;
  const start = Math.max(0, before - reach);
  const window = text
    .slice(start, before)
    .replace(/[\u201C\u2018"][^\u201D\u2019"\n]*[\u201D\u2019"]/g, (quoted) => ' '.repeat(quoted.length));
  const word = new RegExp(String.raw`\b${head}\b`, 'giu');
  const hits = [...window.matchAll(word)].reverse();
  for (const hit of hits) {
    const at = hit.index!;
    const end = at + hit[0].length;
    // "National Medicines Authority", "Cultural Property Claims Panel": the noun ends a capitalised name.
    if (/^\p{Lu}/u.test(hit[0])) {
      // "Cybersecurity Minister Adam Rinaldi", "The Privacy Commissioner, Helen Vukovic,": a person's
      // title with its holder's name after it; "the minister" is that person, not the title.
      const holder = new RegExp(
        String.raw`^,?\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]*){1,3})`,
        'u',
      ).exec(window.slice(end, end + 80));
      if (isTitleWord(head) && holder) {
        const name = trimRun(holder[1]);
        if (looksLikePerson(name.split(/\s+/)) && accept(name)) return name;
      }
      const runBefore = new RegExp(String.raw`(${NAME_RUN})\s+$`, 'u').exec(window.slice(Math.max(0, at - 80), at));
      if (runBefore) {
        // A run read back over a sentence's end ("on Monday. The Ostwick Department") starts after it.
        const name = trimRun(`${runBefore[1].split(/(?<=\p{Ll}{2}[.!?])\s+/u).pop()} ${hit[0]}`);
        if (name.split(/\s+/).length >= 2 && accept(name)) return name;
      }
      // "Mayor Adaeze Okonkwo-Barrett", "Governor Ann Lowe": a title that opens a person's name, read back as "the mayor".
      const titled = new RegExp(
        String.raw`^\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]*){1,3})`,
        'u',
      ).exec(window.slice(end, end + 80));
      // After "Health Minister" (a title the caller passed over as a name), the name it opens.
      if (titled && accept(trimRun(titled[1]))) return trimRun(titled[1]);
      continue;
    }
    // "the noun, X," or "noun X" (a title before the name: "energy minister Tadeusz Zieliński").
    const after = new RegExp(String.raw`^,?\s+(${NAME_RUN})`, 'u').exec(window.slice(end, end + 80));
    if (after) {
      const name = trimRun(after[1]);
      if (!NOT_A_NAME.test(name) && accept(name)) return name;
    }
    // "the minister delegate for the social and solidarity economy, Karima Benjelloun", "the head of
    // the fishing co-operative, Ana Roe": the noun's complement (lower-case words after a preposition),
    // then the name in apposition.
    const complemented = new RegExp(
      String.raw`^(?:\s+[\p{Ll}-]+)?\s+(?:of|for|at|in|on|to)(?:\s+[\p{Ll}'\u2019-]+){1,7},\s+(${NAME_RUN})`,
      'u',
    ).exec(window.slice(end, end + 160));
    if (complemented) {
      const name = trimRun(complemented[1]);
      if (!NOT_A_NAME.test(name) && (!isTitleWord(head) || looksLikePerson(name.split(/\s+/))) && accept(name))
        return name;
    }
    // "X, the noun" / "X, a noun at …".
    const lead = window.slice(Math.max(0, at - 120), at);
    const apposed = new RegExp(
      String.raw`(${NAME_RUN}),\s+(?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,3}$`,
      'u',
    ).exec(lead);
    // Not "on Monday, the minister said": a day or a month before the comma names no one.
    if (apposed && !CALENDAR_WORDS.includes(trimRun(apposed[1]).toLowerCase()) && accept(trimRun(apposed[1])))
      return trimRun(apposed[1]);
  }
  return undefined;
}
