/**
 * The index snapshot at newsroom scale: building the indexes (statement index and look-up) against
 * reading them from a snapshot, the heap with the corpus and its indexes alive, and a full check of a
 * 2,000-word draft on the reopened checker, per corpus size, in one process.
 */
import { performance } from 'perf_hooks';
import { FactChecker, readSnapshot, StatementSearch, writeSnapshot, type Corpus } from '../../src/engine';
import { learnFrom, syntheticCorpus, syntheticDraft } from './synthetic';

export interface SnapshotBench {
  statements: number;
  /** new FactChecker + new StatementSearch. */
  buildMs: number;
  writeMs: number;
  megabytes: number;
  /** readSnapshot: checksum, views, the checker's and look-up's other (small) parts. */
  readMs: number;
  heapMb: number;
  /** Full check of a 2,000-word draft by the checker read from the snapshot (first check: no paragraph cache). */
  checkMs: number;
}

function heapMb(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
}

export function benchSnapshot(
  real: Corpus,
  size: number,
  log: (line: string) => void = () => undefined,
): SnapshotBench {
  const world = learnFrom(real);
  const corpus = syntheticCorpus(real, size, 0xfac7 + size, world);
  const draft = syntheticDraft(corpus, 2_000, 0xd4af7 + 2_000 + size, world);
  log(`  corpus of ${size.toLocaleString('en-US')} generated; building...`);
  let start = performance.now();
  let checker: FactChecker | undefined = new FactChecker(corpus);
  let search: StatementSearch | undefined = new StatementSearch(corpus);
  const buildMs = performance.now() - start;
  start = performance.now();
  const bytes = writeSnapshot('bench', checker, search);
  const writeMs = performance.now() - start;
  checker = undefined;
  search = undefined;
  heapMb();
  log('  reading the snapshot...');
  start = performance.now();
  const restored = readSnapshot(bytes, 'bench', corpus);
  const readMs = performance.now() - start;
  if (!restored) throw new Error('the snapshot did not read back');
  const heap = heapMb();
  start = performance.now();
  restored.checker.check(draft, { draftDate: '2025-08-18' });
  const checkMs = performance.now() - start;
  return { statements: size, buildMs, writeMs, megabytes: bytes.length / 1_048_576, readMs, heapMb: heap, checkMs };
}
