/**
 * Reading published fact-checks: schema.org `ClaimReview` objects, as fact-checkers embed them in
 * their pages (JSON-LD) and publish them in feeds and data dumps. Each review becomes a corpus
 * statement (the claim, said by the claim's author when the review names one) carrying a
 * `factCheck` (the verdict, the fact-checker, the date and URL of the fact-check), and a source
 * (the fact-check itself). Accepted shapes: one object, an array, an object with `@graph`, JSON
 * Lines, and a saved HTML page whose `<script type="application/ld+json">` blocks hold them.
 *
 * Nothing throws: a malformed review is reported with the file, its line, the review's URL (or its
 * position) and the field at fault, and skipped; the rest load.
 */
import type { Corpus, FactCheck, FactCheckRating, Statement } from '../types';
import { formatStatementDate } from '../citation';
import { LineIndex } from '../text/lineIndex';
import { tokenize } from '../text/tokens';
import { isNegated } from '../judge/negation';
import { deriveNumbers } from './numbers';
import { slugify } from './merge';
import type { ProblemList } from './problems';

/** True when a text holds a ClaimReview (`"@type": "ClaimReview"`, or `schema:ClaimReview`). */
export function mentionsClaimReview(text: string): boolean {
  return CLAIM_REVIEW_TYPE.test(text);
}

const CLAIM_REVIEW_TYPE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:[^"]*[/:])?ClaimReview"/;
const SCRIPT_BLOCK = /<script\b[^>]*\btype\s*=\s*(["']?)application\/ld\+json\1[^>]*>([\s\S]*?)<\/script\s*>/gi;

/**
 * Reads every ClaimReview in a file's text into `corpus`. `shape` is how the text is laid out:
 * `html` (script blocks), `jsonl` (one JSON value a line) or `json` (one JSON value).
 */
export function readClaimReviews(
  text: string,
  shape: 'json' | 'jsonl' | 'html',
  problems: ProblemList,
  corpus: Corpus,
): void {
  const lines = new LineIndex(text);
  const reader = new ReviewReader(text, lines, problems, corpus);
  if (shape === 'html') {
    let blocks = 0;
    for (const match of text.matchAll(SCRIPT_BLOCK)) {
      blocks++;
      const start = match.index + match[0].indexOf('>') + 1;
      reader.readJsonText(match[2], start, 'the JSON-LD script block');
    }
    if (!blocks)
      problems.error(
        0,
        'The page has no <script type="application/ld+json"> block, so no ClaimReview: nothing was loaded from this file',
      );
  } else if (shape === 'jsonl') {
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (text.slice(start, end).trim()) reader.readJsonText(text.slice(start, end), start, 'the line');
      start = end + 1;
    }
  } else {
    reader.readJsonText(text, 0, 'the file');
  }
  if (reader.found === 0 && !problems.items.some((problem) => problem.severity === 'error')) {
    problems.error(
      0,
      'No ClaimReview found (expected objects with "@type": "ClaimReview"): nothing was loaded from this file',
    );
  }
}

class ReviewReader {
  /** ClaimReviews met so far, loaded or not: the position that names a review without a URL. */
  found = 0;
  private readonly ids = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly lines: LineIndex,
    private readonly problems: ProblemList,
    private readonly corpus: Corpus,
  ) {}

  /** Parses one JSON text found at `offset` of the file, and reads the ClaimReviews in it. */
  readJsonText(json: string, offset: number, where: string): void {
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch (error) {
      const line = this.lineAt(offset + json.length - json.trimStart().length);
      this.problems.error(
        line,
        `Malformed JSON in ${where}: ${error instanceof Error ? error.message : String(error)}; skipped`,
      );
      return;
    }
    // Reviews are found in document order, so the n-th `"ClaimReview"` type in the text is the n-th review.
    let searchFrom = offset;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item);
        return;
      }
      if (!node || typeof node !== 'object') return;
      const object = node as Record<string, unknown>;
      if (isClaimReview(object)) {
        const rest = this.text.slice(searchFrom, offset + json.length);
        const match = CLAIM_REVIEW_TYPE.exec(rest);
        const at = match ? searchFrom + match.index : offset;
        if (match) searchFrom = at + match[0].length;
        // A field is looked for up to the next review (or the end of this JSON text).
        const next = CLAIM_REVIEW_TYPE.exec(this.text.slice(searchFrom, offset + json.length));
        this.readReview(object, at, next ? searchFrom + next.index : offset + json.length);
        return;
      }
      for (const key of ['@graph', 'mainEntity', 'hasPart', 'itemListElement', 'item'])
        if (key in object) visit(object[key]);
    };
    visit(value);
  }

  private lineAt(offset: number): number {
    return this.lines.positionAt(offset).line + 1;
  }

  /** The line of a field (`itemReviewed.author`: `"author"` after `"itemReviewed"`) after the review's start, else the review's own line. */
  private fieldLine(at: number, end: number, field: string): number {
    let found = at;
    for (const key of field.split('.')) {
      const next = this.text.indexOf(`"${key}"`, found);
      // A missing field is reported on its parent's line (or the review's).
      if (next < 0 || next >= end) break;
      found = next;
    }
    return this.lineAt(found);
  }

  private readReview(review: Record<string, unknown>, at: number, end: number): void {
    const position = ++this.found;
    const url = text(review.url) ?? (/^https?:/.test(text(review['@id']) ?? '') ? text(review['@id']) : undefined);
    const recordId = url ?? `ClaimReview ${position}`;
    const line = this.lineAt(at);
    const errors: { field: string; message: string }[] = [];
    const fail = (field: string, message: string) => errors.push({ field, message });

    const claim = text(review.claimReviewed);
    if (claim === undefined)
      fail(
        'claimReviewed',
        review.claimReviewed === undefined
          ? '"claimReviewed" (the claim) is missing'
          : '"claimReviewed" must be the claim as text',
      );
    const rating = readRating(review.reviewRating, fail);
    const reviewer = nameOf(review.author);
    if (!reviewer)
      fail(
        'author',
        review.author === undefined
          ? '"author" (the fact-checking organisation) is missing'
          : '"author" must name the fact-checker ("name")',
      );
    const reviewed = isoDate(review.datePublished);
    if (!reviewed)
      fail(
        'datePublished',
        review.datePublished === undefined
          ? '"datePublished" (of the fact-check) is missing'
          : `"datePublished" must be a date (YYYY-MM-DD), not ${JSON.stringify(review.datePublished)}`,
      );
    const item = review.itemReviewed;
    if (item !== undefined && (item === null || typeof item !== 'object' || Array.isArray(item)))
      fail('itemReviewed', '"itemReviewed" must be an object (the Claim)');
    const claimItem = (item && typeof item === 'object' && !Array.isArray(item) ? item : {}) as Record<string, unknown>;
    const claimant = claimItem.author === undefined ? undefined : nameOf(claimItem.author);
    if (claimItem.author !== undefined && !claimant)
      fail('itemReviewed.author', '"itemReviewed.author" must name the claim\'s author ("name")');
    const claimDate = claimItem.datePublished === undefined ? undefined : isoDate(claimItem.datePublished);
    if (claimItem.datePublished !== undefined && !claimDate)
      fail(
        'itemReviewed.datePublished',
        `"itemReviewed.datePublished" must be a date (YYYY-MM-DD), not ${JSON.stringify(claimItem.datePublished)}`,
      );

    if (errors.length || claim === undefined || !rating || !reviewer || !reviewed) {
      for (const error of errors)
        this.problems.error(
          this.fieldLine(at, end, error.field),
          `${error.message}; ClaimReview skipped`,
          error.field,
          recordId,
        );
      return;
    }
    if (!url)
      this.problems.warning(
        line,
        'the ClaimReview has no "url" (of the fact-check); loaded without a link',
        'url',
        recordId,
      );

    let id = `factcheck-${slugify(url ?? `${reviewer} ${reviewed} ${claim}`).slice(0, 80)}`;
    for (let n = 2; this.ids.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
    this.ids.add(id);
    const appearances = [claimItem.appearance, claimItem.firstAppearance].flatMap((value) =>
      Array.isArray(value) ? value : value === undefined ? [] : [value],
    );
    const factCheck: FactCheck = { ...rating, reviewer, reviewed, url: url ?? '' };
    if (claimant) {
      factCheck.claimant = claimant;
      const author = (Array.isArray(claimItem.author) ? claimItem.author[0] : claimItem.author) as Record<
        string,
        unknown
      >;
      const types = [author?.['@type']].flat();
      if (types.some((type) => typeof type === 'string' && /Organi[sz]ation$/.test(type)))
        factCheck.claimantKind = 'group';
      else if (author && typeof author === 'object') factCheck.claimantKind = 'person';
      const title = author && typeof author === 'object' ? text(author.jobTitle) : undefined;
      if (title) factCheck.claimantTitle = title;
    }
    const appeared = appearances
      .map((entry) => text(entry) ?? text((entry as Record<string, unknown>)?.url) ?? nameOf(entry))
      .filter((entry): entry is string => !!entry);
    if (appeared.length) factCheck.appearances = [...new Set(appeared)];
    const date = claimDate ?? reviewed;
    const statement: Statement = {
      id,
      kind: 'claim',
      speaker: claimant ?? null,
      text: claim,
      date,
      datePrecision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
      dateBasis: claimDate
        ? "the claim's datePublished in the ClaimReview"
        : "the fact-check's datePublished (the ClaimReview does not date the claim)",
      outlet: '',
      source: id,
      context: claim,
      numbers: deriveNumbers(claim),
      negated: isNegated(tokenize(claim)),
      factCheck,
    };
    const headline = text(review.headline) ?? text(review.name) ?? `Fact-check: ${claim}`;
    this.corpus.statements.push(statement);
    this.corpus.sources.push({
      id,
      publisher: reviewer,
      headline,
      published: reviewed,
      publishedPrecision: reviewed.length === 10 ? 'day' : reviewed.length === 7 ? 'month' : 'year',
      dateBasis: "the ClaimReview's datePublished",
      ...(url ? { url } : {}),
    });
  }
}

function isClaimReview(object: Record<string, unknown>): boolean {
  const types = Array.isArray(object['@type']) ? object['@type'] : [object['@type']];
  return types.some((type) => typeof type === 'string' && /(?:^|[/:])ClaimReview$/.test(type));
}

/** A non-blank string, trimmed; a one-element array of one counts. */
function text(value: unknown): string | undefined {
  if (Array.isArray(value) && value.length === 1) return text(value[0]);
  return typeof value === 'string' && value.trim() ? value.trim().replace(/\s+/g, ' ') : undefined;
}

/** A Person's or Organization's name: `{ "name": … }`, a plain string, or the first of an array. */
function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length ? nameOf(value[0]) : undefined;
  if (typeof value === 'string') return text(value);
  if (value && typeof value === 'object') return text((value as Record<string, unknown>).name);
  return undefined;
}

/** YYYY-MM-DD (a timestamp's date part), YYYY-MM or YYYY; undefined for anything else. */
function isoDate(value: unknown): string | undefined {
  const raw = text(value);
  const match = raw && /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (!match) return undefined;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day && (Number(day) < 1 || Number(day) > 31)) return undefined;
  return [year, month, day].filter(Boolean).join('-');
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** The verdict: `reviewRating.alternateName`, and the numeric rating when the review gives one. */
function readRating(
  value: unknown,
  fail: (field: string, message: string) => void,
): Pick<FactCheck, 'verdict' | 'rating' | 'ratingValue' | 'bestRating' | 'worstRating'> | undefined {
  if (value === undefined) {
    fail('reviewRating', '"reviewRating" (the verdict) is missing');
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    fail('reviewRating', '"reviewRating" must be a Rating object');
    return undefined;
  }
  const rating = value as Record<string, unknown>;
  const verdict = text(rating.alternateName) ?? text(rating.name);
  const numbers: Partial<Record<'ratingValue' | 'bestRating' | 'worstRating', number>> = {};
  for (const key of ['ratingValue', 'bestRating', 'worstRating'] as const) {
    if (rating[key] === undefined || rating[key] === '') continue;
    const number = numberOf(rating[key]);
    if (number === undefined) {
      fail(`reviewRating.${key}`, `"reviewRating.${key}" must be a number, not ${JSON.stringify(rating[key])}`);
      return undefined;
    }
    numbers[key] = number;
  }
  if (rating.alternateName !== undefined && text(rating.alternateName) === undefined) {
    fail('reviewRating.alternateName', '"reviewRating.alternateName" (the verdict) must be text');
    return undefined;
  }
  const scale =
    numbers.ratingValue !== undefined &&
    numbers.bestRating !== undefined &&
    numbers.worstRating !== undefined &&
    numbers.bestRating !== numbers.worstRating;
  if (!verdict && !scale) {
    fail(
      'reviewRating.alternateName',
      '"reviewRating.alternateName" (the verdict) is missing, and no ratingValue on a bestRating–worstRating scale stands in for it',
    );
    return undefined;
  }
  const fraction = scale
    ? (numbers.ratingValue! - numbers.worstRating!) / (numbers.bestRating! - numbers.worstRating!)
    : undefined;
  return {
    verdict: verdict ?? `${numbers.ratingValue} of ${numbers.bestRating}`,
    rating: ratingClass(verdict, fraction),
    ...numbers,
  };
}

/**
 * What a verdict means for a draft that repeats the claim: `false` (false, misleading, unsupported:
 * a warning), `true` (true or mostly true: supporting evidence) or `mixed` (half true, unproven in
 * part, anything else). The wording decides; a numeric rating only when the wording is unknown.
 */
export function ratingClass(verdict: string | undefined, fraction?: number): FactCheckRating {
  const words = (verdict ?? '')
    .toLowerCase()
    .replace(/[^a-z\s]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (words) {
    if (/\b(?:half|mixed|mixture|partly true|partially true|half true|unclear|unverified|disputed)\b/.test(words))
      return 'mixed';
    if (/^(?:mostly )?(?:true|correct|accurate|right|verified|confirmed|legit)\b/.test(words)) return 'true';
    if (
      /\b(?:false|fake|incorrect|wrong|misleading|mislead|inaccurate|untrue|not true|fabricated|baseless|unsupported|unfounded|no evidence|unproven|unsubstantiated|exaggerat\w*|distort\w*|pants on fire|pinocchios?|hoax|scam|debunked|manipulated|altered|doctored|out of context|missing context|lacks context|satire|spin|flip flop|cherry picked)\b/.test(
        words,
      )
    )
      return 'false';
    if (/\b(?:true|correct|accurate)\b/.test(words)) return 'true';
  }
  if (fraction !== undefined) return fraction <= 0.34 ? 'false' : fraction >= 0.8 ? 'true' : 'mixed';
  return 'mixed';
}

/** "Rated False by Harbour Check on 3 March 2025": the verdict, who gave it and when, in one line. */
export function verdictLine(factCheck: FactCheck): string {
  const precision = factCheck.reviewed.length === 10 ? 'day' : factCheck.reviewed.length === 7 ? 'month' : 'year';
  // The fact-check's date without its weekday: the day a verdict was published, not a day to check.
  const date = formatStatementDate({ date: factCheck.reviewed, datePrecision: precision }).replace(
    /^[A-Z][a-z]+day /,
    '',
  );
  return `Rated ${factCheck.verdict} by ${factCheck.reviewer} ${precision === 'day' ? 'on' : 'in'} ${date}`;
}
