/**
 * `factdesk import FILE... [--corpus EXISTING]... [--no-bundled] [--date YYYY-MM-DD] --out proposals.jsonl [--accept-confident]`:
 * articles (Markdown, plain text, HTML) to proposed corpus records for review. A file that cannot
 * be imported (unreadable, binary, over the size cap, a page with no article body) is named with
 * the reason, and then nothing is written at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  CONFIDENT,
  MAX_ARTICLE_CHARS,
  acceptConfident,
  importArticle,
  proposalsToJsonl,
  type Proposal,
} from '../engine/import';
import { UsageError, isIsoDate } from './args';
import { loadCorpora } from './inputs';
import type { CliDependencies, CliIo } from './main';

export interface ImportCommand {
  command: 'import';
  files: string[];
  corpusFiles: string[];
  bundled: boolean;
  out?: string;
  date?: string;
  publisher?: string;
  acceptConfident: boolean;
}

export function parseImport(args: readonly string[]): ImportCommand {
  const parsed: ImportCommand = {
    command: 'import',
    files: [],
    corpusFiles: [],
    bundled: true,
    acceptConfident: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [name, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${name} needs a value`);
      return next;
    };
    if (name === '--corpus') parsed.corpusFiles.push(value());
    else if (name === '--no-bundled') parsed.bundled = false;
    else if (name === '--out' || name === '-o') parsed.out = value();
    else if (name === '--publisher') parsed.publisher = value();
    else if (name === '--accept-confident') parsed.acceptConfident = true;
    else if (name === '--date') {
      parsed.date = value();
      if (!isIsoDate(parsed.date))
        throw new UsageError(`--date must be a calendar date YYYY-MM-DD, not '${parsed.date}'`);
    } else if (name.startsWith('-') && name !== '-') throw new UsageError(`unknown option '${name}' for import`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) throw new UsageError("'import' needs at least one article FILE (.md, .txt or .html)");
  if (!parsed.out) throw new UsageError("'import' needs --out FILE (the proposals, JSON Lines)");
  return parsed;
}

/** Bytes beyond which a file is not even read: four bytes a character is the worst UTF-8 can do. */
const MAX_BYTES = MAX_ARTICLE_CHARS * 4;

export function runImport(command: ImportCommand, io: CliIo, deps: CliDependencies): number {
  const loaded = loadCorpora(command.corpusFiles, command.bundled, io.cwd, deps.bundledCorpus);
  for (const problem of loaded.problems) io.stderr(`${problem}\n`);
  if (loaded.unreadable.length > 0) return 2;
  const proposals: Proposal[] = [];
  const failures: string[] = [];
  const known = { ...loaded.corpus, sources: [...loaded.corpus.sources] };
  for (const file of command.files) {
    const full = path.resolve(io.cwd, file);
    let content: string;
    try {
      const stat = fs.statSync(full);
      if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      if (stat.size > MAX_BYTES) {
        failures.push(
          `${file}: ${(stat.size / 1_000_000).toFixed(0)} MB is too large for an article (limit ${MAX_ARTICLE_CHARS / 1_000_000} million characters); split the archive into one file per article`,
        );
        continue;
      }
      content = fs.readFileSync(full, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      failures.push(
        `${file}: cannot read (${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : error instanceof Error ? error.message : String(error)})`,
      );
      continue;
    }
    const mtime = fs.statSync(full).mtime.toISOString().slice(0, 10);
    const result = importArticle(file, content, known, {
      articleDate: command.date ?? mtime,
      articleDateBasis: command.date
        ? `the article date given with --date, ${command.date}`
        : `no date in the article; the file's modification date, ${mtime} (check it)`,
      articleDateGuessed: !command.date,
      publisher: command.publisher,
    });
    if ('message' in result) {
      failures.push(result.message.replace(/ Nothing was written\.$/, ''));
      continue;
    }
    for (const note of result.notes) io.stderr(`factdesk: note: ${note}\n`);
    for (const proposal of result.proposals)
      if (proposal.type === 'source') known.sources.push({ ...proposal, byline: proposal.byline ?? [] } as never);
    proposals.push(...result.proposals);
  }
  if (failures.length > 0) {
    for (const failure of failures) io.stderr(`factdesk: ${failure}\n`);
    io.stderr(
      `factdesk: nothing was written to ${command.out} (${failures.length} of ${command.files.length} file${command.files.length === 1 ? '' : 's'} could not be imported)\n`,
    );
    return 2;
  }
  let output = proposals;
  const statements = proposals.filter((proposal) => proposal.type === 'statement');
  let summary = `${statements.length} statement${statements.length === 1 ? '' : 's'} proposed from ${command.files.length} article${command.files.length === 1 ? '' : 's'}`;
  if (command.acceptConfident) {
    const result = acceptConfident(proposals);
    output = result.proposals;
    const held = [...result.held].map(([reason, count]) => `${count} ${reason}`).join(', ');
    summary += `; accepted ${result.accepted} with confidence ≥ ${CONFIDENT}${held ? `; held ${statements.length - result.accepted}: ${held}` : ''}`;
  }
  const occurrences = statements.filter((statement) => statement.type === 'statement' && statement.occurrenceOf).length;
  const differs = statements.filter((statement) => statement.type === 'statement' && statement.differsFrom).length;
  if (occurrences) summary += `; ${occurrences} already on record (occurrences)`;
  if (differs) summary += `; ${differs} close to a record of the same speaker but different (one text is wrong)`;
  try {
    fs.writeFileSync(path.resolve(io.cwd, command.out!), proposalsToJsonl(output));
  } catch (error) {
    io.stderr(`factdesk: cannot write ${command.out}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  io.stdout(`${summary}. Wrote ${command.out}.\n`);
  return 0;
}
