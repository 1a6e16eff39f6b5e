/**
 * The labelled eval set: reading and validating test/eval/cases.jsonl. Shared by the eval runner
 * (npm run eval) and the unit test that guards the file's shape and per-kind counts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { FINDING_KINDS, type FindingKind } from '../../src/engine';

export interface EvalCase {
  /** Stable id: a prefix for the expected kind and a number (`mis-03`). */
  id: string;
  /** The draft sentence or short passage, as a reporter would write it. */
  text: string;
  /** The kinds of finding the engine should return for the passage; empty when it should say nothing. */
  expect: FindingKind[];
  /** A fragment of the seed article's text the verdict rests on (for a reader of the eval; not used in scoring). */
  record?: string;
  /** The draft's date, for relative days ("on Monday"); absent to test a bare weekday against the record's. */
  draftDate?: string;
  /** What is wrong or tricky about the case. */
  note?: string;
  /**
   * The id of the corpus record the verdict rests on, when the set names it (the blind sets on other
   * beats do): a finding that cites any other record counts as a wrong citation.
   */
  statementId?: string;
  /** Fact-check sets: the `url` of the ClaimReview the finding must rest on (read as `statementId`). */
  claimReviewUrl?: string;
  /** Fact-check sets: the `url` of the ClaimReview a case expecting nothing debunks or nearly matches (not scored). */
  about?: string;
  /** Fact-check sets: the case's group (`verbatim`, `paraphrase`, `debunk`, `near-miss`), for analysis. */
  group?: string;
}

export const CASES_FILE = path.join(__dirname, 'cases.jsonl');
/** The held-out set (see run.ts): not to be tuned against. */
export const HOLDOUT_FILE = path.join(__dirname, 'holdout.jsonl');
/** A second held-out set, written from the seeds by someone who had not seen the engine (see run.ts). */
export const HOLDOUT_2_FILE = path.join(__dirname, 'holdout-2.jsonl');

/** The minimum number of cases per expected kind, and of cases that should get no finding. */
export const MIN_PER_KIND = 10;
export const MIN_NO_FINDING = 25;
export const MIN_TOTAL = 130;

const ALLOWED_KEYS = new Set([
  'id',
  'text',
  'expect',
  'record',
  'draftDate',
  'note',
  'statementId',
  'claimReviewUrl',
  'about',
  'group',
]);

/** Checks one parsed line; returns the problems found (empty when the case is well formed). */
export function validateCase(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return ['not a JSON object'];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) if (!ALLOWED_KEYS.has(key)) problems.push(`unknown field '${key}'`);
  if (typeof record.id !== 'string' || !/^[a-z]+-\d{2,}$/.test(record.id)) problems.push('id: must look like "mis-03"');
  if (typeof record.text !== 'string' || record.text.trim().length < 10) problems.push('text: must be a sentence');
  if (!Array.isArray(record.expect)) problems.push('expect: must be an array of finding kinds');
  else {
    for (const kind of record.expect)
      if (!FINDING_KINDS.includes(kind as FindingKind)) problems.push(`expect: unknown kind '${String(kind)}'`);
    if (new Set(record.expect).size !== record.expect.length) problems.push('expect: repeated kind');
  }
  if (record.record !== undefined && (typeof record.record !== 'string' || !record.record))
    problems.push('record: must be a non-empty string');
  if (
    record.draftDate !== undefined &&
    (typeof record.draftDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(record.draftDate))
  )
    problems.push('draftDate: must be YYYY-MM-DD');
  if (record.note !== undefined && typeof record.note !== 'string') problems.push('note: must be a string');
  if (record.statementId !== undefined && (typeof record.statementId !== 'string' || !record.statementId))
    problems.push('statementId: must be a non-empty string');
  for (const key of ['claimReviewUrl', 'about', 'group']) {
    if (record[key] !== undefined && (typeof record[key] !== 'string' || !record[key]))
      problems.push(`${key}: must be a non-empty string`);
  }
  return problems;
}

/** Reads and validates the cases file; throws with every problem (line: message) when any line is bad. */
export function loadCases(file = CASES_FILE): EvalCase[] {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const cases: EvalCase[] = [];
  const problems: string[] = [];
  const ids = new Set<string>();
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      problems.push(`${index + 1}: invalid JSON: ${(error as Error).message}`);
      return;
    }
    const caseProblems = validateCase(parsed);
    if (caseProblems.length > 0) {
      problems.push(...caseProblems.map((problem) => `${index + 1}: ${problem}`));
      return;
    }
    const evalCase = parsed as EvalCase;
    // The fact-check a case rests on is named by its URL, which a finding's fact-check carries.
    if (evalCase.claimReviewUrl && !evalCase.statementId) evalCase.statementId = evalCase.claimReviewUrl;
    if (ids.has(evalCase.id)) problems.push(`${index + 1}: duplicate id ${evalCase.id}`);
    ids.add(evalCase.id);
    cases.push(evalCase);
  });
  if (problems.length > 0) throw new Error(`${file}:\n${problems.join('\n')}`);
  return cases;
}

/** How many cases expect each kind, and how many expect nothing. */
export function countByKind(cases: readonly EvalCase[]): Record<FindingKind | 'none', number> {
  const counts = Object.fromEntries([...FINDING_KINDS, 'none'].map((kind) => [kind, 0])) as Record<
    FindingKind | 'none',
    number
  >;
  for (const evalCase of cases) {
    if (evalCase.expect.length === 0) counts.none++;
    for (const kind of evalCase.expect) counts[kind]++;
  }
  return counts;
}
