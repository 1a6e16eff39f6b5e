/** Whether quoted words are someone's statement, or a scare quote, a title, a name or a term. */
import type { QuoteClaim } from '../judge/quote';
import { hasSpeechVerb } from './speech';

/**
 * Words before a quotation that make it a name, a title, a scare quote or words mentioned as words:
 * "so-called", "dubbed (the)", "the term", "students search for", "typed".
 */
export const SCARE_BEFORE =
  /(?:so[-\u2011\u2010 ]called|(?:dubbed|nicknamed)(?:\s+(?:a|an|the))?|known(?:\s+(?:to|among|in)\s+[\p{L}'\u2019 ]{1,30}?)?\s+as|(?:against|short of|refus\w* to|declin\w* to|would not|wouldn['\u2019]t|did not|didn['\u2019]t)\s+(?:call(?:ing)?|describ(?:e|ing))\s+(?:[\p{L}'\u2019-]+\s+){0,4}?(?:(?:as\s+)?(?:a|an|the)|as)|termed|branded|labelled|labeled|called it|code[-\u2011\u2010 ]?named|(?:is|are|was|were|be|been|being)\s+(?:(?:often|usually|commonly|sometimes|also|now|still)\s+)?(?:called|named|known as)(?:\s+(?:a|an|the))?|what (?:he|she|they|it) calls?|what (?:the\s+)?[\p{L}-]+\s+calls?|(?:which|that)\s+(?:(?:the|its|their|local)\s+)?[\p{L}-]+\s+(?:now\s+|still\s+|often\s+)?calls?|titled|entitled|headlined|(?:search(?:es|ed|ing)?|look(?:s|ed|ing)?|hunt(?:s|ed|ing)?)\s+(?:online\s+|the\s+(?:web|internet)\s+)?for|googl(?:e|es|ed|ing)|typ(?:e|es|ed|ing)(?:\s+in(?:to\s+\S+)?)?|(?:search|key)\s*(?:term|word|phrase)s?\s+(?:like|such\s+as)?|the (?:[\p{L}-]+\s+)?(?:term|word|phrase|slogan|title|motto|headline|film|book|song|show|series|album|report|programme|program|operation|campaign))\s*$/iu;

/**
 * A slogan, tagline or banner named right before the quotation, with no one said to speak between
 * ("held banners reading “…”", "its old tagline: “…”", "a slogan, printed on posters: “…”"), or
 * a translation in brackets right after such a quotation ("the slogan ‘…’ (‘…’)"). Words written
 * on a thing are the thing's, not a remark: "signs that simply say “…”", "stickers reading “…”".
 */
export const SLOGAN_BEFORE =
  /\b(?:slogans?|taglines?|mottos?|mottoes|catchphrases?|banners?|placards?|posters?|stickers?|inscriptions?|graffiti|signs|(?:a|the)\s+(?:hand-?painted\s+|painted\s+|printed\s+)?sign)\b(?![^“”"«»]*\b(?:said|says|told|tells|added|adds|asked|wrote|writes|insisted)\b)[^.“”"«»]{0,60}?(?:[“"«‘'][^“”"«»]{1,80}?[”"»’']\s*\(\s*)?[«\s]*$/iu;

/**
 * A label a group has used for years, not a remark made once: "groups have long called the fjords a
 * “…”", "which lawyers have described for years as “…”". One person's standing phrase ("Roe has long
 * described the dam as “…”") stays that person's words.
 */
export const HABITUAL_CALL_BEFORE =
  /\b(?:have|['\u2019]ve)\s+(?:(?:long|always|routinely|commonly|widely)\s+(?:called|described|referred\s+to)\b(?!\s+for\b)[^.“”"«»]{0,60}|(?:called|described|referred\s+to)\b[^.“”"«»]{0,40}\bfor\s+(?:years|decades|generations)\b(?:\s+as)?\s*)$/iu;

/** A caption right before the quotation ("a video, posted … with the caption “…”"). */
export const CAPTION_BEFORE = /\bcaptions?\b[^.“”"«»]{0,20}$/iu;
/**
 * The sentence's subject posting it ("She posted a photograph … with the caption: “…”"): then the
 * caption is that person's words, a statement; otherwise a caption is the post's label, reported.
 */
export const POSTED_BY_SUBJECT =
  /(?:^|[.!?][\u201D\u2019"')]?\s+|\b(?:he|she|they|we|I)\s+)(?:[\p{Lu}][\p{L}'\u2019-]+\s+){0,3}(?:\p{Ll}+ly\s+)?(?:posted|shared|uploaded|tweeted|published|wrote)\b[^.!?]*$/u;

/**
 * A word for a name someone goes by, up to four words and a comma before a short quotation: "his
 * nickname on the circuit, “…”", "writes under the pseudonym “…”". Only for a name's length (three
 * words or fewer): "heard the nickname “so often that nobody laughs any more”" is someone's words.
 */
export const NAME_GIVEN_BEFORE =
  /\b(?:nickname|pseudonym|moniker|sobriquet|pen[-\u2011\u2010 ]name|stage\s+name)(?:\s+[\p{L}'\u2019]+){0,4}?,?\s*$/iu;

/** The short words a title leaves in lower case ("Drive with Tom", "Noise and Air Quality"). */
export const TITLE_SMALL_WORD = /^(?:of|the|and|or|a|an|in|on|for|to|at|with|from|by|as|vs\.?|de|du|la|le|von|van)$/;

/** Nouns for a work with a title: a programme, a report, a book, a hashtag. */
export const WORK_NOUN =
  '(?:programme|program|show|podcast|series|documentary|film|book|novel|album|song|report|study|review|paper|column|blog|newsletter|campaign|strategy|hashtag|slogan)s?';
/** A work's noun right after the closing mark ("“Late Shift” programme"). */
export const WORK_AFTER = new RegExp(`^\\s+${WORK_NOUN}\\b`, 'i');
/** A work's noun, then a comma or colon, right before the opening mark ("its report, “…”"). */
export const WORK_BEFORE = new RegExp(`\\b${WORK_NOUN}\\s*[,:]?\\s*$`, 'i');

/**
 * A measure's name defined by whoever sets it: "the level the regulator calls “…”", "the
 * threshold that guidance terms “…”". The head noun is a level, band or class, and the verb is
 * in the present: the words name a standing category, not a remark made that day.
 */
export const DEFINED_TERM_BEFORE =
  /\bthe\s+(?:level|threshold|limit|point|band|category|class|grade|tier|stage|status|zone|rate|standard|range|scale)\s+(?:(?:that|which)\s+)?(?:[\p{L}'\u2019-]+\s+){1,5}?(?:calls|terms|defines\s+as|refers\s+to\s+as|describes\s+as|classes\s+as|classifies\s+as)\s*$/iu;

/**
 * Whether quoted words are a name or a term, not anyone's words, whatever attributes them: after
 * "so-called", "dubbed", "code-named", "is called a" (`SCARE_BEFORE`), or Title Case with no
 * sentence in it ("“Coalition of the Willing”", "“Operation Harvest Moon”").
 */
export function namesATerm(quote: QuoteClaim, text: string): boolean {
  const words = quote.text
    .trim()
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  // A hashtag or a handle ("#SaveOurPier", "@CityHall") is a label, never a sentence.
  if (/^[#@][\p{L}\p{N}_]+[.,]?$/u.test(quote.text.trim())) return true;
  if (SCARE_BEFORE.test(text.slice(Math.max(0, quote.start - 40), quote.start - 1))) return true;
  if (words.length <= 3 && NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, quote.start - 60), quote.start - 1)))
    return true;
  if (DEFINED_TERM_BEFORE.test(text.slice(Math.max(0, quote.start - 90), quote.start - 1))) return true;
  const lead = text.slice(Math.max(0, quote.start - 160), quote.start - 1);
  if (SLOGAN_BEFORE.test(lead) || HABITUAL_CALL_BEFORE.test(lead)) return true;
  if (CAPTION_BEFORE.test(lead) && !POSTED_BY_SUBJECT.test(lead)) return true;
  // A nickname inside a name: one or two capitalised words between a given name and a surname
  // ("Iain “Spanner” MacAulay").
  if (
    words.length <= 2 &&
    words.every((word) => /^\p{Lu}[\p{L}'\u2019-]*$/u.test(word)) &&
    /(?:^|\s)\p{Lu}[\p{Ll}'\u2019-]+\s$/u.test(text.slice(Math.max(0, quote.start - 30), quote.start - 1)) &&
    /^\s\p{Lu}\p{Ll}/u.test(text.slice(quote.end + 1, quote.end + 6))
  )
    return true;
  // Beside a word for a work ("the station's “Late Shift” show", "its report, “Harbour Air: A Review”,"),
  // a Title Case quotation is the work's title, however long.
  const after = text.slice(quote.end + 1, quote.end + 30);
  const besideWork =
    WORK_AFTER.test(after) || WORK_BEFORE.test(text.slice(Math.max(0, quote.start - 30), quote.start - 1));
  const capitals = words.filter((word) => /^[\p{Lu}\d]/u.test(word));
  // Beside a work's noun a title may be in another language, its short words any ("“Bigas ng Bayan” programme").
  const small = (word: string) => TITLE_SMALL_WORD.test(word) || (besideWork && /^\p{Ll}{1,3}$/u.test(word));
  return (
    words.length <= (besideWork ? 12 : 6) &&
    capitals.length >= 2 &&
    words.every((word) => /^[\p{Lu}\d]/u.test(word) || small(word)) &&
    !/[!?]$/.test(quote.text.trim()) &&
    !/^(?:I|We)\b/.test(quote.text.trim())
  );
}

/**
 * Whether a quotation is a statement someone made, not a scare quote, a title or a name in
 * quotation marks: it must be attributed, and a short one (three words or fewer) must not sit
 * inside a noun phrase ("“NATO-like” guarantees"), follow "so-called", or be Title Case.
 */
export function isStatement(quote: QuoteClaim, text: string, outside: string): boolean {
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
    // "had for years been labelled the „smog capital”": a passive label, whoever gave it, is a name, not
    // words someone is quoted saying (the speech verb of the sentence governs the clause, not the label).
    if (
      /\b(?:been|being|be|is|are|was|were)\s+(?:\p{Ll}+ly\s+)?(?:labell?ed|dubbed|nicknamed|branded|called|termed|known\s+as)\s+(?:(?:a|an|the)\s+)?[\u201C\u201E"'\u2018\u00AB]?$/iu.test(
        lead,
      )
    )
      return false;
    if (
      !hasSpeechVerb(outside, true) &&
      /(?:^|[\s(])(?:a|an|the|its|their|his|her|our|this|these|those)(?:\s+(?!(?:was|were|is|are|be|been|had|has|would|will)\b)[a-z][\w-]*)?\s*[\u201C"'\u2018]?$/i.test(
        lead,
      )
    )
      return false;
  }
  // A word glossed in apposition is a word mentioned, not said: "had begun an “otor”, a long-distance
  // migration to find grazing" (a term from another language, or a trade's, and its meaning).
  if (
    words.length <= 3 &&
    /(?:^|\s)(?:a|an|the)\s*[\u201C"'\u2018]?$/i.test(lead) &&
    /^,\s+(?:a|an|the)\s+(?![^,.;]*\b(?:said|says|told|added|according)\b)[^,.;]{3,80}/i.test(
      text.slice(quote.end + 1, quote.end + 100),
    )
  )
    return false;
  if (words.length <= 3) {
    if (!hasSpeechVerb(outside, true) && !/:\s*$/.test(before)) return false;
    // Inside a noun phrase: a word follows the closing mark directly ("“NATO-like” security guarantees"); a single
    // word so placed ("says ‘winning’ tickets were void") is a scare quote even beside a speaker.
    const after = text.slice(quote.end + 1, quote.end + 40);
    if (
      (!quote.speakerMention || words.length === 1) &&
      /^\s+[a-z]/.test(after) &&
      !/^\s+(?:and|or|but|as|if|to|in|on|at|for|with|from|by|of|that|which|he|she|they|said|says|added|told|because|while|when|after|before|among|amid|about|over|across|against|around|between|behind|beyond|during|despite|into|through|under|within|without|since|until|toward|towards|upon)\b/.test(
        after,
      )
    )
      return false;
  }
  return true;
}
