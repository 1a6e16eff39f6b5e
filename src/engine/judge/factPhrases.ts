/**
 * Phrases a paraphrase of a rated claim trades for one word or another phrase, read as one token
 * before the `fact-checked` judge folds words (factCheck.ts): an abbreviation and its expansion
 * ("VAT", "value-added tax"), a phrasal verb and its one-word verb ("went up", "rose"), an
 * exemption and its negative ("exempt from", "pays no"), a seat of government standing for the
 * government ("Canberra cut …"). Each entry is general claim language, never one claim's topic.
 * Pure: no vscode, no node.
 */
import type { Token } from '../text/tokens';
import { normalizeAndStem } from '../text/normalize';

/**
 * Phrases (words as written, any case; a hyphenated word may be written with a hyphen, a space or
 * neither) and the one stem each is read as. The stem is a word of the judge's folding (a group's
 * first member, such as "rise") or a stem of its own that both spellings reach ("vat").
 */
const PHRASES: readonly [string, string][] = [
  // Abbreviations and their expansions.
  ['value added tax', 'vat'],
  ['vat', 'vat'],
  ['goods and services tax', 'gst'],
  ['gst', 'gst'],
  ['gross domestic product', 'gdp'],
  ['gdp', 'gdp'],
  ['national health service', 'nhs'],
  ['nhs', 'nhs'],
  ['consumer price index', 'cpi'],
  ['cpi', 'cpi'],
  ['member of parliament', 'mp'],
  ['members of parliament', 'mp'],
  ['mps', 'mp'],
  ['federal government', 'govern'],
  ['central government', 'govern'],
  ['national government', 'govern'],
  ['fg', 'govern'],
  // The public purse is the government's: who pays ("the state spent", "taxpayers footed the
  // bill", "public money went into", "cost the public purse") is one payer however named.
  ['the state', 'govern'],
  ['state coffers', 'govern'],
  ['public purse', 'govern'],
  ['public money', 'govern'],
  ['public funds', 'govern'],
  ['taxpayers money', 'govern'],
  ['taxpayers', 'govern'],
  ['the treasury', 'govern'],
  // One office under two names.
  ['civil servants', 'civilservant'],
  ['public servants', 'civilservant'],
  ['civil service', 'civilservant'],
  ['public service', 'civilservant'],
  ['retirement age', 'retir'],
  ['pension age', 'retir'],
  ['old age', 'elderly'],
  ['older people', 'elderly'],
  ['elderly people', 'elderly'],
  ['older', 'elderly'],
  ['the elderly', 'elderly'],
  ['senior citizens', 'elderly'],
  // Phrasal verbs and their one-word verbs.
  ['go up', 'rise'],
  ['goes up', 'rise'],
  ['gone up', 'rise'],
  ['went up', 'rise'],
  ['going up', 'rise'],
  ['go down', 'fall'],
  ['goes down', 'fall'],
  ['gone down', 'fall'],
  ['went down', 'fall'],
  ['going down', 'fall'],
  // A quantity "up" or "down" after the verb to be: "cases were up 60 per cent" rose.
  ['is up', 'rise'],
  ['are up', 'rise'],
  ['was up', 'rise'],
  ['were up', 'rise'],
  ['is down', 'fall'],
  ['are down', 'fall'],
  ['was down', 'fall'],
  ['were down', 'fall'],
  ['home to', 'host'],
  // A hedge on a figure under its other words: "close to half" is "nearly half".
  ['close to', 'nearly'],
  // A measure's everyday names: reoffending is going back to prison or committing a new crime.
  ['back behind bars', 'reoffend'],
  ['behind bars again', 'reoffend'],
  ['back in prison', 'reoffend'],
  ['back in jail', 'reoffend'],
  ['locked up again', 'reoffend'],
  ['return to prison', 'reoffend'],
  ['return to jail', 'reoffend'],
  ['commit a new crime', 'reoffend'],
  ['commit new crimes', 'reoffend'],
  ['commit another crime', 'reoffend'],
  ['commit further crimes', 'reoffend'],
  ['go on to commit a new crime', 'reoffend'],
  ['go on to commit new crimes', 'reoffend'],
  ['go on to reoffend', 'reoffend'],
  ['re offend', 'reoffend'],
  // People in prison: "behind bars".
  ['behind bars', 'prison'],
  // Takings: "took in £5bn", "brought in" are earned.
  ['take in', 'earn'],
  ['takes in', 'earn'],
  ['took in', 'earn'],
  ['taken in', 'earn'],
  ['taking in', 'earn'],
  ['bring in', 'earn'],
  ['brings in', 'earn'],
  ['brought in', 'earn'],
  ['bringing in', 'earn'],
  // Closing under its everyday verbs: "shut (down) 40 libraries" is "closed 40 libraries".
  ['shut down', 'clos'],
  ['shuts down', 'clos'],
  ['shutting down', 'clos'],
  ['closed down', 'clos'],
  ['close down', 'clos'],
  ['closes down', 'clos'],
  ['closing down', 'clos'],
  ['shut', 'clos'],
  ['shuts', 'clos'],
  ['shutting', 'clos'],
  // A future as a plan already made: "is set to rise" is "will rise" (a stop word, as "will" is).
  ['set to', 'will'],
  ['due to rise', 'rise'],
  ['due to fall', 'fall'],
  // An exemption and its negative: "exempt from income tax", "free of income tax", "pay no income tax".
  ['exempt from', 'exempt'],
  ['free of', 'exempt'],
  ['free from', 'exempt'],
  ['pay no', 'exempt'],
  ['pays no', 'exempt'],
  ['paying no', 'exempt'],
  ['paid no', 'exempt'],
  ['pay nothing', 'exempt'],
  ['pays nothing', 'exempt'],
  ['do not pay', 'exempt'],
  ['does not pay', 'exempt'],
  ['did not pay', 'exempt'],
  ['will not pay', 'exempt'],
  ['dont pay', 'exempt'],
  ['doesnt pay', 'exempt'],
  ['didnt pay', 'exempt'],
  ['wont pay', 'exempt'],
  // "The economy grew 4 per cent" is GDP growth.
  ['economy', 'gdp'],
];

/**
 * Seats of government that stand for the government when they act ("Canberra cut school funding",
 * "Brussels fined …"): read as "government" only before a verb, so "Canberra's hospitals" and
 * "rents in Berlin" stay places.
 */
const SEATS = new Set(
  (
    'canberra brussels washington westminster whitehall ottawa pretoria abuja nairobi wellington ' +
    'dublin tokyo beijing moscow kremlin warsaw accra manila brasilia kyiv ankara islamabad dhaka jakarta'
  ).split(' '),
);
/** Institutions that stand for the government whatever follows: "the Treasury said it would cut …". */
const INSTITUTIONS = new Set(['treasury', 'downing', 'exchequer']);

/** A word after a seat that makes it the government acting: a verb in the past, "has", "will", "plans". */
const ACTS = /^(?:\w+ed|has|have|had|will|would|plans|wants|cut|spent|spends|set|sets|paid|pays|gave|gives|raised)$/;

/** Words before a place that make it a place, not an actor: "in Dublin", "from Brussels". */
const PLACE_BEFORE =
  /^(?:in|at|from|to|of|near|across|around|outside|inside|within|for|by|on|into|through|throughout|than)$/;

interface Phrase {
  words: string[];
  stem: string;
}

/** Each phrase as its words' stems, longest first, so "value added tax" wins over "tax". */
const STEMMED: Phrase[] = PHRASES.map(([phrase, stem]) => ({
  words: phrase.split(' ').map((word) => normalizeAndStem(word)[1]),
  stem,
})).sort((a, b) => b.words.length - a.words.length);

/**
 * `tokens` with each phrase of the table above made one token (its span the phrase's, its norm
 * and stem the phrase's stem) and a seat of government acting read as "government". A word
 * written with a hyphen may be one token ("value-added") or two: both meet.
 */
export function withPhrases(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = matchAt(tokens, i);
    if (found) {
      const last = tokens[i + found.length - 1];
      out.push({
        ...tokens[i],
        text: tokens
          .slice(i, i + found.length)
          .map((token) => token.text)
          .join(' '),
        norm: found.stem,
        stem: found.stem,
        end: last.end,
      });
      i += found.length - 1;
      continue;
    }
    const token = tokens[i];
    // The seat is the subject: "Canberra cut …", not "rents in Dublin have doubled".
    const seat =
      SEATS.has(token.norm) &&
      /^\p{Lu}/u.test(token.text) &&
      ACTS.test(tokens[i + 1]?.norm ?? '') &&
      !PLACE_BEFORE.test(tokens[i - 1]?.norm ?? '');
    if (seat || (INSTITUTIONS.has(token.norm) && /^\p{Lu}/u.test(token.text)))
      out.push({ ...token, norm: 'government', stem: 'govern' });
    else out.push(token);
  }
  return out;
}

/** The phrase that starts at `tokens[i]` and how many tokens it takes, or undefined. */
function matchAt(tokens: Token[], i: number): { stem: string; length: number } | undefined {
  for (const phrase of STEMMED) {
    // Take tokens until their stems, joined, spell the phrase's joined stems (a hyphenated token
    // "valueadded" stands for two of the phrase's words).
    const target = phrase.words.join('');
    let joined = '';
    let length = 0;
    while (joined.length < target.length && i + length < tokens.length) {
      const token = tokens[i + length];
      // A hyphenated token is stemmed as a whole ("valueadded"): its norm is its words run together.
      joined += length === 0 && phrase.words.length === 1 ? token.stem : stemOfPart(token, phrase, joined);
      length++;
    }
    if (joined === target) return { stem: phrase.stem, length };
  }
  return undefined;
}

/** The stem a token contributes to a phrase: its stem when it is one of the phrase's words, else its norm's stems. */
function stemOfPart(token: Token, phrase: Phrase, before: string): string {
  const next = phrase.words.find((_, k) => phrase.words.slice(0, k).join('') === before);
  if (next !== undefined && token.stem === next) return token.stem;
  // "value-added" tokenized as one word: its parts split at the hyphen and stemmed one by one.
  const parts = token.text.split(/[-‐‑–]/);
  return parts.length > 1 ? parts.map((part) => normalizeAndStem(part)[1]).join('') : token.stem;
}
