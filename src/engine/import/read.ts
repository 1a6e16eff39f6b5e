/**
 * The reading pass: every quotation and attributed claim of an article as a `Unit`, with the speaker
 * its sentence, its paragraph or the paragraphs around it give.
 */
import type { Corpus, Person } from '../types';
import { splitParagraphs, splitSentences } from '../draft/segment';
import { extractClaims, type SpeakerState } from '../draft/analyse';
import { PersonDirectory } from '../draft/people';
import { nameOfSpeaker } from '../speakerName';
import { hasSpeechVerb } from './speech';
import { tokenize } from '../text/tokens';
import type { Article } from './types';
import type { Unit } from './unit';
import { lineOf, lineStarts, maskedArticle, outletsOf } from './masked';
import { ANONYMOUS_ROLE_SAID, BODY_SAID, OFFICE_SAID, PASSIVE_BY } from './bodies';
import { echoedLater, isHeadlineLine } from './headline';
import { isStatement, namesATerm } from './scare-quotes';
import {
  RELATIVE_ATTRIBUTION,
  TRAILING_BARE_ROLE_THEN_NAME,
  TRAILING_ROLE_THEN_NAME,
  appositiveOf,
  judgeSpeaker,
  notAClauseSubject,
  notAQuantifier,
  outsideQuotes,
  sentencesAround,
  venueText,
  withTrailingAttribution,
} from './quote-attribution';
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
import { isBodyName, lastNamedPerson, notAPerson, speechSubject, type Antecedent } from './antecedent';

export function read(article: Article, corpus: Corpus, people: Person[]): Unit[] {
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
  /** The paragraph before ended on a quotation whose speaker the importer settles ("the official said"). */
  let openBefore: number | undefined;
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
    /** The last quotation had a speech verb of its own but its speaker is left to the importer. */
    let leftOpen = false;
    for (const original of claims.quotes) {
      const around = sentencesAround(sentences, original);
      const sentence = article.text.slice(around.start, around.end);
      const outside = outsideQuotes(sentence);
      let quote = notAClauseSubject(notAQuantifier(withTrailingAttribution(original, text, around, directory)), text);
      let unnamedSubject: string | undefined;
      let officeSubject: string | undefined;
      let passiveAgent: 'person' | 'group' | undefined;
      let resolved: string | undefined;
      let followOn: number | undefined;
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
        (quotedBefore || openBefore !== undefined) &&
        followOnParagraph(text.slice(paragraph.start, paragraph.end), quote) &&
        // In an exchange ("“…?” she asked." / "“No. …,” Vance-Ellery replied.") the turns alternate.
        !EXCHANGE.test(outsideQuotes(text.slice(previousParagraphStart, paragraph.start)))
      ) {
        // A paragraph that is wholly a quotation, after a paragraph quoting someone: the same speaker
        // goes on (journalism's convention: a new speaker is always named). Left to the importer when
        // the paragraph before left its speaker to it ("the official said").
        quote = { ...quote, speaker: quotedBefore?.id ?? null, attributed: true };
        if (quotedBefore)
          resolved = `a paragraph of quotation only, after ${quotedBefore.name}\u2019s: the same speaker`;
        else followOn = openBefore;
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
      } else if (
        !quote.speakerMention &&
        (pronounSaid(outside) ||
          // "A Danish cyclist who …, and who asked not to be named, said she accepted the result but felt
          // “…”": the quotation's own sentence has an unnamed source for its speech verb's subject, not the
          // last speaker the reader guessed nor a name in the sentence before ("Police said …. A police
          // officer at the scene, who …, said the mood had been “…”"); the source keeps its description.
          (hasSpeechVerb(outside, true) &&
            !!anonymousSubject(text.slice(paragraph.start, Math.max(paragraph.start, quote.start - 1)))))
      ) {
        // "“…,” she said": the person named last before it, not the last speaker; but after a
        // sentence whose subject is an unnamed source ("A crew member who … told the agency … the
        // operator, Skerrow Link. “…,” he said"), that source, whatever else the sentence names.
        // A quotation opening its paragraph reads the paragraph before ("One driver, who … asked that
        // his name not be used, said …" then a new paragraph "“…,” he said"), as lastNamedPerson does.
        const leadIn = text.slice(paragraph.start, Math.max(paragraph.start, quote.start - 1));
        unnamedSubject = anonymousSubject(
          leadIn.trim() === '' ? text.slice(previousParagraphStart, paragraph.start) : leadIn,
        );
        // The reader's own guess (the last speaker) gives way to the unnamed source; the importer names it.
        if (unnamedSubject) quote = { ...quote, speaker: null, attributed: true };
        const antecedent = unnamedSubject
          ? undefined
          : lastNamedPerson(
              text,
              previousParagraphStart,
              quote.start,
              directory,
              /\bshe\b/i.test(outside) ? 'she' : /\bhe\b/i.test(outside) ? 'he' : undefined,
            );
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
      } else if (!quote.speakerMention && leftOpen && !hasSpeechVerb(outside)) {
        // After one whose speaker the importer settles: the same speaker's, not the reader's guess.
        quote = { ...quote, speaker: null };
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
      // "A spokesperson for the office in Lyon said …. “…,” he said": the reader's last speaker, a body or
      // a place, is no one "he" or "she" can be; the importer's stages settle the speaker.
      const guessed = quote.speaker ? directory.person(quote.speaker) : undefined;
      if (
        quote.speaker &&
        !quote.speakerMention &&
        !resolved &&
        /\b(?:he|she)\s+(?:said|says|added|told|wrote|continued|went on)\b|\b(?:said|says|added)\s+(?:he|she)\b/i.test(
          outside,
        ) &&
        (guessed
          ? guessed.kind === 'group'
          : quote.speaker.startsWith('unknown:') && notAPerson(text, quote.speaker.slice(8), quote.start))
      )
        quote = { ...quote, speaker: null };
      // "In a statement, the zoo said …", "the ruling said": a body or its document speaks, not the last person named.
      // The reader's guess stays as a fallback when no body is found for the noun.
      let guess: string | undefined;
      // "“…,” the official said": an unnamed source's words, likewise, whoever spoke last.
      if (
        quote.speaker &&
        !quote.speakerMention &&
        !resolved &&
        (BODY_SAID.test(outside) || ANONYMOUS_ROLE_SAID.test(outside))
      ) {
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
      const followsQuote = (quotesInParagraph > 0 || followOn !== undefined) && !quote.speaker;
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
      if (quote.speaker) {
        leftOpen = false;
        paragraphSpeaker = {
          id: quote.speaker,
          name: nameOfSpeaker(quote.speaker, (id) => directory.person(id))!,
        };
      } else if (hasSpeechVerb(outside, true)) {
        // A quotation with a speech verb of its own whose speaker is left to the importer ("the official
        // said"): the quotation after it continues that speaker, not the paragraph's earlier one.
        paragraphSpeaker = undefined;
        leftOpen = true;
      }
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
        afterParagraph: followOn,
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
          line: lineOf(article, lines, claim.start),
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
    openBefore = quotesInParagraph > 0 && leftOpen ? paragraph.start : undefined;
  }
  return units;
}

/** The verbs of a question and its answer: after them a paragraph of quotation is the other party's turn. */
const EXCHANGE =
  /\b(?:asked|asks|replied|replies|answered|answers|responded|retorted|countered|interjected|demanded|wondered)\b/i;

/**
 * Whether a paragraph is one quotation and nothing else, a whole sentence: a follow-on paragraph of
 * the speaker quoted before it. A quoted section heading ("## ‘A hospital isn’t a GP’") ends on no
 * full stop, so it is none: it echoes a later quotation, not the one before.
 */
export function followOnParagraph(paragraph: string, quote: { start: number; end: number; text: string }): boolean {
  const trimmed = paragraph.trim();
  return (
    /^[\u201C\u00AB\u201E"\u2018']/.test(trimmed) &&
    !/[\p{L}\p{N}]/u.test(outsideQuotes(trimmed)) &&
    /[.!?\u2026]$/.test(quote.text.trim()) &&
    quote.text.trim().length >= trimmed.length - 4
  );
}
