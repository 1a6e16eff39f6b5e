/**
 * npm run bench: how fast Fact Desk checks drafts, and how much faster than the naive way.
 *
 * Synthetic corpora of 1k, 10k and 100k statements and drafts of 2,000 and 20,000 words, all
 * generated deterministically from the real corpus (test/bench/synthetic.ts). For each corpus:
 * index build (new FactChecker), full check, re-check after one paragraph is edited, heap used
 * after GC; and in the same process the naive way, a Fuse.js index over the whole corpus searched
 * once per draft sentence (sampled and extrapolated, and labelled so, when a full run would take
 * too long). Also the activation cost (loadBundledCorpus), parsing a 100k-record JSONL corpus and
 * importing 1,000 articles of 800 words (test/bench/import.ts) as a ratio to tokenising them.
 *
 * Medians of several runs after a warm-up. Run with --expose-gc (the npm script does).
 *   npm run bench                  the full run
 *   npm run bench -- --quick       a fast smoke run (1k and 10k statements, fewer runs)
 *   npm run bench -- --json        print the results as JSON as well
 *   npm run bench -- --out FILE    also write the results as JSON to FILE
 *   npm run bench -- --sizes 100000   only these corpus sizes (comma-separated)
 *   npm run bench -- --worst       only the worst-inputs table (test/bench/worst.ts)
 *   npm run bench -- --lookup      only the look-up table (test/bench/lookup.ts), at --sizes or 100k
 *   npm run bench -- --snapshot    only the index snapshot table (test/bench/snapshot.ts), at --sizes or 100k and 1M
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import Fuse from 'fuse.js';
import { FactChecker, loadBundledCorpus, parseCorpusFile, type Corpus } from '../../src/engine';
import { editOneParagraph, learnFrom, seededRandom, syntheticCorpus, syntheticDraft, toJsonl } from './synthetic';
import { benchWorst, formatWorst, WORST_BOUND, type WorstRow } from './worst';
import { benchImport, formatImportBench, type ImportBench } from './import';
import { benchLookup, LOOKUP_QUERIES, type LookupBench } from './lookup';
import { benchSnapshot, type SnapshotBench } from './snapshot';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const AS_JSON = args.includes('--json');
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const WORST_ONLY = args.includes('--worst');
const LOOKUP_ONLY = args.includes('--lookup');
const SNAPSHOT_ONLY = args.includes('--snapshot');
const WORST_SIZE = QUICK ? 262_144 : 1_048_576;
const WORST_RUNS = QUICK ? 1 : 3;

const SIZES_ARG = args.includes('--sizes') ? args[args.indexOf('--sizes') + 1] : undefined;
const CORPUS_SIZES = SIZES_ARG
  ? SIZES_ARG.split(',')
      .map(Number)
      .filter((size) => Number.isInteger(size) && size > 0)
  : QUICK
    ? [1_000, 10_000]
    : [1_000, 10_000, 100_000];
const DRAFT_WORDS = QUICK ? [2_000] : [2_000, 20_000];
const RUNS = QUICK ? 3 : 5;
const RUNS_AT_100K = 3;
const RECHECK_EDITS = QUICK ? 5 : 9;
const DRAFT_DATE = '2025-08-18';
const IMPORT_ARTICLES = QUICK ? 200 : 1_000;

const TARGETS = {
  checkMs: 100,
  recheckMs: 5,
  buildMs: 2_000,
  heapMb: 300,
  speedup: 100,
  lookupKeystrokeMs: 30,
  lookupSpeedup: 30,
};

const loadAtStart = os.loadavg()[0];
const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

function collect(): void {
  if (gc) {
    gc();
    gc();
  }
}

function heapMb(): number {
  collect();
  return process.memoryUsage().heapUsed / 1_048_576;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

function formatMs(ms: number): string {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  if (ms >= 1) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** Sentences as the naive checker sees them: split after . ? ! (and a closing quote) before a capital or an opening quote. */
function naiveSentences(draft: string): string[] {
  return draft
    .split(/\n\s*\n/)
    .flatMap((paragraph) => paragraph.split(/(?<=[.?!][”"]?)\s+(?=[“"A-Z])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

interface NaiveResult {
  /** Fuse.js index build over the whole corpus (measured, not estimated). */
  buildMs: number;
  searchMs: number;
  totalMs: number;
  sentences: number;
  sentencesTimed: number;
  /** How many statements the timed searches ran over (the whole corpus, or a slice scaled up). */
  statementsSearched: number;
  extrapolated: boolean;
}

interface NaiveSample {
  buildMs: number;
  perSentenceMs: number;
  timed: number;
  statementsSearched: number;
}

/** Fuse.js options for the naive way: fuzzy, anywhere in the statement (a quote can sit mid-statement). */
const NAIVE_FUSE_OPTIONS = { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 };
const NAIVE_SAMPLE_SENTENCES = QUICK ? 8 : 20;
const NAIVE_SLICE = QUICK ? 1_000 : 2_000;

/**
 * The naive way: one Fuse.js index over every statement, searched once per draft sentence. Fuse
 * scores every statement on every search, so its cost is linear in the corpus (about 0.17 ms per
 * statement per sentence here: a sentence takes tens of seconds at 100k statements). So a seeded
 * sample of the draft's sentences is searched over a seeded slice of the corpus, and the mean per
 * sentence is scaled to the whole corpus and every sentence; the table marks these as estimates.
 * The index build over the whole corpus is measured for real.
 */
function naiveSample(corpus: Corpus, sentences: readonly string[]): NaiveSample {
  const buildMs = time(() => new Fuse(corpus.statements, NAIVE_FUSE_OPTIONS))[1];
  const random = seededRandom(0x5eed);
  const slice =
    corpus.statements.length <= NAIVE_SLICE
      ? corpus.statements
      : corpus.statements
          .map((statement) => ({ statement, key: random() }))
          .sort((a, b) => a.key - b.key)
          .slice(0, NAIVE_SLICE)
          .map((entry) => entry.statement);
  const sample = sentences
    .map((sentence) => ({ sentence, key: random() }))
    .sort((a, b) => a.key - b.key)
    .slice(0, NAIVE_SAMPLE_SENTENCES)
    .map((entry) => entry.sentence);
  const fuse = new Fuse(slice, NAIVE_FUSE_OPTIONS);
  let searchMs = 0;
  for (const sentence of sample) searchMs += time(() => fuse.search(sentence, { limit: 5 }))[1];
  const perSentenceOnSlice = searchMs / sample.length;
  return {
    buildMs,
    perSentenceMs: perSentenceOnSlice * (corpus.statements.length / slice.length),
    timed: sample.length,
    statementsSearched: slice.length,
  };
}

function naiveFor(sample: NaiveSample, sentenceCount: number, corpusSize: number): NaiveResult {
  const searchMs = sample.perSentenceMs * sentenceCount;
  const timed = Math.min(sample.timed, sentenceCount);
  return {
    buildMs: sample.buildMs,
    searchMs,
    totalMs: sample.buildMs + searchMs,
    sentences: sentenceCount,
    sentencesTimed: timed,
    statementsSearched: sample.statementsSearched,
    extrapolated: timed < sentenceCount || sample.statementsSearched < corpusSize,
  };
}

interface DraftRow {
  corpusSize: number;
  draftWords: number;
  draftChars: number;
  checkMs: number;
  recheckMs: number;
  findings: number;
  naive: NaiveResult;
  speedup: number;
}

interface CorpusRow {
  corpusSize: number;
  buildMs: number;
  heapMb: number;
  heapDeltaMb: number;
  drafts: DraftRow[];
  lookup: LookupBench;
}

function benchCorpus(real: Corpus, size: number, world: ReturnType<typeof learnFrom>, baselineHeap: number): CorpusRow {
  const corpus = syntheticCorpus(real, size, 0xfac7 + size, world);
  const drafts = DRAFT_WORDS.map((words) => ({
    words,
    text: syntheticDraft(corpus, words, 0xd4af7 + words + size, world),
  }));
  const runs = size >= 100_000 ? RUNS_AT_100K : RUNS;
  const buildTimes: number[] = [];
  const checkTimes = drafts.map(() => [] as number[]);
  const recheckTimes = drafts.map(() => [] as number[]);
  const findingCounts = drafts.map(() => 0);
  let checker: FactChecker | undefined;

  // Run 0 is the warm-up: it is measured like the others and then thrown away.
  for (let run = 0; run <= runs; run++) {
    checker = undefined;
    collect();
    const [built, buildMs] = time(() => new FactChecker(corpus));
    checker = built;
    if (run > 0) buildTimes.push(buildMs);
    drafts.forEach((draft, index) => {
      const [result, checkMs] = time(() => built.check(draft.text, { draftDate: DRAFT_DATE }));
      findingCounts[index] = result.findings.length;
      if (run > 0) checkTimes[index].push(checkMs);
      // Re-checks: the same checker, the draft with one paragraph changed (a different one each time).
      const edits = run > 0 ? RECHECK_EDITS : 1;
      for (let edit = 0; edit < edits; edit++) {
        const edited = editOneParagraph(draft.text, run * 31 + edit * 7, `edit${run}x${edit}`);
        const [, recheckMs] = time(() => built.check(edited, { draftDate: DRAFT_DATE }));
        if (run > 0) recheckTimes[index].push(recheckMs);
      }
    });
  }
  // Heap with this corpus, its index and the caches of both drafts alive.
  const heap = heapMb();
  if (!checker) throw new Error('no checker');

  if (!AS_JSON)
    process.stderr.write(
      `bench:   engine done (build ${formatMs(median(buildTimes))}, heap ${heap.toFixed(0)} MB); timing the naive way...\n`,
    );
  const sample = naiveSample(corpus, naiveSentences(drafts[0].text));
  const rows: DraftRow[] = drafts.map((draft, index) => {
    const checkMs = median(checkTimes[index]);
    const naive = naiveFor(sample, naiveSentences(draft.text).length, size);
    return {
      corpusSize: size,
      draftWords: draft.text.split(/\s+/).filter(Boolean).length,
      draftChars: draft.text.length,
      checkMs,
      recheckMs: median(recheckTimes[index]),
      findings: findingCounts[index],
      naive,
      speedup: naive.totalMs / checkMs,
    };
  });
  checker = undefined;
  if (!AS_JSON) process.stderr.write('bench:   timing the look-up, and Fuse.js over the whole corpus...\n');
  const lookup = benchLookup(corpus);
  return {
    corpusSize: size,
    buildMs: median(buildTimes),
    heapMb: heap,
    heapDeltaMb: heap - baselineHeap,
    drafts: rows,
    lookup,
  };
}

interface ActivationResult {
  firstCallMs: number;
  warmCallMs: number;
  statements: number;
  dataJsonParseMs: number;
  dataBytes: number;
}

/** The activation cost of the bundled corpus: the first and later calls, and parsing its data files' text (what a bundle pays at load). */
function benchActivation(): ActivationResult {
  const [first, firstCallMs] = time(() => loadBundledCorpus());
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push(time(() => loadBundledCorpus())[1]);
  const dataDir = path.join(__dirname, '..', '..', 'data');
  const texts = fs.existsSync(dataDir)
    ? fs
        .readdirSync(dataDir)
        .filter((name) => name.endsWith('.json'))
        .map((name) => fs.readFileSync(path.join(dataDir, name), 'utf8'))
    : [];
  const parses: number[] = [];
  for (let i = 0; i < 10; i++) parses.push(time(() => texts.map((text) => JSON.parse(text) as unknown))[1]);
  return {
    firstCallMs,
    warmCallMs: median(warm),
    statements: first.statements.length,
    dataJsonParseMs: median(parses),
    dataBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0),
  };
}

interface ParseResult {
  records: number;
  megabytes: number;
  parseMs: number;
  statementsLoaded: number;
  problems: number;
  firstProblem?: string;
}

/** parseCorpusFile on a 100k-statement JSON Lines file (10k in --quick). */
function benchParse(real: Corpus, world: ReturnType<typeof learnFrom>): ParseResult {
  const size = QUICK ? 10_000 : 100_000;
  const corpus = syntheticCorpus(real, size, 0x9a75e, world);
  const text = toJsonl(corpus);
  const runs: number[] = [];
  let last = parseCorpusFile('bench.jsonl', text, 'jsonl');
  for (let i = 0; i < (QUICK ? 2 : 3); i++) {
    collect();
    const [result, ms] = time(() => parseCorpusFile('bench.jsonl', text, 'jsonl'));
    last = result;
    runs.push(ms);
  }
  const firstProblem = last.problems[0];
  return {
    records: corpus.statements.length + corpus.people.length + corpus.sources.length,
    megabytes: Buffer.byteLength(text) / 1_048_576,
    parseMs: median(runs),
    statementsLoaded: last.corpus.statements.length,
    problems: last.problems.length,
    ...(firstProblem
      ? { firstProblem: `line ${firstProblem.line}: ${firstProblem.field ?? ''} ${firstProblem.message}` }
      : {}),
  };
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

function runWorst(): WorstRow[] {
  if (!AS_JSON)
    process.stderr.write(
      `bench: worst inputs (${(WORST_SIZE / 1_048_576).toFixed(2)} MB each, ${WORST_RUNS} run${WORST_RUNS > 1 ? 's' : ''}, median)...\n`,
    );
  return benchWorst(WORST_SIZE, WORST_RUNS, (line) => !AS_JSON && process.stderr.write(`${line}\n`));
}

function printTable(
  rows: readonly CorpusRow[],
  activation: ActivationResult,
  parse: ParseResult,
  stub: boolean,
  worst: WorstRow[],
  imported: ImportBench,
): void {
  const out: string[] = [];
  out.push(
    `Fact Desk bench${QUICK ? ' (--quick)' : ''}: node ${process.version}, ${os.cpus().length} CPUs, ${RUNS} runs (${RUNS_AT_100K} at 100k) after a warm-up, medians${gc ? '' : '; WARNING: no --expose-gc, heap figures include garbage'}`,
  );
  out.push(
    `Load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}: other work on the machine slows every column alike.`,
  );
  if (stub) out.push('NOTE: src/engine/checker.ts is still the stub: the engine columns time a no-op.');
  out.push('');
  const header = [
    'statements',
    'draft',
    'build index',
    'full check',
    're-check 1 par.',
    'heap',
    'findings',
    'naive (Fuse.js)',
    'faster',
  ];
  const table: string[][] = [];
  for (const row of rows) {
    for (const draft of row.drafts) {
      const naive = `${formatMs(draft.naive.totalMs)}${draft.naive.extrapolated ? ' (estimate)' : ''}`;
      table.push([
        row.corpusSize.toLocaleString('en-US'),
        `${draft.draftWords.toLocaleString('en-US')} words`,
        formatMs(row.buildMs),
        formatMs(draft.checkMs),
        formatMs(draft.recheckMs),
        `${row.heapMb.toFixed(0)} MB`,
        String(draft.findings),
        naive,
        `${draft.speedup >= 10 ? draft.speedup.toFixed(0) : draft.speedup.toFixed(1)}x`,
      ]);
    }
  }
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 7 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ');
  out.push(line(header));
  out.push(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of table) out.push(line(cells));
  out.push('');
  out.push(
    `naive = a Fuse.js index over every statement (keys [text], ignoreLocation, threshold ${NAIVE_FUSE_OPTIONS.threshold}), searched once per draft sentence; faster = naive / full check.`,
  );
  out.push(
    `  Estimate: Fuse scores every statement on every search (cost linear in the corpus), so ${NAIVE_SAMPLE_SENTENCES} sentences drawn from the 2,000-word draft are searched`,
  );
  out.push(
    `  over a ${NAIVE_SLICE.toLocaleString('en-US')}-statement slice and the mean is scaled to the whole corpus and every sentence; its index build is measured whole.`,
  );
  out.push(
    "heap = process.memoryUsage().heapUsed after GC, with that corpus, its index and both drafts' caches alive (whole process, including the bench's own corpora).",
  );

  const big = rows.find((row) => row.corpusSize === 100_000);
  const small = big?.drafts.find((draft) => draft.draftWords < 5_000);
  out.push('');
  if (big && small) {
    out.push('Targets at 100k statements (issue 4):');
    out.push(
      `  2,000-word draft checked in <= ${TARGETS.checkMs} ms   ${formatMs(small.checkMs).padStart(9)}   ${verdict(small.checkMs <= TARGETS.checkMs)}`,
    );
    out.push(
      `  one-paragraph re-check <= ${TARGETS.recheckMs} ms       ${formatMs(small.recheckMs).padStart(9)}   ${verdict(small.recheckMs <= TARGETS.recheckMs)}   (2,000-word draft)`,
    );
    const long = big.drafts.find((draft) => draft.draftWords >= 5_000);
    if (long)
      out.push(
        `  one-paragraph re-check <= ${TARGETS.recheckMs} ms       ${formatMs(long.recheckMs).padStart(9)}   ${verdict(long.recheckMs <= TARGETS.recheckMs)}   (20,000-word draft)`,
      );
    out.push(
      `  index build <= ${TARGETS.buildMs / 1000} s                  ${formatMs(big.buildMs).padStart(9)}   ${verdict(big.buildMs <= TARGETS.buildMs)}`,
    );
    out.push(
      `  heap < ${TARGETS.heapMb} MB                      ${`${big.heapMb.toFixed(0)} MB`.padStart(9)}   ${verdict(big.heapMb < TARGETS.heapMb)}`,
    );
    out.push(
      `  >= ${TARGETS.speedup}x faster than naive            ${`${small.speedup.toFixed(0)}x`.padStart(9)}   ${verdict(small.speedup >= TARGETS.speedup)}`,
    );
  } else {
    out.push('Targets are judged at 100k statements: run without --quick.');
  }
  out.push('');
  out.push(...formatLookup(rows.map((row) => row.lookup)));
  out.push('');
  out.push(
    `Activation: loadBundledCorpus() first call ${formatMs(activation.firstCallMs)}, later calls ${formatMs(activation.warmCallMs)} (${activation.statements} statements); parsing data/*.json (${(activation.dataBytes / 1024).toFixed(0)} KB, what a bundle pays at load) ${formatMs(activation.dataJsonParseMs)}`,
  );
  out.push(
    `parseCorpusFile on a ${parse.records.toLocaleString('en-US')}-record JSONL file (${parse.megabytes.toFixed(1)} MB): ${formatMs(parse.parseMs)}, ${parse.statementsLoaded.toLocaleString('en-US')} statements loaded, ${parse.problems} problems${parse.firstProblem ? ` (first: ${parse.firstProblem})` : ''}`,
  );
  out.push(formatImportBench(imported));
  out.push('');
  out.push(...formatWorst(worst));
  console.log(out.join('\n'));
}

/** The look-up table: per corpus size, each keystroke of the palette queries, and Fuse.js over the whole corpus. */
function formatLookup(rows: readonly LookupBench[]): string[] {
  const out = [
    `Look-up (palette, limit 50): ${LOOKUP_QUERIES.map((query) => `"${query}"`).join(', ')} typed a letter at a time; Fuse.js = the same search over every statement (the look-up before), same full queries.`,
  ];
  const header = [
    'statements',
    'index build',
    'prepare short words',
    'keystrokes',
    'median',
    'max',
    'Fuse.js whole corpus',
    'faster',
  ];
  const table = rows.map((row) => [
    row.statements.toLocaleString('en-US'),
    formatMs(row.buildMs),
    `${formatMs(row.prepareMs)} (${row.preparedWords})`,
    String(row.keystrokes),
    formatMs(row.medianMs),
    formatMs(row.maxMs),
    `${formatMs(row.fuseMedianMs)} (median of ${row.fuseTimed})`,
    `${row.speedup.toFixed(0)}x`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column])).join('  ');
  out.push(line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...table.map(line));
  const big = rows.find((row) => row.statements === 100_000);
  if (big) {
    out.push(
      `  per keystroke <= ${TARGETS.lookupKeystrokeMs} ms at 100k (max)     ${formatMs(big.maxMs).padStart(9)}   ${verdict(big.maxMs <= TARGETS.lookupKeystrokeMs)}   (median ${formatMs(big.medianMs)}; slowest "${big.worstQuery}")`,
    );
    out.push(
      `  most CPU time of one keystroke (this process)   ${formatMs(big.maxCpuMs).padStart(9)}   ("${big.worstCpuQuery}": wall time above the CPU time is time waiting for a core)`,
    );
    out.push(
      `  >= ${TARGETS.lookupSpeedup}x faster than Fuse.js at 100k       ${`${big.speedup.toFixed(0)}x`.padStart(9)}   ${verdict(big.speedup >= TARGETS.lookupSpeedup)}`,
    );
  }
  return out;
}

/** The snapshot table: build vs read, heap, and a full check on the reopened checker, per size; the targets at 1M against 100k. */
function formatSnapshot(rows: readonly SnapshotBench[]): string[] {
  const out = [
    'Index snapshot (statement index + look-up): build = new FactChecker + new StatementSearch; read = readSnapshot of the bytes written (in memory, no disk).',
  ];
  const header = ['statements', 'build', 'write', 'size', 'read', 'build/read', 'heap', 'full check 2,000 words'];
  const table = rows.map((row) => [
    row.statements.toLocaleString('en-US'),
    formatMs(row.buildMs),
    formatMs(row.writeMs),
    `${row.megabytes.toFixed(0)} MB`,
    formatMs(row.readMs),
    `${(row.buildMs / row.readMs).toFixed(0)}x`,
    `${row.heapMb.toFixed(0)} MB`,
    formatMs(row.checkMs),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padStart(widths[column])).join('  ');
  out.push(line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...table.map(line));
  const million = rows.find((row) => row.statements === 1_000_000);
  const hundred = rows.find((row) => row.statements === 100_000);
  if (million) {
    out.push(
      `  reopen >= 10x faster than building at 1M     ${`${(million.buildMs / million.readMs).toFixed(0)}x`.padStart(9)}   ${verdict(million.buildMs / million.readMs >= 10)}   (indexes only; parsing the corpus file is the same both ways)`,
    );
    out.push(
      `  heap at 1M <= 1 GB                            ${`${million.heapMb.toFixed(0)} MB`.padStart(9)}   ${verdict(million.heapMb <= 1024)}`,
    );
    if (hundred)
      out.push(
        `  full check at 1M <= 2x at 100k                ${`${(million.checkMs / hundred.checkMs).toFixed(2)}x`.padStart(9)}   ${verdict(million.checkMs <= 2 * hundred.checkMs)}`,
      );
  }
  return out;
}

function main(): void {
  if (SNAPSHOT_ONLY) {
    const real = loadBundledCorpus();
    const rows = (SIZES_ARG ? CORPUS_SIZES : [100_000, 1_000_000]).map((size) => {
      process.stderr.write(`bench: snapshot at ${size.toLocaleString('en-US')} statements...\n`);
      return benchSnapshot(real, size, (line) => process.stderr.write(`${line}\n`));
    });
    console.log(
      `Fact Desk bench --snapshot: node ${process.version}, ${os.cpus().length} CPUs; load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}`,
    );
    console.log(formatSnapshot(rows).join('\n'));
    if (OUT) fs.writeFileSync(OUT, `${JSON.stringify({ version: 1, snapshot: rows }, null, 2)}\n`);
    return;
  }
  if (LOOKUP_ONLY) {
    const real = loadBundledCorpus();
    const world = learnFrom(real);
    const rows = (SIZES_ARG ? CORPUS_SIZES : [100_000]).map((size) => {
      process.stderr.write(`bench: look-up at ${size.toLocaleString('en-US')} statements...\n`);
      return benchLookup(syntheticCorpus(real, size, 0xfac7 + size, world));
    });
    console.log(
      `Fact Desk bench --lookup: node ${process.version}, ${os.cpus().length} CPUs; load average (1 min) at start ${loadAtStart.toFixed(2)}, at end ${os.loadavg()[0].toFixed(2)}`,
    );
    console.log(formatLookup(rows).join('\n'));
    if (OUT) fs.writeFileSync(OUT, `${JSON.stringify({ version: 1, lookup: rows }, null, 2)}\n`);
    return;
  }
  if (WORST_ONLY) {
    const worst = runWorst();
    if (AS_JSON) console.log(JSON.stringify({ version: 1, worstBound: WORST_BOUND, worst }, null, 2));
    else console.log(formatWorst(worst).join('\n'));
    if (OUT) fs.writeFileSync(OUT, `${JSON.stringify({ version: 1, worstBound: WORST_BOUND, worst }, null, 2)}\n`);
    return;
  }
  const real = loadBundledCorpus();
  const world = learnFrom(real);
  const stub = fs
    .readFileSync(path.join(__dirname, '..', '..', 'src', 'engine', 'checker.ts'), 'utf8')
    .startsWith('// STUB');
  const activation = benchActivation();
  // Global warm-up, so the first corpus measured does not pay for the JIT.
  const warmCorpus = syntheticCorpus(real, 2_000, 0x3a7, world);
  const warmDraft = syntheticDraft(warmCorpus, 3_000, 0x3a8, world);
  for (let i = 0; i < 3; i++) {
    const warmChecker = new FactChecker(warmCorpus);
    warmChecker.check(warmDraft, { draftDate: DRAFT_DATE });
    warmChecker.check(editOneParagraph(warmDraft, i, 'warm'), { draftDate: DRAFT_DATE });
  }
  const baselineHeap = heapMb();
  const rows: CorpusRow[] = [];
  for (const size of CORPUS_SIZES) {
    if (!AS_JSON) process.stderr.write(`bench: ${size.toLocaleString('en-US')} statements...\n`);
    rows.push(benchCorpus(real, size, world, baselineHeap));
  }
  if (!AS_JSON) process.stderr.write('bench: parsing a JSONL corpus...\n');
  const parse = benchParse(real, world);
  if (!AS_JSON) process.stderr.write(`bench: importing ${IMPORT_ARTICLES.toLocaleString('en-US')} articles...\n`);
  const imported = benchImport(IMPORT_ARTICLES);
  const worst = runWorst();
  const results = {
    version: 1,
    worstBound: WORST_BOUND,
    worst,
    quick: QUICK,
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
    exposeGc: Boolean(gc),
    stubEngine: stub,
    targets: TARGETS,
    activation,
    parse,
    import: imported,
    corpora: rows,
  };
  if (AS_JSON) console.log(JSON.stringify(results, null, 2));
  else printTable(rows, activation, parse, stub, worst, imported);
  if (OUT) fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
}

main();
