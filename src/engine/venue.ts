import { OUTLET_HEADS, OutletDirectory } from './draft/outlets';
import { BUILT_IN_PROGRAMMES } from './draft/outletList';

/**
 * Where words were said, as the predicate of an attribution: a record's `outlet` field ("Fox News
 * Sunday", "told reporters", "Brussels, alongside Ursula von der Leyen", "ABC News interview")
 * becomes "said on Fox News Sunday", "told reporters", "said in Brussels, alongside …", "said in an
 * interview with ABC News". The field is free text in a reporter's words, so the kind is worked
 * out from its shape, the outlet directory's families (built-in outlets, programmes, venue kinds)
 * and the corpus's publishers.
 */

/** The kinds of venue a citation words differently. */
export type VenueKind =
  | 'none'
  | 'programme' // a broadcast programme or network: said on Fox News Sunday
  | 'publication' // a newspaper, wire or website: told The Washington Post
  | 'interview' // said in an interview with ABC News
  | 'reporters' // told reporters
  | 'audience' // told allies, told the jury
  | 'social' // wrote on X
  | 'medium' // said in a statement, wrote in an op-ed, said in an audio message
  | 'press-conference' // said at a news conference
  | 'event' // said at the Munich Security Conference, at a rally, at a meeting with …
  | 'legislature' // said in Parliament
  | 'court' // said in court
  | 'place' // said in Brussels
  | 'phrase'; // the record's own words already lead with a preposition: said during talks

/** An attribution's predicate: `verb` then `phrase` ("told" + "reporters", "said" + "on Fox News Sunday"). */
export interface Venue {
  kind: VenueKind;
  verb: 'said' | 'told' | 'wrote';
  /** What follows the verb, with its preposition; empty for none. May start with ", " ("said, speaking to …"). */
  phrase: string;
  /** A broadcast programme's own name inside `phrase` (AP puts it in quotation marks). */
  programme?: string;
  /** The publication named, when the venue is one (so a citation need not credit it twice). */
  publication?: string;
}

/** Outlet fields longer than this (a venue is a few words) are not taken apart: a bound on the work per citation. */
const MAX_SHAPED = 200;

const NONE: Venue = { kind: 'none', verb: 'said', phrase: '' };

/** Families in the built-in outlet list that are broadcasters: one speaks on them, not to them. */
const BROADCAST_FAMILIES = new Set(
  (
    'fox cbs nbc abc cnn msnbc cnbc npr pbs newsmax bbc itv channel4 sky lbc timesradio gbnews rte france24 rfi francetv dw ard zdf ' +
    'rai nos nrk svt sr dr yle euronews rt aljazeera alarabiya nhk cctv ndtv abcau cbc'
  ).split(' '),
);

/** Last words of an outlet nobody listed that broadcasts ("Radio Nordland", "Vestkyst Tonight"). */
const BROADCAST_WORDS =
  /\b(?:radio|tv|television|channel|fm|am|broadcasting|show|programme|program|podcast|live|tonight|hour|breakfast|nightly|bulletin)\b/i;

/** Last words of a printed title, which takes "the": the Harbour Gazette, the Financial Times, the Associated Press. */
const PRINT_HEADS = new Set(
  'gazette times post herald journal tribune telegraph mail express standard chronicle observer guardian star sun courier examiner record inquirer monitor independent economist press mercury argus echo sentinel register advertiser ledger daily'.split(
    ' ',
  ),
);

/** Last words of an institution's or event's name, which takes "the": the Atlantic Council, the Munich Security Conference. */
const INSTITUTION_HEADS = new Set(
  'council conference summit forum committee commission institute foundation ministry department agency union organisation organization office university centre center party government assembly parliament senate congress house court club association federation bank fund board convention festival dialogue symposium meeting meetings games'.split(
    ' ',
  ),
);

/** Nouns of a medium one speaks or writes in: "in a statement", "in an audio message", "in an op-ed". */
const MEDIA: Record<string, 'said' | 'wrote'> = {
  statement: 'said',
  message: 'said',
  address: 'said',
  speech: 'said',
  video: 'said',
  remarks: 'said',
  testimony: 'said',
  broadcast: 'said',
  interview: 'said',
  'press release': 'said',
  'news release': 'said',
  recording: 'said',
  'op-ed': 'wrote',
  column: 'wrote',
  post: 'wrote',
  letter: 'wrote',
  essay: 'wrote',
  article: 'wrote',
  memo: 'wrote',
  note: 'wrote',
  evidence: 'said',
  direction: 'said',
  directions: 'said',
  inventory: 'said',
  dispatch: 'wrote',
  blog: 'wrote',
  newsletter: 'wrote',
  email: 'wrote',
  'e-mail': 'wrote',
  filing: 'wrote',
  report: 'said',
  tweet: 'wrote',
  editorial: 'wrote',
};
/** Mass or plural media nouns take no article: "in remarks", "in testimony". */
const NO_ARTICLE = new Set(['remarks', 'testimony', 'evidence', 'directions']);

/** Nouns of an occasion one speaks at: "at a meeting with …", "at a rally". */
const EVENTS =
  /\b(?:conference|summit|meeting|meetings|gathering|rally|hearing|session|event|dinner|reception|ceremony|vigil|briefing|forum|panel|debate|town hall|plenary|agm|convention|congress|festival|launch|visit|talks|call|phone-in|call-in|service|funeral|memorial|parade|march|protest|celebration)\b/i;

/** Occasions one speaks on, not at: "on an earnings call", "on a phone-in", "on a podcast". */
const ON_OCCASIONS = /\b(?:call|phone-in|call-in|podcast|livestream)\b/i;

/** Platforms by their outlet family: the name a citation prints. */
const PLATFORMS: Record<string, string> = {
  'social:x': 'X',
  'social:telegram': 'Telegram',
  'social:truth': 'Truth Social',
  'social:facebook': 'Facebook',
  'social:instagram': 'Instagram',
  'social:linkedin': 'LinkedIn',
  'social:youtube': 'YouTube',
  'social:tiktok': 'TikTok',
  'social:bluesky': 'Bluesky',
  'social:threads': 'Threads',
};

const LEADING_PREPOSITION =
  /^(?:on|in|at|during|alongside|before|via|from|after|while|with|outside|inside|under|over|through|ahead of|amid|following)\s/i;

/** The outlet directory without a corpus (built-in names and venue kinds), built once. */
let builtIn: OutletDirectory | undefined;

/**
 * The predicate for a record's `outlet` field. `publishers` are the corpus's source publishers
 * and distributors: a venue that names one is a publication ("told the Harbour Gazette"), not a
 * place. `context` is the record's surrounding sentence; when it has the venue after a
 * preposition ("in Brussels", "on Radio Nordland") that preposition is trusted for a venue the
 * rules cannot place. Never throws; an empty field gives `{ kind: 'none', verb: 'said', phrase: '' }`.
 */
export function venueOf(outlet: string, publishers: readonly string[] = [], context = ''): Venue {
  const text = outlet.replace(/\s+/g, ' ').trim();
  if (!text) return NONE;
  const lower = text.toLowerCase();
  // A field this long is no venue name but notes: kept whole after the verb, not taken apart.
  if (text.length > MAX_SHAPED) return { kind: 'phrase', verb: 'said', phrase: `, ${text}` };

  // "told reporters in Brussels", "told allies", "to reporters"
  const told = /^(?:told|tells|to)\s+(.+)$/i.exec(text);
  if (told)
    return {
      kind: /^(?:reporters|journalists|the press|the media)\b/i.test(told[1]) ? 'reporters' : 'audience',
      verb: 'told',
      phrase: told[1],
    };
  // "speaking to European leaders", "writing in Le Monde": a participle clause after "said,"
  if (/^(?:speaking|writing|appearing|talking|addressing|responding|answering|asked)\b/i.test(text))
    return { kind: 'phrase', verb: 'said', phrase: `, ${text}` };
  if (/^(?:tweeted|posted|wrote)\b/i.test(text))
    return (
      socialOrMedium(text) ?? {
        kind: 'phrase',
        verb: 'wrote',
        phrase: text.replace(/^(?:tweeted|posted|wrote)\s*/i, ''),
      }
    );
  if (/^(?:in|at)\s+court\b/i.test(text) || lower === 'court')
    return { kind: 'court', verb: 'said', phrase: lower === 'court' ? 'in court' : text };
  if (LEADING_PREPOSITION.test(text)) return { kind: 'phrase', verb: 'said', phrase: text };
  // "the jury", "the judge": who was told
  if (/^the (?:jury|judge|court|committee|inquiry|tribunal|panel)$/i.test(text))
    return { kind: 'audience', verb: 'told', phrase: text };

  // "prosecution opening speech, Southwark Crown Court", "Wales Speaks phone-in, Radio Cenedl": the
  // occasion, then where it was (a name after the last comma).
  const placed =
    /^(.*[\p{Ll}].*?),\s+((?:[\p{Lu}\d][\p{L}\d'\u2019.-]*|of|and|the|for|on|&)(?:\s+(?:[\p{Lu}\d][\p{L}\d'\u2019.-]*|of|and|the|for|on|&))*)$/u.exec(
      text,
    );
  if (placed && /^[\p{Lu}\d]/u.test(placed[2])) {
    const head = venueOf(placed[1], publishers);
    if (head.kind !== 'none' && head.kind !== 'place') {
      const where = venueOf(placed[2], publishers);
      const preposition =
        where.kind === 'programme'
          ? 'on'
          : where.kind === 'event' || where.kind === 'court' || where.kind === 'publication'
            ? 'at'
            : 'in';
      const name =
        where.kind === 'publication'
          ? withArticle(placed[2])
          : where.kind === 'event'
            ? where.phrase.replace(/^(?:at|on) /, '')
            : placed[2];
      return {
        ...head,
        phrase: `${head.phrase} ${preposition === 'at' && where.kind === 'publication' ? 'in' : preposition} ${name}`,
      };
    }
  }
  // "The Cardiff Courier (op-ed)": an op-ed in The Cardiff Courier.
  const aside = /^(.+?)\s*\(([^()]+)\)$/.exec(text);
  if (
    aside &&
    Object.keys(MEDIA).some((noun) => new RegExp(`^(?:[\\w-]+\\s)*${noun}s?$`, 'i').test(aside[2])) &&
    /^(?:the\s+)?[\p{Lu}]/u.test(aside[1])
  ) {
    return venueOf(`${aside[2]} in ${aside[1]}`, publishers, context);
  }

  const directory = (builtIn ??= new OutletDirectory());
  const families = directory.familiesOf(text);
  const social = socialOrMedium(text, families);
  if (social?.kind === 'social') return social;

  // "ABC News interview", "interview with the Gazette", "interview after the summit", "television interview"
  const interview = /^(.*?)\s*\binterview\b\s*(.*)$/i.exec(text);
  if (interview) {
    const [, before, after] = interview;
    if (before && /^[\p{Lu}\d]/u.test(before) && !/^(?:a|an|the|his|her|their|its)$/i.test(before)) {
      return {
        kind: 'interview',
        verb: 'said',
        phrase: `in an interview with ${withArticle(before.replace(/['\u2019]s$/, ''))}${after ? ` ${after}` : ''}`,
        publication: before,
      };
    }
    return { kind: 'interview', verb: 'said', phrase: `in ${determined(text)}` };
  }
  if (families.has('venue:press-conference'))
    return { kind: 'press-conference', verb: 'said', phrase: `at ${determined(text)}` };
  if (
    families.has('venue:parliament') ||
    /^(?:the )?(?:parliament|house of commons|house of lords|commons|lords|senate|bundestag|storting|folketing|riksdag|knesset|duma|dail|dáil|european parliament)$/i.test(
      text,
    )
  ) {
    const name = /^parliament$/i.test(text) ? 'Parliament' : withArticle(text);
    return {
      kind: 'legislature',
      verb: 'said',
      phrase: /floor$/i.test(text)
        ? `on ${name}`
        : /\b(?:debate|session|sitting)\b/i.test(text)
          ? `in ${determined(text)}`
          : `in ${name}`,
    };
  }
  if (social && /^(?:(?:a|an|the)\s)?[\p{Ll}]/u.test(text) && !/^(?:testimony|cross-examination)/i.test(text))
    return social; // "statement to reporters outside court"
  if (families.has('venue:court'))
    return {
      kind: 'court',
      verb: 'said',
      phrase: /^[\p{Lu}]/u.test(text)
        ? `at ${text}`
        : /testimony|cross-examination/i.test(text)
          ? /cross/i.test(text)
            ? 'under cross-examination'
            : 'in testimony'
          : `in ${text.replace(/^the /i, '')}`,
    };
  if (social) return social; // a medium: "audio message to reporters", "statement", "op-ed"

  const programme = [...BUILT_IN_PROGRAMMES]
    .filter((name) => text.includes(name))
    .sort((a, b) => b.length - a.length)[0];
  const builtInFamilies = [...families].filter((family) => !family.includes(':'));
  const lastWord = lastWordAsWritten(text);
  // "Channel 7 leaders’ debate": an occasion a broadcaster held, not the broadcaster.
  if (/^[\p{Ll}]/u.test(lastWord) && EVENTS.test(lastWord) && !ON_OCCASIONS.test(lastWord))
    return { kind: 'event', verb: 'said', phrase: `at ${determined(text)}` };
  if (
    programme ||
    [...families].some((family) => family.startsWith('programme:')) ||
    builtInFamilies.some((family) => BROADCAST_FAMILIES.has(family))
  ) {
    return { kind: 'programme', verb: 'said', phrase: `on ${programme ? text : programmeName(text)}`, programme };
  }
  if (builtInFamilies.length > 0 && !/\b(?:conference|council|forum)$/i.test(text))
    return { kind: 'publication', verb: 'told', phrase: withArticle(text), publication: text };

  // A name nobody listed: a publisher of the corpus, a broadcaster or a paper by its last word, an event or institution, or a place.
  const capitalised = /^(?:the\s+)?[\p{Lu}\d]/u.test(text);
  const last = lastWordAsWritten(text.replace(/\s*\([^)]*\)\s*$/, '')).toLowerCase();
  const bare = text.replace(/^the\s+/i, '');
  if (publishers.some((publisher) => publisher.replace(/^the\s+/i, '').toLowerCase() === bare.toLowerCase())) {
    return BROADCAST_WORDS.test(text)
      ? { kind: 'programme', verb: 'said', phrase: `on ${withArticle(text)}` }
      : { kind: 'publication', verb: 'told', phrase: withArticle(text), publication: text };
  }
  // "Culture, Media and Sport Committee" is one name; "Brussels, alongside …" is a place and more.
  const titleCase = text
    .split(/[\s,]+/)
    .every(
      (word) => /^[\p{Lu}\d&(]/u.test(word) || ['of', 'and', 'the', 'for', 'on', 'de', 'du', 'la', 'le'].includes(word),
    );
  if (capitalised && (titleCase || !text.includes(','))) {
    if (BROADCAST_WORDS.test(text) || /\d/.test(text))
      return { kind: 'programme', verb: 'said', phrase: `on ${programmeName(text)}` };
    if (PRINT_HEADS.has(last))
      return { kind: 'publication', verb: 'told', phrase: withArticle(text), publication: text };
    // An outlet by its last word ("Capital News", "Rail Business Daily") or an acronym ("TVN", "ANSA").
    if ((titleCase && OUTLET_HEADS.has(last)) || /^[\p{Lu}]{2,}$/u.test(text))
      return { kind: 'publication', verb: 'told', phrase: text, publication: text };
    // "the Munich Security Conference" (a name) but "a Senate hearing" (a kind of occasion).
    if (INSTITUTION_HEADS.has(last) || EVENTS.test(last))
      return {
        kind: 'event',
        verb: 'said',
        phrase: `${ON_OCCASIONS.test(last) ? 'on' : 'at'} ${/[\p{Lu}]/u.test(lastWordAsWritten(text)) ? withArticle(text) : determined(text)}`,
      };
  }
  if (!capitalised && EVENTS.test(text))
    return { kind: 'event', verb: 'said', phrase: `${ON_OCCASIONS.test(text) ? 'on' : 'at'} ${determined(text)}` };
  const preposition = prepositionInContext(text, context);
  if (preposition === 'told') return { kind: 'audience', verb: 'told', phrase: text };
  if (preposition) return { kind: capitalised ? 'place' : 'phrase', verb: 'said', phrase: `${preposition} ${text}` };
  // "National Environment Agency annual inventory": a body's document or occasion, not a place.
  if (capitalised && titleCase === false && !text.includes(',') && /^[\p{Ll}]/u.test(lastWordAsWritten(text))) {
    return {
      kind: 'medium',
      verb: MEDIA[lastWordAsWritten(text)] ?? 'said',
      phrase: `in ${/^the\s/i.test(text) ? text : `the ${text}`}`,
    };
  }
  // A capitalised name that is no outlet, venue or institution: a place ("Brussels, alongside …", "Kyiv").
  if (capitalised) return { kind: 'place', verb: 'said', phrase: `in ${text}` };
  return { kind: 'event', verb: 'said', phrase: `at ${determined(text)}` };
}

/** A platform ("X", "a post on X", "Telegram channel") or a medium ("statement", "audio message to reporters", "op-ed"). */
function socialOrMedium(text: string, families = new Set<string>()): Venue | undefined {
  const platformFamily =
    [...families].find((family) => family in PLATFORMS) ?? (/^(?:x|twitter)$/i.test(text) ? 'social:x' : undefined);
  const medium = Object.keys(MEDIA)
    .map((noun) => ({
      noun,
      at: text.toLowerCase().search(new RegExp(`(?:^|[\\s-])${noun.replace('-', '\\-')}s?\\b`)),
    }))
    .filter(({ at }) => at >= 0 && at <= 30)
    .sort((a, b) => a.at - b.at)[0];
  if (platformFamily) {
    const platform = PLATFORMS[platformFamily];
    // "a post on X", "video on Telegram": the medium on the platform; "X", "tweeted", "Telegram channel": on the platform.
    if (medium && medium.noun !== 'tweet' && /^(?:a|an|the|his|her|their)?$/i.test(text.slice(0, medium.at).trim())) {
      return { kind: 'social', verb: MEDIA[medium.noun], phrase: `in ${determined(text)}` };
    }
    return { kind: 'social', verb: /video|live/i.test(text) ? 'said' : 'wrote', phrase: `on ${platform}` };
  }
  if (!medium) return undefined;
  const head = text.slice(0, medium.at + 1 + medium.noun.length);
  // Only lower-case words before the medium noun ("audio message", "nightly video address", "online dispatch"); a name before it is an outlet.
  if (/[\p{Lu}]/u.test(head.replace(/^(?:A|An|The|His|Her|Their)\b/, '')) && medium.noun !== 'interview')
    return undefined;
  const noun = medium.noun;
  const parenthesis = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(text);
  const body = parenthesis ? `${parenthesis[1]} for ${withArticle(parenthesis[2])}` : text;
  return { kind: 'medium', verb: MEDIA[noun], phrase: `in ${NO_ARTICLE.has(noun) ? body : determined(body)}` };
}

/** "the Flygfritt podcast", "The Orbit podcast", "Radio Nordland's Morning Edition": a programme with the article it takes. */
function programmeName(text: string): string {
  if (/^(?:the|a|an)\s/i.test(text) || /['\u2019]s\s/.test(text)) return text;
  return /\s(?:podcast|programme|program|show)$/.test(text) ? `the ${text}` : withArticle(text);
}

/** "a statement", "an audio message", "the Munich Security Conference": the outlet with an article unless it has a determiner. */
function determined(phrase: string): string {
  if (/^(?:a|an|the|his|her|their|its|our|my|this|that|one)\s/i.test(phrase)) return phrase;
  return `${/^(?:[aeiou]|hour|honou?r)/i.test(phrase) && !/^(?:one|uni|use|eu)/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

/** "the Harbour Gazette", "the Atlantic Council", "the BBC", "Fox News", "Radio Nordland": a name with the article it takes. */
export function withArticle(name: string): string {
  if (/^the\s/i.test(name) || /^(?:a|an)\s/.test(name) || /['\u2019]s\s/.test(name)) return name;
  const words = name.split(/\s+/);
  const last = words[words.length - 1].toLowerCase();
  const takesThe =
    (words.length >= 2 &&
      (PRINT_HEADS.has(last) || INSTITUTION_HEADS.has(last) || /^(?:House|Chamber)$/.test(words[0]))) ||
    /^(?:BBC|AP|Associated Press|Press Association|Kremlin|White House|Pentagon|European Commission)$/.test(name);
  return takesThe ? `the ${name}` : name;
}

/** The last word (letters, digits, hyphens), found by splitting: a backtracking pattern would be quadratic on a long field. */
function lastWordAsWritten(text: string): string {
  return (
    text
      .split(/[^\p{L}\d-]+/u)
      .filter(Boolean)
      .pop() ?? ''
  );
}

/** The preposition the source itself put before the venue ("in Brussels", "on Radio Nordland", "told the Gazette"), if its sentence has one. */
function prepositionInContext(outlet: string, context: string): 'in' | 'on' | 'at' | 'told' | undefined {
  const first = /^[^\s,(]+/.exec(outlet.replace(/^the\s+/i, ''))?.[0];
  if (!first || !context) return undefined;
  const escaped = first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\b(in|on|at|told)\\s+(?:the\\s+)?${escaped}\\b`, 'i').exec(context);
  return match ? (match[1].toLowerCase() as 'in' | 'on' | 'at' | 'told') : undefined;
}
