/**
 * npm run bench:compare -- --baseline DIR: this build's engine against a previous build's, in one
 * process, on the same synthetic corpora and drafts. DIR is a checkout of the previous build (for
 * example `git worktree add ../factdesk-baseline <commit>`); its `src/engine` is imported as is.
 *
 * Measured per corpus size: index build and the full check of a 2,000-word draft on a brand-new
 * checker, alternating baseline and current run by run so that machine noise falls on both, with
 * the median of each and the ratio current / baseline. Ratios, not milliseconds, are the result:
 * these machines are shared and noisy.
 *   npm run bench:compare -- --baseline ../factdesk-baseline [--sizes 100000] [--runs 5]
 */
import * as path from 'path';
import { performance } from 'perf_hooks';
import { parseArgs } from 'util';
import { FactChecker, loadBundledCorpus, type Corpus } from '../../src/engine';
import { learnFrom, syntheticCorpus, syntheticDraft } from './synthetic';

interface EngineModule {
  FactChecker: new (corpus: Corpus) => {
    check(draft: string, options?: { draftDate?: string }): { findings: unknown[] };
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      baseline: { type: 'string' },
      sizes: { type: 'string', default: '10000,100000' },
      runs: { type: 'string', default: '5' },
    },
  });
  if (!values.baseline) {
    console.error('usage: npm run bench:compare -- --baseline DIR (a checkout of the previous build)');
    process.exitCode = 2;
    return;
  }
  const baseline = (await import(path.resolve(values.baseline, 'src/engine/index.ts'))) as EngineModule;
  const current: EngineModule = { FactChecker };
  const real = loadBundledCorpus();
  const world = learnFrom(real);
  const runs = Number(values.runs);
  const rows: string[] = [
    '| statements | step | baseline (median) | this build (median) | ratio |',
    '| ---: | --- | ---: | ---: | ---: |',
  ];
  for (const size of values.sizes.split(',').map(Number)) {
    const corpus = syntheticCorpus(real, size, 7, world);
    const draft = syntheticDraft(corpus, 2_000, 11, world);
    const times = {
      baseline: { build: [] as number[], check: [] as number[] },
      current: { build: [] as number[], check: [] as number[] },
    };
    // A warm-up of each, then alternate: baseline, current, baseline, current…
    for (let run = -1; run < runs; run++) {
      for (const [name, engine] of [
        ['baseline', baseline],
        ['current', current],
      ] as const) {
        let start = performance.now();
        const checker = new engine.FactChecker(corpus);
        const build = performance.now() - start;
        start = performance.now();
        checker.check(draft, { draftDate: '2025-08-18' });
        const check = performance.now() - start;
        if (run >= 0) {
          times[name].build.push(build);
          times[name].check.push(check);
        }
      }
    }
    for (const step of ['build', 'check'] as const) {
      const b = median(times.baseline[step]);
      const c = median(times.current[step]);
      rows.push(
        `| ${size.toLocaleString('en-US')} | ${step === 'build' ? 'build index' : 'full check, 2,000 words'} | ${b.toFixed(0)} ms | ${c.toFixed(0)} ms | ${(c / b).toFixed(2)}× |`,
      );
    }
  }
  console.log(rows.join('\n'));
}

void main();
