#!/usr/bin/env node
/**
 * `factdesk`: the command-line front door to Fact Desk's engine.
 *
 *   factdesk check [--format text|json|sarif] [--corpus FILE]... [--no-bundled] [--date YYYY-MM-DD] FILE...
 *   factdesk lookup QUERY
 *   factdesk lsp --stdio
 *
 * Exit codes: 0 no conflicts, 1 conflicts found, 2 bad usage or unreadable input. Everything runs
 * offline; drafts never leave the machine.
 */
import { join } from 'path';
import { version } from '../../package.json';
import { runNodeServer } from '../server/main';
import {
  CONFLICT_KINDS,
  draftFormat,
  FactChecker,
  formatCitation,
  nameOfSpeaker,
  type CheckOptions,
  type CheckResult,
  type Corpus,
  type Statement,
} from '../engine';
import { HELP_TEXT, UsageError, parseArgs, type CheckCommand, type LookupCommand, type ReportCommand } from './args';
import { expandDraftPaths, loadCorpora, readText } from './inputs';
import { runImport } from './import';
import { formatLookupText, lookupStatements } from './lookup';
import { toJson, toSarif, toText, type FileReport } from './report';
import { buildReport, renderReport } from '../server/report';
import { ownDocumentReason } from '../server/ownDocuments';
import { maskMarkdown } from '../engine/draft/markdown';
import { createHash } from 'crypto';
import { writeFileSync } from 'fs';
import { userInfo } from 'os';
import { resolve } from 'path';

export const EXIT_OK = 0;
export const EXIT_CONFLICTS = 1;
export const EXIT_USAGE = 2;

/** Where the CLI writes, and where relative paths resolve: the real process, or a test's buffers. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** The part of the engine the CLI uses, so a test can hand it a checker with known findings. */
export interface Checker {
  check(text: string, options?: CheckOptions): CheckResult;
}

export interface CliDependencies {
  createChecker?: (corpus: Corpus) => Checker;
  /** The bundled corpus; tests pin it to a fixture. */
  bundledCorpus?: () => Corpus;
}

/** Runs the CLI on `args` (no `node` or script path) and returns the exit code. Never throws for bad input. */
export function run(args: readonly string[], io: CliIo, deps: CliDependencies = {}): number {
  try {
    const parsed = parseArgs(args);
    switch (parsed.command) {
      case 'help':
        io.stdout(HELP_TEXT);
        return EXIT_OK;
      case 'version':
        io.stdout(`${version}\n`);
        return EXIT_OK;
      case 'check':
        return runCheck(parsed, io, deps);
      case 'report':
        return runReport(parsed, io, deps);
      case 'lookup':
        return runLookup(parsed, io, deps);
      case 'import':
        return runImport(parsed, io, deps);
      case 'lsp':
        // Served by main(), which owns the process's streams; run() is for commands that finish.
        io.stderr("factdesk: 'lsp --stdio' runs only as the program itself\n");
        return EXIT_USAGE;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`factdesk: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`factdesk: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_USAGE;
  }
}

function runCheck(command: CheckCommand, io: CliIo, deps: CliDependencies): number {
  const loaded = loadCorpora(command.corpusFiles, command.bundled, io.cwd, deps.bundledCorpus);
  for (const problem of loaded.problems) io.stderr(`${problem}\n`);
  let unreadable = loaded.unreadable.length > 0;

  const checker = (deps.createChecker ?? ((corpus: Corpus) => new FactChecker(corpus)))(loaded.corpus);
  const options: CheckOptions = {};
  if (command.draftDate) options.draftDate = command.draftDate;
  if (command.minScore !== undefined) options.minScore = command.minScore;

  const reports: FileReport[] = [];
  for (const file of expandDraftPaths(command.files, io.cwd)) {
    const read = readText(file, io.cwd);
    const shownPath = file === '-' ? '<stdin>' : file;
    if ('error' in read) {
      io.stderr(`factdesk: cannot read ${shownPath}: ${read.error}\n`);
      unreadable = true;
      continue;
    }
    const own = file === '-' ? ownDocumentReason('', read.text) : ownDocumentReason(file, read.text);
    if (own) {
      io.stderr(`factdesk: skipped ${shownPath}: ${own}, not a draft\n`);
      continue;
    }
    // A .txt draft is plain text (indented lines are prose); the rest is Markdown, the engine's default.
    const result = checker.check(
      read.text,
      draftFormat(file) === 'plaintext' ? { ...options, format: 'plaintext' } : options,
    );
    reports.push({
      path: shownPath,
      text: read.text,
      findings: result.findings,
      ...(result.capMessage ? { capMessage: result.capMessage } : {}),
    });
  }

  if (command.format === 'json') io.stdout(`${JSON.stringify(toJson(reports, loaded.corpus), null, 2)}\n`);
  else if (command.format === 'sarif')
    io.stdout(`${JSON.stringify(toSarif(reports, loaded.corpus, version), null, 2)}\n`);
  else io.stdout(toText(reports));

  if (unreadable) return EXIT_USAGE;
  const conflict = reports.some((report) => report.findings.some((finding) => CONFLICT_KINDS.includes(finding.kind)));
  return conflict ? EXIT_CONFLICTS : EXIT_OK;
}

/** `factdesk report FILE`: the shared report builder on one draft; exit codes as for check. */
function runReport(command: ReportCommand, io: CliIo, deps: CliDependencies): number {
  const loaded = loadCorpora(command.corpusFiles, command.bundled, io.cwd, deps.bundledCorpus);
  for (const problem of loaded.problems) io.stderr(`${problem}\n`);
  if (loaded.unreadable.length > 0) return EXIT_USAGE;
  const file = command.files[0];
  const shownPath = file === '-' ? '<stdin>' : file;
  const read = readText(file, io.cwd);
  if ('error' in read) {
    io.stderr(`factdesk: cannot read ${shownPath}: ${read.error}\n`);
    return EXIT_USAGE;
  }
  const own = ownDocumentReason(file === '-' ? '' : file, read.text);
  if (own) {
    io.stderr(`factdesk: ${shownPath} is ${own}; reports are not checked as drafts\n`);
    return EXIT_USAGE;
  }
  const checker = (deps.createChecker ?? ((corpus: Corpus) => new FactChecker(corpus)))(loaded.corpus);
  const format = draftFormat(file);
  const options: CheckOptions = { format };
  if (command.draftDate) options.draftDate = command.draftDate;
  if (command.minScore !== undefined) options.minScore = command.minScore;
  const result = checker.check(read.text, options);
  const model = buildReport({
    draftName: shownPath,
    draftText: read.text,
    draftHash: createHash('sha256').update(read.text, 'utf8').digest('hex'),
    draftDate: maskMarkdown(read.text, format).frontMatterDate ?? command.draftDate,
    findings: result.findings,
    ignored: [],
    capMessage: result.capMessage,
    corpus: loaded.corpus,
    corpusParts: loaded.parts,
    generated: new Date(),
    author: command.author ?? osUserName(),
    tool: `Fact Desk ${version}`,
  });
  const text = renderReport(model, command.format);
  if (command.out) {
    try {
      writeFileSync(resolve(io.cwd, command.out), text, 'utf8');
    } catch (error) {
      io.stderr(`factdesk: cannot write ${command.out}: ${error instanceof Error ? error.message : String(error)}\n`);
      return EXIT_USAGE;
    }
  } else io.stdout(text);
  return result.findings.some((finding) => CONFLICT_KINDS.includes(finding.kind)) ? EXIT_CONFLICTS : EXIT_OK;
}

function osUserName(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

function runLookup(command: LookupCommand, io: CliIo, deps: CliDependencies): number {
  const loaded = loadCorpora(command.corpusFiles, command.bundled, io.cwd, deps.bundledCorpus);
  for (const problem of loaded.problems) io.stderr(`${problem}\n`);
  if (loaded.unreadable.length > 0) return EXIT_USAGE;
  const hits = lookupStatements(loaded.corpus, command.query, command.limit);
  const citation = (statement: Statement) =>
    formatCitation(statement, loaded.corpus, { style: command.cite ?? 'house', asOf: command.asOf ?? localToday() });
  if (command.format === 'json') {
    const people = new Map(loaded.corpus.people.map((person) => [person.id, person]));
    const statements = hits.map(({ statement, score }) => ({
      id: statement.id,
      kind: statement.kind,
      speaker: nameOfSpeaker(statement.speaker, (id) => people.get(id)) ?? null,
      speakerId: statement.speaker,
      date: statement.date,
      outlet: statement.outlet,
      quote: statement.text,
      source: statement.source,
      // Fuse.js's score turned round: 1 is a perfect match.
      score: Math.round((1 - score) * 1000) / 1000,
      citation: citation(statement),
    }));
    io.stdout(`${JSON.stringify({ version: 1, query: command.query, statements }, null, 2)}\n`);
  } else if (command.cite) {
    io.stdout(
      hits.length
        ? `${hits.map(({ statement }) => `${statement.id}\n  ${citation(statement)}`).join('\n')}\n`
        : 'no matching statement\n',
    );
  } else {
    io.stdout(formatLookupText(hits));
  }
  return hits.length > 0 ? EXIT_OK : EXIT_CONFLICTS;
}

/** Today's date where the CLI runs, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** Entry point: `main(process.argv)`. Sets the exit code rather than exiting, so output is flushed. */
export function main(argv: readonly string[] = process.argv): number {
  if (argv[2] === 'lsp' && argv[3] === '--stdio' && argv.length === 4) {
    // The same server VS Code runs; the bundled records' files sit in ../data beside dist/.
    runNodeServer(join(__dirname, '..', 'data'));
    return EXIT_OK;
  }
  const code = run(argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    cwd: process.cwd(),
  });
  process.exitCode = code;
  return code;
}

/** True when this file is the program being run (bundled dist/cli.js, or `tsx src/cli/main.ts`), not imported by a test. */
function isEntryPoint(): boolean {
  if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) return true;
  const script = process.argv[1] ?? '';
  return /(?:^|[\\/])(?:cli\.js|factdesk|main\.ts)$/.test(script) && !/mocha/.test(script);
}

if (isEntryPoint()) main();
