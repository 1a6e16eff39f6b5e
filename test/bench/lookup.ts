/**
 * The look-up at newsroom scale: each keystroke of realistic palette queries, typed a letter at a
 * time, through the engine's StatementSearch (index shortlist, Fuse.js re-rank), against Fuse.js over
 * the whole corpus (how the look-up searched before) in the same process on the same corpus. After
 * building, the corpus's one- and two-letter words are prepared, as the server prepares them.
 */
import { performance } from 'perf_hooks';
import Fuse from 'fuse.js';
import {
  LOOKUP_FUSE_OPTIONS,
  lookupExpression,
  lookupRecords,
  queryWords,
  StatementSearch,
  type Corpus,
} from '../../src/engine';

/** What a reporter types into the palette: speakers (one misspelled), quote words, an outlet, a date. */
export const LOOKUP_QUERIES = [
  'Rubio concessions',
  'Zelenski',
  'security guarantees',
  'Fox News Sunday',
  'August 2025',
  'Kovalenko drones',
];
/** Keystrokes Fuse.js over the whole corpus is timed on (seconds each at 100k): one per query, its full text. */
const FUSE_SAMPLE = 3;

export interface LookupBench {
  statements: number;
  buildMs: number;
  /** Preparing the shortlists of the corpus's one- and two-letter words (StatementSearch.prepare), as the server does after building. */
  prepareMs: number;
  preparedWords: number;
  keystrokes: number;
  medianMs: number;
  maxMs: number;
  /** The slowest keystroke: what had been typed. */
  worstQuery: string;
  /** The most CPU time one keystroke used (process.cpuUsage: this process, all its threads, the garbage collector's too), and what had been typed. */
  maxCpuMs: number;
  worstCpuQuery: string;
  /** Fuse.js over every statement, the same queries' full text. */
  fuseMedianMs: number;
  fuseTimed: number;
  speedup: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function benchLookup(corpus: Corpus): LookupBench {
  let started = performance.now();
  const search = new StatementSearch(corpus);
  const buildMs = performance.now() - started;
  started = performance.now();
  const shortWords = search.shortWords();
  for (const word of shortWords) search.prepare(word, 50);
  const prepareMs = performance.now() - started;
  // Warm-up: one query typed through, not timed.
  for (let i = 1; i <= 8; i++) search.search('Witkoff Moscow'.slice(0, i), 50);
  const times: number[] = [];
  const fullQueryMs: number[] = [];
  let worst = { ms: -1, query: '' };
  let worstCpu = { ms: -1, query: '' };
  for (const query of LOOKUP_QUERIES) {
    for (let end = 1; end <= query.length; end++) {
      const typed = query.slice(0, end);
      const cpu = process.cpuUsage();
      started = performance.now();
      search.search(typed, 50);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpu);
      const cpuMs = (used.user + used.system) / 1000;
      times.push(ms);
      if (ms > worst.ms) worst = { ms, query: typed };
      if (cpuMs > worstCpu.ms) worstCpu = { ms: cpuMs, query: typed };
      if (end === query.length) fullQueryMs.push(ms);
    }
  }
  const fuse = new Fuse(lookupRecords(corpus), LOOKUP_FUSE_OPTIONS);
  const fuseTimes: number[] = [];
  for (const query of LOOKUP_QUERIES.slice(0, FUSE_SAMPLE)) {
    started = performance.now();
    fuse.search(lookupExpression(queryWords(query)), { limit: 50 });
    fuseTimes.push(performance.now() - started);
  }
  const fuseMedianMs = median(fuseTimes);
  return {
    statements: corpus.statements.length,
    buildMs,
    prepareMs,
    preparedWords: shortWords.length,
    keystrokes: times.length,
    medianMs: median(times),
    maxMs: Math.max(...times),
    worstQuery: worst.query,
    maxCpuMs: worstCpu.ms,
    worstCpuQuery: worstCpu.query,
    fuseMedianMs,
    fuseTimed: fuseTimes.length,
    // Like for like: the same full queries through both.
    speedup: fuseMedianMs / median(fullQueryMs.slice(0, FUSE_SAMPLE)),
  };
}
