/**
 * The occasions an article dates, and who and where they were: "Zelensky, speaking alongside
 * Ursula von der Leyen in Brussels on Sunday", "E.U. leaders gathered in Brussels Thursday", "At a
 * meeting … in Moscow on Wednesday". A reporter reads an undated remark by someone the article
 * places at a dated occasion, or made at a dated occasion's place ("told reporters in Brussels"),
 * as said there and then. The lede's news, when the lede gives no day, is the publication day's.
 */
import { daysBetween, type DateMention } from '../draft/dates';
import type { PersonDirectory } from '../draft/people';
import { tokenize } from '../text/tokens';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';
import {
  DATELINE,
  FUTURE,
  LEDE_KINDS,
  defaultFind,
  longDate,
  openingParagraphs,
  resolveMention,
  type ArticleDate,
  type ResolvedDate,
} from './dates';
import { personId } from './ids';
import { isSpeechWord } from './speech';

/** A day the article gives for an occasion, and the paragraph (0-based) that gives it. */
export interface DatedOccasion extends ResolvedDate {
  paragraph: number;
  /** An event people attend ("at Monday night's council meeting"), not a statement or a deed. */
  event?: boolean;
}

/** Days the article gives for occasions, by who was at them (person ids) and where (place names, lower case), in article order. */
export interface Occasions {
  people: Map<string, DatedOccasion[]>;
  places: Map<string, DatedOccasion[]>;
}

/** "in Brussels", "at Preston Crown Court", "in Anchorage": a capitalised place after "in" or "at" (group 1). */
const PLACE = /\b(?:in|at)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'\u2019.-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019.-]+){0,3})/gu;
const NOT_PLACES = new RegExp(
  `^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')}|Congress|Parliament|The|A|An|This|That|His|Her|Their|Its|Our)\\b`,
);
/** Where a weekday after a place starts ("in Brussels Tuesday"): the place ends before it. */
const BEFORE_WEEKDAY = new RegExp(`\\s+(?=(?:${WEEKDAY_NAMES.join('|')})\\b)`);
/** A sentence about what is to come ("is heading to the U.S. for talks … on Friday"): its days are ahead. */
const PLANNED =
  /\b(?:will|would|is heading|are heading|is set to|are set to|plans? to|is planning|are planning|is due|are due|is expected|are expected|is to|are to)\b/i;
/**
 * Words of an occasion people attend: a lede that names one ("as he met Vance at the Munich Security
 * Conference") reports an event; one that names none ("Maria Lopez has farmed olives for forty
 * years") introduces a feature's subject, whose words may be of any day.
 */
const OCCASION =
  /\b(?:met|meets|meeting|visit|visited|visiting|summit|conference|talks|hearing|rally|debate|ceremony|session|vote|voted|match|trial|court|briefing|speech|address|launch|launched|opened|unveiled)\b/i;
/** What ends the clause a day belongs to: punctuation, and words that open another clause. */
const CLAUSE_BREAK = /[,;:()\u2014]|\s(?:that|who|which|whose|after|before|when|while|but|and then|ahead of|as)\s/g;

/** The place names (lower case) a sentence's words put it at. */
export function placesIn(words: string): string[] {
  return [...words.matchAll(PLACE)]
    .map((match) => match[1].split(BEFORE_WEEKDAY)[0])
    .map((place) => place.replace(/(?<!\b\p{Lu})\.$/u, '').replace(/['\u2019]s$/, ''))
    .filter((place) => !NOT_PLACES.test(place))
    .map((place) => place.toLowerCase());
}

function add(map: Map<string, DatedOccasion[]>, key: string, date: DatedOccasion) {
  const list = map.get(key) ?? [];
  list.push(date);
  map.set(key, list);
}

/**
 * The dated occasions of an article (`paragraphs`: its prose, in order), against its date:
 * each day it gives in the past week (not a day ahead, not in a quotation) with the people named
 * in that day's clause before the day (before its speech verb, if it has one: "Witkoff said Sunday
 * that Trump…" puts Witkoff there, not Trump) and the places in it. When the lede gives no day at
 * all, the people named in its sentences that report an event (an occasion such as a meeting or a
 * conference, not a remark) were at its news on the publication day. Empty without an article day.
 */
export function datedOccasions(
  paragraphs: readonly string[],
  article: ArticleDate,
  directory: PersonDirectory,
  find: (text: string) => DateMention[] = defaultFind,
): Occasions {
  const occasions: Occasions = { people: new Map(), places: new Map() };
  if (!article.date || article.precision !== 'day') return occasions;
  const peopleBefore = (clause: string): string[] => {
    const tokens = tokenize(clause);
    // "Witkoff said Sunday": the speaker was there; whom "said" or "told" is about was not. "Speaking alongside" keeps its people.
    const verb = tokens.findIndex((token) => isSpeechWord(token.norm, true) && !/ing$/.test(token.norm));
    // A name the directory does not hold ("Mayor Jane Roe", later quoted as "Roe") stands for the
    // person the importer proposes under it or under its surname.
    return directory
      .findMentions(verb === -1 ? tokens : tokens.slice(0, verb), clause)
      .filter((mention) => !mention.possessive)
      .flatMap((mention) => {
        if (mention.via !== 'unknown') return [mention.personId];
        const name = mention.personId.slice('unknown:'.length);
        return [...new Set([personId(name), personId(name.split(/\s+/).at(-1)!)])];
      });
  };
  for (const [index, paragraph] of paragraphs.entries()) {
    const body = masked(paragraph);
    for (const mention of find(body)) {
      if (!LEDE_KINDS.has(mention.kind)) continue;
      const resolved = resolveMention(mention, article);
      if (!resolved || resolved.datePrecision !== 'day') continue;
      const age = daysBetween(resolved.date, article.date);
      if (age < 0 || age > 7) continue;
      const { sentence, before, after } = clauseAround(body, mention);
      // "in place since Saturday morning", "from Friday": a bound of a state of affairs, not an occasion anyone was at.
      if (FUTURE.test(before) || PLANNED.test(sentence) || /\b(?:since|from)\s*$/i.test(before)) continue;
      const clause = `${before}${mention.text}${after}`;
      // "On Thursday morning, Okafor defended the vote": a day that opens its sentence dates the clause after it.
      const opening = /^\s*(?:(?:on|late|early)\s+)?$/i.test(before)
        ? /^[^,]*,([^,;:.]*)/.exec(body.slice(mention.end))
        : null;
      const date: DatedOccasion = {
        date: resolved.date,
        datePrecision: 'day',
        dateBasis: `the day the article gives for an occasion \u201C${`${clause}${opening ? `,${opening[1]}` : ''}`.trim().replace(/\s+/g, ' ')}\u201D (${longDate(resolved.date)})`,
        paragraph: index,
        event: OCCASION.test(clause) && !/\bstatement\b/i.test(clause),
      };
      for (const person of peopleBefore(opening ? opening[1] : before)) add(occasions.people, person, date);
      for (const place of placesIn(opening ? `${clause} ${opening[1]}` : clause)) add(occasions.places, place, date);
    }
  }
  const lede = openingParagraphs(paragraphs)[0];
  if (lede) {
    const body = masked(lede);
    const index = paragraphs.indexOf(lede);
    const undated =
      !find(body).some((mention) => mention.kind !== 'year' && mention.kind !== 'month') &&
      !/\b(?:last|this|next) (?:week|month)|\bearlier\b|\brecent(?:ly)?\b|\bfor (?:weeks|months|years)\b/i.test(body);
    if (undated) {
      const date: DatedOccasion = {
        date: article.date,
        datePrecision: 'day',
        dateBasis: `named in the opening paragraph, which reports its news without a day: the publication day, ${longDate(article.date)}`,
        paragraph: index,
      };
      // An event the lede reports ("Zelensky has made a strong appeal … as he met with Vance at the
      // Munich Security Conference"), not a remark ("Mayor Roe said the ferry would start…": when she said it is not given).
      for (const sentence of body.split(/(?<=[.!?])\s+/)) {
        if (!OCCASION.test(sentence) || tokenize(sentence).some((token) => isSpeechWord(token.norm, true))) continue;
        for (const person of peopleBefore(sentence)) add(occasions.people, person, date);
      }
    }
  }
  return occasions;
}

/**
 * The day of the occasion a remark is tied to: the last occasion before it (in `paragraph`, 0-based,
 * or earlier) that the article placed its speaker at (`speaker`, a person id), else the last
 * dated occasion at the place its sentence names (`outside`: the words outside quotation marks).
 * An article reports an occasion, then what was said there; undefined when neither is found.
 */
export function tiedOccasion(
  occasions: Occasions,
  speaker: string | null,
  outside: string,
  paragraph: number,
): ResolvedDate | undefined {
  const last = (list: DatedOccasion[] | undefined) =>
    list?.filter((occasion) => occasion.paragraph <= paragraph).at(-1);
  const own = speaker ? last(occasions.people.get(speaker)) : undefined;
  if (own) return own;
  for (const place of placesIn(outside)) {
    const found = last(occasions.places.get(place));
    if (found) return found;
  }
  // "… Delgado-Park said at Monday night's council meeting. ¶ Council President Howard Breck … defended
  // the decision. “…,” he said": a reply in the paragraph right after a dated occasion's, naming no day
  // or place of its own, was given there. One such event only: two in that paragraph leave it open.
  const before = new Set(
    [...occasions.people.values()]
      .flat()
      .filter((occasion) => occasion.paragraph === paragraph - 1 && occasion.event)
      .map((occasion) => occasion.date),
  );
  if (before.size === 1) {
    const date = [...before][0];
    return [...occasions.people.values()]
      .flat()
      .find((occasion) => occasion.paragraph === paragraph - 1 && occasion.event && occasion.date === date);
  }
  return undefined;
}

/** A paragraph with its dateline removed and quotations blanked (offsets kept). */
function masked(paragraph: string): string {
  return paragraph
    .replace(DATELINE, (dateline) => ' '.repeat(dateline.length))
    .replace(/[\u201C"][^\u201D"]*[\u201D"]/g, (quoted) => ' '.repeat(quoted.length));
}

/** The words of the sentence before a day mention, and of its clause before and after it. */
function clauseAround(text: string, mention: DateMention): { sentence: string; before: string; after: string } {
  const sentenceStart = Math.max(
    0,
    ...[...text.slice(0, mention.start).matchAll(/[.!?]\s+(?=[\p{Lu}\u201C"])/gu)].map((m) => m.index + m[0].length),
  );
  const head = text.slice(sentenceStart, mention.start);
  let cut = 0;
  for (const match of head.matchAll(CLAUSE_BREAK)) cut = match.index + match[0].length;
  const tail = text.slice(mention.end);
  const stop = tail.search(
    /[.!?](?:\s|$)|[,;:()\u2014]|\s(?:that|who|which|after|before|when|while|but|ahead of|as)\s/,
  );
  return { sentence: head, before: head.slice(cut), after: stop === -1 ? tail : tail.slice(0, stop) };
}
