import { tokenize, type Token } from '../text/tokens';

/**
 * Outlets and venues, grouped in families: naming the network or its show is the same outlet
 * ("Fox News" and "Fox News Sunday"; "CBS" and "Face the Nation").
 */
const OUTLET_FAMILIES: Record<string, string[]> = {
  fox: ['Fox News Sunday', 'Fox News', 'Fox'],
  cbs: ['CBS News', 'CBS', 'Face the Nation'],
  nbc: ['NBC News', 'NBC', 'Meet the Press'],
  abc: ['ABC News', 'ABC', 'This Week'],
  cnn: ['CNN', 'State of the Union'],
  msnbc: ['MSNBC'],
  bbc: ['BBC', 'BBC News'],
  reuters: ['Reuters'],
  ap: ['Associated Press', 'AP'],
  bloomberg: ['Bloomberg', 'Bloomberg News', 'Bloomberg Television'],
  nyt: ['New York Times', 'The New York Times', 'NYT'],
  wapo: ['Washington Post', 'The Washington Post'],
  wsj: ['Wall Street Journal', 'The Wall Street Journal', 'WSJ'],
  politico: ['Politico'],
  axios: ['Axios'],
  guardian: ['The Guardian', 'Guardian'],
  sky: ['Sky News'],
  aljazeera: ['Al Jazeera'],
  cnbc: ['CNBC'],
  npr: ['NPR'],
  pbs: ['PBS'],
  newsmax: ['Newsmax'],
  ft: ['Financial Times'],
  economist: ['The Economist', 'Economist'],
  tass: ['TASS', 'Tass'],
  ria: ['RIA Novosti'],
  interfax: ['Interfax'],
  kyivindependent: ['Kyiv Independent'],
  nightly: ['The Nightly'],
  tribune: ['Tribune Content Agency'],
  msc: ['Munich Security Conference'],
  atlantic: ['Atlantic Council'],
};

/**
 * Kinds of venue that are not outlets but still say where words were said: a televised address
 * is not an audio message, a press conference is not an interview. Matched in lower case.
 */
const VENUE_KINDS: Record<string, string[]> = {
  'venue:address': ['televised address', 'video address', 'nightly address', 'evening address', 'address to the nation'],
  'venue:audio': ['audio message'],
  'venue:press-conference': ['press conference', 'news conference', 'joint press conference'],
  'venue:statement': ['written statement'],
  'venue:social': ['social media', 'telegram', 'truth social', 'a post on x'],
  'venue:op-ed': ['op-ed', 'opinion piece', 'column'],
};

const VENUE_PATTERNS = Object.entries(VENUE_KINDS).flatMap(([family, phrases]) => phrases.map((phrase) => ({ family, tokens: tokenize(phrase).map((t) => t.norm) })));

/** "Danish broadcaster DR", "the newspaper Kommersant": an outlet by description, even one we do not list. */
const OUTLET_NOUNS = new Set(['broadcaster', 'newspaper', 'network', 'channel', 'station', 'daily', 'magazine', 'outlet', 'tabloid', 'agency']);

interface OutletPattern {
  tokens: string[];
  family: string;
  display: string;
}

const PATTERNS: OutletPattern[] = Object.entries(OUTLET_FAMILIES)
  .flatMap(([family, names]) => names.map((display) => ({ family, display, tokens: tokenize(display).map((t) => t.norm) })))
  .sort((a, b) => b.tokens.length - a.tokens.length);

export interface OutletMention {
  family: string;
  start: number;
  end: number;
  text: string;
  /** "according to Bloomberg", "Reuters reported": the outlet is the publisher, not the venue. */
  asPublisher: boolean;
}

/** Outlet names in draft tokens. Names must be capitalised as printed ("Fox", not "fox"). */
export function findOutlets(tokens: Token[], text: string): OutletMention[] {
  const mentions: OutletMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const pattern = PATTERNS.find((candidate) => matchesAt(tokens, i, candidate));
    if (!pattern) continue;
    const last = tokens[i + pattern.tokens.length - 1];
    if (pattern.display === 'This Week' && tokens[i - 1]?.norm !== 'abcs') continue; // "this week" is mostly just a week
    const before = tokens.slice(Math.max(0, i - 2), i).map((t) => t.norm).join(' ');
    const after = tokens[i + pattern.tokens.length]?.norm ?? '';
    mentions.push({
      family: pattern.family,
      start: tokens[i].start,
      end: last.end,
      text: text.slice(tokens[i].start, last.end),
      asPublisher: before.endsWith('according to') || ['reported', 'reports', 'reporting'].includes(after),
    });
    i += pattern.tokens.length - 1;
  }
  for (let i = 0; i < tokens.length; i++) {
    const venue = VENUE_PATTERNS.find((candidate) => candidate.tokens.every((norm, k) => tokens[i + k]?.norm === norm));
    if (venue) {
      const last = tokens[i + venue.tokens.length - 1];
      mentions.push({ family: venue.family, start: tokens[i].start, end: last.end, text: text.slice(tokens[i].start, last.end), asPublisher: false });
      i += venue.tokens.length - 1;
      continue;
    }
    const name = tokens[i + 1];
    if (OUTLET_NOUNS.has(tokens[i].norm) && name && /^[A-Z]/.test(name.text) && !mentions.some((m) => m.start <= name.start && m.end >= name.end)) {
      mentions.push({ family: `named:${name.norm}`, start: name.start, end: name.end, text: name.text, asPublisher: false });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function matchesAt(tokens: Token[], i: number, pattern: OutletPattern): boolean {
  for (let k = 0; k < pattern.tokens.length; k++) {
    const token = tokens[i + k];
    if (!token) return false;
    const norm = k === pattern.tokens.length - 1 && /['\u2019]s$/.test(token.text) ? token.norm.slice(0, -1) : token.norm;
    if (norm !== pattern.tokens[k]) return false;
    if (k === 0 && !/^[A-Z]/.test(token.text)) return false;
  }
  return true;
}

/** The outlet families a record's venue, publisher and distributor belong to. */
export function outletFamiliesOf(...names: (string | undefined)[]): Set<string> {
  const families = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const tokens = tokenize(name);
    for (let i = 0; i < tokens.length; i++) {
      const pattern = PATTERNS.find((candidate) => matchesAtLoose(tokens, i, candidate));
      if (pattern) families.add(pattern.family);
      const venue = VENUE_PATTERNS.find((candidate) => candidate.tokens.every((norm, k) => tokens[i + k]?.norm === norm));
      if (venue) families.add(venue.family);
    }
  }
  return families;
}

function matchesAtLoose(tokens: Token[], i: number, pattern: OutletPattern): boolean {
  return pattern.tokens.every((norm, k) => {
    const token = tokens[i + k];
    if (!token) return false;
    return token.norm === norm || (k === pattern.tokens.length - 1 && token.norm === `${norm}s`);
  });
}
