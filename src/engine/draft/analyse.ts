import type { Span } from './segment';
import { splitSentences, TRANSCRIPT_LABEL } from './segment';
import { findQuotations, type Quotation } from './quotes';
import {
  bodySpeaker,
  colonAttribution,
  findAttribution,
  titledOpener,
  type PersonDirectory,
  type PersonMention,
} from './people';
import { findNumbers } from './numbers';
import { findDateMentions } from './dates';
import { OutletDirectory, datelineEnd } from './outlets';
import { tokenize, type Token } from '../text/tokens';
import type { ClaimWindow } from '../judge/slots';
import type { QuoteClaim } from '../judge/quote';
import { quoteWords } from '../judge/quote';
import type { SentenceClaim } from '../judge/claim';

/** What one paragraph hands the next: who was speaking, who is being interviewed, an open quotation. */
export interface SpeakerState {
  /** Who was speaking last: "he said" in the next sentence (or paragraph) means them. */
  lastSpeaker: string | null;
  /** Who answers the `A:` lines of a transcript: the person the paragraph or heading before named. */
  interviewee?: string | null;
  /** The paragraph ended inside a quotation (no closing mark): a next paragraph opening with a mark continues it, spoken by this speaker. */
  openQuote?: { speaker: string | null };
  /** The paragraph was a transcript turn: a label the corpus does not know (`SMITH:`) may go on it. */
  inTranscript?: boolean;
}

/** The state as a cache key: a paragraph's claims depend on nothing else outside it. */
export function stateKey(state: SpeakerState): string {
  return `${state.lastSpeaker ?? ''}\u0001${state.interviewee ?? ''}\u0001${state.openQuote ? `open:${state.openQuote.speaker ?? ''}` : ''}\u0001${state.inTranscript ? 't' : ''}`;
}

export interface ParagraphClaims {
  quotes: QuoteClaim[];
  sentences: SentenceClaim[];
  state: SpeakerState;
}

/** The words around a claim, outside quotation marks, with what they name. */
interface Surroundings {
  tokens: Token[];
  mentions: PersonMention[];
  window: ClaimWindow;
  slotTokens: Set<Token>;
}

/** How a caller reads speakers. */
export interface DraftReading {
  /**
   * A body named in lower case speaks ("“…,” the wildfire service said"): the checker compares it
   * with the record's speaker; the importer leaves such quotations unattributed instead.
   */
  bodiesSpeak?: boolean;
}

/** Transcript labels that head a line of notes, not a speaker's words. */
const NOT_SPEAKER_LABELS = new Set(
  (
    "NOTE NOTES UPDATE UPDATED CORRECTION CLARIFICATION EDITOR EDITORS EDITOR'S EDITOR\u2019S BREAKING WARNING SOURCE SOURCES " +
    'PHOTO CAPTION CREDIT CONTEXT BACKGROUND TRANSCRIPT ANALYSIS OPINION WATCH RELATED READ MORE TK HED DEK LEDE KICKER ' +
    'NUT GRAF TODO FIXME FACT CHECK SUMMARY DISCLOSURE DATELINE BYLINE TIMELINE ALSO SEE PS P.S. NB N.B. FYI'
  ).split(' '),
);
/** Labels for the interviewer's turns: their questions are not claims. */
const QUESTION_LABELS = new Set(['Q', 'INTERVIEWER', 'REPORTER', 'HOST', 'QUESTION']);

/**
 * Finds the claims of one paragraph: each quotation with its speaker, and each sentence
 * without a quotation as a possible paraphrase. `text` is the masked draft. Linear in the
 * paragraph: the words around quotations are read once per distinct sentence window.
 */
/** Words before a day that make it a deadline or a bound ("agreed by 20 October", "until Friday"), not when words were said; "after Sunday’s defeat" still places them. */
const DEADLINE_WORDS = new Set(['by', 'until', 'till', 'from', 'since', 'through', 'deadline']);

/** The day mention at `start` is a deadline or a bound: a deadline word stands just before it ("by Friday", "no later than 3 May"). */
function isDeadline(tokens: Token[], start: number): boolean {
  const at = tokens.findIndex((token) => token.start >= start);
  if (at < 1) return false;
  const before = tokens[at - 1].norm;
  return DEADLINE_WORDS.has(before) || (before === 'than' && tokens[at - 2]?.norm === 'later');
}

/** Verbs that follow a clause's subject ("Núñez was defiant", "Lee had stood up"). */
const SUBJECT_VERBS = new Set(
  (
    'was is were are has had have did does will would could can may might must should ' +
    'remained remains appeared appears looked looks seemed seems sounded sat stood took turned grew ' +
    'stayed kept fell went came got became'
  ).split(' '),
);

/**
 * The person a sentence that reports no words is about, past an opening phrase ("At the hearing
 * Núñez was defiant."): the last named person, not possessive, whose name a verb follows. Who
 * "she said" points back to next. Undefined when no name stands before a verb.
 */
function clauseSubject(tokens: Token[], mentions: PersonMention[]): string | undefined {
  let subject: string | undefined;
  for (const mention of mentions) {
    if (mention.possessive || mention.via === 'unknown' || mention.via === 'role') continue;
    if (SUBJECT_VERBS.has(tokens[mention.lastToken + 1]?.norm ?? '')) subject = mention.personId;
  }
  return subject;
}

/** A quotation of at most this many words is a mention (a term, a name), not the sentence's statement. */
const MENTION_WORDS = 3;

export function extractClaims(
  text: string,
  paragraph: Span,
  directory: PersonDirectory,
  state: SpeakerState,
  outlets: OutletDirectory = DEFAULT_OUTLETS,
  reading: DraftReading = {},
): ParagraphClaims {
  const transcript = transcriptTurn(text, paragraph, directory, state);
  if (transcript) return transcript;
  // A wire dateline (`OSLO, May 3 (Reuters) -`) names who filed the story, where and when: not where or when the words were said.
  const dateline = datelineEnd(text, paragraph.start);

  const sentences = splitSentences(text, paragraph);
  const quotations = findQuotations(text, paragraph);
  const outers = quotations.map((quotation) => quotation.outer);
  const quotes: QuoteClaim[] = [];
  const sentenceClaims: SentenceClaim[] = [];
  let lastSpeaker = state.lastSpeaker;
  let paragraphSpeaker: string | null = null;
  /** People the paragraph names, in order, for who answers a transcript's `A:` lines after it. */
  const named: { mention: PersonMention; afterWith: boolean }[] = [];
  let attributedSpeaker: string | null = null;
  const windowCache = new Map<string, { around: Surroundings; attribution: ReturnType<typeof findAttribution> }>();

  // Each quotation is judged with the sentences it touches; the rest are possible paraphrases.
  // Both are walked in document order so that "she said" can point back to the sentence before.
  const windows = quotations.map((quotation) => overlapping(sentences, quotation.outer));
  // A sentence whose quotations are all words it mentions ("a text that said “consider” instead of
  // “commit”") makes its claim in its own words: it is read as a paraphrase too.
  const mentionOnly = (sentence: Span) =>
    quotations.every(
      (quotation, index) =>
        !windows[index].includes(sentence) ||
        text.slice(quotation.inner.start, quotation.inner.end).trim().split(/\s+/).length <= MENTION_WORDS,
    );
  const quoteWindows = new Set(windows.flat());
  const inQuoteWindow = new Set([...quoteWindows].filter((sentence) => !mentionOnly(sentence)));
  const units = [
    ...quotations.map((quotation, index) => ({
      at: Math.min(quotation.outer.start, windows[index][0]?.start ?? quotation.outer.start),
      quotation,
      window: windows[index],
    })),
    ...sentences
      .filter((sentence) => !inQuoteWindow.has(sentence))
      .map((sentence) => ({ at: sentence.start, sentence })),
  ].sort((a, b) => a.at - b.at);

  let lastQuote: { quotation: Quotation; speaker: string | null } | undefined;
  /** The person the sentence just before opened on, in this paragraph: who speaks a quotation standing alone next. */
  let openingSubject: string | null = null;
  for (const unit of units) {
    if ('quotation' in unit && unit.quotation) {
      const { quotation, window } = unit;
      const span = {
        start: Math.min(window[0]?.start ?? quotation.outer.start, quotation.outer.start),
        end: Math.max(window[window.length - 1]?.end ?? quotation.outer.end, quotation.outer.end),
      };
      // Quotations in one sentence share its words: read them, and who they name, once.
      const key = `${span.start}:${span.end}`;
      let cached = windowCache.get(key);
      if (!cached) {
        const around = surroundings(text, span, outers, directory, outlets, dateline);
        cached = { around, attribution: findAttribution(around.tokens, around.mentions) };
        windowCache.set(key, cached);
        for (const mention of around.mentions)
          named.push({ mention, afterWith: around.tokens[mention.firstToken - 1]?.norm === 'with' });
      }
      const { around } = cached;
      let { attribution } = cached;
      if (!attribution.mention && !attribution.pronoun) {
        // "Stubb: ‘…’", "Zelensky, in Munich: «…»": the name before the colon speaks.
        let colonAt = quotation.outer.start - 1;
        while (colonAt > span.start && /\s/.test(text[colonAt])) colonAt--;
        if (text[colonAt] === ':') {
          const mention = colonAttribution(around.tokens, around.mentions, colonAt, around.slotTokens);
          if (mention) attribution = { ...attribution, mention, hasSpeechVerb: true };
        }
      }
      if (reading.bodiesSpeak && !attribution.mention && !attribution.pronoun && attribution.hasSpeechVerb) {
        // "“…,” the wildfire service said": a body named in lower case speaks.
        const mention = bodySpeaker(around.tokens, text);
        if (mention) attribution = { ...attribution, mention };
      }
      // A paragraph opening with a mark after one that ended inside a quotation continues it.
      const continues = state.openQuote && quotation.outer.start === paragraph.start && quotes.length === 0;
      let speaker: string | null = null;
      if (attribution.mention) speaker = attribution.mention.personId;
      else if (attribution.pronoun) speaker = lastSpeaker;
      else if (continues) speaker = state.openQuote!.speaker;
      else if (paragraphSpeaker)
        speaker = paragraphSpeaker; // a quotation continuing an attributed one
      else if (openingSubject && standsAlone(around.tokens)) speaker = openingSubject;
      if (speaker) {
        lastSpeaker = speaker;
        paragraphSpeaker = speaker;
        if (attribution.mention) attributedSpeaker ??= speaker;
      }
      quotes.push({
        start: quotation.inner.start,
        end: quotation.inner.end,
        text: text.slice(quotation.inner.start, quotation.inner.end),
        words: quoteWords(text.slice(quotation.inner.start, quotation.inner.end), quotation.inner.start),
        speaker,
        speakerMention: attribution.mention,
        // "‘Is it safe to fly?’ is the question passengers are asking": a quotation that is the
        // subject of "is"/"was" is named, not said by anyone the sentence attributes it to.
        attributed:
          Boolean(speaker) ||
          ((attribution.hasSpeechVerb || Boolean(continues)) &&
            !isNamedByCopula(text, quotation.outer.end) &&
            !isLabel(text, quotation, Boolean(attribution.mention))),
        window: around.window,
        ...(isLabel(text, quotation, Boolean(attribution.mention)) ? { label: true } : {}),
      });
      lastQuote = { quotation, speaker };
      openingSubject = null;
      continue;
    }
    let sentence = (unit as { sentence: Span }).sentence;
    // The dateline is the story's, not the claim's: the claim (and its underline) starts after it.
    if (dateline !== undefined && sentence.start < dateline && dateline < sentence.end) {
      let start = dateline;
      while (start < sentence.end && /\s/.test(text[start])) start++;
      sentence = { ...sentence, start };
    }
    const around = surroundings(text, sentence, [], directory, outlets, dateline);
    for (const mention of around.mentions)
      named.push({ mention, afterWith: around.tokens[mention.firstToken - 1]?.norm === 'with' });
    let attribution = findAttribution(around.tokens, around.mentions);
    if (reading.bodiesSpeak && !attribution.mention && !attribution.pronoun && attribution.hasSpeechVerb) {
      const mention = bodySpeaker(around.tokens, text);
      if (mention) attribution = { ...attribution, mention };
    }
    let speaker: string | null = null;
    if (attribution.mention) speaker = attribution.mention.personId;
    else if (attribution.pronoun) speaker = lastSpeaker;
    if (attribution.mention) {
      // The speaker is a slot (it may be wrong); it says nothing about the topic.
      for (const token of around.tokens)
        if (token.start >= attribution.mention.start && token.end <= attribution.mention.end)
          around.slotTokens.add(token);
    }
    if (speaker && attribution.hasSpeechVerb) {
      lastSpeaker = speaker;
      openingSubject = speaker;
      if (attribution.mention) attributedSpeaker ??= speaker;
    } else {
      // A sentence that opens on a person makes them who "she said" refers to next, and who speaks
      // a quotation standing alone after it ("Lee was blunt. “…”").
      // "Deputy Mayor Kari Holm" is Holm, not the mayor a role word names; "Mayor Jane Roe" is Roe.
      const titled = titledOpener(around.tokens, text);
      const subject = titled
        ? (around.mentions.find(
            (mention) => mention.firstToken >= titled.firstToken && mention.via !== 'role' && mention.via !== 'unknown',
          )?.personId ?? titled.personId)
        : (around.mentions.find(
            (mention) => mention.firstToken <= 1 && !mention.possessive && mention.via !== 'unknown',
          )?.personId ?? clauseSubject(around.tokens, around.mentions));
      if (subject) lastSpeaker = subject;
      openingSubject = subject ?? null;
    }
    // A reported question ("readers asked us whether fares will rise") or an allegation ("accused
    // Nowak of planning to raise the toll") asserts nothing: its words are not the claim.
    const asked = reportedQuestions(around.tokens, text);
    if (asked.length) dropSpans(around, asked);
    sentenceClaims.push({
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      tokens: around.tokens,
      slotTokens: around.slotTokens,
      speaker: attribution.hasSpeechVerb ? speaker : null,
      speakerMention: attribution.hasSpeechVerb ? attribution.mention : undefined,
      window: around.window,
      ...(quoteWindows.has((unit as { sentence: Span }).sentence) ? { mentionOnly: true } : {}),
    });
  }
  const known = named.filter((entry) => entry.mention.via !== 'unknown' && !entry.mention.possessive);
  const interviewee =
    known.find((entry) => entry.afterWith)?.mention.personId ??
    attributedSpeaker ??
    known[0]?.mention.personId ??
    state.interviewee ??
    null;
  const openQuote = lastQuote?.quotation.unclosed ? { speaker: lastQuote.speaker } : undefined;
  return {
    quotes,
    sentences: sentenceClaims,
    state: { lastSpeaker, interviewee, ...(openQuote ? { openQuote } : {}) },
  };
}

/**
 * A transcript turn (`ROE: We will not walk away.`, `A: …`): each sentence after the label is a
 * quotation of the named speaker (for `A:`, the interviewee named before the transcript). The
 * interviewer's `Q:` turns claim nothing. Undefined when the paragraph is not a transcript turn.
 */
function transcriptTurn(
  text: string,
  paragraph: Span,
  directory: PersonDirectory,
  state: SpeakerState,
): ParagraphClaims | undefined {
  const head = text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 64));
  const label = TRANSCRIPT_LABEL.exec(head);
  if (!label) return undefined;
  const name = label[1];
  const bare = name.replace(/[.'\u2019]+$/, '');
  if (
    NOT_SPEAKER_LABELS.has(name) ||
    NOT_SPEAKER_LABELS.has(bare) ||
    name.split(/[ \t]+/).some((word) => NOT_SPEAKER_LABELS.has(word))
  )
    return undefined;
  if (bare.length === 1 && bare !== 'Q' && bare !== 'A') return undefined;
  const nextState: SpeakerState = {
    lastSpeaker: state.lastSpeaker,
    interviewee: state.interviewee ?? null,
    inTranscript: true,
  };
  if (QUESTION_LABELS.has(bare)) return { quotes: [], sentences: [], state: nextState };
  const labelStart = paragraph.start + label[0].indexOf(name);
  let speaker: string | null;
  let speakerMention: PersonMention | undefined;
  if (bare === 'A') speaker = state.interviewee ?? null;
  else {
    const tokens = tokenize(name, labelStart);
    const mention = directory
      .findMentions(tokens, text)
      .find((found) => found.via !== 'unknown' && found.firstToken === 0 && found.lastToken === tokens.length - 1);
    // A label the corpus does not know is a speaker only inside a transcript (after Q:, A: or a known speaker's turn): `WASHINGTON:` opening a paragraph is not one.
    if (!mention && !state.inTranscript) return undefined;
    speakerMention = mention;
    speaker =
      mention?.personId ??
      `unknown:${tokens.map((token) => token.text[0] + token.text.slice(1).toLowerCase()).join(' ')}`;
  }
  const body: Span = { start: paragraph.start + label[0].length, end: paragraph.end };
  const quotes: QuoteClaim[] = [];
  const empty: ClaimWindow = { numbers: [], dates: [], outlets: [] };
  for (const sentence of splitSentences(text, body)) {
    const inner = trimQuoteMarks(text, sentence);
    if (inner.end <= inner.start) continue;
    const words = text.slice(inner.start, inner.end);
    quotes.push({
      start: inner.start,
      end: inner.end,
      text: words,
      words: quoteWords(words, inner.start),
      speaker,
      speakerMention,
      attributed: true,
      window: empty,
    });
  }
  if (speaker) nextState.lastSpeaker = speaker;
  return { quotes, sentences: [], state: nextState };
}

/** A transcript sentence pasted with its own quotation marks keeps only the words. */
function trimQuoteMarks(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"\u201C\u201D\u2018\u2019'\u00AB\u00BB\u201E]/.test(text[start])) start++;
  while (end > start && /[\s"\u201C\u201D\u2018\u2019'\u00AB\u00BB]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Tokens of `span` outside every quotation, and the names, numbers, days and outlets among them. */
const DEFAULT_OUTLETS = new OutletDirectory();

function surroundings(
  text: string,
  span: Span,
  outers: Span[],
  directory: PersonDirectory,
  outletDirectory: OutletDirectory,
  dateline?: number,
): Surroundings {
  const tokens: Token[] = [];
  let cursor = span.start;
  const inside = overlapping(outers, span);
  for (const quoted of inside) {
    if (quoted.start > cursor) tokens.push(...tokenize(text.slice(cursor, quoted.start), cursor));
    cursor = Math.max(cursor, quoted.end);
  }
  if (cursor < span.end) tokens.push(...tokenize(text.slice(cursor, span.end), cursor));

  const mentions = directory.findMentions(tokens, text);
  const afterDateline = (mention: { start: number }) => dateline === undefined || mention.start >= dateline;
  const outlets = outletDirectory
    .find(tokens, text)
    .filter(afterDateline)
    // "told Hansen": a name read as an outlet from its place alone is a person the corpus knows.
    .filter((o) => !o.guessed || !mentions.some((m) => m.start < o.end && m.end > o.start));
  // "Fox News Sunday" names a programme, not a day.
  const dates = findDateMentions(tokens, text).filter(
    (d) =>
      afterDateline(d) &&
      !outlets.some((o) => d.start < o.end && d.end > o.start) &&
      !(d.kind !== 'year' && isDeadline(tokens, d.start)),
  );
  // The dateline's "Nov. 20" and a score's "1-0" count nothing the record could give.
  const numbers = findNumbers(tokens, text).filter(
    (n) => afterDateline(n) && !dates.some((d) => n.start < d.end && n.end > d.start) && !isScore(text, n),
  );
  const slotTokens = new Set<Token>();
  // Tokens inside a day, outlet or number: one walk over both sorted lists, not tokens x slots.
  const slots = [...dates, ...outlets, ...numbers].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const slot of slots) {
    while (first < tokens.length && tokens[first].start < slot.start) first++;
    for (let k = first; k < tokens.length && tokens[k].start < slot.end; k++)
      if (tokens[k].end <= slot.end) slotTokens.add(tokens[k]);
  }
  return { tokens, mentions, window: { numbers, dates, outlets }, slotTokens };
}

/**
 * The spans of a sorted, non-overlapping list that overlap `range`, found by binary search:
 * a paragraph of thousands of quotations must not cost quotations × sentences.
 */
function overlapping(sorted: Span[], range: Span): Span[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].end <= range.start) low = mid + 1;
    else high = mid;
  }
  const found: Span[] = [];
  for (let i = low; i < sorted.length && sorted[i].start < range.end; i++) found.push(sorted[i]);
  return found;
}

/** A match score or a vote tally written with a hyphen or en dash: "1-0", "3–2". */
function isScore(text: string, number: { start: number; end: number }): boolean {
  return (
    /^[-–]\d/.test(text.slice(number.end, number.end + 2)) ||
    /\d[-–]$/.test(text.slice(Math.max(0, number.start - 2), number.start))
  );
}

/** A quotation followed by a copula ("… is the question", "… was the slogan") is mentioned, not said. */
function isNamedByCopula(text: string, quotationEnd: number): boolean {
  return /^\s*(?:is|was|are|were|remains|remained|became|has become|had become|has been|had been)\s+(?:the|a|an|one of the)\s/.test(
    text.slice(quotationEnd, quotationEnd + 30),
  );
}

/** Verbs that give something a name: what they put in quotation marks is a label, not a remark. */
const NAMING =
  /(?:\b(?:dubbed|dubs|nicknamed|branded|brands|labell?ed|labels|termed|terms|christened|known as|referred to as|billed as)\b[^.!?"“”«»]{0,40}|\bso-called\s*|\bso called\s*)$/i;

/**
 * "call" with its object ("taken to calling it the", "calls its campaign"): a name the quotation
 * gives, unless a named person is the one calling it ("Roe called the plan “a disgrace”" quotes Roe).
 */
const CALLING = /\bcall(?:s|ed|ing)?\s+(?:it|them|this|these|those|the|its|his|her|their)\b[^.!?"“”«»:]{0,40}$/i;

/**
 * "have dubbed the import plan the “back-door maize deal”", "critics have taken to calling it the
 * “…”": a short quotation after a naming verb is a label. `named`: the sentence attributes the
 * quotation to a named person.
 */
function isLabel(
  text: string,
  quotation: { outer: { start: number }; inner: { start: number; end: number } },
  named: boolean,
): boolean {
  const words = text.slice(quotation.inner.start, quotation.inner.end).trim().split(/\s+/).length;
  if (words > 6) return false;
  const before = text.slice(Math.max(0, quotation.outer.start - 80), quotation.outer.start);
  return NAMING.test(before) || (!named && CALLING.test(before));
}

/** Verbs that report a question: "if" after them opens the question ("asked if", "wondered if"). */
const ASKING = new Set(
  'ask asks asked asking wonder wonders wondered wondering question questions questioned questioning inquire inquires inquired enquire enquires enquired know knows knew unclear uncertain unsure doubt doubts doubted'.split(
    ' ',
  ),
);
/** Verbs whose "of"/"for" clause is an allegation ("accused the council of hiding costs", "blamed her for …"). */
const ALLEGING = new Set(
  'accuse accuses accused accusing blame blames blamed blaming criticise criticises criticised criticize criticizes criticized condemn condemns condemned suspect suspects suspected'.split(
    ' ',
  ),
);
/** Words between the asking verb and "if": its object ("asked us if", "asked the minister if"). */
const ASK_OBJECT_WORDS = 4;

/**
 * The reported questions of a sentence, as token index ranges [from, to): from "whether" (or an
 * "if" shortly after an asking verb) to the end of its clause (a comma, semicolon, colon or dash,
 * or the sentence's end). "Readers have asked us whether fares will rise in January; we put …"
 * gives the words "whether fares will rise in January".
 */
export function reportedQuestions(tokens: Token[], text: string): [number, number][] {
  const found: [number, number][] = [];
  for (let index = 0; index < tokens.length; index++) {
    const norm = tokens[index].norm;
    const opens =
      norm === 'whether' ||
      // "accused Nowak of planning to raise the toll": an allegation, not Nowak's claim.
      ((norm === 'of' || norm === 'for') &&
        tokens.slice(Math.max(0, index - 1 - ASK_OBJECT_WORDS), index).some((token) => ALLEGING.has(token.norm))) ||
      (norm === 'if' &&
        tokens.slice(Math.max(0, index - 1 - ASK_OBJECT_WORDS), index).some((token) => ASKING.has(token.norm)));
    if (!opens) continue;
    let end = index + 1;
    while (end < tokens.length && !/[,;:\u2013\u2014]/.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
    found.push([index, end]);
    index = end - 1;
  }
  return found;
}

/** Leaves the tokens (and the numbers, days and outlets) of `ranges` out of the claim's surroundings. */
function dropSpans(around: Surroundings, ranges: [number, number][]): void {
  const spans = ranges.map(([from, to]) => ({ start: around.tokens[from].start, end: around.tokens[to - 1].end }));
  const outside = (slot: { start: number; end: number }) =>
    !spans.some((span) => slot.start < span.end && slot.end > span.start);
  around.tokens = around.tokens.filter(outside);
  around.window = {
    numbers: around.window.numbers.filter(outside),
    dates: around.window.dates.filter(outside),
    outlets: around.window.outlets.filter(outside),
  };
}

/** A quotation that is its sentence: at most a word or two of its own outside the marks ("“…” Then:"). */
function standsAlone(tokens: Token[]): boolean {
  return tokens.length <= 1;
}
