/**
 * Who "he" or "she" is in "“…,” she said": the person named last before the quotation, in its
 * paragraph or the one before, whether the corpus knows them or not. Reporters introduce a new
 * voice by name ("Alyssa Murray, 34, sat with her children") and then quote them with a pronoun;
 * the last *speaker* is the wrong antecedent then. Names inside quotation marks, possessives
 * ("Etxeberria's directeur sportif") and bodies (councils, services, clubs) are passed over, since
 * "he" and "she" are people.
 */
import type { PersonDirectory } from '../draft/people';
import { NAME_PARTICLES as PARTICLES, REGIONAL_TITLES } from '../draft/titles';
import { tokenize } from '../text/tokens';
import { CALENDAR_WORDS } from '../text/calendar';
import { bodySubject } from './body-subject';

/** Words that make a capitalised run a body or a place, not a person. */
const NOT_PERSON = new Set([
  'council',
  'service',
  'services',
  'group',
  'hospital',
  'association',
  'ministry',
  'party',
  'club',
  'university',
  'department',
  'police',
  'constabulary',
  'agency',
  'bureau',
  'court',
  'street',
  'road',
  'avenue',
  'river',
  'town',
  'city',
  'county',
  'stadium',
  'festival',
  'days',
  'union',
  'forum',
  'board',
  'committee',
  'government',
  'office',
  'house',
  'hall',
  'centre',
  'center',
  'school',
  'college',
  'institute',
  'foundation',
  'company',
  'bank',
  'markets',
  'news',
  'press',
  'wire',
  'times',
  'post',
  'herald',
  'league',
  'cup',
  'rovers',
  'united',
  'town',
  'fc',
  'state',
  'states',
  'republic',
  'kingdom',
  'wales',
  'england',
  'scotland',
  'ireland',
  'france',
  'spain',
  'park',
  'square',
  'bridge',
  'station',
  'airport',
  'region',
  'province',
  'district',
  'valley',
  'mountains',
  'hills',
  'island',
  'islands',
  'sea',
  'ocean',
  'alliance',
  'trust',
  'network',
  'commission',
  'parliament',
  'senate',
  'assembly',
  'authority',
  'corporation',
  'inc',
  'ltd',
  'plc',
  // Companies' legal forms: "Hidroandes Quelbra S.A.", "Brenner Logistik GmbH".
  's.a.',
  's.a',
  's.p.a.',
  'n.v.',
  'b.v.',
  'gmbh',
  'llc',
  'corp',
  'corp.',
  'marine',
  'airlines',
  'health',
  'care',
  'unit',
  'team',
  'jury',
  'federation',
  'confederation',
  'institute',
  'society',
  'fund',
  'federal',
  'national',
  'international',
  'organisation',
  'organization',
  'charity',
  // Operators and broadcasters by what they run ("Brackenford Buses", "Radio Sheffield", "Harbour Energy").
  'buses',
  'rail',
  'railways',
  'ferries',
  'transport',
  'airways',
  'energy',
  'power',
  'utilities',
  'holdings',
  'radio',
  'television',
  'tv',
  'media',
]);

/** Words that open a sentence without being a name. */
const FUNCTION_WORDS = new Set([
  'the',
  'a',
  'an',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'some',
  'many',
  'most',
  'in',
  'at',
  'on',
  'for',
  'from',
  'to',
  'by',
  'with',
  'after',
  'before',
  'when',
  'while',
  'as',
  'not',
  'every',
  'outside',
  'inside',
  'under',
  'over',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'we',
  'it',
  'his',
  'her',
  'their',
  'its',
  'our',
  'i',
  'one',
  'two',
  'three',
  'volunteers',
  'residents',
  'officials',
  'critics',
  'analysts',
  'speaking',
  'asked',
  'meanwhile',
  'still',
  'even',
  'now',
  'then',
  'last',
  'next',
  'earlier',
  'later',
  'since',
  'until',
  'behind',
  'ahead',
  'among',
  'across',
  'during',
  'despite',
  'although',
  'though',
  'if',
  'unlike',
  'like',
  'about',
  'without',
  'within',
  'what',
  'who',
  'how',
  'why',
  'where',
  'there',
  'here',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'det',
  'insp',
  'sgt',
  'supt',
  'councillor',
  'cllr',
  'sir',
  'dame',
  'lord',
  'lady',
  'chief',
  'president',
  'minister',
  'mayor',
  'judge',
  'coach',
  'manager',
  'director',
  'captain',
  'professor',
  'inspector',
  'detective',
  'senator',
  'governor',
  ...REGIONAL_TITLES,
  ...CALENDAR_WORDS,
]);

/**
 * Words before a name that make it an object ("told Screen Ledger", "in Galway", "the Government"),
 * not who speaks next; an acronym or a place's modifier may stand between them ("on BBC Radio
 * Sheffield", "in nearby Kamenický Šenov", "to local station Radio Kerry").
 */
const OBJECT_MARKER =
  /\b(?:to|told|telling|with|in|at|from|by|on|of|for|about|against|into|near|outside|inside|beside|behind|opposite|across|along|around|beyond|towards?|through|past|the|a|an|than|via)\s+$/i;
/** An acronym or a place's or outlet's modifier between a preposition and a name (see OBJECT_MARKER). */
const BETWEEN_MARKER_AND_NAME =
  /(?:\b(?:\p{Lu}{2,}|nearby|neighbouring|neighboring|local|rural|downtown|central|coastal|northern|southern|eastern|western|station|broadcaster|radio|newspaper)\s+){1,2}$/u;

/** Whether the text before a name ends in a word that makes the name an object (OBJECT_MARKER). */
function endsInObjectMarker(before: string): boolean {
  return OBJECT_MARKER.test(before) || OBJECT_MARKER.test(before.replace(BETWEEN_MARKER_AND_NAME, ''));
}
/** What follows the subject of a speech verb: the verb, or an appositive clause and then the verb. */
const SUBJECT_OF_SPEECH =
  /^(?:,?\s+(?:said|says|told|added|insisted|explained|argued|warned|admitted|recalled)\b|,\s+(?:who|whose|speaking|a|an|the|\d+)\b[^.]*?,\s+(?:said|says|told|added|insisted|explained|argued|warned|admitted|recalled)\b)/;

export interface Antecedent {
  /** A person id of the directory, or `unknown:<name>` for a person it does not hold. */
  personId: string;
  name: string;
  /** Offset of the name in the text. */
  start: number;
}

/**
 * The person named last in `text` between `from` and `to` (offsets), outside quotation marks.
 * Known people (the directory's mentions) and unknown capitalised names of two to five words
 * count; bodies and places do not. Undefined when nobody is named there.
 */
export function lastNamedPerson(
  text: string,
  from: number,
  to: number,
  directory: PersonDirectory,
  pronoun?: 'he' | 'she',
): Antecedent | undefined {
  const window = text
    .slice(from, to)
    // A low opening mark closes with a high one („…“, „…”), as Czech, German and Polish print them.
    .replace(/\u201E[^\u201C\u201D"]*[\u201C\u201D"]/g, (quoted) => ' '.repeat(quoted.length))
    .replace(/[\u201C"\u00AB][^\u201D"\u00BB]*[\u201D"\u00BB]/g, (quoted) => ' '.repeat(quoted.length))
    .replace(/(^|[\s(\u2014-])\u2018[^\u2019]*\u2019(?![a-z])/g, (quoted) => ' '.repeat(quoted.length))
    // British straight single marks ("won the prize for 'Ash Wednesday in Gdańsk'."): a mark opening a
    // word and one closing it before a space or punctuation; an apostrophe inside a word is neither.
    .replace(/(^|[\s(\u2014-])'(?=[\p{L}\p{N}])[^'\n]*'(?=[\s,.;:!?)\u2014-]|$)/gu, (quoted) =>
      ' '.repeat(quoted.length),
    );
  const tokens = tokenize(window, from);
  let best: Antecedent | undefined;
  // "in Mr Greaves": an honorific before the name is passed over to read what governs it.
  const objectAt = (start: number) =>
    endsInObjectMarker(window.slice(Math.max(0, start - from - 32), start - from).replace(HONORIFIC_BEFORE, ''));
  // "… said that she would call Bianchi-Ferraz. “…,” she said": a name right after a verb (a lower-case
  // word that is no conjunction and no speech verb put before its subject) is the verb's object.
  const verbObjectAt = (start: number) => {
    const word = /(?<![\p{L}\p{M}.'\u2019])(\p{Ll}+)\s+$/u.exec(
      window.slice(Math.max(0, start - from - 24), start - from),
    );
    return !!word && !NOT_A_VERB_BEFORE_SUBJECT.test(word[1]) && !SPEECH_VERB.test(word[1]);
  };
  // "Baroness Amelia Whitcombe … in Mr Greaves. “…,” she said": an honorific of the other sex is not "she".
  const otherSex = (start: number) => {
    const before = window.slice(Math.max(0, start - from - 12), start - from);
    return pronoun === 'she' ? MALE_HONORIFIC.test(before) : pronoun === 'he' ? FEMALE_HONORIFIC.test(before) : false;
  };
  for (const mention of directory.findMentions(tokens, text)) {
    if (mention.possessive || objectAt(mention.start) || verbObjectAt(mention.start) || otherSex(mention.start))
      continue;
    const person = mention.via === 'unknown' ? undefined : directory.person(mention.personId);
    if (person && person.kind === 'group') continue;
    // "Board Chair Kenton Abara, who …": a title a body's word opens is not part of an unknown name.
    const name = person?.name ?? afterBodyTitle(mention.personId.replace(/^unknown:/, '').split(' ')).join(' ');
    // A double-barrelled surname ("Lachance-Obi") is two names' words, as the tokens read it.
    if (mention.via === 'unknown' && !looksLikePerson(name.split(/[\s-]+/))) continue;
    // "the Band A feeder", "the office in Lyon": a body or a place, which no pronoun for a person stands for.
    if (mention.via === 'unknown' && notAPersonAt(text, mention.start, mention.end)) continue;
    if (!best || mention.start > best.start)
      best = { personId: person ? mention.personId : `unknown:${name}`, name, start: mention.start };
  }
  // Capitalised runs the directory does not read as names ("Alyssa Murray, 34, sat…").
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i].text)) continue;
    let k = i;
    const words: string[] = [];
    // Particles may run ("Liesl van der Merwe") as long as a capitalised word ends them.
    const particlesThenName = (at: number): boolean => {
      let m = at;
      while (m < tokens.length && PARTICLES.has(tokens[m].text)) m++;
      return m > at && isCapitalised(tokens[m]?.text ?? '');
    };
    while (k < tokens.length) {
      const gap = k === i ? ' ' : window.slice(tokens[k - 1].end - from, tokens[k].start - from);
      // The tokenizer splits "Löwenthal-Brandt": a hyphen between capitalised words joins them again.
      if (gap === '-' && words.length > 0 && isCapitalised(tokens[k].text)) {
        words[words.length - 1] += `-${tokens[k].text}`;
        k++;
        continue;
      }
      if (gap !== ' ') break;
      if (!(
        isCapitalised(tokens[k].text) ||
        (words.length > 0 && PARTICLES.has(tokens[k].text) && particlesThenName(k))
      ))
        break;
      words.push(tokens[k].text);
      k++;
    }
    // "Council President Howard Breck, who …": a title a body's word opens is not part of the name.
    const run = afterBodyTitle(dropTitles(words));
    const possessive =
      /['\u2019]s?$/.test(words[words.length - 1] ?? '') ||
      /^['\u2019]s\b/.test(window.slice(tokens[k - 1].end - from));
    const after = window.slice(tokens[k - 1].end - from, tokens[k - 1].end - from + 160);
    // One word is a name as the subject of a speech verb: "His daughter, Caitríona, said", "Perrin-Moreau, who…, said";
    // or as a sentence's subject when the article gave it before as a person's surname ("Asked by Coun. Marty
    // Fehr …. Fehr cast the only vote against. He said …"): reporters name a person in full once.
    const single =
      run.length === 1 &&
      !FUNCTION_WORDS.has(run[0].toLowerCase()) &&
      !NOT_PERSON.has(run[0].toLowerCase()) &&
      (SUBJECT_OF_SPEECH.test(after) ||
        (words.length === 1 &&
          /^\s+\p{Ll}/u.test(after) &&
          opensSentence(window.slice(0, tokens[i].start - from)) &&
          namedInFullBefore(text.slice(0, tokens[i].start), run[0])));
    if (
      ((run.length >= 2 && run.length <= 5 && looksLikePerson(run)) || single) &&
      !possessive &&
      !objectAt(tokens[i].start) &&
      !otherSex(tokens[i].start) &&
      !notAPersonAt(text, tokens[i + (words.length - run.length)].start, tokens[k - 1].end)
    ) {
      const start = tokens[i + (words.length - run.length)].start;
      if (!best || start > best.start) {
        const name = run.join(' ');
        const known = directory
          .findMentions(tokenize(name), name)
          .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
        best = {
          personId: known?.personId ?? `unknown:${name}`,
          name: known ? (directory.person(known.personId)?.name ?? name) : name,
          start,
        };
      }
    }
    i = Math.max(i, k - 1);
  }
  return best;
}

/** Whether the text before a word ends a sentence or a paragraph (or is empty): the word opens a sentence. */
function opensSentence(before: string): boolean {
  return /(?:^|[.!?][\u201D\u2019"')]?)\s*$/.test(before);
}

/** Whether `text` holds a capitalised word and then `surname` ("Marty Fehr" for "Fehr"): a person named in full. */
function namedInFullBefore(text: string, surname: string): boolean {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`\p{Lu}[\p{L}\p{M}'\u2019-]+\s+${escaped}(?![\p{L}\p{M}'\u2019-])`, 'u').test(text);
}

/** Lower-case words a sentence's subject may follow: conjunctions, adverbs, particles of a name. */
const NOT_A_VERB_BEFORE_SUBJECT =
  /^(?:and|but|or|so|yet|then|while|as|when|where|whereas|because|since|although|though|if|once|until|after|before|meanwhile|also|now|later|earlier|only|even|still|de|del|della|da|do|dos|das|du|la|le|van|von|der|den|ten|ter|bin|ibn|al|el|y|di)$/;

/** An honorific right before a name. */
const HONORIFIC_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Baron)\.?\s+$/;
/** Honorifics of a man and of a woman, right before a name. */
const MALE_HONORIFIC = /\b(?:Mr|Sir|Lord|Baron)\.?\s+$/;
const FEMALE_HONORIFIC = /\b(?:Mrs|Ms|Miss|Dame|Lady|Baroness)\.?\s+$/;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'\u2019.-]*$/u.test(word) && !/^\p{Lu}{2,}$/u.test(word);
}

function dropTitles(words: string[]): string[] {
  return words.slice(dropTitleCount(words));
}

/** How many words open `words` that are titles or sentence openers, not a name ("Mayor", "Mr", "But"). */
export function dropTitleCount(words: readonly string[]): number {
  let k = 0;
  while (k < words.length && FUNCTION_WORDS.has(words[k].toLowerCase().replace(/\.$/, ''))) k++;
  return k;
}

/** A number or quantifier opening a sentence ("One", "Another", "Several", "Two"): a count of people, never a name. */
const COUNT_WORD =
  /^(?:one|another|several|some|many|most|few|both|each|others?|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)$/i;

/** Whether `name` is one count word ("One" in "One wrote: …"), which the name reader may take for a name. */
export function isCountWord(name: string): boolean {
  return COUNT_WORD.test(name.trim());
}

/** Two words or more, none a title opening it or a body's or place's word: a person's name. */
export function looksLikePerson(words: string[]): boolean {
  if (words.length < 2) return false;
  if (FUNCTION_WORDS.has(words[0].toLowerCase())) return false;
  return !words.some((word) => NOT_PERSON.has(word.toLowerCase().replace(/['\u2019]s$/, '')));
}

const SPEECH_VERB =
  /\b(?:said|says|told|added|called|described|insisted|warned|argued|stated|announced|admitted|explained|threatened|repeated|promised|pledged|vowed|touted|urged|claimed|replied|answered|responded|wrote|conceded|acknowledged|maintained|noted|recalled|declared|confirmed|denied|complained|predicted|boasted|cautioned|stressed|emphasi[sz]ed|defended|dismissed|branded|labell?ed|hailed|welcomed|praised|critici[sz]ed|condemned|accused)\b/;
/** Words of a title ("Agency Director-General", "Health Secretary") that a body's word may open. */
const TITLE_WORDS = new Set([
  'chief',
  'president',
  'minister',
  'secretary',
  'director',
  'general',
  'governor',
  'commissioner',
  'chair',
  'chairman',
  'chairwoman',
  'head',
  'leader',
  'executive',
  'officer',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  // "Council Member Rosa Delgado-Park", "Board Member Ian Roe".
  'member',
]);

/** Whether one word is a person's title ("minister", "commissioner"), not a body's noun: its holder is a person. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.toLowerCase());
}

/** Whether a name holds a title's word ("Health Minister", "Police Chief"): a title, not a person's name. */
export function hasTitleWord(words: readonly string[]): boolean {
  return words.some((word) => {
    const parts = word.toLowerCase().split('-');
    return parts.some((part) => TITLE_WORDS.has(part) || FUNCTION_WORDS.has(part));
  });
}

/**
 * "Agency Director-General Aurelio Bianchi-Ferraz", "Fisheries Minister Ruairidh Byrne": a title
 * (a body's word may open it) before a person's name is not part of the name. Returns the name
 * after the title when what follows it reads as a person's, else `words` as they are.
 */
function afterBodyTitle(words: string[]): string[] {
  for (let j = 1; j < words.length - 1; j++) {
    const title = words[j - 1].toLowerCase().split('-');
    if (title.some((part) => TITLE_WORDS.has(part) || FUNCTION_WORDS.has(part)) && looksLikePerson(words.slice(j)))
      return words.slice(j);
  }
  return words;
}

/** Auxiliaries and adverbs between a subject and its speech verb: "Mr Trump had also threatened", "Roe has repeatedly said". */
const BEFORE_VERB =
  /(?:\s+(?:had|has|have|also|again|once|then|later|previously|already|long|often|always|never|since|\p{Ll}+ly))+$/u;
/** Honorifics that make one capitalised word after them a person's surname: "Mr Trump". */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\.?$/;
/** Post-nominal letters that are not part of the name ("Simon Achterberg KC", "Colm Brady TD"). */
export const POST_NOMINALS = new Set([
  'KC',
  'QC',
  'TD',
  'MP',
  'MEP',
  'MSP',
  'AM',
  'MLA',
  'PhD',
  'OBE',
  'MBE',
  'CBE',
  'Jr',
  'Sr',
]);

/**
 * The named subject of a sentence's speech verb, from its words outside quotation marks: "Mayor
 * Gloria Estévez, who proposed the pilot, called the decision …", "Opposition spokesman Colm
 * Brady TD described the scenes as …", "In a statement, the West Coast Hospital Group said …".
 * An appositive between name and verb is skipped; titles and post-nominals are dropped. Returns
 * the name and whether it is a body (a council, a group, a ministry), or undefined.
 */
export function speechSubject(outside: string): { name: string; body: boolean } | undefined {
  const verb = SPEECH_VERB.exec(outside);
  if (!verb) return undefined;
  let before = outside.slice(0, verb.index).replace(/\s+$/, '').replace(BEFORE_VERB, '');
  // A body's name, which the person's reading below stops inside of ("Department for Culture, Media and Sport").
  const body = () => {
    const name = bodySubject(outside.slice(0, verb.index).replace(/\s+$/, '').replace(BEFORE_VERB, ''), isBodyName);
    return name ? { name, body: true } : undefined;
  };
  // ", who proposed the pilot in her budget address," / ", which represents 9,000 growers," / ", 41,"
  // But ", whose presenter, Kari Solheim-Baptiste," ends with the name itself: the clause is the name's role, kept.
  const apposedName = /,\s+((?:\p{Lu}[\p{L}\p{M}'\u2019.-]*\s+){1,4}\p{Lu}[\p{L}\p{M}'\u2019-]*),$/u.exec(before);
  const whose = /,\s+(?:who|whose|which|speaking|a|an|the|\d+)\b[^,]*(?:,[^,]*)?,$/.exec(before);
  before = (
    apposedName && whose && apposedName.index > whose.index && looksLikePerson(dropTitles(apposedName[1].split(/\s+/)))
      ? before.slice(0, apposedName.index) + ' ' + apposedName[1]
      : before.replace(/,\s+(?:who|whose|which|speaking|a|an|the|\d+)\b[^,]*(?:,[^,]*)?,$/, '')
  )
    .replace(/,$/, '')
    .trim();
  const words = before.split(/\s+/);
  const run: string[] = [];
  for (let k = words.length - 1; k >= 0; k--) {
    const word = words[k].replace(/^[("\u201C]+/, '');
    const capital = /^\p{Lu}/u.test(word) && !/[,;:]$/.test(word);
    if (capital || (PARTICLES.has(word) && run.length > 0)) run.unshift(word);
    else break;
  }
  while (run.length && POST_NOMINALS.has(run[run.length - 1])) run.pop();
  const name = afterBodyTitle(dropTitles(run));
  // One word is a name when it is all the sentence has before its verb ("Perrin-Moreau, who …, said"),
  // or after an honorific ("Mr Trump had also threatened"): a surname on second mention.
  const alone =
    name.length === 1 &&
    (before.replace(/^[("\u201C]+/, '') === name[0] || HONORIFIC.test(run[run.length - 2] ?? '')) &&
    !FUNCTION_WORDS.has(name[0].toLowerCase()) &&
    !NOT_PERSON.has(name[0].toLowerCase());
  if ((name.length < 2 && !alone) || name.length > 6) return body();
  if (alone) return { name: name[0], body: false };
  const isBody = isBodyName(name);
  if (!isBody && !looksLikePerson(name)) return body();
  return { name: name.join(' '), body: isBody };
}

/** A name that is a body or institution ("West Coast Hospital Group", "Unión de Olivareros del Sur"), not a person. */
export function isBodyName(words: readonly string[]): boolean {
  return words.some((word) =>
    NOT_PERSON.has(
      word
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/['\u2019]s$/, ''),
    ),
  );
}

/** Common nouns a body's or a place's name modifies ("the Band A feeder", "the Marat Longri forests"), besides `NOT_PERSON`'s. */
const MODIFIED_NOUN = new Set([
  'feeder',
  'feeders',
  'forest',
  'forests',
  'customers',
  'residents',
  'members',
  'campaign',
  'movement',
  'coalition',
  'project',
  'programme',
  'program',
  'scheme',
  'area',
  'zone',
  'sector',
  'line',
  'corridor',
  'reserve',
  'village',
  'community',
  'tariff',
  'plan',
]);

/**
 * Whether a capitalised name the article uses is a body or a place, not a person, judged where it
 * stands last before `before`: a body's word in it ("Queensland Health"), a body's or a place's noun
 * it modifies ("Podhale Together group", "Band A feeder"), a locative preposition before it ("the
 * office in Lyon"), or the tail of a body's "X of A and B" name ("Department of Elementary and
 * Secondary Education"). "He" and "she" stand for people only.
 */
export function notAPerson(text: string, name: string, before: number): boolean {
  if (isBodyName(name.split(/\s+/))) return true;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{M}'\u2019-])${escaped}(?![\p{L}\p{M}'\u2019-])`, 'gu');
  let at = -1;
  for (const match of text.slice(0, before).matchAll(pattern)) at = match.index;
  return at !== -1 && notAPersonAt(text, at, at + name.length);
}

/** `notAPerson` for the name written at `start`..`end` of `text`. */
export function notAPersonAt(text: string, start: number, end: number): boolean {
  if (isBodyName(text.slice(start, end).split(/[\s-]+/))) return true;
  const lead = text.slice(Math.max(0, start - 80), start);
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(end, end + 40));
  return (
    (!!next && (NOT_PERSON.has(next[1]) || MODIFIED_NOUN.has(next[1]))) ||
    /\b(?:in|at|near|outside|across|throughout)\s+(?:the\s+)?$/.test(lead) ||
    /\p{Lu}[\p{L}\p{M}'\u2019-]*\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{M}'\u2019-]*\s+)+(?:and|&)\s+$/u.test(lead)
  );
}
