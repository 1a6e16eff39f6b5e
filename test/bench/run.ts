/**
 * npm run bench: how fast Fact Desk checks drafts, and how much faster than the naive way.
 *
 * Synthetic corpora of 1k, 10k and 100k statements and drafts of 2,000 and 20,000 words, all
 * generated deterministically from the real corpus (test/bench/synthetic.ts). For each corpus:
 * index build (new FactChecker), full check, re-check after one paragraph is edited, heap used
 * after GC; and in the same process the naive way, a Fuse.js index over the whole corpus searched
 * once per draft sentence (sampled and extrapolated, and labelled so, when a full run would take
 * too long). Also the activation cost (loadBundledCorpus) and parsing a 100k-record JSONL corpus.
 *
 * Medians of several runs after a warm-up. Run with --expose-gc (the npm script does).
 *   npm run bench                  the full run
 *   npm run bench -- --quick       a fast smoke run (1k and 10k statements, fewer runs)
 *   npm run bench -- --json        print the results as JSON as well
 *   npm run bench -- --out FILE    also write the results as JSON to FILE
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import Fuse from 'fuse.js';
import { FactChecker, loadBundledCorpus, parseCorpusFile, type Corpus } from '../../src/engine';
import { editOneParagraph, learnFrom, syntheticCorpus, syntheticDraft, toJsonl } from './synthetic';

const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const AS_JSON = args.includes('--json');
const OUT = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;

const CORPUS_SIZES = QUICK ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const DRAFT_WORDS = QUICK ? [2_000] : [2_000, 20_000];
const RUNS = QUICK ? 3 : 5;
const RUNS_AT_100K = 3;
const RECHECK_EDITS = QUICK ? 5 : 9;
/** Time spent on the naive way per (corpus, draft) before extrapolating from the sentences done. */
const NAIVE_BUDGET_MS = QUICK ? 1_500 : 6_000;
const DRAFT_DATE = '2025-08-18';

const TARGETS = { checkMs: 100, recheckMs: 5, buildMs: 2_000, heapMb: 300, speedup: 100 };

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
  buildMs: number;
  searchMs: number;
  totalMs: number;
  sentences: number;
  sentencesTimed: number;
  extrapolated: boolean;
}

/** The naive way: one Fuse.js index over every statement, searched once per sentence of the draft. */
function naiveCheck(corpus: Corpus, draft: string, budgetMs: number): NaiveResult {
  const sentences = naiveSentences(draft);
  const [fuse, buildMs] = time(() => new Fuse(corpus.statements, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: 0.4 }));
  let timed = 0;
  let searchMs = 0;
  for (const sentence of sentences) {
    const [, ms] = time(() => fuse.search(sentence, { limit: 5 }));
    searchMs += ms;
    timed++;
    if (searchMs > budgetMs && timed >= 5) break;
  }
  const extrapolated = timed < sentences.length;
  const fullSearchMs = extrapolated ? (searchMs / timed) * sentences.length : searchMs;
  return { buildMs, searchMs: fullSearchMs, totalMs: buildMs + fullSearchMs, sentences: sentences.length, sentencesTimed: timed, extrapolated };
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
}

function benchCorpus(real: Corpus, size: number, world: ReturnType<typeof learnFrom>, baselineHeap: number): CorpusRow {
  const corpus = syntheticCorpus(real, size, 0xfac7 + size, world);
  const drafts = DRAFT_WORDS.map((words) => ({ words, text: syntheticDraft(corpus, words, 0xd4af7 + words + size, world) }));
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

  const rows: DraftRow[] = drafts.map((draft, index) => {
    const checkMs = median(checkTimes[index]);
    const naive = naiveCheck(corpus, draft.text, NAIVE_BUDGET_MS);
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
  return { corpusSize: size, buildMs: median(buildTimes), heapMb: heap, heapDeltaMb: heap - baselineHeap, drafts: rows };
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
  const texts = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).filter((name) => name.endsWith('.json')).map((name) => fs.readFileSync(path.join(dataDir, name), 'utf8')) : [];
  const parses: number[] = [];
  for (let i = 0; i < 10; i++) parses.push(time(() => texts.map((text) => JSON.parse(text) as unknown))[1]);
  return { firstCallMs, warmCallMs: median(warm), statements: first.statements.length, dataJsonParseMs: median(parses), dataBytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) };
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
    ...(firstProblem ? { firstProblem: `line ${firstProblem.line}: ${firstProblem.field ?? ''} ${firstProblem.message}` } : {}),
  };
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'NOT met';
}

function printTable(rows: readonly CorpusRow[], activation: ActivationResult, parse: ParseResult, stub: boolean): void {
  const out: string[] = [];
  out.push(`Fact Desk bench${QUICK ? ' (--quick)' : ''}: node ${process.version}, ${RUNS} runs (${RUNS_AT_100K} at 100k) after a warm-up, medians${gc ? '' : '; WARNING: no --expose-gc, heap figures include garbage'}`);
  if (stub) out.push('NOTE: src/engine/checker.ts is still the stub: the engine columns time a no-op.');
  out.push('');
  const header = ['statements', 'draft', 'build index', 'full check', 're-check 1 par.', 'heap', 'findings', 'naive (Fuse.js per sentence)', 'faster'];
  const table: string[][] = [];
  for (const row of rows) {
    for (const draft of row.drafts) {
      const naive = `${formatMs(draft.naive.totalMs)}${draft.naive.extrapolated ? ` (extrapolated from ${draft.naive.sentencesTimed} of ${draft.naive.sentences} sentences)` : ` (${draft.naive.sentences} sentences)`}`;
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
  const line = (cells: string[]) => cells.map((cell, column) => (column === 7 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
  out.push(line(header));
  out.push(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of table) out.push(line(cells));
  out.push('');
  out.push('heap = process.memoryUsage().heapUsed after GC, with that corpus, its index and both drafts\' caches alive (whole process, including the bench\'s own corpora).');

  const big = rows.find((row) => row.corpusSize === 100_000);
  const small = big?.drafts.find((draft) => draft.draftWords < 5_000);
  out.push('');
  if (big && small) {
    out.push('Targets at 100k statements (issue 4):');
    out.push(`  2,000-word draft checked in <= ${TARGETS.checkMs} ms   ${formatMs(small.checkMs).padStart(9)}   ${verdict(small.checkMs <= TARGETS.checkMs)}`);
    out.push(`  one-paragraph re-check <= ${TARGETS.recheckMs} ms       ${formatMs(small.recheckMs).padStart(9)}   ${verdict(small.recheckMs <= TARGETS.recheckMs)}`);
    out.push(`  index build <= ${TARGETS.buildMs / 1000} s                  ${formatMs(big.buildMs).padStart(9)}   ${verdict(big.buildMs <= TARGETS.buildMs)}`);
    out.push(`  heap < ${TARGETS.heapMb} MB                      ${`${big.heapMb.toFixed(0)} MB`.padStart(9)}   ${verdict(big.heapMb < TARGETS.heapMb)}`);
    out.push(`  >= ${TARGETS.speedup}x faster than naive            ${`${small.speedup.toFixed(0)}x`.padStart(9)}   ${verdict(small.speedup >= TARGETS.speedup)}`);
  } else {
    out.push('Targets are judged at 100k statements: run without --quick.');
  }
  out.push('');
  out.push(`Activation: loadBundledCorpus() first call ${formatMs(activation.firstCallMs)}, later calls ${formatMs(activation.warmCallMs)} (${activation.statements} statements); parsing data/*.json (${(activation.dataBytes / 1024).toFixed(0)} KB, what a bundle pays at load) ${formatMs(activation.dataJsonParseMs)}`);
  out.push(`parseCorpusFile on a ${parse.records.toLocaleString('en-US')}-record JSONL file (${parse.megabytes.toFixed(1)} MB): ${formatMs(parse.parseMs)}, ${parse.statementsLoaded.toLocaleString('en-US')} statements loaded, ${parse.problems} problems${parse.firstProblem ? ` (first: ${parse.firstProblem})` : ''}`);
  console.log(out.join('\n'));
}

function main(): void {
  const real = loadBundledCorpus();
  const world = learnFrom(real);
  const stub = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'engine', 'checker.ts'), 'utf8').startsWith('// STUB');
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
  const results = { version: 1, quick: QUICK, node: process.version, exposeGc: Boolean(gc), stubEngine: stub, targets: TARGETS, activation, parse, corpora: rows };
  if (AS_JSON) console.log(JSON.stringify(results, null, 2));
  else printTable(rows, activation, parse, stub);
  if (OUT) fs.writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
}

main();
