/**
 * Attribution read from around a quotation rather than beside it: quotations set over paragraphs
 * and attributed where they close, a sentence beside a bare quotation that names its speaker, an
 * interview's questions and answers, the name set off before a speech verb, an unnamed source a
 * pronoun stands for. The importer's reading (`read.ts`) asks these when its own sentence does
 * not settle the speaker.
 */
import type { PersonDirectory } from '../draft/people';
import type { Span } from '../draft/segment';
import type { QuoteClaim } from '../judge/quote';
import { tokenize } from '../text/tokens';
import { isCountWord, lastNamedPerson, type Antecedent } from './antecedent';
import { isSpeechWord } from './speech';

/** "he said", "she added", "said she", "She added:", "he repeated his claim that": a quotation attributed by a pronoun. */
export function pronounSaid(outside: string): boolean {
  // "“…,” said she" inverts the attribution; "said he had been …" reports his words, not the quotation's speaker.
  if (/\b(?:said|says|added)\s+(?:he|she)\b(?!\s+(?:had|has|was|is|would|will|could|did|\p{Ll}+ed)\b)/iu.test(outside))
    return true;
  return [
    ...outside.matchAll(
      /\b(?:he|she)\s+(?:(?:also|then|later|again|repeatedly|once|has|had|went|\p{Ll}+ly)\s+){0,2}(\p{Ll}+)\b/giu,
    ),
  ].some((match) => isSpeechWord(match[1].toLowerCase(), true) || match[1].toLowerCase() === 'on');
}

/**
 * The unnamed source a paragraph's last sentence is about: it opens with an indefinite description
 * ("A crew member who was on board", "An engineer working on the programme, who spoke on condition
 * of anonymity", "A former care assistant at one of the homes, who asked not to be named"), or a
 * definite one its source asked to keep unnamed ("The owner of a lodge …, who asked not to be named").
 * Its modifiers may be capitalised ("A Singaporean runner who …", "A Labour councillor, who …": a
 * nationality or a party describes, it does not name); its noun is lower-case.
 * An appositive name after it ("A doctor on board, Dr Léa Roe,") makes it no unnamed source.
 * The sentence may go on to quote the source ("…, said the mood was “grim”. “…,” she said").
 * Returns the description (to its first comma or "who"), or undefined.
 */
export function anonymousSubject(paragraphBefore: string): string | undefined {
  const sentence = paragraphBefore
    .trim()
    .split(/(?<=[.!?])\s+(?=\p{Lu}|[\u201C\u2018"'])/u)
    .at(-1);
  if (!sentence) return undefined;
  const match =
    /^(?:An?|One|Another|The(?=\s[^,]{1,90},\s+(?:who\s+(?:asked|did\s+not\s+want|declined|spoke\s+on\s+condition)|speaking\s+on\s+condition)))\s+((?:(?!who\b)[\p{L}'\u2019-]+\s+){0,3}(?!who\b)[\p{Ll}'\u2019-]+(?:\s+(?:at|of|from|in|on|for|with|working|close\s+to)\s+[^,.;]{1,60}?)?)(?=,|\s+who\b|\s+(?:said|told|says|added|spoke|speaking)\b)/u.exec(
      sentence,
    );
  // The source may quote words after its description ("…, said the mood was “grim”"), never inside it.
  if (!match || /[\u201C\u201D"]/.test(match[0])) return undefined;
  // "A doctor on board, Dr Léa Roe, said", "Another passenger, British tourist Gavin Shorter, said": the
  // description's appositive names the person (its role words before the name or not); no unnamed source.
  if (
    /^,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+|(?:[\p{L}'\u2019-]+\s+){1,3}?)?\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+)+,/u.test(
      sentence.slice(match[0].length),
    )
  )
    return undefined;
  // An unnamed source is a person: "A crew member"; not "A study", "A report"; nor "A spokesman" (a body's
  // words, read elsewhere), with an adverb after it or not ("A board spokesman later said").
  if (
    /\b(?:study|report|survey|statement|letter|spokes(?:man|woman|person))(?:\s+(?:later|earlier|also|then|again|\p{Ll}+ly))*$/u.test(
      match[1].split(/\s+(?:at|of|from|in|on|for|with|working|close)\s+/)[0],
    )
  )
    return undefined;
  return match[0];
}

/** "Those were the words of", "That was the verdict of", "That was how … summed up": a sentence naming who said the quotation before it. */
const NEXT_SENTENCE_NAMES =
  /^\s*(?:That|Those|These|This|Such)\s+(?:was|were|is|are)\s+(?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?(?:of|from|by)\b|how\b)/u;

/**
 * The speaker of a quotation that is a whole sentence with no attribution of its own, named by
 * the sentence beside it in its paragraph: the next one ("“…” Those were the words of X", "That was
 * how X summed up the decision"), or, when the quotation ends its paragraph, the one before whose
 * subject is a person ("X was unmoved. “…”", "X took a different view. “…”"). Reporters set a
 * reaction that way; a bare quotation after a sentence about something else stays unattributed.
 */
export function besideAttribution(
  text: string,
  paragraph: Span,
  quote: QuoteClaim,
  directory: PersonDirectory,
): { id: string; name: string; reason: string } | undefined {
  const words = quote.text.trim().split(/\s+/);
  if (words.length < 4 || !/^[\p{Lu}\d]/u.test(quote.text.trim())) return undefined;
  const before = text.slice(paragraph.start, Math.max(paragraph.start, quote.start - 1));
  const after = text.slice(Math.min(paragraph.end, quote.end + 1), paragraph.end);
  const wholeSentence =
    /[.!?\u2026]\W*$/.test(quote.text.trim()) && (/^\s*$/.test(before) || /[.!?:]\s*$/.test(before));
  if (!wholeSentence) return undefined;
  // A name the corpus holds, else one the importer reads as a new person, in the sentence's words before its first comma.
  const subjectOf = (sentence: string, offset: number, within: number): { personId: string } | undefined => {
    const known = directory
      .findMentions(tokenize(sentence, offset), text)
      .find(
        (mention) =>
          !mention.possessive &&
          mention.firstToken <= within &&
          !(mention.via === 'unknown' && isCountWord(text.slice(mention.start, mention.end))),
      );
    if (known) return known;
    const head = sentence.split(',')[0];
    const found = lastNamedPerson(text, offset, offset + head.length, directory);
    return found && found.start - offset <= within * 8 ? found : undefined;
  };
  const named = (mention: { personId: string }, reason: (name: string) => string) => {
    const name = directory.person(mention.personId)?.name ?? mention.personId.replace(/^unknown:/, '');
    return { id: mention.personId, name, reason: reason(name) };
  };
  const next = NEXT_SENTENCE_NAMES.exec(after);
  if (next && /^\s*$/.test(before.replace(/[\u201C\u2018"']/g, ''))) {
    const sentence = after.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0];
    const mention = subjectOf(sentence, quote.end + 1, 12);
    if (mention)
      return named(mention, (name) => `named in the sentence after it (\u201C${next[0].trim()}\u201D), ${name}`);
  }
  // The quotation ends its paragraph (another quotation may follow), after a sentence with no quotation of its own.
  if (/\p{L}/u.test(after.replace(/[\u201C\u2018"'][^\u201D\u2019"']*[\u201D\u2019"']?/g, ''))) return undefined;
  const previous =
    before
      .trim()
      .split(/(?<=[.!?:])\s+(?=\p{Lu})/u)
      .at(-1) ?? '';
  if (!previous || /[\u201C\u201D"]/.test(previous)) return undefined;
  const mention = subjectOf(previous, paragraph.start + before.lastIndexOf(previous), 3);
  if (!mention) return undefined;
  return named(mention, (name) => `the subject of the sentence before it, ${name}`);
}

/**
 * Opening and closing quotation marks in a paragraph's text: double marks, guillemets and single
 * marks (British style). A single mark opens only at a word's start and closes only at its end;
 * one inside a word ("won’t") or after a plural's s before a lower-case word ("scientists’ advice")
 * is an apostrophe and counts for neither.
 */
export function markBalance(paragraph: string): { opens: number; closes: number } {
  const count = (pattern: RegExp) => (paragraph.match(pattern) ?? []).length;
  return {
    opens:
      count(/[\u201C\u00AB]/g) + count(/(?:^|\s)"/g) + count(/(?:^|[\s([\u2014\u2013])[\u2018'](?=\p{L}|\d|\u2026)/gu),
    closes:
      count(/[\u201D\u00BB]/g) +
      count(/"(?=[\s,.;:!?]|$)/g) +
      count(/(?<![sS])[\u2019'](?=[\s,.;:!?)\]\u2014\u2013]|$)/g) +
      count(/(?<=[sS])[\u2019'](?=[,.;:!?)\]\u2014\u2013]|\s+[^\p{Ll}\s]|\s*$)/gu),
  };
}

/** A paragraph opening with a quotation mark, double, single or a guillemet. */
const OPENS_WITH_MARK = /^\s*[\u201C\u00AB"\u2018']/;

/** Whether a paragraph opens with a quotation mark that it does not close: a quotation running on into the next. */
export function opensUnclosed(paragraph: string): boolean {
  const { opens, closes } = markBalance(paragraph);
  return OPENS_WITH_MARK.test(paragraph) && opens > closes;
}

/**
 * Quotations running over paragraphs the way newspapers set them: each paragraph opens a mark,
 * only the last closes it, and the attribution comes after that closing mark ("…,” she said" or
 * "…,” Roe said). Returns, by paragraph start, the speaker for the paragraphs before the last
 * (the last is read as usual): the person the closing attribution names, or for a pronoun the
 * person named last before the run.
 */
export function quotationRuns(
  text: string,
  paragraphs: readonly Span[],
  directory: PersonDirectory,
): Map<number, { id: string; name: string }> {
  const runs = new Map<number, { id: string; name: string }>();
  const slice = (k: number) => text.slice(paragraphs[k].start, paragraphs[k].end);
  const opensRun = (k: number) => {
    const { opens, closes } = markBalance(slice(k));
    return OPENS_WITH_MARK.test(slice(k)) && opens > closes;
  };
  for (let k = 0; k < paragraphs.length; k++) {
    if (!opensRun(k) || (k > 0 && opensRun(k - 1))) continue;
    let last = k + 1;
    while (last < paragraphs.length && opensRun(last)) last++;
    if (last >= paragraphs.length || !OPENS_WITH_MARK.test(slice(last))) continue;
    const closing = slice(last);
    const close = Math.max(
      closing.lastIndexOf('\u201D'),
      closing.lastIndexOf('"'),
      closing.lastIndexOf('\u00BB'),
      ...[...closing.matchAll(/[\u2019'](?=[\s,.;:!?]|$)/g)].map((match) => match.index!),
    );
    if (close < 0) continue;
    const tail = closing.slice(close + 1);
    const tailStart = paragraphs[last].start + close + 1;
    let speaker: { id: string; name: string } | undefined;
    const named = directory
      .findMentions(tokenize(tail, tailStart), text)
      .find((mention) => !mention.possessive && mention.firstToken <= 3);
    if (named)
      speaker = {
        id: named.personId,
        name: directory.person(named.personId)?.name ?? named.personId.replace(/^unknown:/, ''),
      };
    else if (pronounSaid(tail)) {
      const antecedent = lastNamedPerson(text, paragraphs[Math.max(0, k - 1)].start, paragraphs[k].start, directory);
      if (antecedent) speaker = { id: antecedent.personId, name: antecedent.name };
    }
    if (speaker) for (let j = k; j < last; j++) runs.set(paragraphs[j].start, speaker);
  }
  return runs;
}

/**
 * The person named between commas right before the speech verb whose clause holds the quotation
 * ("…, when its chief forecaster, Dr Mateo Lindahl-Oyinlola, told reporters that … “…”"), when that
 * is the last speech verb before the quotation in its sentence. Undefined otherwise.
 */
export function appositeSpeaker(
  text: string,
  sentenceStart: number,
  quote: QuoteClaim,
  directory: PersonDirectory,
): Antecedent | undefined {
  const lead = text.slice(sentenceStart, Math.max(sentenceStart, quote.start - 1));
  const verbs = [...lead.matchAll(/\b(?:said|says|told|added|warned|wrote|insisted|argued|explained)\b/g)];
  const verb = verbs.at(-1);
  if (!verb) return undefined;
  const before = lead.slice(0, verb.index);
  const match =
    /,\s+((?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}\p{M}'\u2019-]+(?:\s+\p{Lu}[\p{L}\p{M}'\u2019-]+){1,3}),\s+$/u.exec(
      before,
    );
  if (!match) return undefined;
  const start = sentenceStart + match.index + match[0].indexOf(match[1]);
  return lastNamedPerson(text, start, start + match[1].length, directory);
}

/**
 * A question quoted after "asked by" in its sentence ("Dr Adeyemi was asked by presenter Jill
 * Harkness: “…?”", "Asked on court by the host, Tom Brierley, “…?”"): who asked it (the person
 * named after "by") and who was asked (the subject before "was asked", or for a sentence opening
 * with "Asked", the person named last before the sentence). Undefined for anything else.
 */
export function questionAsked(
  text: string,
  sentenceStart: number,
  quote: QuoteClaim,
  directory: PersonDirectory,
  previousParagraphStart: number,
): { asker: Antecedent; asked?: Antecedent } | undefined {
  if (!/\?\W*$/.test(quote.text.trim())) return undefined;
  const lead = text.slice(sentenceStart, Math.max(sentenceStart, quote.start - 1));
  const by = /\b([Aa]sked)\b[^.?!\u201C\u201D"]{0,120}?\bby\s+/.exec(lead);
  if (!by) return undefined;
  const asker = lastNamedPerson(text, sentenceStart + by.index + by[0].length, quote.start - 1, directory);
  if (!asker) return undefined;
  const opens = /^\s*$/.test(lead.slice(0, by.index).replace(/^\W+/, ''));
  const asked = opens
    ? lastNamedPerson(text, previousParagraphStart, sentenceStart, directory)
    : lastNamedPerson(text, sentenceStart, sentenceStart + by.index, directory);
  return { asker, asked: asked && asked.personId !== asker.personId ? asked : undefined };
}

/** People who put questions without being named: reporters, journalists, members of the audience. */
const ASKERS = String.raw`(?:[a-z]+\s+)?(?:reporters?|journalists?|correspondents?|interviewers?|members?\s+of\s+the\s+(?:public|audience)|audience\s+members?)`;
const ASKED_BY_UNNAMED = new RegExp(
  String.raw`\b[Aa]sked\b[^.?!\u201C\u201D"]{0,120}?\bby\s+((?:(?:a|an|one|some|several|two|three)\s+)?(?:of\s+the\s+)?${ASKERS})\b`,
);
const UNNAMED_ASKS = new RegExp(
  String.raw`\b((?:[Aa]n?|[Oo]ne|[Tt]he)\s+${ASKERS})\s+(?:then\s+|also\s+|later\s+)?(?:asked|shouted|pressed|called\s+out|wanted\s+to\s+know|interrupted)\b`,
);

/**
 * A question put by someone the article does not name: "he was asked by reporters: “…?”", "A
 * reporter asked her, “…?”", "“…?” the reporter asked". Returns the asker's description as the
 * article words it ("reporters", "A reporter"), or undefined for anything else (a statement, a
 * named asker, a question with no asker in its sentence).
 */
export function unnamedAsker(
  text: string,
  sentenceStart: number,
  sentenceEnd: number,
  quote: QuoteClaim,
): string | undefined {
  if (!/\?\W*$/.test(quote.text.trim())) return undefined;
  const lead = text.slice(sentenceStart, Math.max(sentenceStart, quote.start - 1));
  const trail = text.slice(quote.end, Math.max(quote.end, sentenceEnd));
  const before = ASKED_BY_UNNAMED.exec(lead) ?? UNNAMED_ASKS.exec(lead);
  if (before) return before[1];
  const after = UNNAMED_ASKS.exec(trail);
  return after && /^\W*$/.test(trail.slice(0, after.index)) ? after[1] : undefined;
}
