/** The speakers an article names that the corpus does not know yet, as proposed person records. */
import type { Person } from '../types';
import { personId } from './ids';
import type { ProposedPerson } from './types';
import type { Unit } from './unit';
import { dropTitleCount, hasTitleWord, isBodyName, isCountWord, looksLikePerson } from './antecedent';
import { escapeRegExp } from './bodies';

/** People the units name that `people` does not hold, with the roles their appositives give. */
export function newPeople(units: Unit[], people: Person[], text: string): ProposedPerson[] {
  const found = new Map<string, ProposedPerson>();
  for (const unit of units) {
    if (!unit.speaker?.startsWith('unknown:')) continue;
    const said = unit.speaker.slice(8);
    if (isCountWord(said)) continue;
    // "Roe said" after "Mayor Jane Roe met traders": the person is Jane Roe, quoted by her surname.
    const name =
      fullBodyName(text, said) ??
      (said.includes(' ') ? knightedFullName(text, said) : (fullNameBefore(text, said) ?? fullNameAfter(text, said))) ??
      said;
    const id = personId(name);
    if (people.some((person) => person.id === id)) continue;
    let person = found.get(id);
    if (!person) {
      const words = name.split(/\s+/);
      const aliases = [name];
      // The surname alone is an alias, but not a given name put after a family name ("Nagy Zsófia": "Nagy").
      if (words.length > 1 && !name.startsWith(`${said} `)) aliases.push(words[words.length - 1]);
      if (!aliases.includes(said)) aliases.push(said);
      person = {
        type: 'person',
        id,
        name,
        kind: isBodyName(words) ? 'group' : 'person',
        aliases,
        roles: [],
        status: 'proposed',
      };
      found.set(id, person);
    }
    // Quoted under another form than the record's ("Nguyễn" for "Nguyễn Thị Lan"): that form is an alias too.
    if (!person.aliases.includes(said)) person.aliases.push(said);
    if (unit.appositive && !person.roles.some((role) => role.title === unit.appositive!.role))
      person.roles.push({ title: unit.appositive.role });
  }
  // "Roe" alone is another alias of "Jane Roe" when both appear; so is any run of the longer name's
  // words the article quotes alone: "Nguyễn" for "Nguyễn Thị Lan" (family name first), "Antonio
  // Jiménez" for "Antonio Jiménez Ortega", "Clachan Spirits" for "Clachan Spirits Ltd". Only when one
  // name holds that run: two Yılmazes keep their own records.
  const list = [...found.values()];
  for (const short of list) {
    const longer = list.filter((other) => other !== short && found.has(other.id) && holdsRun(other.name, short.name));
    const long = longer.length === 1 ? longer[0] : undefined;
    if (long) {
      found.delete(short.id);
      for (const role of short.roles)
        if (!long.roles.some((known) => known.title === role.title)) long.roles.push(role);
      // The short record's aliases too: "Jiménez" read alone stays his after "Antonio Jiménez" merges.
      for (const alias of short.aliases) if (!long.aliases.includes(alias)) long.aliases.push(alias);
    }
  }
  return [...found.values()];
}

/**
 * Whether `short`'s words ("Thị Lan", "Spirits") are a run of `long`'s ("Nguyễn Thị Lan"), `long`
 * having more words; case-blind, so "Van der Heijden" opening a sentence is a run of "Joost van der
 * Heijden". Words are whitespace-separated; hyphenated parts are not words ("Wit" is not in "de Wit-Ramdin").
 */
export function holdsRun(long: string, short: string): boolean {
  const longWords = long.toLowerCase().split(/\s+/);
  const shortWords = short.toLowerCase().split(/\s+/);
  if (shortWords.length >= longWords.length) return false;
  for (let at = 0; at + shortWords.length <= longWords.length; at++)
    if (shortWords.every((word, i) => longWords[at + i] === word)) return true;
  return false;
}

/**
 * The full name a surname stands for, from its first mention in the article ("Mayor Jane Roe" for
 * "Roe"): the capitalised word before it, when the two read as a person's name (not a title,
 * not a body), the same wherever the article gives it. Undefined when there is none or two differ.
 */
export function fullNameBefore(text: string, surname: string): string | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = new Set<string>();
  for (const match of text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'\u2019-]* ){1,2})${escaped}\\b`, 'gu'))) {
    // The first name only: words before it describe ("Dane Mads Dahl-Jensen", "Mayor Jane Roe").
    const words = match[1].trim().split(/\s+/).slice(-1);
    const name = [...words.slice(dropTitleCount(words)), surname];
    // A possessive before it is a place or a body, not a first name ("China’s Wáng Lìnà", "Norway’s Dahl").
    if (name.length === 2 && looksLikePerson(name) && !/['\u2019]s$/.test(name[0])) names.add(name.join(' '));
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * The full name a family name given first stands for ("Wáng" for "China’s Wáng Lìnà", "Nagy" for
 * "Nagy Zsófia"): the one or two capitalised words after it, when they read as given names (not a
 * title, a weekday, a body's or place's word, a possessive), the same wherever the article gives it.
 * Asked only when no name before it fits (`fullNameBefore`). Undefined when there is none or two differ.
 */
export function fullNameAfter(text: string, surname: string): string | undefined {
  const names = new Set<string>();
  const after = new RegExp(
    String.raw`(?<![\p{L}\p{M}'’-])${escapeRegExp(surname)}((?:\s\p{Lu}[\p{L}\p{M}-]*){1,2})(?![\p{L}\p{M}'’-])`,
    'gu',
  );
  for (const match of text.matchAll(after)) {
    const given = match[1].trim().split(/\s+/);
    const name = [surname, ...given];
    if (given.some((word) => dropTitleCount([word]) > 0) || !looksLikePerson(name)) continue;
    names.add(name.join(' '));
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * A body's whole name when the reader kept only its end: "Trust" for "The Northfield Hospitals NHS
 * Trust said", "Leaders" for "The Union of School Leaders said" (capitals, acronyms and the
 * particles of, for, and inside a name). The one such name the text gives that has a body's word;
 * undefined when there is none or more than one.
 */
export function fullBodyName(text: string, said: string): string | undefined {
  const names = new Set<string>();
  const run = new RegExp(
    String.raw`((?:(?:\p{Lu}[\p{L}\p{M}'\u2019&.-]*|of|for|and|the)\s+){1,8})${escapeRegExp(said)}\b`,
    'gu',
  );
  for (const match of text.matchAll(run)) {
    const words = [...match[1].trim().split(/\s+/), ...said.split(/\s+/)];
    // A title in the run puts a person after it ("Minister of State for Older People Bríd Ó Loingsigh").
    if (words.some((word) => /^\p{Lu}/u.test(word) && !/^(?:The|A|An)$/.test(word) && dropTitleCount([word]) > 0))
      continue;
    // "Agency Director-General Aurelio Bianchi-Ferraz", "Board Chair Kenton Abara": a person's name after a title's word.
    if (
      looksLikePerson(said.split(/\s+/)) &&
      !isBodyName(said.split(/\s+/)) &&
      hasTitleWord(match[1].trim().split(/\s+/))
    )
      continue;
    // Words before the name proper: "The", "In", lower-case particles.
    while (words.length > 0 && (/^\p{Ll}/u.test(words[0]) || /^(?:The|A|An|In|On|At|But|And)$/.test(words[0])))
      words.shift();
    // The body's word opens the name or is the word kept ("Union of School Leaders", "… NHS Trust"), not a
    // title before a person ("Minister of State for Older People Bríd Ó Loingsigh").
    if (words.length < 2 || !(isBodyName([words[0]]) || isBodyName(said.split(/\s+/)))) continue;
    names.add(words.join(' '));
  }
  // "The Ministry of Aviation said": a body's word read alone, its name going on after it with "of" or "for".
  if (isBodyName(said.split(/\s+/)) && said.split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) {
    const onward = new RegExp(
      String.raw`(?<!\p{L})${escapeRegExp(said)}((?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}\p{M}'\u2019&.-]*){0,4})+)`,
      'gu',
    );
    for (const match of text.matchAll(onward)) names.add(`${said}${match[1]}`.replace(/['\u2019]s$/, ''));
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * "Sir Malcolm" after "Professor Sir Malcolm Reddaway": a knight or dame is quoted by title and first
 * name, so the person is the one the text named in full with that title ("Malcolm Reddaway").
 * Undefined when `said` is not "Sir/Dame Firstname" or the text names no single such person.
 */
export function knightedFullName(text: string, said: string): string | undefined {
  const match = /^(Sir|Dame)\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+)$/u.exec(said);
  if (!match) return undefined;
  const names = new Set(
    [...text.matchAll(new RegExp(`\\b${match[1]}\\s+${match[2]}\\s+(\\p{Lu}[\\p{L}\\p{M}'\u2019-]+)`, 'gu'))].map(
      (full) => `${match[2]} ${full[1]}`,
    ),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

export function asPerson(proposed: ProposedPerson): Person {
  // A bare role word ("mayor") is not a phrase the directory can own: keep multi-word roles, and "the mayor" style titles.
  return {
    id: proposed.id,
    name: proposed.name,
    kind: proposed.kind,
    aliases: proposed.aliases,
    roles: proposed.roles.map((role) => ({ title: role.title })),
  };
}
