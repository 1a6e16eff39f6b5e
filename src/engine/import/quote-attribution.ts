/** What the words right around a quotation say of its speaker: a name after it, a role then a name, a relative clause. */
import type { Span } from '../draft/segment';
import type { PersonDirectory } from '../draft/people';
import { hasSpeechVerb } from './speech';
import { tokenize } from '../text/tokens';
import type { QuoteClaim } from '../judge/quote';
import { isCountWord } from './antecedent';
import { nameOfSpeaker } from '../speakerName';

/** After a quotation: "said the group's co-founder, Lupe Carrasco" (a role, a comma, then the name). */
export const TRAILING_ROLE_THEN_NAME =
  /^[,.!?\u2026]?[\u201D\u2019"']?,?\s+(?:said|says|added|told)\s+(?:the|a|an|his|her|their)\s+[^,.;\u201C"]{2,60},\s+(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+){1,3})\b/u;

/** "“…,” said keeper Holly Marsh-Penrose", "said bird curator Ifeoma Adaeze-Clarke": a bare role (no article) before the name. */
export const TRAILING_BARE_ROLE_THEN_NAME =
  /^[,.!?\u2026]?[\u201D\u2019"']?,?\s+(?:said|says|added)\s+((?:(?!(?:on|in|at|to|of|by|for|with|from|after|before|during|outside|inside|later|earlier|yesterday|today|tonight|then|also|again|that|this|the|a|an|his|her|their|its|he|she|they|it|and|but|when|while|as)\b)\p{Ll}[\p{Ll}-]+\s+){1,3})(\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+){1,3})\b/u;

/**
 * "One deckhand in Ardmore, who …, said" and "Several skippers …. One wrote:": the reader may take
 * the capitalised "One" for an unknown person's name; it is an unnamed source, so the speaker is
 * dropped for the anonymous-source rules to read.
 */
export function notAQuantifier(quote: QuoteClaim): QuoteClaim {
  if (!quote.speaker?.startsWith('unknown:') || !isCountWord(quote.speaker.slice(8))) return quote;
  return { ...quote, speaker: null, speakerMention: undefined };
}

/** Words after a name put right after "said" that keep it the speaker: "said Roe on Monday", "said Roe, the mayor". */
const AFTER_SPEAKER =
  /^(?:on|in|at|to|from|with|during|after|before|outside|inside|as|while|when|who|whose|adding|yesterday|today|tonight|later|earlier|last|this|recently|afterwards|then|also|again|of|for|and|but|by|via|through|over|under|told|wrote|added|said|says)$/;

/**
 * "A department spokesperson said Bellmont was the third city hit", "said Spanish regional
 * authorities had been asked": a name right after "said" (or "said that") and then a word that goes
 * on the reported clause is that clause's subject, not the speaker; the reader's mention is dropped
 * for the sentence's own subject to be read.
 */
export function notAClauseSubject(quote: QuoteClaim, text: string): QuoteClaim {
  const mention = quote.speakerMention;
  if (!mention || mention.start > quote.start) return quote;
  if (!/\b(?:said|says)\s+(?:that\s+)?$/.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return quote;
  const next = /^\s+(\p{Ll}[\p{Ll}'\u2019-]*)/u.exec(text.slice(mention.end, mention.end + 40));
  if (!next || AFTER_SPEAKER.test(next[1])) return quote;
  return { ...quote, speaker: null, speakerMention: undefined };
}

/**
 * "“…,” Mr Bielieskov said." and "“…,” said Jane Roe.": a name with its speech verb right after
 * the closing mark is the speaker, whatever the words before the quotation name.
 */
export function withTrailingAttribution(
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

export function sentencesAround(sentences: Span[], quote: { start: number; end: number }): Span {
  const touching = sentences.filter((sentence) => sentence.end > quote.start - 1 && sentence.start < quote.end + 1);
  if (touching.length === 0) return { start: quote.start, end: quote.end };
  return { start: touching[0].start, end: touching[touching.length - 1].end };
}

/**
 * The words of a sentence outside its quotation marks (a straight apostrophe inside a word is not a
 * mark). A low opening mark closes with a high one, as Czech, German and Polish print them
 * („Zavírají školu,“ she said; „Nie,” powiedział).
 */
export function outsideQuotes(sentence: string): string {
  return (
    sentence
      .replace(/\u201E[^\u201C\u201D"]*(?:[\u201C\u201D"]|$)/g, ' \u2026 ')
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
export const RELATIVE_ATTRIBUTION =
  /^\s+(?:[\p{Ll}\d-]+\s+){0,4}(?:that|which)\s+((?:[\p{L}.'\u2019-]+\s+){1,5}?)((?:have|has|had)\s+(?:also\s+|repeatedly\s+|long\s+)?)?(touted|coined|proposed|floated|promoted|championed|pitched|promised|demanded|described)\s*[.;!?]?\s*$/u;

export function judgeSpeaker(
  quote: QuoteClaim,
  outside: string,
  directory: PersonDirectory,
): { confidence: number; reason: string } {
  const mention = quote.speakerMention;
  if (mention) {
    const named = outside.length > 0 ? quote.window : undefined;
    void named;
    const name = nameOfSpeaker(mention.personId, (id) => directory.person(id));
    if (mention.via === 'name') return { confidence: 0.95, reason: `named beside the quotation: ${name}` };
    if (mention.via === 'role') return { confidence: 0.9, reason: `role reference resolved to ${name}` };
    if (mention.via === 'fuzzy') return { confidence: 0.8, reason: `a spelling close to ${name}` };
    return { confidence: 0.9, reason: `named beside the quotation: ${name} (not yet in the corpus)` };
  }
  if (!quote.speaker) return { confidence: 0.2, reason: 'no speaker found' };
  const person = nameOfSpeaker(quote.speaker, (id) => directory.person(id));
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
export function appositiveOf(outside: string, quote: QuoteClaim): { name: string; role: string } | undefined {
  if (!quote.speaker?.startsWith('unknown:')) return undefined;
  const name = quote.speaker.slice(8);
  const at = outside.indexOf(name);
  if (at === -1) return undefined;
  const match = /^,\s+((?:the|a|an)\s+[^,]{3,80}?|[a-z][^,]{3,60}?),/.exec(outside.slice(at + name.length));
  if (!match || /\b(?:said|says|told|added)\b/.test(match[1])) return undefined;
  return { name, role: match[1].replace(/^(?:the|a|an)\s+/i, '').trim() };
}

export function venueText(venue: string, sentence: string): string {
  if (/\b(?:told|telling)\s+reporters\b/i.test(sentence) && /reporters/i.test(venue)) return 'told reporters';
  return venue.replace(/^(?:the|a|an)\s+/i, '');
}
