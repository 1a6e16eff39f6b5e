import type { CheckOptions, CheckResult, Corpus, Finding, OffsetRange, Person, Source, Statement } from './types';
import { maskMarkdown } from './draft/markdown';
import { splitParagraphs } from './draft/segment';
import { extractClaims, stateKey, type SpeakerState } from './draft/analyse';
import { PersonDirectory } from './draft/people';
import { OutletDirectory } from './draft/outlets';
import { StatementIndex, type StatementIndexParts } from './match/statementIndex';
import { judgeQuote } from './judge/quote';
import { judgeClaim } from './judge/claim';
import { judgeFactChecks, matchFactCheck } from './judge/factCheck';
import { speaksFor, type JudgeContext } from './judge/context';
import { startsLikeName, tokenize, topicStems } from './text/tokens';
import { MONTH_NAMES, WEEKDAY_NAMES } from './text/calendar';
import { NUMBER_WORDS } from './text/quantities';
import { findQuotations } from './draft/quotes';
import { findNumbers } from './draft/numbers';

/**
 * How a draft is written, from its VS Code language id or its file name: `plaintext` and .txt
 * drafts are plain text (indented lines are prose); everything else is read as Markdown.
 */
export function draftFormat(languageIdOrFileName: string): 'markdown' | 'plaintext' {
  return languageIdOrFileName === 'plaintext' || /\.(?:txt|text)$/i.test(languageIdOrFileName)
    ? 'plaintext'
    : 'markdown';
}

/** Drafts beyond this many characters are checked up to it, with a message (5 MB of text is a book, not a story). */
export const DEFAULT_MAX_CHARS = 1_000_000;
export const DEFAULT_MAX_FINDINGS = 5_000;
export const DEFAULT_MIN_SCORE = 0.45;

interface CachedParagraph {
  /** Findings with offsets relative to the paragraph's start. */
  findings: Finding[];
  state: SpeakerState;
  generation: number;
}

/**
 * Indexes a corpus once and checks drafts against it. Each paragraph's verdicts are cached by
 * its text and the speaker carried into it, so re-checking an edited draft re-judges only the
 * paragraphs that changed (and any whose carried-in speaker changed).
 */
export class FactChecker {
  private readonly index: StatementIndex;
  /** Claims fact-checkers have rated (ClaimReview), searched for repeats; undefined when the corpus has none. */
  private readonly factChecks: StatementIndex | undefined;
  private readonly directory: PersonDirectory;
  private readonly outlets: OutletDirectory;
  private readonly sourcesById: Map<string, Source>;
  private readonly peopleById: Map<string, Person>;
  /** Made on the first look-up by id (a hover, a citation), not at reopening: a million entries. */
  private statementsById?: Map<string, Statement>;
  private readonly cache = new Map<string, CachedParagraph>();
  private readonly slotStems: Set<string>;
  private readonly nameStems: Set<string>;
  private readonly namedPersonStems: Set<string>;
  private generation = 0;

  /** Indexes `corpus`; `indexParts` (from a snapshot of the same corpus, see snapshot.ts) skips building the statement index. */
  constructor(
    readonly corpus: Corpus,
    indexParts?: StatementIndexParts,
  ) {
    // Fact-checked claims are what someone claimed, not what the record says: the judges cite only the record.
    this.index = new StatementIndex(
      corpus.statements.filter((statement) => !statement.factCheck),
      indexParts,
    );
    const rated = corpus.statements.filter((statement) => statement.factCheck);
    this.factChecks = rated.length ? new StatementIndex(rated) : undefined;
    this.directory = new PersonDirectory(corpus.people);
    this.outlets = new OutletDirectory(corpus);
    this.sourcesById = new Map(corpus.sources.map((source) => [source.id, source]));
    this.peopleById = new Map(corpus.people.map((person) => [person.id, person]));
    this.slotStems = slotStemsOf();
    this.nameStems = nameStemsOf(corpus.people);
    // Names only, not role titles: "Project Director, Kraków Metro Line M1" must not make "line" a name.
    this.namedPersonStems = nameStemsOf(
      corpus.people.filter((person) => person.kind === 'person'),
      false,
    );
  }

  /** Checks a whole draft. Repeated calls on an edited draft re-judge only changed paragraphs. */
  check(draft: string, options: CheckOptions = {}): CheckResult {
    const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
    const maxFindings = options.maxFindings ?? DEFAULT_MAX_FINDINGS;
    const capMessages: string[] = [];
    let text = draft;
    if (text.length > maxChars) {
      text = text.slice(0, maxChars);
      capMessages.push(
        `Checked the first ${maxChars.toLocaleString('en-US')} of ${draft.length.toLocaleString('en-US')} characters; the rest of the draft was not checked.`,
      );
    }
    const masked = maskMarkdown(text, options.format ?? 'markdown');
    const context: JudgeContext = {
      index: this.index,
      directory: this.directory,
      outlets: this.outlets,
      sources: this.sourcesById,
      draftDate: masked.frontMatterDate ?? options.draftDate,
      minScore: options.minScore ?? DEFAULT_MIN_SCORE,
      slotStems: this.slotStems,
      nameStems: this.nameStems,
      namedPersonStems: this.namedPersonStems,
    };
    const generation = ++this.generation;
    const findings: Finding[] = [];
    let state: SpeakerState = { lastSpeaker: null };
    let cancelled = false;
    let held: OffsetRange | undefined;
    for (const paragraph of splitParagraphs(masked.text, masked.breaks)) {
      // Between paragraphs, so a cancelled check still returns every paragraph it finished.
      if (options.isCancelled?.()) {
        cancelled = true;
        capMessages.push(
          `Check cancelled; the draft from character ${paragraph.start.toLocaleString('en-US')} on was not checked.`,
        );
        break;
      }
      const paragraphText = masked.text.slice(paragraph.start, paragraph.end);
      const key = `${context.draftDate ?? ''}\u0000${context.minScore}\u0000${stateKey(state)}\u0000${paragraphText}`;
      let cached = this.cache.get(key);
      if (!cached) {
        const claims = extractClaims(masked.text, paragraph, this.directory, state, this.outlets, {
          bodiesSpeak: true,
        });
        let judged: Finding[] = [];
        for (const quote of claims.quotes) {
          judged.push(...judgeQuote(quote, context, masked.text));
        }
        for (const sentence of claims.sentences) {
          judged.push(...judgeClaim(sentence, context, masked.text));
        }
        if (this.factChecks) {
          const repeats = this.judgeRepeats(claims, masked.text, this.factChecks);
          judged = withoutAttestedQuotes(judged, repeats.attested, context);
          judged.push(...repeats.findings);
        }
        cached = {
          findings: dropDuplicates(judged).map((finding) => shift(finding, -paragraph.start)),
          state: claims.state,
          generation,
        };
        this.cache.set(key, cached);
      }
      cached.generation = generation;
      state = cached.state;
      // Filtered after the cache: the paragraph's verdicts do not depend on the cursor, only what is shown.
      const typing =
        options.editingAt !== undefined ? quotationBeingTyped(masked.text, paragraph, options.editingAt) : undefined;
      if (typing) held = { start: typing.start, end: typing.end };
      for (const finding of cached.findings) {
        // Everything from the opening mark on, and what the quotation's own verdicts mark before it (the outlet or speaker in its attribution).
        if (typing && (finding.range.end + paragraph.start > typing.start || finding.claim === typing.claim)) continue;
        findings.push(shift(finding, paragraph.start));
      }
      if (findings.length >= maxFindings) {
        capMessages.push(
          `Stopped at ${maxFindings.toLocaleString('en-US')} findings; the rest of the draft was not checked.`,
        );
        break;
      }
    }
    this.evictStale(generation);
    findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    if (!capMessages.length) return held ? { findings, held } : { findings };
    const capped: CheckResult = { findings: findings.slice(0, maxFindings), capMessage: capMessages.join(' ') };
    if (held) capped.held = held;
    if (cancelled) capped.cancelled = true;
    return capped;
  }

  /**
   * `fact-checked` findings: sentences and quotations that repeat a rated claim. Word weights are the
   * record corpus's rarity. `attested`: quotations a fact-check records as said (repeated or
   * reported as false), with the claim's author, for `withoutAttestedQuotes`.
   */
  private judgeRepeats(
    claims: ReturnType<typeof extractClaims>,
    text: string,
    factChecks: StatementIndex,
  ): { findings: Finding[]; attested: AttestedQuote[] } {
    const weight = (stem: string) => Math.min(Math.max(this.index.idf(stem), 0.5), 4);
    const quotes = claims.quotes.map((quote) => ({
      ...quote,
      tokens: tokenize(quote.text, quote.start),
      numbers: findNumbers(tokenize(quote.text, quote.start), text),
    }));
    const candidates = [
      // A sentence that only mentions quoted words is judged as a paraphrase for its figures alone.
      ...claims.sentences
        .filter((sentence) => !sentence.mentionOnly)
        .map((sentence) => ({ ...sentence, numbers: sentence.window.numbers })),
      ...quotes,
    ];
    const findings: Finding[] = [];
    for (const candidate of candidates) {
      for (const finding of judgeFactChecks(candidate, factChecks, weight, text)) {
        // A quotation inside a sentence already found repeating the same claim is one repeat, not two.
        const overlap = findings.some(
          (other) =>
            other.statement === finding.statement &&
            other.range.start < finding.range.end &&
            finding.range.start < other.range.end,
        );
        if (!overlap) findings.push(finding);
      }
    }
    const attested: AttestedQuote[] = [];
    for (const quote of quotes) {
      const match = matchFactCheck(quote, factChecks, weight, text);
      if (match) attested.push({ start: quote.start, end: quote.end, claimant: match.statement.speaker });
    }
    return { findings, attested };
  }

  /** The statement index as arrays, for a snapshot. */
  indexParts(): StatementIndexParts {
    return this.index.toParts();
  }

  person(id: string | null | undefined): Person | undefined {
    return id ? this.peopleById.get(id) : undefined;
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  statement(id: string): Statement | undefined {
    this.statementsById ??= new Map(this.corpus.statements.map((statement) => [statement.id, statement]));
    return this.statementsById.get(id);
  }

  /** Keeps the cache to what the last few checks used, so a long editing session does not grow it without bound. */
  private evictStale(generation: number) {
    if (this.cache.size < 4_096) return;
    for (const [key, entry] of this.cache) {
      if (entry.generation < generation - 2) this.cache.delete(key);
    }
  }
}

/** A quotation a fact-check records as said: its span and the claim's author (person id; null when unnamed). */
interface AttestedQuote {
  start: number;
  end: number;
  claimant: string | null;
}

/**
 * `findings` without the `unverified-quote` findings on quotations a fact-check attests: a published
 * fact-check is a record that the words were said, by its claimant. Kept when the draft gives the
 * words to someone else than the fact-check's claimant (a body referred back to, "the group", is
 * its claimant: see speaksFor): that attribution is still unverified.
 */
function withoutAttestedQuotes(findings: Finding[], attested: AttestedQuote[], context: JudgeContext): Finding[] {
  if (!attested.length) return findings;
  return findings.filter(
    (finding) =>
      finding.kind !== 'unverified-quote' ||
      !attested.some(
        (quote) =>
          quote.start < finding.range.end &&
          finding.range.start < quote.end &&
          (!quote.claimant ||
            !finding.draftSpeaker ||
            quote.claimant === finding.draftSpeaker ||
            speaksFor(context, finding.draftSpeaker, quote.claimant)),
      ),
  );
}

/**
 * The quotation being typed at `cursor` in `paragraph`: one with no closing mark before the
 * paragraph's end whose opening mark is before the cursor. Its span runs from the opening mark to
 * the paragraph's end, `claim` is its words (a finding's `claim`); undefined when the cursor is
 * elsewhere or every quotation is closed.
 */
function quotationBeingTyped(
  text: string,
  paragraph: { start: number; end: number },
  cursor: number,
): (OffsetRange & { claim: string }) | undefined {
  if (cursor < paragraph.start || cursor > paragraph.end) return undefined;
  const open = findQuotations(text, paragraph).find(
    (quotation) => quotation.unclosed && quotation.outer.start < cursor,
  );
  return open
    ? { start: open.outer.start, end: paragraph.end, claim: text.slice(open.inner.start, open.inner.end) }
    : undefined;
}

function shift(finding: Finding, delta: number): Finding {
  return {
    ...finding,
    range: { start: finding.range.start + delta, end: finding.range.end + delta },
    ...(finding.claimRange
      ? { claimRange: { start: finding.claimRange.start + delta, end: finding.claimRange.end + delta } }
      : {}),
    fix: finding.fix
      ? { ...finding.fix, range: { start: finding.fix.range.start + delta, end: finding.fix.range.end + delta } }
      : null,
  };
}

/** Two quotations in one sentence share its day and outlet: one finding on that word is enough. */
function dropDuplicates(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.kind}:${finding.range.start}:${finding.range.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Number words, months and weekdays: compared as slots, never as topic. Names stay topic: "Trump met Putin" is about them. */
function slotStemsOf(): Set<string> {
  return new Set(tokenize([...NUMBER_WORDS, ...MONTH_NAMES, ...WEEKDAY_NAMES].join(' ')).map((token) => token.stem));
}

function nameStemsOf(people: Person[], withRoles = true): Set<string> {
  const words: string[] = [];
  for (const person of people) {
    if (withRoles) words.push(person.name, ...person.aliases, ...person.roles.map((role) => role.title));
    // Names proper: a "name" that describes (an unnamed source filed as a person, "anonymous
    // member of the creditors’ committee") has lower-case words that are topic ("creditors"), not
    // a name; only the words written like a name count. (Weighting, above, keeps them all as weak.)
    else
      for (const name of [person.name, ...person.aliases])
        words.push(...name.split(/\s+/).filter((word) => startsLikeName(word) || /^\P{L}*$/u.test(word)));
  }
  const stems = new Set(topicStems(tokenize(words.join(' '))));
  // Country words are topic ("Russia launched drones"), even when they appear in role phrases.
  for (const country of ['us', 'russia', 'ukraine', 'europe']) stems.delete(country);
  return stems;
}
