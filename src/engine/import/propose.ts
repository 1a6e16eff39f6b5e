/**
 * From an article to proposed corpus records: every attributed quotation (direct, partial, split
 * around "she said", running over paragraphs), every attributed claim with a number, the speakers
 * the corpus does not know yet, and the article as a source. The draft readers do the reading
 * (quotations, people, days, outlets, numbers); this module decides what is a statement, who said
 * it and when, and how sure it is.
 */
import { nounHolder } from './role-reference';
import type { Corpus, Person, Statement } from '../types';
import { maskMarkdown } from '../draft/markdown';
import { splitParagraphs, splitSentences, type Span } from '../draft/segment';
import { extractClaims, type SpeakerState } from '../draft/analyse';
import { PersonDirectory } from '../draft/people';
import { hasSpeechVerb, isSpeechWord } from './speech';
import { OutletDirectory } from '../draft/outlets';
import { tokenize, type Token } from '../text/tokens';
import { capitalise } from '../draft/dates';
import { deriveNumbers } from '../corpus/numbers';
import { isNegationCue } from '../judge/negation';
import type { QuoteClaim } from '../judge/quote';
import {
  articleDateOf,
  datelineDay,
  datelineYear,
  datesTheRemark,
  ledeOccasion,
  pastPerfectVerb,
  periodDate,
  periodDatesTheRemark,
  presentPerfectDate,
  presentPerfectVerb,
  resolveMention,
  type ArticleDate,
  type ResolvedDate,
} from './dates';
import { datedOccasions, tiedOccasion, type Occasions } from './occasions';
import { personId, slug } from './ids';
import type { Article, ImportOptions, ImportResult, ProposedPerson, ProposedSource, ProposedStatement } from './types';
import { compareWithCorpus } from './occurrences';
import { bodyOfSpokesperson } from './spokesperson';
import {
  anonymousSubject,
  appositeSpeaker,
  besideAttribution,
  markBalance,
  opensUnclosed,
  pronounSaid,
  questionAsked,
  quotationRuns,
  unnamedAsker,
} from './around';
import {
  dropTitleCount,
  hasTitleWord,
  isCountWord,
  isBodyName,
  lastNamedPerson,
  looksLikePerson,
  speechSubject,
  type Antecedent,
} from './antecedent';

/** After a quotation: "said the group's co-founder, Lupe Carrasco" (a role, a comma, then the name). */
const TRAILING_ROLE_THEN_NAME =
  /^[,.!?\u2026]?[\u201D\u2019"']?,?\s+(?:said|says|added|told)\s+(?:the|a|an|his|her|their)\s+[^,.;\u201C"]{2,60},\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+){1,3})\b/u;

/** "“…,” said keeper Holly Marsh-Penrose", "said bird curator Ifeoma Adaeze-Clarke": a bare role (no article) before the name. */
const TRAILING_BARE_ROLE_THEN_NAME =
  /^[,.!?\u2026]?[\u201D\u2019"']?,?\s+(?:said|says|added)\s+((?:(?!(?:on|in|at|to|of|by|for|with|from|after|before|during|outside|inside|later|earlier|yesterday|today|tonight|then|also|again|that|this|the|a|an|his|her|their|its|he|she|they|it|and|but|when|while|as)\b)\p{Ll}[\p{Ll}-]+\s+){1,3})(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+){1,3})\b/u;

/** The last anonymous source described in the 1,500 characters before `at` whose noun is `noun`'s last word ("a Ukrainian official" for "the official"). */
function introducedAnonymous(text: string, at: number, noun: string): string | undefined {
  const head = noun.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');
  const window = text.slice(Math.max(0, at - 1500), at);
  const found = [
    ...window.matchAll(new RegExp(ANONYMOUS.source, 'gi')),
    ...window.matchAll(new RegExp(UNNAMED_BY_REQUEST.source, 'giu')),
  ]
    .filter((match) => match[1].toLowerCase().split(/\s+/).pop()!.replace(/s$/, '') === head)
    .sort((a, b) => a.index! - b.index!);
  return found.at(-1)?.[0];
}

/**
 * "A friend of Tierney’s, who did not want to be named", "A senior Labour figure, who asked not to
 * be named", "a ministry official, speaking on condition of anonymity": whatever its noun, a source
 * the article says is unnamed on purpose. Group 1 is the description without its article.
 */
const UNNAMED_BY_REQUEST =
  /\b(?:[Aa]n?|[Oo]ne)\s+((?:[\p{L}'\u2019-]+\s+){0,4}?\p{Ll}[\p{Ll}-]+)(?:\s+(?:of|at|from|in)\s+[^,.;]{1,60})?(?=,\s+(?:who\s+(?:asked|did\s+not\s+want|didn[’']t\s+want|declined|spoke\s+on\s+condition)|speaking\s+on\s+condition\s+of\s+anonymity))/u;

/** A body's capitalised name, a comma, then "which" and a speech verb: "the Harbour Users’ Association, which said". */
const WHICH_SAID =
  /(\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}\p{M}'\u2019&.-]*))*)\s*,\s+which\s+(?:also\s+|later\s+|had\s+|has\s+)?(?:said|says|told|added|warned|described|called|argued|insisted|stated)\b/u;

/** A sentence whose subject is a body: "The Harbour coastguard rejected …", "The Port Authority of X said …". */
const BODY_SUBJECT =
  /^The\s+((?:\p{Lu}[\p{L}\p{M}'\u2019&.-]*\s+)*(?:company|firm|utility|airline|operator|authority|agency|committee|board|council|ministry|department|union|university|club|coastguard|police|service|commission|regulator|government|trust|charity|hospital|federation|association)(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'\u2019&.-]*)*)?)\s+(?!said\b|says\b)\p{Ll}+(?:ed|s)\b/u;

/** Nouns for a body, not a person: "the company said" names an organisation. */
const BODY_NOUN =
  /\b(?:company|firm|utility|airline|carrier|bank|operator|authority|agency|panel|committee|board|council|ministry|department|union|university|club|group|statement|court|regulator|government|party|zoo|museum|gallery|trust|charity|hospital|school|league|federation)$/i;

/** Nouns for a body, or for what a body issues: "the company", "the airline", "the statement". */
const BODY_WORDS =
  'company|firm|utility|airline|carrier|bank|operator|authority|agency|council|ministry|department|union|university|club|group|court|regulator|government|trust|charity|hospital|federation|league|association|service|statement|report|letter|release|ruling|judgment|judgement|memo';
/** Body nouns a reporter uses for one another ("the utility … the company said"). */
const BODY_FAMILIES = [
  ['company', 'firm', 'utility', 'airline', 'carrier', 'operator', 'bank', 'group', 'owner'],
  ['council', 'authority', 'government', 'ministry', 'department', 'agency', 'regulator', 'service'],
  ['union', 'federation', 'league', 'association'],
  ['trust', 'hospital', 'charity'],
];
/** What a body issues: any body may have. */
const ISSUED = /^(?:statement|report|letter|release|ruling|judgment|judgement|memo)$/;
/** A body's noun, or its document's, as a speech verb's subject: "the zoo said", "the policy statement said". */
const BODY_SAID = new RegExp(
  String.raw`\b[Tt]he\s+(?:[a-z-]+\s+)?(?:${BODY_WORDS})\s+(?:also\s+|later\s+)?(?:said|says|added|warned|stated|insisted|argued|called|described)\b`,
);
/** A role reference to a body ("the company", "the policy statement"). */
const BODY_REFERENCE = new RegExp(String.raw`(?:^|\s)(?:${BODY_WORDS})$`, 'i');
/** Escapes a name for use inside a regular expression. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The body (a group among `people`) the text names last in the 3,000 characters before `before`,
 * preferring one whose name holds `noun`'s last word ("the union": "University and College
 * Workers' Union"), else any ("the company", "the statement"). Returns its name as the people list
 * has it, or undefined.
 */
function lastBodyNamed(
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
const PASSIVE_BY =
  /\b(?:described|called|labell?ed|branded|dismissed|hailed)\s+by\s+((?:the\s+)?\p{Lu}[\p{L}\p{M}'\u2019&.-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}\p{M}'\u2019&.-]*)){0,6})\s+as\s+(?:a\s+|an\s+|the\s+)?[\u201C\u2018"']?$/u;

/** "The minister’s office said", "the mayor's office called": an office as a speech verb's subject (group 1). */
const OFFICE_SAID =
  /\b((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{M}-]*\s+)*(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}+['\u2019]s\s+(?:press\s+)?office)\s+(?:also\s+|later\s+)?(?:said|says|called|described|added|told|warned|insisted|stated|confirmed|denied|declined|replied|responded|dismissed)\b/u;

/** "It said", "it added": a body's words (a council, a hospital group), never a person's. */
const IT_SAID = /\b[Ii]t\s+(?:also\s+)?(?:said|says|added|told|warned|urged|insisted|stated|announced)\b/;

/** Proposals at or above this confidence are "confident": `--accept-confident` and Accept All Confident take them. */
export const CONFIDENT = 0.9;

/** Unnamed speakers: "a senior U.S. official", "two people familiar with the talks", "a spokesperson". */
const ANONYMOUS =
  /\b(?:an?|one|two|three|several|some)\s+((?:(?!(?:of|the|and|who|whose|which|that)\b)[a-z][\w.-]*[ \t]+){0,4}(?:officials?|diplomats?|sources?|aides?|advisers?|advisors?|spokes(?:man|woman|person)|people|persons?|insiders?|negotiators?|executives?|employees?|members?|lawmakers?|analysts?|staffers?|residents?|witnesses?|managers?|assistants?|workers?|nurses?|doctors?|riders?|players?|leaders?)|of the (?:people|officials|sources|diplomats|people familiar with [a-z ]+?))\b/i;

/**
 * Proposes records for one article. `corpus` is what is already known (people matched through
 * their aliases and roles; statements whose words recur become occurrences). Pure: no I/O.
 * Returns an `ImportResult`; `notes` say what the reviewer must settle (no date, no publisher).
 */
export function proposeFromArticle(article: Article, corpus: Corpus, options: ImportOptions = {}): ImportResult {
  const notes: string[] = [];
  const articleDate = dateOfArticle(article, options, notes);
  // The day of the event the article reports: what its undated remarks were most likely said on.
  const paragraphs = paragraphTexts(article);
  const occasion = ledeOccasion(paragraphs, articleDate);
  const source = sourceOf(article, articleDate, options, corpus, notes);
  // First pass: who the article names that the corpus does not know (and their appositives);
  // second pass with them known, so "the mayor said" finds the mayor introduced by name.
  const firstPeople = newPeople(read(article, corpus, corpus.people), corpus.people, article.text);
  const people = [...corpus.people, ...firstPeople.map(asPerson)];
  const units = read(article, corpus, people);
  const newPersons = newPeople(units, people, article.text).concat(firstPeople);
  const usedPeople = new Map<string, ProposedPerson>();

  const statements: ProposedStatement[] = [];
  /** The statements quoted in the article's headline. */
  const inHeadline = new Set<ProposedStatement>();
  const headlineOnly = new Set<ProposedStatement>();
  const usedIds = new Set(corpus.statements.map((statement) => statement.id));
  const lastDate = new Map<string, ResolvedDate & { paragraph: number; sentence?: number; periodAt?: number }>();
  const lastOutlet = new Map<string, string>();
  let previousSpeaker: string | null = null;
  const speakersSoFar: string[] = [];
  let lastAnonymous: string | undefined;
  let lastGroup: { id: string; name: string; paragraph: number } | undefined;
  let previousParagraph = -1;
  const directory = new PersonDirectory(people);
  const publisher = article.meta.publisher ?? options.publisher;
  const dating: Dating = {
    article: articleDate,
    lede: occasion,
    occasions: datedOccasions(paragraphs, articleDate, directory),
    publisher,
    interviews: interviewDays(units, articleDate, publisher),
  };
  const paragraphIndex = new Map(paragraphStarts(article).map((start, index) => [start, index]));
  const remarks: { from: DateFrom; paragraph: number }[] = [];
  const anonymousDirectory = new PersonDirectory(corpus.people.filter((person) => person.kind === 'anonymous'));
  /** The person id for an anonymous source's description: the corpus's, or a new anonymous person. */
  const anonymousSpeaker = (description: string): string => {
    const phrase = description.replace(/^(?:an?|one|the)\s+/i, '');
    const known = anonymousDirectory.findMentions(tokenize(phrase), phrase)[0];
    // "One berth manager" and "One berth manager in Killybegs" in one article: the same source,
    // described once with the place or body it comes from and once without.
    const sameSource = [...usedPeople.values()].find((person) => {
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
    if (!known && !usedPeople.has(id))
      usedPeople.set(id, {
        type: 'person',
        id,
        name: description,
        kind: 'anonymous',
        aliases: [description, phrase],
        roles: [],
        status: 'proposed',
      });
    return id;
  };
  /** The person a name the article gives belongs to, among the speakers it names. */
  const heldBy = (name: string | undefined): { id: string; name: string } | undefined =>
    name
      ? newPersons.find(
          (person) =>
            person.name === name ||
            person.aliases.includes(name) ||
            // "Siobhán Ó Ceallaigh" is the "Ó Ceallaigh" the article quotes.
            (person.kind === 'person' && person.name.includes(' ') && name.endsWith(` ${person.name}`)),
        )
      : undefined;
  for (const unit of units) {
    let held: string | undefined;
    let heldKind: 'person' | 'group' | undefined;
    let leadAnonymous: RegExpExecArray | null = null;
    let speaker = unit.speaker;
    let reason = unit.reason;
    let confidence = unit.confidence;
    // "he" and "she" are people: a pronoun the reading gave to a body (the last speaker) is unresolved.
    if (
      unit.kind === 'quote' &&
      speaker &&
      reason.startsWith('pronoun resolved to the last speaker named') &&
      (directory.person(speaker)?.kind ?? newPersons.find((person) => person.id === speaker)?.kind) === 'group'
    )
      speaker = null;
    if (unit.kind === 'quote' && !speaker && unit.officeSubject) {
      const name = unit.officeSubject.replace(/^The\b/, 'the');
      const known = directory.findMentions(tokenize(name), name).find((mention) => mention.via !== 'unknown');
      speaker = known?.personId ?? personId(name.replace(/^the\s+/, ''));
      if (!known && !usedPeople.has(speaker))
        usedPeople.set(speaker, {
          type: 'person',
          id: speaker,
          name,
          kind: 'group',
          aliases: [name],
          roles: [],
          status: 'proposed',
        });
      reason = `the office that speaks for its holder, \u201C${name}\u201D`;
      confidence = 0.8;
    }
    if (unit.kind === 'quote' && !speaker && unit.unnamedSubject) {
      speaker = anonymousSpeaker(unit.unnamedSubject);
      if (unit.reason.startsWith('a question put by')) reason = unit.reason;
      else
        reason = `pronoun resolved to the unnamed source the sentence before it is about, \u201C${unit.unnamedSubject}\u201D`;
      confidence = 0.8;
    }
    if (
      unit.kind === 'quote' &&
      (unit.viaPronounToGroup ||
        (!speaker && (unit.colonParagraph || (unit.followsQuote && !hasSpeechVerb(unit.outside, true))))) &&
      previousSpeaker
    ) {
      speaker = previousSpeaker;
      reason = unit.colonParagraph
        ? `introduced by a colon after ${previousSpeaker}`
        : unit.followsQuote
          ? `continues the quotation before it, ${previousSpeaker}`
          : `pronoun resolved to the last person named, ${previousSpeaker}`;
      confidence = 0.85;
    }
    if (unit.kind === 'quote' && !speaker && hasSpeechVerb(unit.outside, true)) {
      // "Mr Rubio would not go into detail, but said that it would be a “very big move”": the sentence's subject.
      const tokens = tokenize(unit.outside);
      const subject = directory
        .findMentions(tokens, unit.outside)
        .find((mention) => mention.firstToken <= 2 && !mention.possessive);
      let roleNoun =
        /\bthe\s+((?:[a-z]+\s+)?(?:official|source|diplomat|aide|spokes(?:man|woman|person)|manager|staffer|insider|person))\s+(?:said|added|told|says)\b/i.exec(
          unit.outside,
        );
      const roleRef =
        /\bthe\s+([a-z][a-z'\u2019 -]{1,40}?)\s+(?:said|added|told|says|insisted|explained|warned|calls|called|described|stated|announced|confirmed|urged|argued|wrote)\b/i.exec(
          unit.outside,
        );
      const roleHolder = roleRef
        ? lastRoleHolder(roleRef[1], [...newPersons, ...corpus.people], speakersSoFar)
        : undefined;
      if (roleHolder) {
        speaker = roleHolder.id;
        reason = `\u201Cthe ${roleRef![1]}\u201D: ${roleHolder.name}, named earlier with that role`;
        confidence = 0.85;
        if (!corpus.people.some((person) => person.id === roleHolder.id))
          usedPeople.set(
            roleHolder.id,
            newPersons.find((person) => person.id === roleHolder.id)!,
          );
      } else if (subject && subject.via !== 'unknown') {
        speaker = subject.personId;
        reason = `the sentence's subject, ${directory.person(subject.personId)?.name ?? subject.personId}`;
        confidence = 0.85;
      } else if (
        (roleNoun && (introducedAnonymous(article.text, unit.sentenceStart, roleNoun[1]) || lastAnonymous)) ||
        (roleRef && (roleNoun = introducedAnonymous(article.text, unit.sentenceStart, roleRef[1]) ? roleRef : null))
      ) {
        // "A Ukrainian official … said …" then "“…,” the official said": the source introduced last, quoted or not.
        const introduced = introducedAnonymous(article.text, unit.sentenceStart, roleNoun![1]);
        speaker = introduced ? anonymousSpeaker(introduced) : lastAnonymous!;
        reason = `\u201Cthe ${roleNoun![1]}\u201D: the anonymous source introduced earlier${introduced ? `, \u201C${introduced}\u201D` : ''}`;
        confidence = 0.85;
      } else if (
        roleRef &&
        // "the union said" is a body, not "Rhys Penhallow, the students' union education officer".
        (held = nounHolder(
          article.text,
          unit.sentenceStart,
          roleRef[1],
          4000,
          (name) =>
            !(BODY_REFERENCE.test(roleRef![1]) && looksLikePerson(name.split(/\s+/)) && !isBodyName(name.split(/\s+/))),
        ))
      ) {
        // "“…,” the company said" with no speaker given that role: the name put beside the noun last.
        const known = directory
          .findMentions(tokenize(held), held)
          .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
        speaker = known?.personId ?? `unknown:${held}`;
        reason = `\u201Cthe ${roleRef[1]}\u201D: ${held}, named beside that word earlier`;
        confidence = 0.8;
        if (!known) heldKind = BODY_NOUN.test(roleRef[1]) ? 'group' : 'person';
      } else if (
        roleRef &&
        BODY_REFERENCE.test(roleRef[1]) &&
        (held = lastBodyNamed(article.text, unit.sentenceStart, roleRef[1], [...newPersons, ...corpus.people]))
      ) {
        // "“…,” the company said", "the statement said": the body the article named last (of that noun, if one is).
        const group = [...newPersons, ...corpus.people].find((person) => person.name === held)!;
        speaker = group.id;
        reason = `\u201Cthe ${roleRef[1]}\u201D: ${held}, the body named last before it`;
        confidence = 0.75;
        if (!corpus.people.some((person) => person.id === group.id)) usedPeople.set(group.id, group as ProposedPerson);
      } else if (
        /\b(?:he|she)\s+(?:said|told|[a-z]+ed)\b/i.test(unit.outside) &&
        (leadAnonymous =
          ANONYMOUS.exec(`${unit.lead} ${unit.outside}`) ?? UNNAMED_BY_REQUEST.exec(`${unit.lead} ${unit.outside}`))
      ) {
        // "A stallholder, who asked not to be named, told the Gazette …. “…,” she said": the unnamed source just introduced.
        speaker = anonymousSpeaker(leadAnonymous[0]);
        reason = `pronoun resolved to the anonymous source introduced before it, \u201C${leadAnonymous[0]}\u201D`;
        confidence = 0.8;
      } else if (
        /\b(?:he|she)\s+[a-z]+ed\b/i.test(unit.outside) &&
        directory.person(previousSpeaker ?? '')?.kind !== 'group' &&
        !usedPeople.get(previousSpeaker ?? '')?.kind?.startsWith('group') &&
        previousSpeaker &&
        unit.paragraph - previousParagraph < 2000
      ) {
        speaker = previousSpeaker;
        reason = `pronoun resolved to the last speaker named, ${previousSpeaker}`;
        confidence = 0.75;
      }
    }
    const colonSubject: string | undefined = unit.kind === 'quote' && !speaker ? colonIntroSubject(unit) : undefined;
    if (colonSubject) {
      // "Agency Director-General Aurelio Bianchi-Ferraz was blunt about the cost: “…”", "the minister was blunt: “…”".
      // The subject read as a speech verb's would be: the name at its end, titles and appositives dropped.
      const subject = speechSubject(`${colonSubject} said`);
      const mention: ReturnType<PersonDirectory['findMentions']>[number] | undefined = subject
        ? directory
            .findMentions(tokenize(subject.name), subject.name)
            .find((found) => found.via !== 'unknown' && found.firstToken === 0)
        : undefined;
      const role = /^the\s+([a-z][a-z'\u2019 -]{1,40})$/i.exec(colonSubject);
      const roleHolder = role
        ? (lastRoleHolder(role[1], [...newPersons, ...corpus.people], speakersSoFar) ??
          heldBy(
            nounHolder(
              article.text,
              unit.sentenceStart,
              role[1],
              4000,
              (name) =>
                looksLikePerson(name.split(/\s+/)) &&
                !isBodyName(name.split(/\s+/)) &&
                !hasTitleWord(name.split(/\s+/)),
            ),
          ))
        : undefined;
      // "Agency Director-General Aurelio Bianchi-Ferraz": the words a person the article names goes by, its titles left out.
      const words = subject ? subject.name.split(/\s+/) : [];
      const suffix = words
        .map((_, k) => words.slice(k).join(' '))
        .filter((name) => name.includes(' '))
        .find((name) => newPersons.some((person) => person.aliases.includes(name) || person.name === name));
      if (subject) {
        speaker = mention?.personId ?? `unknown:${suffix ?? subject.name}`;
        if (!mention) heldKind = subject.body ? 'group' : 'person';
        reason = `the subject of the sentence whose colon introduces it, ${suffix ?? subject.name}`;
        confidence = 0.85;
      } else if (roleHolder) {
        speaker = roleHolder.id;
        reason = `\u201Cthe ${role![1]}\u201D, whose colon introduces it: ${roleHolder.name}, named earlier with that role`;
        confidence = 0.8;
        if (!corpus.people.some((person) => person.id === roleHolder.id))
          usedPeople.set(
            roleHolder.id,
            newPersons.find((person) => person.id === roleHolder.id)!,
          );
      }
    }
    const whichSaid: RegExpExecArray | null = unit.kind === 'quote' && !speaker ? WHICH_SAID.exec(unit.outside) : null;
    if (whichSaid && isBodyName(whichSaid[1].split(/\s+/))) {
      // "…, the Harbour Users’ Association, which said in a statement that …": the body the clause hangs on.
      const body: string = whichSaid[1];
      const bodyMention: ReturnType<PersonDirectory['findMentions']>[number] | undefined = directory
        .findMentions(tokenize(body), body)
        .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
      speaker = bodyMention?.personId ?? `unknown:${body}`;
      if (!bodyMention) heldKind = 'group';
      reason = `the body a relative clause\u2019s speech verb hangs on (\u201C\u2026, which said\u201D), ${body}`;
      confidence = 0.8;
    }
    if (unit.kind === 'quote' && !speaker && unit.guess) {
      speaker = unit.guess;
      const guessed = directory.person(unit.guess)?.name ?? unit.guess.replace(/^unknown:/, '');
      reason = `attributed to the last speaker named, ${guessed} (no body found for the noun that speaks)`;
      confidence = 0.6;
    }
    if (speaker?.startsWith('unknown:') && unit.passiveAgent) heldKind = unit.passiveAgent;
    if (speaker?.startsWith('unknown:')) {
      const name: string = speaker.slice(8);
      const person: ProposedPerson | undefined =
        newPersons.find((candidate) => candidate.aliases.includes(name)) ??
        newPersons.find((candidate) => candidate.id === personId(name)) ??
        newPersons.find((candidate) => candidate.id === personId(knightedFullName(article.text, name) ?? '')) ??
        (heldKind
          ? ({
              type: 'person',
              id: personId(name),
              name,
              kind: heldKind,
              aliases: [name],
              roles: [],
              status: 'proposed',
            } as const)
          : undefined);
      speaker = person?.id ?? personId(name);
      // "Sir Malcolm" is then an alias of Malcolm Reddaway, so the corpus knows him by it.
      if (person && !person.aliases.includes(name) && person.id !== personId(name)) person.aliases.push(name);
      if (person) usedPeople.set(person.id, person);
    } else if (speaker && !corpus.people.some((person) => person.id === speaker)) {
      const person = newPersons.find((candidate) => candidate.id === speaker);
      if (person) usedPeople.set(person.id, person);
    }
    if (!speaker) {
      const anonymous = ANONYMOUS.exec(unit.outside) ?? UNNAMED_BY_REQUEST.exec(unit.outside);
      // "One board member, Councillor Hannah Oduya, asked": a description the article names at once is no anonymous source.
      const apposed =
        anonymous &&
        /^,\s+((?:\p{Lu}[\p{L}\p{M}'\u2019.-]*\s+){1,4}\p{Lu}[\p{L}\p{M}'\u2019-]+),/u.exec(
          unit.outside.slice(anonymous.index + anonymous[0].length),
        );
      const apposedWords = apposed ? apposed[1].split(/\s+/) : [];
      const apposedName = apposedWords.slice(dropTitleCount(apposedWords)).join(' ');
      const apposedPerson: ProposedPerson | undefined =
        (apposedName &&
          newPersons.find(
            (person) => person.kind !== 'anonymous' && [person.name, ...person.aliases].includes(apposedName),
          )) ||
        (looksLikePerson(apposedName.split(' ')) && !isBodyName(apposedName.split(' '))
          ? {
              type: 'person',
              id: personId(apposedName),
              name: apposedName,
              kind: 'person',
              aliases: [apposedName],
              roles: [],
              status: 'proposed',
            }
          : undefined);
      const apposedKnown =
        apposedName &&
        directory
          .findMentions(tokenize(apposedName), apposedName)
          .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
      if (apposedPerson && hasSpeechVerb(unit.outside)) {
        const id = apposedKnown ? apposedKnown.personId : apposedPerson.id;
        const record =
          newPersons.find((person) => person.id === id) ?? (id === apposedPerson.id ? apposedPerson : undefined);
        if (record && !corpus.people.some((person) => person.id === id)) usedPeople.set(id, record);
        speaker = id;
        reason = `named between commas after \u201C${anonymous![0]}\u201D: ${apposedPerson.name}`;
        confidence = 0.85;
      } else if (anonymous && hasSpeechVerb(unit.outside)) {
        speaker = anonymousSpeaker(anonymous[0]);
        reason = `anonymous source: \u201C${anonymous[0]}\u201D`;
        confidence = 0.85;
      }
    }
    // "A spokesman for the authority said …": an unnamed spokesperson gives the body's words.
    let dateKey: string | undefined;
    const spokesFor =
      speaker && usedPeople.get(speaker)?.kind === 'anonymous' ? usedPeople.get(speaker)!.name : undefined;
    const body = spokesFor && bodyOfSpokesperson(article.text, spokesFor, unit.sentenceStart + unit.sentence.length);
    if (body) {
      const known = directory
        .findMentions(tokenize(body), body)
        .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
      const group: ProposedPerson = (known &&
        (usedPeople.get(known.personId) ?? newPersons.find((person) => person.id === known.personId))) || {
        type: 'person',
        id: known?.personId ?? personId(body.replace(/^the\s+/i, '')),
        name: body,
        kind: 'group',
        aliases: [body],
        roles: [],
        status: 'proposed',
      };
      if (!statements.some((statement) => statement.speaker === speaker)) usedPeople.delete(speaker!);
      if (!corpus.people.some((person) => person.id === group.id)) usedPeople.set(group.id, group);
      reason = `${reason}; a spokesperson for ${body}, whose words they are`;
      // The spokesperson's remarks keep their own days: the body's written statement is another occasion.
      dateKey = speaker!;
      speaker = group.id;
    }
    // "The Harbour coastguard rejected that account. In a statement, it said …": "it" is the body the
    // sentence before it, in its paragraph, is about.
    const bodyBefore =
      unit.kind === 'quote' && !speaker && IT_SAID.test(unit.outside)
        ? BODY_SUBJECT.exec(unit.lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '')
        : null;
    if (bodyBefore) {
      const name: string = bodyBefore[1];
      const bodyMention: ReturnType<PersonDirectory['findMentions']>[number] | undefined = directory
        .findMentions(tokenize(name), name)
        .find((mention) => mention.via !== 'unknown');
      const id: string = bodyMention?.personId ?? personId(name);
      if (!bodyMention && !usedPeople.has(id) && !corpus.people.some((person) => person.id === id))
        usedPeople.set(id, {
          type: 'person',
          id,
          name,
          kind: 'group',
          aliases: [name],
          roles: [],
          status: 'proposed',
        });
      speaker = id;
      reason = `\u201Cit\u201D: the body the sentence before it is about, ${name}`;
      confidence = 0.8;
    }
    // "In a statement, the West Coast Hospital Group said …. It said it was “working intensively”": "it" is the body that spoke last.
    if (!speaker && lastGroup && unit.paragraph - lastGroup.paragraph <= 2000 && IT_SAID.test(unit.outside)) {
      speaker = lastGroup.id;
      reason = `\u201Cit\u201D: the body that spoke last, ${lastGroup.name}`;
      confidence = 0.8;
    }
    const speakerRecord = speaker
      ? (corpus.people.find((person) => person.id === speaker) ??
        usedPeople.get(speaker) ??
        newPersons.find((person) => person.id === speaker))
      : undefined;
    if (speakerRecord?.kind === 'anonymous') lastAnonymous = speaker!;
    if (speakerRecord?.kind === 'group')
      lastGroup = { id: speaker!, name: speakerRecord.name, paragraph: unit.paragraph };
    if (speaker) {
      speakersSoFar.push(speaker);
      previousSpeaker = speaker;
      previousParagraph = unit.paragraph;
    }
    const key = dateKey ?? speaker ?? '';
    let date = ownDate(unit, articleDate);
    const period = date ? undefined : periodOf(unit, articleDate);
    let dateFrom: DateFrom = 'sentence';
    if (date) lastDate.set(key, { ...date, paragraph: unit.paragraph });
    else if (period) {
      // "last week", "earlier this month": that remark's period, carried only to the quotation running on from it.
      date = period;
      lastDate.set(key, { ...period, paragraph: unit.paragraph, periodAt: paragraphIndex.get(unit.paragraph) ?? 0 });
    } else {
      const carried = lastDate.get(key);
      const here = paragraphIndex.get(unit.paragraph) ?? 0;
      ({ date, from: dateFrom } = undatedRemark(
        unit,
        speaker,
        carried?.periodAt === undefined || here - carried.periodAt <= 1 ? carried : undefined,
        dating,
        paragraphIndex.get(unit.paragraph) ?? 0,
      ));
      // "A former care assistant … told the Chronicle that …": her quotations after it are of that interview, not of the day's event.
      if (unit.kind === 'context' && dateFrom === 'apart')
        lastDate.set(key, { ...date, paragraph: unit.paragraph, sentence: unit.sentenceStart });
    }
    let outlet = unit.outlet;
    if (outlet) lastOutlet.set(key, outlet);
    else outlet = lastOutlet.get(key) ?? '';
    if (unit.kind === 'context') continue;
    if (!speaker) {
      confidence = Math.min(confidence, 0.3);
      reason = 'no speaker found: give one or reject';
    }
    const id = uniqueId(
      `${speaker ? speaker.split('-').pop() : 'unattributed'}-${slug(unit.text.split(/\s+/).slice(0, 5).join(' '))}`,
      usedIds,
    );
    const statement: ProposedStatement = {
      type: 'statement',
      id,
      kind: unit.kind,
      speaker,
      text: unit.text,
      date: date.date,
      datePrecision: date.datePrecision,
      dateBasis: date.dateBasis,
      outlet,
      source: source.id,
      context: unit.sentence,
      numbers: deriveNumbers(unit.text),
      negated: negated(unit.text),
      status: 'proposed',
      confidence: Math.round(confidence * 100) / 100,
      evidence: { file: article.file, line: unit.line, sentence: unit.sentence },
      reason,
    };
    statements.push(statement);
    if (unit.headline) inHeadline.add(statement);
    if (unit.headlineOnly) headlineOnly.add(statement);
    remarks.push({ from: dateFrom, paragraph: paragraphIndex.get(unit.paragraph) ?? 0 });
  }
  shareRunDays(statements, remarks);
  const echoes = headlineSpeakers(statements, article.meta.headline, inHeadline);
  // A headline's words that no attributed body quotation holds were a title or a term after all.
  const kept = statements.filter((statement) => !headlineOnly.has(statement) || echoes.has(statement));
  statements.length = 0;
  statements.push(...kept);
  for (const statement of statements) Object.assign(statement, compareWithCorpus(statement, corpus.statements));
  return { proposals: [source, ...usedPeople.values(), ...statements], notes };
}

/** Letters and digits only, lower case: how two quotations' words are compared whatever their marks and spacing. */
const wordsKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Whether a paragraph is the article's headline: its words are the headline the article's markup
 * gives, or it is one short line with no closing full stop (a plain-text headline).
 */
function isHeadlineLine(paragraph: string, headline: string | undefined): boolean {
  const line = paragraph.trim();
  if (headline && wordsKey(line) === wordsKey(headline)) return true;
  return !line.includes('\n') && line.length <= 160 && !/[.!?:]["\u201D\u2019']?$/.test(line);
}

/** Whether a quotation's words (two or more) recur in `rest`, the article after it. */
function echoedLater(quote: string, rest: string): boolean {
  const words = wordsKey(quote);
  return words.includes(' ') && ` ${wordsKey(rest)} `.includes(` ${words} `);
}

/**
 * A headline's quotation ("minister calls quota deal ‘the best we could get’") takes the speaker of
 * the body's quotation that holds its words: a headline's grammar is compressed ("chief executive
 * says", "union bans … over") and its subject is often not the speaker, while the body attributes
 * the words in full, and dates them. Changes `statements` in place; one with no such body quotation is left as read.
 * Returns the headline statements a body quotation was found for.
 */
function headlineSpeakers(
  statements: ProposedStatement[],
  headline: string | undefined,
  inHeadline: ReadonlySet<ProposedStatement>,
): Set<ProposedStatement> {
  const echoes = new Set<ProposedStatement>();
  const head = headline ? wordsKey(headline) : undefined;
  const isHeadline = (statement: ProposedStatement) =>
    inHeadline.has(statement) || (head !== undefined && wordsKey(statement.context) === head);
  for (const statement of statements) {
    if (statement.kind !== 'quote' || !isHeadline(statement)) continue;
    const words = wordsKey(statement.text);
    if (!words) continue;
    const body = statements.find(
      (other) =>
        other !== statement &&
        other.kind === 'quote' &&
        other.speaker &&
        !isHeadline(other) &&
        ` ${wordsKey(other.text)} `.includes(` ${words} `),
    );
    if (!body) continue;
    echoes.add(statement);
    // The same words were said once: the body's quotation dates them too.
    Object.assign(statement, { date: body.date, datePrecision: body.datePrecision, dateBasis: body.dateBasis });
    if (body.speaker === statement.speaker) continue;
    statement.speaker = body.speaker;
    statement.reason = `the headline\u2019s words, quoted in the article by ${body.speaker} (\u201C${body.text.slice(0, 60)}\u201D)`;
    statement.confidence = Math.max(statement.confidence, body.confidence);
  }
  return echoes;
}

/** How a remark's date was found, from the most to the least direct ('apart': undated, and set apart from the day's event). */
type DateFrom = 'sentence' | 'perfect' | 'carried' | 'occasion' | 'lede' | 'undated' | 'apart';

/** What dates the remarks of one article that their own sentences do not date. */
interface Dating {
  article: ArticleDate;
  /** The day of the event the lede reports, if it gives one. */
  lede?: ResolvedDate;
  occasions: Occasions;
  /** The article's publisher, whose own interviews are set apart from the day's event. */
  publisher?: string;
  /** The days the article gives for remarks to other outlets ("said Sunday on CBS’s Face the Nation"). */
  interviews: ResolvedDate[];
}

/** The date a remark's own sentence gives ("said on Monday"; a bare month only beside its verb), or undefined. */
function ownDate(unit: Unit, article: ArticleDate): ResolvedDate | undefined {
  for (const mention of unit.dates) {
    // "said in a statement that the pilot starts in September": a month or year that dates the content, not the remark.
    if (!datesTheRemark(mention, unit.sentence, unit.sentenceStart)) continue;
    const date = resolveMention(mention, article);
    if (date) return date;
  }
  return undefined;
}

/**
 * The period its sentence gives a remark ("last week", "earlier this month"), or for a remark
 * attributed by a pronoun or not at all, the sentence before it in its paragraph that introduced
 * its speaker ("Last week, farmers blocked the border, and Wójcik warned then …. “…,” she told
 * local radio"). A present perfect ("has warned") is left to `undatedRemark`.
 */
function periodOf(unit: Unit, article: ArticleDate): ResolvedDate | undefined {
  if (unit.kind !== 'context' && presentPerfectVerb(unit.outside, (word) => isSpeechWord(word, true))) return undefined;
  const introduced = pronounSaid(unit.outside) || IT_SAID.test(unit.outside) || !hasSpeechVerb(unit.outside, true);
  const lastLead = unit.lead.split(/(?<=[.!?])\s+(?=\p{Lu})/u).at(-1) ?? '';
  return periodDate(unit.outside, article) ?? (introduced ? periodDate(lastLead, article) : undefined);
}

/** A named outlet other than the article's own ("CBS", "Fox News Sunday", not "in a statement" or "to reporters"). */
function otherOutlet(outlet: string, publisher: string | undefined): boolean {
  const own = publisher?.split(/\s+/).at(-1)?.toLowerCase();
  return /^\p{Lu}/u.test(outlet) && !/^In\s/.test(outlet) && (!own || !outlet.toLowerCase().split(/\s+/).includes(own));
}

/** The distinct days the article gives for remarks to other outlets, in article order. */
function interviewDays(units: Unit[], article: ArticleDate, publisher: string | undefined): ResolvedDate[] {
  const days: ResolvedDate[] = [];
  for (const unit of units) {
    if (!unit.outlet || !otherOutlet(unit.outlet, publisher)) continue;
    const date = ownDate(unit, article);
    if (date?.datePrecision === 'day' && !days.some((day) => day.date === date.date))
      days.push({ ...date, dateBasis: `${date.dateBasis}, for the remarks to ${unit.outlet}` });
  }
  return days;
}

/**
 * "earlier this week", "last week", "in an interview", "said in a statement": a remark the article
 * itself sets apart from the day's event (an interview or a written statement is given on a day
 * of its own, which the article does not say).
 */
const SET_APART =
  /\b(?:[Ll]ast|[Tt]his|earlier (?:this|in the)) week\b|\bearlier\b|\bin an interview\b|\bin (?:a|an) (?:written |emailed |joint )?statement\b|^\s*In a statement\b/;

/**
 * The words that set a remark apart from the day's event (`SET_APART`, a past perfect, or "told
 * the Chronicle" in The Northern Chronicle: an interview with the article's own newsroom, at a
 * time it does not give), or undefined.
 */
function setApart(outside: string, publisher: string | undefined): string | undefined {
  const found = SET_APART.exec(outside);
  // "whose boat was impounded last week": a week that dates something else sets nothing apart.
  const week = found && /week$/.test(found[0]) && !periodDatesTheRemark(outside, found.index) ? undefined : found?.[0];
  const apart = week ?? pastPerfectVerb(outside, (word) => isSpeechWord(word, true));
  if (apart) return apart.trim();
  const own = publisher?.split(/\s+/).at(-1)?.toLowerCase();
  if (!own) return undefined;
  return [...outside.matchAll(/\b(?:told|telling)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'\u2019-]*\s*){1,4})/gu)]
    .find((match) => match[1].trim().split(/\s+/).at(-1)!.toLowerCase() === own)?.[0]
    .trim();
}

/**
 * The date of a remark whose sentence names no day, as a reporter reads it, in this order:
 * 1. Present perfect ("President Trump has warned that…"): made before the article, when it does not
 *    say: the article's month, at month precision.
 * 2. The day the article gave for the same speaker's remarks before (`carried`).
 * 3. An occasion the article dates and ties the remark to: one its speaker was at ("Zelensky,
 *    speaking alongside von der Leyen in Brussels on Sunday" dates von der Leyen's undated words),
 *    or its place ("told reporters in Brussels" after "leaders gathered in Brussels Thursday"); the
 *    lede's people when the lede gives no day (the publication day's news).
 *    A remark to another outlet ("said on ABC’s This Week"), when the article dates its other
 *    remarks to other outlets all to one day.
 * 4. The day of the event the lede reports.
 * 5. Else the week of the article (`articleDateOf`).
 * A remark set apart ("earlier this week", "in an interview") or in the past perfect ("had
 * threatened") skips 3 and 4: it was not said at the day's event.
 */
function undatedRemark(
  unit: Unit,
  speaker: string | null,
  carried: (ResolvedDate & { sentence?: number }) | undefined,
  dating: Dating,
  paragraph: number,
): { date: ResolvedDate; from: DateFrom } {
  const wide = (word: string) => isSpeechWord(word, true);
  const perfect = unit.kind === 'context' ? undefined : presentPerfectVerb(unit.outside, wide);
  if (perfect) return { date: presentPerfectDate(dating.article, perfect), from: 'perfect' };
  // A quotation in the very sentence that dated its speaker ("said in a statement that it was “…”") has that date as it is.
  if (carried && carried.sentence === unit.sentenceStart)
    return {
      date: { date: carried.date, datePrecision: carried.datePrecision, dateBasis: carried.dateBasis },
      from: 'apart',
    };
  if (carried)
    return {
      date: {
        date: carried.date,
        datePrecision: carried.datePrecision,
        dateBasis: `${carried.dateBasis}; the day the article gives for ${speaker ? 'this speaker\u2019s' : 'these'} remarks just before`,
      },
      from: 'carried',
    };
  // "A former care assistant … told the Chronicle that …. ‘…,’ she said": a quotation attributed by
  // a pronoun, or not at all, is set apart by the sentence that introduced its speaker, too.
  const introduced = pronounSaid(unit.outside) || IT_SAID.test(unit.outside) || !hasSpeechVerb(unit.outside, true);
  const apart = setApart(introduced ? `${unit.lead} ${unit.outside}` : unit.outside, dating.publisher);
  const atTheEvent = apart === undefined;
  const tied = atTheEvent ? tiedOccasion(dating.occasions, speaker, unit.outside, paragraph) : undefined;
  if (tied)
    return {
      date: {
        date: tied.date,
        datePrecision: tied.datePrecision,
        dateBasis: `${tied.dateBasis}; the sentence itself names no day`,
      },
      from: 'occasion',
    };
  // "said on ABC’s This Week" in an article that dates its other interviews (on CBS, on NBC) to one
  // day, Sunday: a round of interviews that day.
  if (atTheEvent && unit.outlet && otherOutlet(unit.outlet, dating.publisher) && dating.interviews.length === 1)
    return {
      date: {
        ...dating.interviews[0],
        dateBasis: `the day the article gives for its other remarks to other outlets (${dating.interviews[0].dateBasis}); the sentence itself names no day`,
      },
      from: 'occasion',
    };
  if (atTheEvent && dating.lede) return { date: dating.lede, from: 'lede' };
  const week = articleDateOf(dating.article, unit.outside);
  if (atTheEvent) return { date: week, from: 'undated' };
  const why = `\u201C${apart}\u201D sets it apart from the day\u2019s event`;
  return {
    date: { ...week, dateBasis: week.date ? `${week.dateBasis} ${capitalise(why)}.` : week.dateBasis },
    from: 'apart',
  };
}

/**
 * A speaker's remarks in a run (consecutive proposals of one speaker in the same or adjacent
 * paragraphs) are one occasion's: a remark dated only by the lede's event or the article's week
 * takes the day the nearest other remark of the run was given by its sentence, a carried day or
 * an occasion ("said she’d be willing … “if necessary”" before "“…,” Frederiksen told reporters
 * in Brussels"). In place.
 */
function shareRunDays(statements: ProposedStatement[], remarks: { from: DateFrom; paragraph: number }[]): void {
  const firm = remarks.map((remark) => ['sentence', 'carried', 'occasion'].includes(remark.from));
  const linked = (a: number, b: number) =>
    statements[a].speaker !== null &&
    statements[a].speaker === statements[b].speaker &&
    Math.abs(remarks[a].paragraph - remarks[b].paragraph) <= 1;
  for (let k = 0; k < statements.length; k++) {
    if (remarks[k].from !== 'lede' && remarks[k].from !== 'undated') continue;
    // The nearest firm remark of the run: the next one, else the one before.
    let other: number | undefined;
    for (let j = k + 1; other === undefined && j < statements.length && linked(j - 1, j); j++) if (firm[j]) other = j;
    for (let j = k - 1; other === undefined && j >= 0 && linked(j, j + 1); j--) if (firm[j]) other = j;
    if (other === undefined || statements[other].datePrecision !== 'day') continue;
    const which = other > k ? 'next' : 'previous';
    statements[k].date = statements[other].date;
    statements[k].datePrecision = 'day';
    statements[k].dateBasis =
      `${statements[other].dateBasis}; the day of the same speaker\u2019s ${which} remarks, in the same run of paragraphs`;
  }
}

/** One thing the article attributes: a quotation, or a reported claim with a number. */
interface Unit {
  /** `context`: an attributed sentence that is no statement but dates or places its speaker's words. */
  kind: 'quote' | 'claim' | 'context';
  /** Offset of the paragraph it is in. */
  paragraph: number;
  text: string;
  speaker: string | null;
  confidence: number;
  reason: string;
  /** The sentence(s) around it, verbatim, where they start in the text, and their words outside quotation marks. */
  sentence: string;
  sentenceStart: number;
  outside: string;
  line: number;
  dates: QuoteClaim['window']['dates'];
  outlet: string;
  start?: number;
  /** An unattributed quotation after another in the same paragraph: the same speaker's. */
  followsQuote?: boolean;
  /** A paragraph that is only a quotation, after one ending in a colon ("…, stating:"). */
  colonParagraph?: boolean;
  /** "A crew member who … told the agency …. “…,” he said": the unnamed source the pronoun stands for. */
  unnamedSubject?: string;
  /** "The minister’s office said": an office speaking for someone, a body the article does not name otherwise. */
  officeSubject?: string;
  /** The kind of an agent after "described by" that the corpus does not know, so a record can be proposed for it. */
  passiveAgent?: 'person' | 'group';
  /** Quoted in the article's headline. */
  headline?: boolean;
  /** Kept only because the body quotes its words: dropped unless a body quotation gives it a speaker. */
  headlineOnly?: boolean;
  /** The reader's guess (the last speaker) set aside for a body's noun ("the zoo said"), kept if no body is found. */
  guess?: string;
  /** "Speaking to European leaders, he added": a pronoun resolved to a group, which "he" cannot be. */
  viaPronounToGroup?: boolean;
  /** The words of its paragraph before its sentence, outside quotation marks: what introduced its speaker. */
  lead: string;
  /** Appositive after an unknown name ("Jane Roe, the mayor, said"), for the new person's role. */
  appositive?: { name: string; role: string };
}

/** The article's prose with Markdown masked (offsets kept) and where its paragraphs start. */
function maskedArticle(article: Article): { text: string; breaks: number[] } {
  let masked = maskedCache.get(article);
  if (!masked) maskedCache.set(article, (masked = maskArticle(article)));
  return masked;
}

/** Masking once per article: the two reading passes, the paragraphs and the occasions share it. */
const maskedCache = new WeakMap<Article, { text: string; breaks: number[] }>();

function maskArticle(article: Article): { text: string; breaks: number[] } {
  const format = article.format === 'markdown' ? 'markdown' : 'plaintext';
  const masked = maskMarkdown(article.text, format);
  const text = masked.text;
  return {
    text,
    breaks:
      article.format === 'html'
        ? article.paragraphStarts
        : format === 'plaintext' && onePerLine(text)
          ? lineStarts(text)
          : masked.breaks,
  };
}

/** Each paragraph's text, in order. */
function paragraphTexts(article: Article): string[] {
  const { text, breaks } = maskedArticle(article);
  return splitParagraphs(text, breaks).map((paragraph) => text.slice(paragraph.start, paragraph.end));
}

/** Where each paragraph starts (offsets into the masked text, as `Unit.paragraph`), in order. */
function paragraphStarts(article: Article): number[] {
  const { text, breaks } = maskedArticle(article);
  return splitParagraphs(text, breaks).map((paragraph) => paragraph.start);
}

function read(article: Article, corpus: Corpus, people: Person[]): Unit[] {
  const directory = new PersonDirectory(people);
  const outlets = outletsOf(corpus);
  const { text, breaks } = maskedArticle(article);
  const lines = lineStarts(article.text);
  const units: Unit[] = [];
  let state: SpeakerState = { lastSpeaker: null };
  let previousParagraphStart = 0;
  let carriedQuote: { id: string; name: string } | undefined;
  /** Whom the paragraph before quoted, if it held a quotation. */
  let quotedBefore: { id: string; name: string } | undefined;
  /** The last question put to someone ("was asked by Y: “…?”"): who was asked, and where the question ended. */
  let question: { asked?: Antecedent; paragraph: number; end: number } | undefined;
  const allParagraphs = splitParagraphs(text, breaks);
  const runSpeakers = quotationRuns(text, allParagraphs, directory);
  for (const [paragraphIndex, paragraph] of allParagraphs.entries()) {
    const runSpeaker = runSpeakers.get(paragraph.start);
    const claims = extractClaims(text, paragraph, directory, state, outlets);
    const sentences = splitSentences(text, paragraph);
    let quotesInParagraph = 0;
    let paragraphSpeaker: { id: string; name: string } | undefined;
    let paragraphUnnamed: string | undefined;
    for (const original of claims.quotes) {
      const around = sentencesAround(sentences, original);
      const sentence = article.text.slice(around.start, around.end);
      const outside = outsideQuotes(sentence);
      let quote = notAQuantifier(withTrailingAttribution(original, text, around, directory));
      let unnamedSubject: string | undefined;
      let officeSubject: string | undefined;
      let passiveAgent: 'person' | 'group' | undefined;
      let resolved: string | undefined;
      const afterColon =
        quote.start <= paragraph.start + 1 &&
        /:\s*$/.test(text.slice(Math.max(0, paragraph.start - 200), paragraph.start));
      const trailing = text.slice(quote.end, Math.min(around.end, quote.end + 160));
      const bareRole = TRAILING_BARE_ROLE_THEN_NAME.exec(trailing);
      const roleThenName = TRAILING_ROLE_THEN_NAME.exec(trailing) ?? (bareRole && [bareRole[0], bareRole[2]]);
      if (!quote.speakerMention && quote.start <= paragraph.start + 1 && runSpeaker) {
        // A quotation over paragraphs, each opening a mark and only the last closing it: the last one's attribution.
        quote = { ...quote, speaker: runSpeaker.id, attributed: true };
        resolved = `opens a quotation running over paragraphs that ${runSpeaker.name} is named for where it closes`;
      } else if (!quote.speakerMention && quote.start <= paragraph.start + 1 && carriedQuote) {
        // A quotation running over paragraphs: the previous one opened a mark it did not close.
        quote = { ...quote, speaker: carriedQuote.id, attributed: true };
        resolved = `continues ${carriedQuote.name}\u2019s quotation from the paragraph before`;
      } else if (
        !quote.speakerMention &&
        quote.start <= paragraph.start + 1 &&
        !hasSpeechVerb(outsideQuotes(text.slice(quote.end, around.end))) &&
        opensUnclosed(text.slice(paragraph.start, paragraph.end)) &&
        (quotedBefore ?? lastNamedPerson(text, previousParagraphStart, quote.start, directory))
      ) {
        // "Grace Okafor read a statement." then “‘Daniel was …” running on, its closing paragraph attributed to
        // nobody: the speaker the paragraph before quoted, or else introduced.
        const before = quotedBefore ?? lastNamedPerson(text, previousParagraphStart, quote.start, directory)!;
        const id = 'id' in before ? before.id : before.personId;
        quote = { ...quote, speaker: id, attributed: true };
        resolved = `opens a quotation running over paragraphs with no attribution of its own: ${before.name}, ${
          'id' in before ? 'quoted in the paragraph before' : 'named in the paragraph before'
        }`;
      } else if (!quote.speakerMention && afterColon) {
        // "In a statement released after the vote, Estévez said:" and the quotation as the next paragraph.
        const antecedent = lastNamedPerson(text, previousParagraphStart, quote.start, directory);
        if (antecedent) {
          quote = { ...quote, speaker: antecedent.personId, attributed: true };
          resolved = `introduced by a colon after ${antecedent.name}`;
        }
      } else if (roleThenName && !quote.speakerMention) {
        // "“…,” said the group's co-founder, Lupe Carrasco, a home health aide": the name after the role.
        const name = roleThenName[1];
        const known = directory
          .findMentions(tokenize(name), name)
          .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
        quote = { ...quote, speaker: known?.personId ?? `unknown:${name}`, attributed: true };
        resolved = `named after the speech verb and a role: ${name}`;
      } else if (!quote.speakerMention && pronounSaid(outside)) {
        // "“…,” she said": the person named last before it, not the last speaker; but after a
        // sentence whose subject is an unnamed source ("A crew member who … told the agency … the
        // operator, Skerrow Link. “…,” he said"), that source, whatever else the sentence names.
        unnamedSubject = anonymousSubject(text.slice(paragraph.start, Math.max(paragraph.start, quote.start - 1)));
        // The reader's own guess (the last speaker) gives way to the unnamed source; the importer names it.
        if (unnamedSubject) quote = { ...quote, speaker: null, attributed: true };
        const antecedent = unnamedSubject
          ? undefined
          : lastNamedPerson(text, previousParagraphStart, quote.start, directory);
        if (antecedent) {
          quote = { ...quote, speaker: antecedent.personId, attributed: true };
          resolved = `pronoun resolved to the person named last before it, ${antecedent.name}`;
        }
      } else if (
        (!quote.speaker || (!quote.speakerMention && speechSubject(outside))) &&
        hasSpeechVerb(outside, true)
      ) {
        // "Mayor Gloria Estévez, who proposed the pilot, called the decision “…”": the verb's named subject,
        // before the reader's guess of the last speaker when the sentence names none beside the quotation.
        const subject = speechSubject(outside);
        const known =
          subject &&
          directory
            .findMentions(tokenize(subject.name), subject.name)
            .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
        if (subject) {
          quote = { ...quote, speaker: known?.personId ?? `unknown:${subject.name}`, attributed: true };
          resolved = `the named subject of the sentence\u2019s speech verb, ${subject.name}`;
        }
      } else if (!quote.speakerMention && paragraphSpeaker && !hasSpeechVerb(outside)) {
        // A second quotation in the paragraph with no attribution of its own: the same speaker's.
        quote = { ...quote, speaker: paragraphSpeaker.id };
        resolved = `continues ${paragraphSpeaker.name}\u2019s quotation in the same paragraph`;
      }
      // "the so-called “platinum standard” package that senior U.S. officials have touted": a term
      // its sentence gives to whoever touted it, the relative clause ending the sentence.
      const relative = quote.speakerMention
        ? undefined
        : RELATIVE_ATTRIBUTION.exec(text.slice(quote.end + 1, Math.min(around.end, quote.end + 200)));
      if (relative) {
        const known = directory
          .findMentions(tokenize(relative[1]), relative[1])
          .find((mention) => mention.via !== 'unknown' && !mention.possessive);
        quote = { ...quote, speaker: known?.personId ?? null, attributed: true };
        resolved = known
          ? `the subject of the relative clause after it, \u201C${relative[1]}${relative[2] ?? ''}${relative[3]}\u201D`
          : undefined;
      }
      if (!quote.speaker && !quote.speakerMention && !relative) {
        // “…” Those were the words of X. / X was unmoved. “…”: the sentence beside it names the speaker.
        const beside = besideAttribution(text, paragraph, quote, directory);
        if (beside) {
          quote = { ...quote, speaker: beside.id, attributed: true };
          resolved = beside.reason;
        }
      }
      // The quotation after the unnamed source's, with no attribution of its own, is the source's too.
      if (unnamedSubject) paragraphUnnamed = unnamedSubject;
      else if (paragraphUnnamed && !quote.speakerMention && quotesInParagraph > 0 && !hasSpeechVerb(outside, true)) {
        quote = { ...quote, speaker: null, attributed: true };
        unnamedSubject = paragraphUnnamed;
      }
      // "The Bureau first warned …, when its chief forecaster, Dr Mateo Lindahl-Oyinlola, told reporters that
      // … “…”": the name set off just before the speech verb governing the quotation, not the sentence's first.
      const apposed = quote.speakerMention && appositeSpeaker(text, around.start, quote, directory);
      if (apposed && apposed.personId !== quote.speakerMention?.personId) {
        quote = { ...quote, speaker: apposed.personId, speakerMention: undefined, attributed: true };
        resolved = `named between commas just before the speech verb that governs it, ${apposed.name}`;
      }
      // An interview's exchange: "X was asked by presenter Y: “…?”" is Y's question; the answer after it,
      // in its sentence or the next paragraph ("she replied"), is the one asked, not the last name read.
      const asking = questionAsked(text, around.start, quote, directory, previousParagraphStart);
      if (asking) {
        quote = { ...quote, speaker: asking.asker.personId, speakerMention: undefined, attributed: true };
        resolved = `asked by ${asking.asker.name}`;
        question = { asked: asking.asked, paragraph: paragraph.start, end: quote.end };
      } else if (
        question?.asked &&
        !/\?\W*$/.test(quote.text.trim()) &&
        ((question.paragraph === paragraph.start &&
          quote.start > question.end &&
          !/[\u201C"]/.test(text.slice(question.end + 1, quote.start - 1).replace(/^[\u201D"]/, ''))) ||
          (question.paragraph === previousParagraphStart && quote.start <= paragraph.start + 1 && pronounSaid(outside)))
      ) {
        quote = { ...quote, speaker: question.asked.personId, speakerMention: undefined, attributed: true };
        resolved = `answers the question put to ${question.asked.name}`;
        question = undefined;
      }
      // "In a statement, the zoo said …", "the ruling said": a body or its document speaks, not the last person named.
      // The reader's guess stays as a fallback when no body is found for the noun.
      let guess: string | undefined;
      if (quote.speaker && !quote.speakerMention && !resolved && BODY_SAID.test(outside)) {
        guess = quote.speaker;
        quote = { ...quote, speaker: null, attributed: true };
      }
      // "was described by Westmoor General Hospital as ‘comfortable’": the agent after "by" is the speaker.
      const agent = PASSIVE_BY.exec(text.slice(around.start, quote.start));
      if (agent && !resolved) {
        const name = agent[1].replace(/^the\s+/i, '');
        const known = directory
          .findMentions(tokenize(name), name)
          .find((mention) => mention.via !== 'unknown' && mention.firstToken === 0);
        quote = {
          ...quote,
          speaker: known?.personId ?? `unknown:${name}`,
          speakerMention: undefined,
          attributed: true,
        };
        resolved = `the agent of a passive speech verb (\u201C${agent[0].trim()}\u201D), ${name}`;
        if (!known) passiveAgent = isBodyName(name.split(/\s+/)) ? 'group' : 'person';
      }
      // "The minister’s office said only that …": the office speaks, not the last person named.
      const office = quote.speakerMention ? undefined : OFFICE_SAID.exec(outside);
      if (office && !unnamedSubject) {
        quote = { ...quote, speaker: null, attributed: true };
        officeSubject = office[1];
      }
      // "“Did you find a device?” the reporter asked": a question from someone the article leaves unnamed.
      const asker = asking || quote.speakerMention ? undefined : unnamedAsker(text, around.start, around.end, quote);
      if (asker) {
        quote = { ...quote, speaker: null, attributed: true };
        unnamedSubject = asker;
        resolved = `a question put by someone unnamed, \u201C${asker}\u201D`;
      }
      const followsQuote = quotesInParagraph > 0 && !quote.speaker;
      // A quotation after another in its paragraph needs no attribution of its own, but a name or a term is still none.
      // A headline quoting words the article goes on to use ("‘It just folded like paper’: footbridge collapses")
      // is a quotation with no attribution of its own: the body's quotation gives its speaker.
      const headline =
        paragraphIndex < 4 && isHeadlineLine(text.slice(paragraph.start, paragraph.end), article.meta.headline);
      const echoed = headline && !namesATerm(quote, text) && echoedLater(quote.text, text.slice(paragraph.end));
      const dropped = followsQuote ? namesATerm(quote, text) : !relative && !isStatement(quote, text, outside);
      if (dropped && !echoed) continue;
      quotesInParagraph++;
      const judged = judgeSpeaker(quote, outside, directory);
      const confidence = resolved ? (resolved.startsWith('pronoun') ? 0.9 : 0.85) : judged.confidence;
      const reason = resolved ?? judged.reason;
      if (quote.speaker)
        paragraphSpeaker = {
          id: quote.speaker,
          name: directory.person(quote.speaker)?.name ?? quote.speaker.replace(/^unknown:/, ''),
        };
      const venue = quote.window.outlets.find((outlet) => !outlet.asPublisher);
      units.push({
        kind: 'quote',
        text: quote.text
          .replace(/[,;:]$/, '')
          .replace(/\s+/g, ' ')
          .trim(),
        speaker: quote.speaker,
        confidence,
        reason,
        sentence,
        sentenceStart: around.start,
        lead: outsideQuotes(article.text.slice(paragraph.start, around.start)),
        outside,
        line: lineOf(article, lines, quote.start),
        dates: quote.window.dates,
        outlet: venue ? venueText(venue.text, outside) : '',
        appositive: appositiveOf(outside, quote),
        paragraph: paragraph.start,
        start: quote.start,
        followsQuote,
        unnamedSubject,
        officeSubject,
        guess,
        headline: headline || undefined,
        passiveAgent,
        headlineOnly: (dropped && echoed) || undefined,
        colonParagraph:
          quote.start === paragraph.start &&
          /:\s*$/.test(text.slice(Math.max(0, paragraph.start - 200), paragraph.start)),
        viaPronounToGroup: Boolean(
          quote.speakerMention &&
          directory.person(quote.speakerMention.personId)?.kind === 'group' &&
          /\b(?:he|she)\s+(?:said|added|told|says)\b/i.test(outside),
        ),
      });
    }
    for (const claim of claims.sentences) {
      if (!claim.speaker) continue;
      if (claim.window.numbers.length === 0) {
        // Not a statement, but it says when and where this speaker spoke ("Ryabkov told ABC News on Monday").
        const venue = claim.window.outlets.find((outlet) => !outlet.asPublisher);
        const sentence = article.text.slice(claim.start, claim.end);
        units.push({
          kind: 'context',
          text: '',
          speaker: claim.speaker,
          confidence: 0,
          reason: '',
          sentence,
          sentenceStart: claim.start,
          lead: '',
          outside: sentence,
          line: 0,
          dates: claim.window.dates,
          outlet: venue ? venueText(venue.text, sentence) : '',
          paragraph: paragraph.start,
        });
        continue;
      }
      const venue = claim.window.outlets.find((outlet) => !outlet.asPublisher);
      const sentence = article.text.slice(claim.start, claim.end);
      units.push({
        kind: 'claim',
        text: sentence.replace(/[.\s]+$/, ''),
        speaker: claim.speaker,
        confidence: claim.speakerMention ? 0.8 : 0.6,
        reason: claim.speakerMention
          ? `reported claim with a number, attributed to \u201C${claim.speakerMention ? text.slice(claim.speakerMention.start, claim.speakerMention.end) : ''}\u201D`
          : 'reported claim with a number, attributed by a pronoun',
        sentence,
        sentenceStart: claim.start,
        lead: '',
        outside: sentence,
        line: lineOf(article, lines, claim.start),
        dates: claim.window.dates,
        outlet: venue ? venueText(venue.text, sentence) : '',
        paragraph: paragraph.start,
      });
    }
    units.sort((a, b) => a.line - b.line || a.sentenceStart - b.sentenceStart);
    state = claims.state;
    previousParagraphStart = paragraph.start;
    const { opens, closes } = markBalance(text.slice(paragraph.start, paragraph.end));
    carriedQuote = opens > closes && paragraphSpeaker ? paragraphSpeaker : undefined;
    quotedBefore = paragraphSpeaker;
  }
  return units;
}

const outletCache = new WeakMap<Corpus, OutletDirectory>();
function outletsOf(corpus: Corpus): OutletDirectory {
  let outlets = outletCache.get(corpus);
  if (!outlets) outletCache.set(corpus, (outlets = new OutletDirectory(corpus)));
  return outlets;
}

/** Plain text written one paragraph per line (no blank lines between long lines). */
function onePerLine(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  const blank = (text.match(/\n[ \t]*\n/g) ?? []).length;
  return lines.length > 2 && blank < lines.length / 4;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let k = text.indexOf('\n'); k !== -1; k = text.indexOf('\n', k + 1)) starts.push(k + 1);
  return starts;
}

function lineOf(article: Article, starts: number[], offset: number): number {
  if (article.format === 'html') {
    let index = 0;
    while (index + 1 < article.paragraphStarts.length && article.paragraphStarts[index + 1] <= offset) index++;
    return article.paragraphLines[index] ?? 1;
  }
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * "One deckhand in Ardmore, who …, said" and "Several skippers …. One wrote:": the reader may take
 * the capitalised "One" for an unknown person's name; it is an unnamed source, so the speaker is
 * dropped for the anonymous-source rules to read.
 */
function notAQuantifier(quote: QuoteClaim): QuoteClaim {
  if (!quote.speaker?.startsWith('unknown:') || !isCountWord(quote.speaker.slice(8))) return quote;
  return { ...quote, speaker: null, speakerMention: undefined };
}

/**
 * "“…,” Mr Bielieskov said." and "“…,” said Jane Roe.": a name with its speech verb right after
 * the closing mark is the speaker, whatever the words before the quotation name.
 */
function withTrailingAttribution(
  quote: QuoteClaim,
  text: string,
  around: Span,
  directory: PersonDirectory,
): QuoteClaim {
  const tail = text.slice(quote.end, Math.min(around.end, quote.end + 120));
  const match =
    /^[,.!?\u2026]?[\u201D\u2019"']?[,]?\s+((?:said|says|added|told|asked|replied|wrote|insisted|explained)\s+)?([^,.;:\u201C"]{2,60}?)(\s+(?:said|says|added|told|asked|replied|wrote|insisted|explained))?\s*(?:[,.;]|$)/.exec(
      tail,
    );
  if (!match || !match[1] === !match[3]) return quote;
  const offset = quote.end + match[0].indexOf(match[2], match[1] ? match[1].length : 0);
  const tokens = tokenize(match[2], offset);
  const mention = directory
    .findMentions(tokens, text)
    .find((found) => found.via !== 'unknown' && found.firstToken <= 1 && found.lastToken === tokens.length - 1);
  if (!mention || mention.personId === quote.speaker) return quote;
  return { ...quote, speaker: mention.personId, speakerMention: mention, attributed: true };
}

function sentencesAround(sentences: Span[], quote: { start: number; end: number }): Span {
  const touching = sentences.filter((sentence) => sentence.end > quote.start - 1 && sentence.start < quote.end + 1);
  if (touching.length === 0) return { start: quote.start, end: quote.end };
  return { start: touching[0].start, end: touching[touching.length - 1].end };
}

/** The words of a sentence outside its quotation marks (a straight apostrophe inside a word is not a mark). */
function outsideQuotes(sentence: string): string {
  return (
    sentence
      .replace(/[\u201C\u00AB\u201E"][^\u201D\u00BB"\u201C]*(?:[\u201D\u00BB"]|$)/g, ' \u2026 ')
      .replace(/(^|[\s(\u2014-])\u2018[^\u2019]*(?:\u2019(?![a-z])|$)/g, '$1 \u2026 ')
      // British straight single marks: an apostrophe inside a word ("it's") neither opens nor closes.
      .replace(/(^|[\s(\u2014-])'(?=[\p{L}\p{N}\u2026])[^]*?(?:'(?=[\s,.;:!?)\u2014-]|$)|$)/gu, '$1 \u2026 ')
  );
}

/**
 * After a quotation, the end of its sentence: a short noun phrase, then "that" or "which", a
 * subject (group 1) and a verb that puts words into circulation (group 2) ("… security guarantee
 * package that senior U.S. officials have touted."). The clause must end the sentence: "an
 * arrangement that critics say quietly shifts…" reports what critics say, not whose the term is.
 */
const RELATIVE_ATTRIBUTION =
  /^\s+(?:[\p{Ll}\d-]+\s+){0,4}(?:that|which)\s+((?:[\p{L}.'\u2019-]+\s+){1,5}?)((?:have|has|had)\s+(?:also\s+|repeatedly\s+|long\s+)?)?(touted|coined|proposed|floated|promoted|championed|pitched|promised|demanded|described)\s*[.;!?]?\s*$/u;

/** Words before a quotation that make it a name, a title or a scare quote: "so-called", "dubbed", "the term". */
const SCARE_BEFORE =
  /(?:so[-\u2011\u2010 ]called|dubbed|nicknamed|known(?:\s+(?:to|among|in)\s+[\p{L}'\u2019 ]{1,30}?)?\s+as|(?:against|short of|refus\w* to|declin\w* to|would not|wouldn['\u2019]t|did not|didn['\u2019]t)\s+(?:call(?:ing)?|describ(?:e|ing))\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(?:(?:as\s+)?(?:a|an|the)|as)|termed|branded|labelled|labeled|called it|code[-\u2011\u2010 ]?named|(?:is|are|was|were|be|been|being)\s+(?:(?:often|usually|commonly|sometimes|also|now|still)\s+)?(?:called|named|known as)(?:\s+(?:a|an|the))?|what (?:he|she|they|it) calls?|the (?:term|word|phrase|slogan|title|motto|headline|film|book|song|show|series|album|report|programme|program|operation|campaign))\s*$/iu;

/** The short words a title leaves in lower case ("Drive with Tom", "Noise and Air Quality"). */
const TITLE_SMALL_WORD = /^(?:of|the|and|or|a|an|in|on|for|to|at|with|from|by|as|vs\.?|de|du|la|le|von|van)$/;

/** Nouns for a work with a title: a programme, a report, a book, a hashtag. */
const WORK_NOUN =
  '(?:programme|program|show|podcast|series|documentary|film|book|novel|album|song|report|study|review|paper|column|blog|newsletter|campaign|strategy|hashtag|slogan)s?';
/** A work's noun right after the closing mark ("“Late Shift” programme"). */
const WORK_AFTER = new RegExp(`^\\s+${WORK_NOUN}\\b`, 'i');
/** A work's noun, then a comma or colon, right before the opening mark ("its report, “…”"). */
const WORK_BEFORE = new RegExp(`\\b${WORK_NOUN}\\s*[,:]?\\s*$`, 'i');

/**
 * A measure's name defined by whoever sets it: "the level the regulator calls “…”", "the
 * threshold that guidance terms “…”". The head noun is a level, band or class, and the verb is
 * in the present: the words name a standing category, not a remark made that day.
 */
const DEFINED_TERM_BEFORE =
  /\bthe\s+(?:level|threshold|limit|point|band|category|class|grade|tier|stage|status|zone|rate|standard|range|scale)\s+(?:(?:that|which)\s+)?(?:[\p{L}'\u2019-]+\s+){1,5}?(?:calls|terms|defines\s+as|refers\s+to\s+as|describes\s+as|classes\s+as|classifies\s+as)\s*$/iu;

/**
 * Whether quoted words are a name or a term, not anyone's words, whatever attributes them: after
 * "so-called", "dubbed", "code-named", "is called a" (`SCARE_BEFORE`), or Title Case with no
 * sentence in it ("“Coalition of the Willing”", "“Operation Harvest Moon”").
 */
function namesATerm(quote: QuoteClaim, text: string): boolean {
  const words = quote.text
    .trim()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  // A hashtag or a handle ("#SaveOurPier", "@CityHall") is a label, never a sentence.
  if (/^[#@][\p{L}\p{N}_]+[.,]?$/u.test(quote.text.trim())) return true;
  if (SCARE_BEFORE.test(text.slice(Math.max(0, quote.start - 40), quote.start - 1))) return true;
  if (DEFINED_TERM_BEFORE.test(text.slice(Math.max(0, quote.start - 90), quote.start - 1))) return true;
  // Beside a word for a work ("the station's “Late Shift” show", "its report, “Harbour Air: A Review”,"),
  // a Title Case quotation is the work's title, however long.
  const after = text.slice(quote.end + 1, quote.end + 30);
  const besideWork =
    WORK_AFTER.test(after) || WORK_BEFORE.test(text.slice(Math.max(0, quote.start - 30), quote.start - 1));
  const capitals = words.filter((word) => /^[\p{Lu}\d]/u.test(word));
  return (
    words.length <= (besideWork ? 12 : 6) &&
    capitals.length >= 2 &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || TITLE_SMALL_WORD.test(word)) &&
    !/[!?]$/.test(quote.text.trim()) &&
    !/^(?:I|We)\b/.test(quote.text.trim())
  );
}

/**
 * Whether a quotation is a statement someone made, not a scare quote, a title or a name in
 * quotation marks: it must be attributed, and a short one (three words or fewer) must not sit
 * inside a noun phrase ("“NATO-like” guarantees"), follow "so-called", or be Title Case.
 */
function isStatement(quote: QuoteClaim, text: string, outside: string): boolean {
  const words = quote.text
    .trim()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return false;
  const before = text.slice(Math.max(0, quote.start - 40), quote.start - 1);
  const colonParagraph = /:\s*$/.test(text.slice(Math.max(0, quote.start - 200), quote.start - 1));
  if (!quote.attributed && !quote.speaker && !(words.length > 3 && (colonParagraph || hasSpeechVerb(outside, true))))
    return false;
  if (namesATerm(quote, text)) return false;
  // A line in capitals is a headline: its quoted words are not set as statements.
  const lineStart = text.lastIndexOf('\n', quote.start) + 1;
  const lineEnd = text.indexOf('\n', quote.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (line.length > 12 && line === line.toUpperCase() && /\p{Lu}{4}/u.test(line)) return false;
  // A short quoted noun phrase after a determiner or a number is a term, a status or a job title,
  // not words someone said: "declared a “major internal incident”", "hire 12 additional “transit ambassadors”".
  // After a determiner only where nobody is said to speak: "would be a “very big move”", he said, is a partial quotation.
  const lead = text.slice(Math.max(0, quote.start - 40), quote.start);
  if (words.length <= 4 && !/[.!?,;]$/.test(quote.text.trim())) {
    if (/(?:^|[\s(])\d[\d,.]*(?:\s+[a-z][\w-]*)?\s*[\u201C"'\u2018]?$/.test(lead)) return false;
    // "declared a “major internal incident”": a status declared, not words quoted.
    if (/\b(?:declar|proclaim)\w*\s+(?:(?:a|an|the)\s+)?[\u201C"'\u2018]?$/i.test(lead)) return false;
    if (
      !hasSpeechVerb(outside, true) &&
      /(?:^|[\s(])(?:a|an|the|its|their|his|her|our|this|these|those)(?:\s+(?!(?:was|were|is|are|be|been|had|has|would|will)\b)[a-z][\w-]*)?\s*[\u201C"'\u2018]?$/i.test(
        lead,
      )
    )
      return false;
  }
  if (words.length <= 3) {
    if (!hasSpeechVerb(outside, true) && !/:\s*$/.test(before)) return false;
    // Inside a noun phrase: a word follows the closing mark directly ("“NATO-like” security guarantees").
    const after = text.slice(quote.end + 1, quote.end + 40);
    if (
      !quote.speakerMention &&
      /^\s+[a-z]/.test(after) &&
      !/^\s+(?:and|or|but|as|if|to|in|on|at|for|with|from|by|of|that|which|he|she|they|said|says|added|told|because|while|when|after|before|among|amid|about|over|across|against|around|between|behind|beyond|during|despite|into|through|under|within|without|since|until|toward|towards|upon)\b/.test(
        after,
      )
    )
      return false;
  }
  return true;
}

function judgeSpeaker(
  quote: QuoteClaim,
  outside: string,
  directory: PersonDirectory,
): { confidence: number; reason: string } {
  const mention = quote.speakerMention;
  if (mention) {
    const named = outside.length > 0 ? quote.window : undefined;
    void named;
    const person = directory.person(mention.personId);
    const name = person?.name ?? mention.personId.replace(/^unknown:/, '');
    if (mention.via === 'name') return { confidence: 0.95, reason: `named beside the quotation: ${name}` };
    if (mention.via === 'role') return { confidence: 0.9, reason: `role reference resolved to ${name}` };
    if (mention.via === 'fuzzy') return { confidence: 0.8, reason: `a spelling close to ${name}` };
    return { confidence: 0.9, reason: `named beside the quotation: ${name} (not yet in the corpus)` };
  }
  if (!quote.speaker) return { confidence: 0.2, reason: 'no speaker found' };
  const person = directory.person(quote.speaker)?.name ?? quote.speaker.replace(/^unknown:/, '');
  if (
    /\b(?:he|she|they)\s+(?:said|says|added|told|wrote|continued|went on)\b|\b(?:said|says|added)\s+(?:he|she)\b/i.test(
      outside,
    )
  )
    return { confidence: 0.9, reason: `pronoun resolved to the last speaker named, ${person}` };
  if (hasSpeechVerb(outside)) return { confidence: 0.85, reason: `attributed to the last speaker named, ${person}` };
  return { confidence: 0.8, reason: `continues ${person}\u2019s quotation (no attribution of its own)` };
}

/** "Jane Roe, the mayor of Springfield, said": the role between the commas. */
function appositiveOf(outside: string, quote: QuoteClaim): { name: string; role: string } | undefined {
  if (!quote.speaker?.startsWith('unknown:')) return undefined;
  const name = quote.speaker.slice(8);
  const at = outside.indexOf(name);
  if (at === -1) return undefined;
  const match = /^,\s+((?:the|a|an)\s+[^,]{3,80}?|[a-z][^,]{3,60}?),/.exec(outside.slice(at + name.length));
  if (!match || /\b(?:said|says|told|added)\b/.test(match[1])) return undefined;
  return { name, role: match[1].replace(/^(?:the|a|an)\s+/i, '').trim() };
}

function venueText(venue: string, sentence: string): string {
  if (/\b(?:told|telling)\s+reporters\b/i.test(sentence) && /reporters/i.test(venue)) return 'told reporters';
  return venue.replace(/^(?:the|a|an)\s+/i, '');
}

/** People the units name that `people` does not hold, with the roles their appositives give. */
function newPeople(units: Unit[], people: Person[], text: string): ProposedPerson[] {
  const found = new Map<string, ProposedPerson>();
  for (const unit of units) {
    if (!unit.speaker?.startsWith('unknown:')) continue;
    const said = unit.speaker.slice(8);
    if (isCountWord(said)) continue;
    // "Roe said" after "Mayor Jane Roe met traders": the person is Jane Roe, quoted by her surname.
    const name =
      fullBodyName(text, said) ??
      (said.includes(' ') ? knightedFullName(text, said) : fullNameBefore(text, said)) ??
      said;
    const id = personId(name);
    if (people.some((person) => person.id === id)) continue;
    let person = found.get(id);
    if (!person) {
      const words = name.split(/\s+/);
      const aliases = [name];
      if (words.length > 1) aliases.push(words[words.length - 1]);
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
    if (unit.appositive && !person.roles.some((role) => role.title === unit.appositive!.role))
      person.roles.push({ title: unit.appositive.role });
  }
  // "Roe" alone is another alias of "Jane Roe" when both appear.
  const list = [...found.values()];
  for (const short of list) {
    const long = list.find((other) => other !== short && other.name.endsWith(` ${short.name}`));
    if (long) {
      found.delete(short.id);
      for (const role of short.roles)
        if (!long.roles.some((known) => known.title === role.title)) long.roles.push(role);
      if (!long.aliases.includes(short.name)) long.aliases.push(short.name);
    }
  }
  return [...found.values()];
}

/**
 * The full name a surname stands for, from its first mention in the article ("Mayor Jane Roe" for
 * "Roe"): the capitalised word before it, when the two read as a person's name (not a title,
 * not a body), the same wherever the article gives it. Undefined when there is none or two differ.
 */
function fullNameBefore(text: string, surname: string): string | undefined {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const names = new Set<string>();
  for (const match of text.matchAll(new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'\u2019-]* ){1,2})${escaped}\\b`, 'gu'))) {
    // The first name only: words before it describe ("Dane Mads Dahl-Jensen", "Mayor Jane Roe").
    const words = match[1].trim().split(/\s+/).slice(-1);
    const name = [...words.slice(dropTitleCount(words)), surname];
    if (name.length === 2 && looksLikePerson(name)) names.add(name.join(' '));
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * A body's whole name when the reader kept only its end: "Trust" for "The Northfield Hospitals NHS
 * Trust said", "Leaders" for "The Union of School Leaders said" (capitals, acronyms and the
 * particles of, for, and inside a name). The one such name the text gives that has a body's word;
 * undefined when there is none or more than one.
 */
function fullBodyName(text: string, said: string): string | undefined {
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
function knightedFullName(text: string, said: string): string | undefined {
  const match = /^(Sir|Dame)\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+)$/u.exec(said);
  if (!match) return undefined;
  const names = new Set(
    [...text.matchAll(new RegExp(`\\b${match[1]}\\s+${match[2]}\\s+(\\p{Lu}[\\p{L}\\p{M}'\u2019-]+)`, 'gu'))].map(
      (full) => `${match[2]} ${full[1]}`,
    ),
  );
  return names.size === 1 ? [...names][0] : undefined;
}

/** The speaker named most recently whose role ends with `noun` ("mayor", "council leader"). */
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

function asPerson(proposed: ProposedPerson): Person {
  // A bare role word ("mayor") is not a phrase the directory can own: keep multi-word roles, and "the mayor" style titles.
  return {
    id: proposed.id,
    name: proposed.name,
    kind: proposed.kind,
    aliases: proposed.aliases,
    roles: proposed.roles.map((role) => ({ title: role.title })),
  };
}

/** True when the words carry a negation cue ("not", "never", "won't"), as the loader reads it. */
export function negated(text: string): boolean {
  const tokens: Token[] = tokenize(text);
  return tokens.some((_, index) => isNegationCue(tokens, index));
}

function dateOfArticle(article: Article, options: ImportOptions, notes: string[]): ArticleDate {
  const published = article.meta.published
    ? {
        date: article.meta.published,
        precision: 'day' as const,
        basis: `published ${article.meta.published} per the article\u2019s ${article.meta.publishedFrom ?? (article.format === 'html' ? 'markup' : 'front matter')}`,
      }
    : options.articleDate && !options.articleDateGuessed
      ? {
          date: options.articleDate,
          precision: precisionOf(options.articleDate),
          basis: options.articleDateBasis ?? `the article date given at import, ${options.articleDate}`,
        }
      : undefined;
  if (published) return datelineDay(article.text, published) ?? published;
  const inferred = datelineYear(article.text, options.articleDate ?? new Date().toISOString().slice(0, 10));
  if (inferred) {
    notes.push(`${article.file}: no year in the article; ${inferred.basis}.`);
    return inferred;
  }
  notes.push(
    `${article.file}: no publication date in the article${options.articleDate ? ` (${options.articleDate}, ${options.articleDateBasis ?? 'given at import'}, is not the article\u2019s own)` : ' and none given'}; remarks it does not date are left without a date until you set one (--date YYYY-MM-DD, or edit them in review).`,
  );
  return { date: '', precision: 'day', basis: 'the article gives no date' };
}

function precisionOf(date: string): ArticleDate['precision'] {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'day' : /^\d{4}-\d{2}$/.test(date) ? 'month' : 'year';
}

function sourceOf(
  article: Article,
  date: ArticleDate,
  options: ImportOptions,
  corpus: Corpus,
  notes: string[],
): ProposedSource {
  const base = article.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const publisher = article.meta.publisher ?? options.publisher;
  if (!publisher)
    notes.push(`${article.file}: no publisher in the file; recorded as "Unknown publisher" (edit the source record).`);
  const known = new Set(corpus.sources.map((source) => source.id));
  const id = uniqueId(
    slug(
      `${publisher ? publisher.split(/\s+/).slice(0, 3).join(' ') : 'article'} ${date.date || options.articleDate || ''} ${base}`,
    ).slice(0, 80),
    known,
  );
  const source: ProposedSource = {
    type: 'source',
    id,
    publisher: publisher ?? 'Unknown publisher',
    headline: article.meta.headline ?? base,
    // A source needs a date: the article's, else the fallback the caller gave (a file's modification date), flagged.
    published: date.date || options.articleDate || '',
    publishedPrecision: date.date ? date.precision : precisionOf(options.articleDate ?? ''),
    dateBasis: date.date
      ? date.basis
      : options.articleDate
        ? `${options.articleDateBasis ?? options.articleDate}: not a date the article gives`
        : 'the article gives no date: set one',
    status: 'proposed',
  };
  if (article.meta.byline?.length) source.byline = article.meta.byline;
  if (article.meta.url) source.url = article.meta.url;
  return source;
}

export { personId, slug };

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export type { Statement };
