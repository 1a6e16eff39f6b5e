import type { Corpus } from '../types';
import { isCapitalisedWord, isPossessive, possessiveBase, tokenize, type Token } from '../text/tokens';
import { BUILT_IN_OUTLETS, BUILT_IN_PROGRAMMES, NATIONALITIES } from './outletList';
import { DATELINE_DATE_SOURCE, MONTH_NAMES, SHORT_MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar';

/**
 * Outlets and venues in draft text, and the families they belong to: naming the network or its
 * show is the same outlet ("Fox News" and "Fox News Sunday"; "CBS" and "Face the Nation").
 *
 * Three sources of names: a built-in list of international outlets and programmes
 * (outletList.ts); the corpus itself (every statement's `outlet`, every source's `publisher` and
 * `distributor`), so a newsroom's own radio programme is known the moment its corpus names it; and
 * how reporters name an outlet nobody listed ("told the Harbour Gazette", "in an interview with
 * Radio Nordland", "writing in Le Monde", "the newspaper Kommersant").
 */

/**
 * Kinds of venue that are not outlets but still say where words were said: a televised address
 * is not an audio message, a press conference is not an interview. Matched in lower case.
 */
const VENUE_KINDS: Record<string, string[]> = {
  'venue:address': [
    'televised address',
    'video address',
    'nightly address',
    'evening address',
    'address to the nation',
  ],
  'venue:audio': ['audio message'],
  'venue:press-conference': [
    'press conference',
    'news conference',
    'joint press conference',
    'press briefing',
    'news briefing',
    'media briefing',
    'briefing',
  ],
  'venue:statement': ['written statement', 'a statement', 'in a statement'],
  'venue:reporters': ['told reporters', 'to reporters', 'with reporters', 'told journalists', 'to journalists'],
  'venue:op-ed': ['op-ed', 'opinion piece'],
  'venue:earnings-call': ['earnings call', 'results call', 'analyst call', 'conference call'],
  'venue:podcast': ['podcast'],
  'venue:plenary': ['plenary', 'plenary session', 'closing plenary', 'opening plenary'],
  'venue:panel': ['panel', 'panel discussion', 'forum', 'business forum', 'side event'],
  'venue:phone-in': ['phone-in', 'phone in', 'call-in'],
  'venue:council': [
    'council meeting',
    'full council',
    'council session',
    'city council',
    'board meeting',
    'school board meeting',
    'school board',
    'board of education',
  ],
  'venue:committee': ['committee meeting', 'committee hearing', 'committee', 'select committee'],
  'venue:hearing': ['hearing', 'congressional hearing', 'senate hearing'],
  'venue:parliament': [
    'parliament',
    'the commons',
    'house of commons',
    'the senate floor',
    'parliamentary debate',
    'the chamber',
    'legislature',
    'the legislature',
    'provincial legislature',
    'state legislature',
    'legislative assembly',
    'national assembly',
    'question period',
    'parliamentary question time',
    'question time',
  ],
  'venue:court': [
    'in court',
    'courtroom',
    'witness box',
    'the court',
    'court',
    'court steps',
    'steps of the court',
    'outside court',
    'cross-examination',
    'testimony',
    'the jury',
    'the judge',
  ],
  'venue:agm': ['annual general meeting', 'agm', 'shareholder meeting', 'shareholders meeting', 'general meeting'],
  'venue:rally': ['rally', 'campaign rally'],
  'venue:speech': ['speech', 'keynote', 'closing speech', 'opening speech', 'sentencing remarks'],
  'venue:press-release': ['press release', 'news release'],
  'venue:town-hall': ['town hall meeting', 'public meeting'],
  'social:x': ['a post on x', 'posted on x', 'wrote on x', 'on x', 'on twitter', 'twitter', 'tweet', 'tweeted'],
  'social:telegram': ['telegram'],
  'social:truth': ['truth social'],
  'social:facebook': ['facebook'],
  'social:instagram': ['instagram'],
  'social:linkedin': ['linkedin'],
  'social:youtube': ['youtube'],
  'social:tiktok': ['tiktok'],
  'social:bluesky': ['bluesky'],
  'social:threads': ['threads'],
};

/** "Danish broadcaster DR", "the newspaper Kommersant": an outlet by description, even one we do not list. */
const OUTLET_NOUNS = new Set([
  'broadcaster',
  'newspaper',
  'network',
  'channel',
  'station',
  'daily',
  'magazine',
  'outlet',
  'tabloid',
  'agency',
  'podcast',
  'programme',
  'program',
  'show',
  'weekly',
  'website',
  'paper',
]);

/** Words that end the names of outlets nobody listed: "the Harbour Gazette", "Radio Nordland", "Vestkyst Morgen" (also read by citations). */
export const OUTLET_HEADS = new Set(
  (
    'gazette times post news herald journal tribune telegraph mail express standard chronicle observer guardian star sun courier ' +
    'examiner record press daily weekly review magazine radio tv television channel fm network broadcasting today tonight hour show ' +
    'podcast edition live programme program agency wire bulletin report morning evening breakfast sunday nightly dispatch ' +
    'independent inquirer monitor gazetteer tidende posten avis bladet zeitung zeitschrift rundschau allgemeine nachrichten ' +
    'corriere repubblica stampa gazzetta mundo pais diario noticias monde figaro liberation presse matin soir ' +
    'nieuws krant dagblad kurier kronika wiadomosci pravda vedomosti gazeta novosti izvestia ' +
    'samachar patrika varta vartha khabar akhbar samvad sambad noviny listy denik dennik novine'
  ).split(' '),
);

/**
 * Heads that Czech, Slovak and South Slavic titles write in lower case after a capitalised
 * adjective ("Lidové noviny", "Hospodárske noviny", "Večernje novine"): the name runs on to them.
 */
const LOWER_CASE_HEADS = new Set(['noviny', 'listy', 'denik', 'dennik', 'novine']);

interface OutletPattern {
  tokens: string[];
  family: string;
  /** Built-in names must be capitalised as printed ("Fox", not "fox"); venue kinds need not be. */
  capitalised: boolean;
  /** A short all-capitals name ("DR", "NTV") is matched only in capitals: "Dr Szőke" is no Danish broadcaster. */
  acronym?: string;
}

export interface OutletMention {
  /** Every family the mention names ("Fox News Sunday": the Fox family and the programme itself). */
  families: Set<string>;
  /** The first of `families`, for messages and tests. */
  family: string;
  start: number;
  end: number;
  text: string;
  /** "according to Bloomberg", "Reuters reported": the outlet is the publisher, not the venue. */
  asPublisher: boolean;
  /** Read from its place alone ("told Antena 3"), not from a list or an outlet word: a known person's name there is the person. */
  guessed?: boolean;
  /** Named right after another outlet's possessive ("CBC Radio’s Daybreak North"): a programme of that outlet. */
  ofOutlet?: boolean;
}

function normsOf(phrase: string): string[] {
  return tokenize(phrase).map((token) => token.norm);
}

/** The names in an outlet string that a draft would use: its capitalised runs ("Radio Nordland", "Morning Edition"). */
function namesIn(outlet: string): string[] {
  const tokens = tokenize(outlet);
  const names: string[] = [];
  let run: Token[] = [];
  const flush = () => {
    while (run.length && ['the', 'of', 'and'].includes(run[run.length - 1].norm)) run.pop();
    if (run.length) names.push(outlet.slice(run[0].start, run[run.length - 1].end).replace(/['\u2019]s$/, ''));
    run = [];
  };
  for (const token of tokens) {
    // "SER’s" is as capitalised as "SER": the possessive is read off first.
    const bare = token.text.replace(/['\u2019]s$/, '');
    const capital = isCapitalisedWord(bare) || /^[\p{Lu}0-9]{2,}$/u.test(bare);
    const minor = run.length > 0 && ['the', 'of', 'and'].includes(token.norm);
    if (capital || minor) {
      run.push(token);
      if (isPossessive(token)) flush();
    } else flush();
  }
  flush();
  // A lone capitalised word that is a common word of venues ("Parliament", "Council") still names a venue.
  return names;
}

/** Common words that a venue or medium is written with: never a lower-case outlet's name. */
const VENUE_WORDS = new Set([
  ...Object.values(VENUE_KINDS).flatMap((phrases) => phrases.flatMap(normsOf)),
  ...'interview remarks debate letter video sermon broadcast bulletin website blog newsletter meeting session sitting'.split(
    ' ',
  ),
]);

/**
 * Outlet names printed without a capital: a word run together with an inner capital anywhere in
 * the string ("derStandard", "franceInfo"), or a lower-case string that is one word of five
 * letters or more and no common word of venues or media ("franceinfo", "tagesschau"; not
 * "statement", "interview", "radio").
 */
function brandWordsIn(outlet: string): string[] {
  const tokens = tokenize(outlet);
  const words = tokens
    .map((token) => token.text.replace(/['\u2019]s$/, ''))
    .filter((word) => /^\p{Ll}+\p{Lu}\p{L}*$/u.test(word));
  if (tokens.length === 1) {
    const word = tokens[0].text.replace(/['\u2019]s$/, '');
    const norm = possessiveBase(tokens[0]);
    if (
      /^\p{Ll}{5,}$/u.test(word) &&
      !VENUE_WORDS.has(norm) &&
      !OUTLET_HEADS.has(norm) &&
      !DESCRIBED_MEDIA.has(norm) &&
      !OUTLET_NOUNS.has(norm)
    )
      words.push(word);
  }
  return words;
}

/** The outlets a checker knows: the built-in list plus every outlet, publisher and distributor its corpus names. */
export class OutletDirectory {
  private readonly byFirstToken = new Map<string, OutletPattern[]>();

  constructor(corpus?: Pick<Corpus, 'statements' | 'sources'>) {
    for (const [family, names] of Object.entries(BUILT_IN_OUTLETS)) {
      for (const name of names) {
        this.add(normsOf(name), family, true, name);
        if (BUILT_IN_PROGRAMMES.has(name)) this.add(normsOf(name), `programme:${normsOf(name).join(' ')}`, true);
      }
    }
    for (const [family, phrases] of Object.entries(VENUE_KINDS))
      for (const phrase of phrases) this.add(normsOf(phrase), family, false);
    if (corpus) {
      const seen = new Set<string>();
      const addName = (name: string) => {
        const norms = normsOf(name).filter((norm, index) => index > 0 || norm !== 'the');
        if (norms.length === 0 || (norms.length === 1 && norms[0].length < 2)) return;
        this.add(norms, `named:${norms.join(' ')}`, true);
      };
      // A name the newsroom prints in lower case or run together ("franceinfo", "derStandard"):
      // matched in any case, since no capital marks it in a draft either.
      const addBrand = (word: string) => {
        const norms = normsOf(word);
        if (norms.length === 1) this.add(norms, `named:${norms[0]}`, false);
      };
      for (const source of corpus.sources)
        for (const name of [source.publisher, source.distributor ?? '']) {
          if (name) addName(name);
          for (const word of brandWordsIn(name ?? '')) addBrand(word);
        }
      for (const statement of corpus.statements) {
        const outlet = statement.outlet;
        if (!outlet || seen.has(outlet)) continue;
        seen.add(outlet);
        // Only the parts of a venue that name an outlet: "TV Vest’s Vestnytt" gives both names;
        // "Tokyo press conference" or "Southwark Crown Court" name places, which are not outlets.
        for (const name of namesIn(outlet)) {
          const words = normsOf(name);
          const possessive = new RegExp(`${escapeRegExp(name)}['\u2019]s`).test(outlet);
          const afterPossessive = new RegExp(`['\u2019]s\\s+${escapeRegExp(name)}`).test(outlet);
          // Two or more capitalised words name something ("Wales Speaks", "Southwark Crown Court"); one alone may be a place.
          if (
            possessive ||
            afterPossessive ||
            words.length >= 2 ||
            words.some((word) => OUTLET_HEADS.has(word)) ||
            name.length >= outlet.trim().length - 1
          )
            addName(name);
        }
        for (const word of brandWordsIn(outlet)) addBrand(word);
      }
    }
    for (const list of this.byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  private add(tokens: string[], family: string, capitalised: boolean, printed?: string) {
    if (tokens.length === 0) return;
    const list = this.byFirstToken.get(tokens[0]) ?? [];
    const acronym = printed && /^[A-Z][A-Z0-9]{1,3}$/.test(printed) ? printed : undefined;
    const same = list.find((pattern) => pattern.family === family && pattern.tokens.join(' ') === tokens.join(' '));
    // A name known both as printed and as a lower-case brand ("inselBlatt") is matched in any case.
    if (same && !capitalised) same.capitalised = false;
    if (!same) list.push({ tokens, family, capitalised, ...(acronym ? { acronym } : {}) });
    this.byFirstToken.set(tokens[0], list);
  }

  /** Every pattern matching at token `i`, longest first. */
  private matchesAt(tokens: Token[], i: number, loose: boolean): OutletPattern[] {
    const first = possessiveBase(tokens[i]);
    const candidates = [
      ...(this.byFirstToken.get(first) ?? []),
      ...(first !== tokens[i].norm ? (this.byFirstToken.get(tokens[i].norm) ?? []) : []),
    ];
    return candidates.filter((pattern) => {
      for (let k = 0; k < pattern.tokens.length; k++) {
        const token = tokens[i + k];
        if (!token) return false;
        const last = k === pattern.tokens.length - 1;
        const norm = last ? possessiveBase(token) : token.norm;
        if (norm !== pattern.tokens[k] && !(loose && last && token.norm === `${pattern.tokens[k]}s`)) return false;
        if (!loose && k === 0 && pattern.capitalised && !/^[\p{Lu}\p{Lo}0-9]/u.test(token.text)) return false;
        if (!loose && pattern.acronym && token.text.replace(/['\u2019]s$/, '') !== pattern.acronym) return false;
      }
      return true;
    });
  }

  /** Outlet and venue names in draft tokens (the words of a sentence outside its quotations). */
  find(tokens: Token[], text: string): OutletMention[] {
    const mentions: OutletMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const patterns = this.matchesAt(tokens, i, false).filter(
        (pattern) =>
          pattern.family !== 'abc' || pattern.tokens.join(' ') !== 'this week' || tokens[i - 1]?.norm === 'abcs',
      );
      if (patterns.length > 0) {
        const longest = patterns[0];
        // "on X" only as the platform: "on x" needs the capital X.
        if (longest.family === 'social:x' && longest.tokens.join(' ') === 'on x' && tokens[i + 1]?.text !== 'X')
          continue;
        // "the Supreme Court", "the Senate Judiciary Committee": a body's proper name, not a venue.
        if (!longest.capitalised && BODY_VENUES.has(longest.family) && insideProperName(tokens, i, text)) {
          i += longest.tokens.length - 1;
          continue;
        }
        const last = tokens[i + longest.tokens.length - 1];
        const families = new Set(
          patterns
            .filter((pattern) => pattern.tokens.length === longest.tokens.length)
            .map((pattern) => pattern.family),
        );
        // The names inside a longer name are its families too: "Fox News Sunday" is Fox.
        for (let k = i; k < i + longest.tokens.length; k++)
          for (const inner of this.matchesAt(tokens, k, false))
            if (k + inner.tokens.length <= i + longest.tokens.length) families.add(inner.family);
        mentions.push(this.mention(tokens, i, i + longest.tokens.length - 1, families, text, last));
        i += longest.tokens.length - 1;
        continue;
      }
      // "the BBC’s": a listed name after "the" is found at its own word.
      if (tokens[i].norm === 'the' && tokens[i + 1] && this.matchesAt(tokens, i + 1, false).length > 0) continue;
      const show = programmeAfterOwner(tokens, i, text, mentions[mentions.length - 1]);
      if (show !== undefined) {
        const words = tokens.slice(i, show + 1).map((t) => possessiveBase(t));
        mentions.push(this.mention(tokens, i, show, new Set([`named:${words.join(' ')}`]), text, tokens[show]));
        i = show;
        continue;
      }
      const unlisted = unlistedOutletAt(tokens, i, text);
      if (unlisted) {
        const families = new Set([
          `named:${tokens
            .slice(unlisted.first, unlisted.last + 1)
            .map((t) => possessiveBase(t))
            .filter((norm, index) => index > 0 || norm !== 'the')
            .join(' ')}`,
        ]);
        const mention = this.mention(tokens, unlisted.first, unlisted.last, families, text, tokens[unlisted.last]);
        mentions.push(unlisted.guessed ? { ...mention, guessed: true } : mention);
        i = unlisted.last;
      }
    }
    // "CBC Radio’s Daybreak North", "NHK’s News Watch 9": the name after an outlet's possessive is
    // one of its programmes, whether or not any list knows it.
    for (let k = 1; k < mentions.length; k++) {
      const owner = tokens.findIndex((token) => token.end === mentions[k - 1].end);
      const next = tokens[owner + 1];
      if (owner >= 0 && isPossessive(tokens[owner]) && next && next.start === mentions[k].start)
        mentions[k] = { ...mentions[k], ofOutlet: true };
    }
    // "ABC’s 7.30", "Radio 4’s 5 o’clock": a programme named by a number after an outlet's
    // possessive, which no capitalised run finds.
    for (const mention of [...mentions]) {
      const owner = tokens.findIndex((token) => token.end === mention.end);
      const next = tokens[owner + 1];
      if (owner < 0 || !isPossessive(tokens[owner]) || !next || !/^\d/.test(next.text)) continue;
      if (next.start - tokens[owner].end > 1 || mentions.some((other) => other.start === next.start)) continue;
      if (CLOCK_WORDS.has(tokens[owner + 2]?.norm ?? '')) continue;
      const family = `named:${next.norm}`;
      mentions.push({
        families: new Set([family]),
        family,
        start: next.start,
        end: next.end,
        text: next.text,
        asPublisher: false,
        ofOutlet: true,
      });
    }
    mentions.sort((a, b) => a.start - b.start);
    // "told Russian state television", "a German newspaper": an outlet described, not named.
    for (const described of describedOutlets(tokens, text))
      if (!mentions.some((mention) => mention.start < described.end && described.start < mention.end))
        mentions.push(described);
    // An outlet named as the subject of the story ("Corvane’s revenue", "the BBC’s budget") is not
    // where the words were said: only a name in a venue position counts ("told the Gazette",
    // "on Radio Nordland", "in an interview with", "writing in", "Reuters reported").
    return mentions
      .filter((mention) => mention.asPublisher || inVenuePosition(tokens, mention))
      .sort((a, b) => a.start - b.start);
  }

  private mention(
    tokens: Token[],
    first: number,
    last: number,
    families: Set<string>,
    text: string,
    lastToken: Token,
  ): OutletMention {
    const before = tokens
      .slice(Math.max(0, first - 2), first)
      .map((t) => t.norm)
      .join(' ');
    const after = tokens[last + 1]?.norm ?? '';
    return {
      families,
      family: [...families][0],
      start: tokens[first].start,
      end: lastToken.end,
      text: text.slice(tokens[first].start, lastToken.end).replace(/['\u2019]s$/, ''),
      asPublisher: before.endsWith('according to') || ['reported', 'reports', 'reporting'].includes(after),
    };
  }

  /**
   * The families of the programme an outlet string names after its outlet's possessive ("CBC
   * Radio’s The Early Edition": the Early Edition), plus any listed programme in it; empty when the
   * string names no programme.
   */
  programmeFamiliesOf(name: string): Set<string> {
    const families = new Set([...this.familiesOf(name)].filter((family) => family.startsWith('programme:')));
    const after = /['\u2019]s\s+(.+)$/u.exec(name);
    if (after) for (const family of this.familiesOf(after[1])) families.add(family);
    return families;
  }

  /** The families an outlet string names (a record's venue, a source's publisher): every name found in it, built-in or the corpus's. */
  familiesOf(...names: (string | undefined)[]): Set<string> {
    const families = new Set<string>();
    for (const name of names) {
      if (!name) continue;
      const tokens = tokenize(name);
      // A record's "X" or "X (formerly Twitter)" is the platform the draft writes "posted on X" for.
      if (tokens[0]?.text === 'X' && (tokens.length === 1 || tokens[1].norm === 'formerly')) families.add('social:x');
      for (let i = 0; i < tokens.length; i++)
        for (const pattern of this.matchesAt(tokens, i, true)) families.add(pattern.family);
    }
    return families;
  }
}

/** Venue kinds that are also bodies, whose own names carry the kind's word ("the High Court", "the Finance Committee"). */
const BODY_VENUES = new Set(['venue:court', 'venue:committee', 'venue:parliament', 'venue:council', 'venue:hearing']);

/**
 * The venue word at `tokens[i]` is capitalised and ends a proper name begun by the capitalised
 * word before it ("Supreme Court", "High Court", "Finance Committee"), not a sentence's first word
 * or a lead ("In Parliament", "told Parliament").
 */
function insideProperName(tokens: Token[], i: number, text: string): boolean {
  const previous = tokens[i - 1];
  if (!previous || !/^\p{Lu}/u.test(tokens[i].text) || !isCapitalisedWord(previous.text)) return false;
  if (NOT_OUTLET_STARTS.has(previous.norm) || VENUE_LEAD_WORDS.has(previous.norm) || isPossessive(previous))
    return false;
  if (!/^[ \t\u00a0]+$/.test(text.slice(previous.end, tokens[i].start))) return false;
  // "told the High Court", "speaking to the Finance Committee": the body is who heard the words.
  let first = i - 1;
  while (first > 0 && isCapitalisedWord(tokens[first - 1].text) && i - first < 4) first--;
  if (tokens[first - 1]?.norm === 'the') first--;
  return !INTRODUCERS.some((phrase) => leadOf(tokens, first).endsWith(phrase));
}

/** Words after a number that make it a time of day, not a programme's name ("CNN’s 7 pm bulletin"). */
const CLOCK_WORDS = new Set(['am', 'pm', 'a', 'p', 'oclock', 'o', 'clock', 'hours', 'gmt', 'utc', 'bst', 'cet']);

/** Nouns of a medium an outlet is described by: "state television", "a local radio station". */
const DESCRIBED_MEDIA = new Set(
  'television tv radio broadcaster newspaper paper daily station channel network agency tabloid magazine media outlet'.split(
    ' ',
  ),
);
/** Words a description may put between the nationality and the medium ("Russian state television"). */
const DESCRIBED_QUALIFIERS = new Set(
  'state public national local regional private commercial news government official independent opposition'.split(' '),
);

/**
 * Outlets described by their country rather than named: a capitalised nationality, up to three
 * qualifiers or medium nouns, ending on a medium noun ("Russian state television", "a German
 * newspaper"). Family `country:<ISO code>`, which the outlet slot compares with the record's
 * outlet's country; a description followed by a name ("Danish broadcaster DR") is the name's.
 */
function describedOutlets(tokens: Token[], text: string): OutletMention[] {
  const found: OutletMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const country = NATIONALITIES.get(tokens[i].norm);
    if (!country || !/^\p{Lu}/u.test(tokens[i].text)) continue;
    let last = -1;
    for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
      const norm = possessiveBase(tokens[k]);
      if (/[,;:()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
      if (DESCRIBED_MEDIA.has(norm)) last = k;
      else if (!DESCRIBED_QUALIFIERS.has(norm)) break;
    }
    if (last < 0) continue;
    const next = tokens[last + 1];
    if (next && /^[\p{Lu}\p{Lo}]/u.test(next.text) && next.start - tokens[last].end <= 1) continue;
    const family = `country:${country}`;
    found.push({
      families: new Set([family]),
      family,
      start: tokens[i].start,
      end: tokens[last].end,
      text: text.slice(tokens[i].start, tokens[last].end),
      asPublisher: false,
    });
    i = last;
  }
  return found;
}

/**
 * The last token of a programme named right after the possessive of an outlet the words were said
 * on: "Speaking on NDTV's We The People", "on TBS's Hōdō Tokushū". What follows "on X's" is
 * one of X's programmes however it is spelt (a pronoun, an article, letters no list knows); after
 * "told X's" or "to X's" a name is as often a reporter's ("told the BBC's Laura Kuenssberg"), so
 * only "on" counts. Undefined when `tokens[i]` starts no such name.
 */
function programmeAfterOwner(
  tokens: Token[],
  i: number,
  text: string,
  owner: OutletMention | undefined,
): number | undefined {
  const before = tokens[i - 1];
  if (!owner || !before || before.end !== owner.end || !isPossessive(before)) return undefined;
  if (tokens[i].start - before.end > 1 || !/^[\p{Lu}\p{Lo}]/u.test(tokens[i].text)) return undefined;
  const first = tokens.findIndex((token) => token.start === owner.start);
  const lead = tokens[first - 1]?.norm === 'the' ? tokens[first - 2] : tokens[first - 1];
  if (lead?.norm !== 'on') return undefined;
  return capitalisedRunEnd(tokens, i, text);
}

/**
 * An outlet no list names, told by how reporters write it: a capitalised name ending in an outlet
 * word ("the Harbour Gazette", "Radio Nordland's Morning Edition" is found by its parts), or one
 * introduced as an outlet ("the newspaper Kommersant", "told the Gazette").
 */
function unlistedOutletAt(
  tokens: Token[],
  i: number,
  text: string,
): { first: number; last: number; guessed?: boolean } | undefined {
  // "the newspaper Kommersant", "Danish broadcaster DR"
  if (
    OUTLET_NOUNS.has(tokens[i].norm) &&
    tokens[i + 1] &&
    /^[\p{Lu}\p{Lo}]/u.test(tokens[i + 1].text) &&
    !/[,;:]/.test(text.slice(tokens[i].end, tokens[i + 1].start))
  ) {
    return { first: i + 1, last: capitalisedRunEnd(tokens, i + 1, text) };
  }
  // "told RTVE", "in an interview with NDTV": a broadcaster's acronym where an audience stands.
  if (isOutletAcronym(tokens, i, text)) return { first: i, last: i };
  if (!/^[\p{Lu}\p{Lo}]/u.test(tokens[i].text) && tokens[i].norm !== 'the') return undefined;
  if (tokens[i].norm !== 'the' && NOT_OUTLET_STARTS.has(tokens[i].norm)) return undefined;
  const start = tokens[i].norm === 'the' ? i + 1 : i;
  if (!tokens[start] || !/^[\p{Lu}\p{Lo}]/u.test(tokens[start].text)) return undefined;
  if (start === i && i > 0 && tokens[i - 1].norm === 'the') return undefined; // found from "the"
  const end = capitalisedRunEnd(tokens, start, text);
  const words = tokens.slice(start, end + 1).map((token) => possessiveBase(token));
  const headed = words.length >= 2 && words.some((word) => OUTLET_HEADS.has(word));
  // "told the Gazette", "in an interview with the Courier": the article says it is an outlet.
  const lead = leadOf(tokens, i);
  const introduced = tokens[i].norm === 'the' && INTRODUCERS.some((phrase) => lead.endsWith(phrase));
  if (headed) return { first: start, last: end };
  // "told the High Court": a body heard the words; its venue kind is read at its last word.
  if (introduced && !(words.length >= 2 && NOT_OUTLET_LAST_WORDS.has(words[words.length - 1])))
    return { first: start, last: end };
  // "told Antena 3", "said on Habertürk": a name no list holds, where only an outlet can stand.
  if (start === i && introducedName(tokens, i, end, text)) return { first: start, last: end, guessed: true };
  return undefined;
}

/**
 * Verbs and phrases after which a bare capitalised name is where the words were given, when it
 * cannot be a person: "said on", "appearing on" and "writing in" never take a person, "told" and
 * "speaking to" take one often, so after those a name shaped like a person's is left alone.
 */
const NAME_INTRODUCERS: { phrase: string; takesPeople: boolean }[] = [
  { phrase: 'said on', takesPeople: false },
  { phrase: 'speaking on', takesPeople: false },
  { phrase: 'appearing on', takesPeople: false },
  { phrase: 'appeared on', takesPeople: false },
  { phrase: 'writing in', takesPeople: false },
  { phrase: 'wrote in', takesPeople: false },
  { phrase: 'writing for', takesPeople: false },
  { phrase: 'wrote for', takesPeople: false },
  { phrase: 'told', takesPeople: true },
  { phrase: 'interview with', takesPeople: true },
  { phrase: 'speaking to', takesPeople: true },
  { phrase: 'spoke to', takesPeople: true },
  { phrase: 'talking to', takesPeople: true },
];

/** Month and weekday names and months' abbreviations, lower-case: "said on Monday", "said on Oct. 15" name a day, not an outlet. */
const CALENDAR_WORDS = new Set(
  [...MONTH_NAMES, ...WEEKDAY_NAMES, ...SHORT_MONTH_NAMES, 'Sept'].map((name) => name.toLowerCase()),
);

/** Last words of names that are places, occasions or bodies, never outlets: "said on Capitol Hill", "on Christmas Day", "told Parliament". */
const NOT_OUTLET_LAST_WORDS = new Set(
  (
    'street road avenue square hill hills island islands bridge park plaza mountain river lake bay coast ' +
    'day eve night weekend holiday ' +
    'parliament congress senate assembly council court committee cabinet commission house chamber ' +
    'conference summit forum meeting rally'
  ).split(' '),
);

/**
 * True when the capitalised run `tokens[i..end]` stands right after a name introducer and reads
 * as an outlet: not a day or month, not a place, occasion or body, not a body known by its
 * acronym, not the first of several words it modifies ("told Labour members"), and, after an
 * introducer that takes people, not shaped like a person's name (two or three plain words).
 */
function introducedName(tokens: Token[], i: number, end: number, text: string): boolean {
  const lead = leadOf(tokens, i);
  const introducer = NAME_INTRODUCERS.find((entry) => lead.endsWith(entry.phrase));
  if (!introducer) return false;
  const words = tokens.slice(i, end + 1).map((token) => possessiveBase(token));
  if (words.some((word) => CALENDAR_WORDS.has(word) || NOT_OUTLET_ACRONYMS.has(word))) return false;
  if (NOT_OUTLET_LAST_WORDS.has(words[words.length - 1])) return false;
  if (NOT_OUTLET_STARTS.has(words[0])) return false;
  if (!standsAlone(tokens, end, text, NAME_FREE_AFTER)) return false;
  const hasDigit = words.some((word) => /\d/.test(word));
  const personShaped = !hasDigit && words.length >= 2 && words.length <= 3;
  return !(introducer.takesPeople && personShaped);
}

/** Bodies known by acronyms that are told things but publish nothing: "told NATO", "told the UN". */
const NOT_OUTLET_ACRONYMS = new Set([
  'eu',
  'un',
  'uk',
  'us',
  'usa',
  'nato',
  'imf',
  'who',
  'wto',
  'opec',
  'g7',
  'g20',
  'mps',
  'meps',
  'msps',
  'mss',
  'ceo',
  'cfo',
  'fbi',
  'cia',
  'nhs',
  'ecb',
  'fed',
  'asean',
  'oecd',
  'icc',
  'icj',
  'unicef',
  'unhcr',
]);
/** Verbs and phrases after which an acronym is the outlet the words were given to. */
const ACRONYM_INTRODUCERS = [
  'told',
  'interview with',
  'speaking to',
  'spoke to',
  'talking to',
  'appearing on',
  'appeared on',
  'said on',
  'writing for',
];

/**
 * An all-capitals name of two to six letters or digits ("RTVE", "NDTV", "TF1") right after "told"
 * or "in an interview with", not followed by a noun it modifies ("told EU leaders") and not a
 * body that publishes nothing ("told NATO").
 */
function isOutletAcronym(tokens: Token[], i: number, text: string): boolean {
  const word = tokens[i].text.replace(/['\u2019]s$/, '');
  if (!/^[\p{Lu}][\p{Lu}0-9]{1,5}$/u.test(word) || NOT_OUTLET_ACRONYMS.has(word.toLowerCase())) return false;
  const lead = leadOf(tokens, i);
  if (!ACRONYM_INTRODUCERS.some((phrase) => lead.endsWith(phrase))) return false;
  return standsAlone(tokens, i, text, FREE_AFTER);
}

/** The two words before `tokens[i]`, normalised and joined, for matching introducers ("interview with"). */
function leadOf(tokens: Token[], i: number): string {
  return tokens
    .slice(Math.max(0, i - 2), i)
    .map((token) => token.norm)
    .join(' ');
}

/** Lower-case words after a name that leave it whole: "told NDTV on Monday", "told RTVE that …". */
const FREE_AFTER = ['that', 'on', 'in', 'about', 'last', 'this', 'after', 'before', 'during'];
/** The same after a bare name read from its place alone, which also ends at "and", "earlier", "later". */
const NAME_FREE_AFTER = [...FREE_AFTER, 'and', 'earlier', 'later'];

/**
 * The name ending at `tokens[last]` is not the first of several words it modifies ("told EU
 * leaders", "told Labour members"): nothing follows it, punctuation does, a capitalised word does,
 * or one of the `free` words.
 */
function standsAlone(tokens: Token[], last: number, text: string, free: readonly string[]): boolean {
  const next = tokens[last + 1];
  return (
    !next ||
    /[,;:.!?()\u2014"\u201C\u201D]/.test(text.slice(tokens[last].end, next.start)) ||
    !/^\p{Ll}/u.test(next.text) ||
    free.includes(next.norm)
  );
}

/** Capitalised words that open sentences, not names: "On Radio Vestkyst" is Radio Vestkyst. */
const NOT_OUTLET_STARTS = new Set([
  'on',
  'in',
  'at',
  'to',
  'for',
  'from',
  'with',
  'by',
  'after',
  'before',
  'during',
  'speaking',
  'writing',
  'asked',
  'but',
  'and',
  'when',
  'while',
  'as',
  'if',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'last',
  'next',
  'every',
  'each',
  'one',
  'two',
  'three',
]);

/** Words just before "the <Name>" that make the name an outlet. */
const INTRODUCERS = [
  'told',
  'interview with',
  'writing in',
  'wrote in',
  'speaking to',
  'spoke to',
  'talking to',
  'appearing on',
  'appeared on',
  'op-ed in',
  'column in',
  'column for',
];

function capitalisedRunEnd(tokens: Token[], from: number, text: string): number {
  let last = from;
  while (last - from < 5 && tokens[last + 1] && !isPossessive(tokens[last])) {
    const next = tokens[last + 1];
    if (/[,;:()\u2014.!?"\u201C\u201D]/.test(text.slice(tokens[last].end, next.start))) break;
    if (
      /^[\p{Lu}\p{Lo}0-9]/u.test(next.text) ||
      (['of', 'and'].includes(next.norm) && tokens[last + 2] && /^[\p{Lu}]/u.test(tokens[last + 2].text))
    )
      last++;
    else if (LOWER_CASE_HEADS.has(next.norm)) return last + 1;
    else break;
  }
  return last;
}

/** Words that put the name after them where words were said or printed. */
/** Verbs of bringing something before a body: the body after them is a destination, not a venue. */
const PLACING_VERBS = new Set(
  (
    'put puts putting bring brings brought bringing lay lays laid laying table tables tabled tabling take takes took ' +
    'taken taking send sends sent sending submit submits submitted submitting refer refers referred referring ' +
    'present presents presented presenting'
  ).split(' '),
);

const VENUE_LEAD_WORDS = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'on',
  'in',
  'with',
  'to',
  'at',
  'before',
  'during',
  'via',
  'writing',
  'wrote',
  'interview',
  'interviewed',
  'speaking',
  'spoke',
  'appearing',
  'appeared',
  'posted',
  'broadcast',
  'aired',
]);

function inVenuePosition(tokens: Token[], mention: OutletMention): boolean {
  let index = tokens.findIndex((token) => token.start === mention.start);
  if (index < 0) return true;
  // A lead within a few words: "told Danish broadcaster DR", "in his nightly video address", "on the BBC’s".
  for (let k = index; k >= 0 && k >= index - 5; k--) {
    if (!VENUE_LEAD_WORDS.has(tokens[k].norm)) continue;
    // "putting a bill before parliament", "took the case to court": where something is brought, not where words were said.
    if (
      (tokens[k].norm === 'before' || tokens[k].norm === 'to') &&
      tokens.slice(Math.max(0, k - 4), k).some((token) => PLACING_VERBS.has(token.norm))
    )
      break;
    return true;
  }
  index = tokens.findIndex((token) => token.start >= mention.end);
  // "… Okafor said in a CNBC interview": the name before the venue noun.
  return (
    index >= 0 &&
    ['interview', 'appearance', 'broadcast', 'programme', 'program', 'show', 'podcast', 'column', 'op-ed'].includes(
      tokens[index].norm,
    )
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A wire dateline or credit at the start of a story: `BERGEN (AP) —`, `OSLO, May 3 (Reuters) -`,
 * `KYIV, Ukraine (AP) —`, or with a colon as Indian wires write it: `KOCHI, Aug 13 (PTI):`. It
 * names who published the story and where and when it was filed, not where or when the words were
 * said. Returns the end offset of the dateline when `text` opens with one at `from`.
 */
export function datelineEnd(text: string, from: number): number | undefined {
  const head = text.slice(from, from + 160);
  const match =
    /^\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ'.\- ]{1,40})(?:,\s*[^()\n]{1,40}?)?\s*\([^()\n]{1,30}\)\s*(?:[-\u2013\u2014]+|:)\s?/u.exec(
      head,
    );
  if (match) return from + match[0].length;
  // No credit: `LONDON — `, `BERGEN, Norway — `, with the filing date in any house style: `JAKARTA, March 12, 2026 — `, `ASTANA, 27.02.2026 — `.
  const bare = BARE_DATELINE.exec(head);
  return bare ? from + bare[0].length : undefined;
}

/** A dateline without a credit: a capitalised place, perhaps its region, perhaps the filing date, then a dash. */
const BARE_DATELINE = new RegExp(
  String.raw`^\s*[A-ZÀ-Þ][A-ZÀ-Þ'.-]{2,}(?: [A-ZÀ-Þ'.-]{2,}){0,3}(?:,\s*(?!${DATELINE_DATE_SOURCE})[A-Z][\w. ]{1,30}?)?(?:,\s*${DATELINE_DATE_SOURCE})?\s*[\u2013\u2014]\s?`,
  'u',
);
