/**
 * Blind-set accuracy: imports every article in test/import/blind/ with an empty corpus (other
 * beats: nobody is known) and scores the proposed quotations against annotations.jsonl, written by
 * someone who had not seen the importer. Quotation recall and precision, scare quotes taken for
 * statements, speaker accuracy and date accuracy (over the quotations found). Prints the misses.
 *
 * Date accuracy is given two ways. Strict (the figure targets are measured on): the proposal's
 * date is the annotation's (the same ISO string, as in earlier runs; a month at month precision
 * matches however the annotator wrote it, "2024-02" or "2024-02-01"). Consistent: the proposal's
 * window (its day, its week from the Monday given, its month or year) contains the annotation's
 * whole window, so the proposal says nothing the annotation contradicts (a week holding the true
 * day counts; a day inside a true week does not, since it claims more than is known). When the
 * annotations carry `dateStated` (whether the article states the remark's day), both are also
 * reported for stated and unstated dates apart.
 *
 *   npx tsx test/import/blind-score.ts [--dir FOLDER] [--json] [--quiet]
 *
 * FOLDER (default test/import/blind) holds the articles and annotations.jsonl.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importArticle } from '../../src/engine/import';
import type { ProposedPerson, ProposedStatement } from '../../src/engine/import/types';

interface Annotation {
  file: string;
  quote: string;
  speaker?: string;
  speakerKind?: 'person' | 'group' | 'anonymous';
  date?: string | null;
  datePrecision?: string | null;
  notAStatement?: boolean;
  /** Whether the article states the day the words were said (annotated in later sets). */
  dateStated?: boolean;
  note?: string;
}

/** The first and last day (ISO) a date at its precision covers; undefined for an empty or unreadable date. */
export function dateWindow(date: string | null | undefined, precision: string | null | undefined): [string, string] | undefined {
  if (!date) return undefined;
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`];
  if (/^\d{4}-\d{2}$/.test(date)) {
    const last = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0));
    return [`${date}-01`, iso(last)];
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  if (precision === 'week') {
    const end = new Date(`${date}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return [date, iso(end)];
  }
  return [date, date];
}

/** Whether the proposal's window contains the truth's whole window (see the file's comment). */
export function dateConsistent(
  proposal: { date: string; datePrecision: string },
  truth: { date?: string | null; datePrecision?: string | null },
): boolean {
  const outer = dateWindow(proposal.date, proposal.datePrecision);
  const inner = dateWindow(truth.date, truth.datePrecision);
  return Boolean(outer && inner && outer[0] <= inner[0] && inner[1] <= outer[1]);
}

/**
 * Strict date agreement: the same ISO string, or the same month when both are at month precision
 * (annotators write a month as "2024-02-01" or "2024-02"; the corpus format requires YYYY-MM).
 */
export function sameDate(
  proposal: { date: string; datePrecision: string },
  truth: { date?: string | null; datePrecision?: string | null },
): boolean {
  if (!truth.date) return false;
  if (proposal.date === truth.date) return true;
  return proposal.datePrecision === 'month' && truth.datePrecision === 'month' && proposal.date.slice(0, 7) === truth.date.slice(0, 7);
}

/** Dates scored, right (strict) and consistent, for one group of quotations. */
export interface DateTally {
  scored: number;
  strict: number;
  consistent: number;
}

const tally = (): DateTally => ({ scored: 0, strict: 0, consistent: 0 });

/** Compares quotation text as printed, ignoring trailing punctuation, outer space and the curly/straight form of marks. */
export function quoteKey(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B`]/g, "'")
    .replace(/[\u201C\u201D\u201E]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s'"]+|[\s,.;:!?'"\u2026]+$/g, '')
    .toLowerCase();
}

function nameKey(name: string): string {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^(?:mr|mrs|ms|dr|prof)\.?\s+/, '').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface BlindScore {
  quotations: number;
  found: number;
  proposed: number;
  correctProposals: number;
  scareTaken: number;
  speakerRight: number;
  datesScored: number;
  /** Strict: the same date. */
  dateRight: number;
  /** The proposal's window contains the annotation's. */
  dateConsistent: number;
  /** By the annotations' `dateStated`, when they carry it. */
  dateStated: DateTally;
  dateNotStated: DateTally;
  misses: string[];
}

/**
 * The files' date the sets are scored with, as `factdesk import` passes a file's modification date:
 * fixed (the day the sets were first scored this way), since a checkout's modification times are
 * the checkout's own and the scores must not move with the clock.
 */
export const FILE_DATE = '2026-12-01';

export function scoreBlind(dir: string): BlindScore {
  const annotations = readFileSync(join(dir, 'annotations.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as Annotation);
  const files = [...new Set(annotations.map((a) => a.file))];
  const score: BlindScore = { quotations: 0, found: 0, proposed: 0, correctProposals: 0, scareTaken: 0, speakerRight: 0, datesScored: 0, dateRight: 0, dateConsistent: 0, dateStated: tally(), dateNotStated: tally(), misses: [] };
  for (const file of files) {
    // As `factdesk import` does, the file's date stands in for an article that gives none (`FILE_DATE`).
    const result = importArticle(file, readFileSync(join(dir, file), 'utf8'), { statements: [], people: [], sources: [] }, {
      articleDate: FILE_DATE,
      articleDateBasis: `no date in the article; the file's date, ${FILE_DATE} (check it)`,
      articleDateGuessed: true,
    });
    if ('message' in result) {
      score.misses.push(`${file} ERROR ${result.message}`);
      continue;
    }
    const people = new Map(result.proposals.filter((p): p is ProposedPerson => p.type === 'person').map((p) => [p.id, p]));
    const proposed = result.proposals.filter((p): p is ProposedStatement => p.type === 'statement' && p.kind === 'quote');
    const mine = annotations.filter((a) => a.file === file);
    const quotes = mine.filter((a) => !a.notAStatement);
    const scare = new Set(mine.filter((a) => a.notAStatement).map((a) => quoteKey(a.quote)));
    score.proposed += proposed.length;
    const used = new Set<ProposedStatement>();
    for (const annotation of quotes) {
      score.quotations++;
      const key = quoteKey(annotation.quote);
      const hit = proposed.find((p) => !used.has(p) && quoteKey(p.text) === key);
      if (!hit) {
        score.misses.push(`${file} NOT FOUND “${annotation.quote}” (${annotation.speaker}; ${annotation.note ?? ''})`);
        continue;
      }
      used.add(hit);
      score.found++;
      const person = hit.speaker ? people.get(hit.speaker) : undefined;
      const names = person ? [person.name, ...person.aliases] : hit.speaker ? [hit.speaker] : [];
      const truth = nameKey(annotation.speaker ?? '');
      const right = annotation.speakerKind === 'anonymous' ? person?.kind === 'anonymous' || names.some((name) => nameKey(name) === truth) : names.some((name) => nameKey(name) === truth || (nameKey(name).length > 3 && truth.endsWith(nameKey(name)) && truth.split(' ').length <= 3));
      if (right) score.speakerRight++;
      else score.misses.push(`${file} SPEAKER “${annotation.quote.slice(0, 50)}”: ${person?.name ?? hit.speaker} (truth ${annotation.speaker}) [${hit.reason}]`);
      if (annotation.date) {
        score.datesScored++;
        const strict = sameDate(hit, annotation);
        const consistent = dateConsistent(hit, annotation);
        if (strict) score.dateRight++;
        if (consistent) score.dateConsistent++;
        const group = annotation.dateStated === true ? score.dateStated : annotation.dateStated === false ? score.dateNotStated : undefined;
        if (group) {
          group.scored++;
          if (strict) group.strict++;
          if (consistent) group.consistent++;
        }
        const stated = annotation.dateStated === undefined ? '' : annotation.dateStated ? ' [stated]' : ' [not stated]';
        if (!strict) score.misses.push(`${file} DATE${consistent ? ' (consistent)' : ''}${stated} “${annotation.quote.slice(0, 40)}”: ${hit.date}/${hit.datePrecision} (truth ${annotation.date}/${annotation.datePrecision}) ${hit.dateBasis}`);
      }
    }
    for (const p of proposed) {
      if (used.has(p)) {
        score.correctProposals++;
        continue;
      }
      if (scare.has(quoteKey(p.text))) {
        score.scareTaken++;
        score.misses.push(`${file} SCARE QUOTE TAKEN “${p.text}” (${p.reason})`);
      } else if (quotes.some((a) => quoteKey(a.quote) === quoteKey(p.text))) score.correctProposals++; // a repeat of an annotated quotation
      else score.misses.push(`${file} EXTRA “${p.text.slice(0, 80)}” (${p.speaker}; ${p.reason})`);
    }
  }
  return score;
}

export function summary(s: BlindScore): string {
  const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
  const dates = (t: DateTally) => `strict ${r(t.strict, t.scored)} (${t.strict}/${t.scored}), consistent ${r(t.consistent, t.scored)} (${t.consistent}/${t.scored})`;
  const split =
    s.dateStated.scored + s.dateNotStated.scored > 0
      ? `\n  dates the article states: ${dates(s.dateStated)}\n  dates it does not state: ${dates(s.dateNotStated)}`
      : '';
  return `Blind set: ${s.quotations} quotations; recall ${r(s.found, s.quotations)} (${s.found}); precision ${r(s.correctProposals, s.proposed)} (${s.correctProposals}/${s.proposed}); scare quotes taken ${s.scareTaken}; speaker accuracy ${r(s.speakerRight, s.found)} (${s.speakerRight}/${s.found}); date accuracy strict (the same date) ${r(s.dateRight, s.datesScored)} (${s.dateRight}/${s.datesScored}), consistent (the proposal's window contains the annotated one) ${r(s.dateConsistent, s.datesScored)} (${s.dateConsistent}/${s.datesScored})${split}`;
}

/** The folder `--dir FOLDER` names (relative to the working directory), else test/import/blind. */
export function blindDir(argv: readonly string[]): string {
  const at = argv.indexOf('--dir');
  if (at === -1) return join(import.meta.dirname, 'blind');
  const dir = argv[at + 1];
  if (!dir || dir.startsWith('--')) throw new Error('--dir needs a folder: npx tsx test/import/blind-score.ts --dir test/import/blind-2');
  return resolve(dir);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let dir: string;
  try {
    dir = blindDir(process.argv);
    if (!existsSync(join(dir, 'annotations.jsonl'))) throw new Error(`${dir} has no annotations.jsonl`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const s = scoreBlind(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(s, null, 1));
  else {
    if (!process.argv.includes('--quiet')) for (const miss of s.misses) console.log(miss);
    console.log(`\n${summary(s)}`);
  }
}
