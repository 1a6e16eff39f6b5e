/**
 * Seed accuracy: imports the five seed articles against the bundled corpus's people (not its
 * statements) and scores the proposed quotations against the bundled corpus's quotation records:
 * found with the exact text, speaker right, date right. Prints the misses.
 *
 * Date right is strict (the figure the target is measured on): the proposal's date is the
 * record's. Date consistent: the proposal's window (day, week, month or year) contains the
 * record's whole window (see blind-score.ts).
 *
 *   npx tsx test/import/seeds.ts [--json] [--seeds DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledCorpus } from '../../src/engine/corpus/bundled';
import { importArticle } from '../../src/engine/import';
import type { ProposedStatement } from '../../src/engine/import/types';
import { tokenize } from '../../src/engine/text/tokens';
import { dateConsistent } from './blind-score';

/** The article dates the bundled sources establish (their dateBasis): what a newsroom knows of its own articles. */
export const SEED_DATES: Record<string, string> = {
  '000_7d533600be83572e.txt': '2025-12-16',
  '001_7b25e7083ed971ed.txt': '2025-02-14',
  '002_46c9ad4b4242b3c1.txt': '2025-12-18',
  '003_ffa3cdb705c23d35.txt': '2026-01',
  '004_67f4fecbd99eee43.txt': '2025-08-17',
};

const norm = (text: string) => tokenize(text).map((token) => token.norm).join(' ');

export interface SeedScore {
  quotes: number;
  found: number;
  speaker: number;
  /** Strict: the same date. */
  date: number;
  /** The proposal's window contains the record's. */
  dateConsistent: number;
  proposedQuotes: number;
  extra: number;
  misses: string[];
}

export function scoreSeeds(dir: string): SeedScore {
  const bundled = loadBundledCorpus();
  const known = { statements: [], people: bundled.people, sources: [] };
  const score: SeedScore = { quotes: 0, found: 0, speaker: 0, date: 0, dateConsistent: 0, proposedQuotes: 0, extra: 0, misses: [] };
  for (const source of bundled.sources) {
    const file = source.seedFile!;
    const result = importArticle(file, readFileSync(join(dir, file), 'utf8'), known, { articleDate: SEED_DATES[file], publisher: source.publisher });
    if ('message' in result) throw new Error(result.message);
    const proposed = result.proposals.filter((p): p is ProposedStatement => p.type === 'statement' && p.kind === 'quote');
    score.proposedQuotes += proposed.length;
    const truth = bundled.statements.filter((s) => s.source === source.id && s.kind === 'quote');
    const matched = new Set<ProposedStatement>();
    for (const record of truth) {
      score.quotes++;
      const hit = proposed.find((p) => !matched.has(p) && p.text === record.text) ?? proposed.find((p) => !matched.has(p) && norm(p.text) === norm(record.text));
      if (!hit) {
        const near = proposed.find((p) => norm(p.text).includes(norm(record.text)) || norm(record.text).includes(norm(p.text)));
        score.misses.push(`${file} NOT FOUND ${record.id}: “${record.text}”${near ? `\n    nearest proposal: “${near.text}”` : ''}`);
        continue;
      }
      matched.add(hit);
      score.found++;
      if (hit.speaker === record.speaker) score.speaker++;
      else score.misses.push(`${file} SPEAKER ${record.id}: ${hit.speaker} (truth ${record.speaker}) [${hit.reason}] “${record.text.slice(0, 60)}”`);
      const consistent = dateConsistent(hit, record);
      if (consistent) score.dateConsistent++;
      if (hit.date === record.date) score.date++;
      else score.misses.push(`${file} DATE${consistent ? ' (consistent)' : ''} ${record.id}: ${hit.date}/${hit.datePrecision} (truth ${record.date}/${record.datePrecision}: ${record.dateBasis}) proposal basis: ${hit.dateBasis}`);
    }
    for (const p of proposed) if (!matched.has(p)) {
      score.extra++;
      score.misses.push(`${file} EXTRA ${p.speaker}: “${p.text}” (${p.reason})`);
    }
  }
  return score;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirFlag = process.argv.indexOf('--seeds');
  const dir = dirFlag > 0 ? process.argv[dirFlag + 1] : join(import.meta.dirname, '../../test/unit/fixtures/corpus/seeds');
  const s = scoreSeeds(dir);
  if (process.argv.includes('--json')) console.log(JSON.stringify(s, null, 1));
  else {
    for (const miss of s.misses) console.log(miss);
    const pct = (n: number) => `${((100 * n) / s.quotes).toFixed(1)}%`;
    console.log(`\nSeed quotations: ${s.quotes}; found exact ${s.found} (${pct(s.found)}); speaker right ${s.speaker} (${pct(s.speaker)}); date right (strict: the same date) ${s.date} (${pct(s.date)}); date consistent (the proposal's window contains the record's) ${s.dateConsistent} (${pct(s.dateConsistent)}); proposed quotes ${s.proposedQuotes}, not in the corpus ${s.extra}`);
  }
}
