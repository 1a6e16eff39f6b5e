/**
 * The worst inputs a draft can be (issue 9): text a reporter pastes or mistypes that once made the
 * check superlinear. Each is timed per MB beside an ordinary draft of the same size, in the same
 * run, against the bundled corpus; the bound is 5x the ordinary draft's time per MB.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { FactChecker, loadBundledCorpus, type Corpus } from '../../src/engine';
import { learnFrom, syntheticDraft } from './synthetic';

export const WORST_BOUND = 5;

export interface WorstRow {
  name: string;
  chars: number;
  ms: number;
  msPerMb: number;
  /** msPerMb over the ordinary draft's msPerMb. */
  ratio: number;
  findings: number;
}

/** Repeats `unit(i)` until the text is `size` characters long (cut at the last whole unit when it can be). */
function grow(size: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

/** The sample draft's prose paragraphs, without its front matter. */
function sampleBody(): string {
  const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
  return sample.slice(sample.indexOf('\n---\n') + 5);
}

/** The inputs, each `size` characters: an ordinary draft first, then the worst ones. */
export function worstInputs(corpus: Corpus, size: number): { name: string; text: string }[] {
  const body = sampleBody();
  const statements = corpus.statements;
  const words = statements.map((statement) => statement.text.split(/\s+/).slice(0, 6).join(' '));
  // Ordinary prose that never repeats a paragraph (a repeated one would be judged once, from the cache).
  let ordinary = syntheticDraft(corpus, Math.ceil(size / 5), 0x0d1a, learnFrom(corpus));
  ordinary = ordinary.slice(0, ordinary.lastIndexOf('\n\n', size));
  const json = grow(size, (i) => JSON.stringify(statements[i % statements.length]).replace(/^\[|\]$/g, '') + ',');
  const csv = grow(size, (i) => {
    const s = statements[i % statements.length];
    return [s.id, s.speaker ?? '', `"${s.text.replace(/"/g, '""')}"`, s.date, `"${s.outlet}"`, ''].join(',');
  });
  const depth = size >> 2;
  return [
    { name: 'ordinary draft (synthetic, no repeats)', text: ordinary },
    {
      name: 'thousands of quotations in one sentence',
      text: 'Rubio said ' + grow(size - 11, (i) => `“${words[i % words.length]}”, `),
    },
    { name: 'a long JSON line (the corpus)', text: '[' + json },
    { name: 'a long CSV line (the corpus)', text: csv.replace(/\n/g, ' ') },
    { name: 'no paragraph break (the ordinary draft)', text: ordinary.replace(/\n+/g, ' ') },
    { name: 'the sample draft, one paragraph', text: grow(size, () => `${body} `).replace(/\n+/g, ' ') },
    {
      name: 'no sentence break (words, no stops)',
      text: grow(size, (i) => `${words[i % words.length].replace(/[.!?]/g, '')} and `),
    },
    {
      name: 'unbalanced quotation marks',
      text: grow(size, (i) =>
        i % 2 ? `He said "${words[i % words.length]}. ` : `“${words[i % words.length]} ‘and ’90s `,
      ),
    },
    {
      name: 'stray backticks and apostrophes',
      text: grow(size, (i) => (i % 7 === 0 ? '\n\n' : `Roe didn\`t say it wasn’t ${words[i % words.length]}' `)),
    },
    {
      name: 'deep brackets',
      text: '['.repeat(depth) + '('.repeat(depth) + 'Rubio said' + ')'.repeat(depth) + ']'.repeat(depth),
    },
    { name: 'deep quotes', text: '“‘«„'.repeat(depth >> 1) + 'word' + '“’»”'.repeat(depth >> 1) },
    {
      name: 'deep blockquotes',
      text: grow(size, (i) => `${'> '.repeat(1 + (i % 60))}“${words[i % words.length]},” Rubio said.\n`),
    },
    {
      name: 'deep lists',
      text: grow(
        size,
        (i) =>
          `${'  '.repeat(i % 60)}- “${words[i % words.length]},” Rubio said.\n${'  '.repeat(i % 60)}    continued\n\n`,
      ),
    },
    {
      name: 'markup soup (<a, ](, [^, <!--)',
      text: grow(size, (i) => ['<a ', '](x ', '[^', '`', '| a | b |\n', '---\n', '    code\n'][i % 7]),
    },
  ];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

/** Times each input (median of `runs`, a fresh checker each run so no paragraph cache helps). */
export function benchWorst(size: number, runs: number, log: (line: string) => void = () => {}): WorstRow[] {
  const corpus = loadBundledCorpus();
  const inputs = worstInputs(corpus, size);
  // Warm-up: the JIT compiles on the ordinary draft, not on the first worst input.
  for (let i = 0; i < 2; i++) new FactChecker(corpus).check(inputs[0].text);
  const rows: WorstRow[] = [];
  for (const input of inputs) {
    log(`bench:   worst input: ${input.name}...`);
    const times: number[] = [];
    let findings = 0;
    for (let run = 0; run < runs; run++) {
      const checker = new FactChecker(corpus);
      const start = performance.now();
      findings = checker.check(input.text, { maxChars: size + 16, maxFindings: Infinity }).findings.length;
      times.push(performance.now() - start);
    }
    const ms = median(times);
    rows.push({
      name: input.name,
      chars: input.text.length,
      ms,
      msPerMb: (ms * 1_000_000) / input.text.length,
      ratio: 0,
      findings,
    });
  }
  const ordinary = rows[0].msPerMb;
  for (const row of rows) row.ratio = row.msPerMb / ordinary;
  return rows;
}

export function formatWorst(rows: WorstRow[]): string[] {
  const out: string[] = [];
  out.push(
    `Worst inputs (issue 9): time per MB beside the ordinary draft's, same run, bundled corpus; bound ${WORST_BOUND}x`,
  );
  const header = ['input', 'chars', 'check', 'per MB', 'ratio', 'findings', ''];
  const table = rows.map((row) => [
    row.name,
    row.chars.toLocaleString('en-US'),
    `${row.ms.toFixed(0)} ms`,
    `${row.msPerMb.toFixed(0)} ms`,
    `${row.ratio.toFixed(2)}x`,
    String(row.findings),
    row === rows[0] ? '' : row.ratio <= WORST_BOUND ? 'met' : 'NOT met',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((cells) => cells[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === 0 || column === 6 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
      )
      .join('  ')
      .trimEnd();
  out.push(line(header));
  out.push(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const cells of table) out.push(line(cells));
  const worst = rows.slice(1).reduce((a, b) => (b.ratio > a.ratio ? b : a));
  out.push(
    `Worst ratio ${worst.ratio.toFixed(2)}x (${worst.name}): ${worst.ratio <= WORST_BOUND ? 'every worst input within' : 'NOT within'} ${WORST_BOUND}x of the ordinary draft.`,
  );
  return out;
}
