import type { Location } from 'vscode-languageserver';
import {
  FactChecker,
  loadBundledCorpus,
  mergeCorpora,
  parseCorpusFile,
  readSnapshot,
  SNAPSHOT_FORMAT,
  type Corpus,
  type CorpusPart,
  type StatementSearch,
} from '../engine';
import { folderOf } from './folders';
import type { ServerHost } from './host';
import { fileUri, indexRecordLocations, joinUri, relativePath } from './locations';
import { WORKSPACE_CORPUS_PATH, type CorpusLoadedParams, type CorpusProblem } from './protocol';
import type { FactDeskSettings } from './settings';

const BUNDLED_NAME = 'bundled corpus';

/** A workspace folder and its settings (folder-level settings name its own corpus files). */
export interface FolderSettings {
  uri: string;
  settings: FactDeskSettings;
}

/** The corpus in effect: records, the checker built on them, where each record is written, and what went wrong loading. */
export interface LoadedCorpus {
  /** Every folder's records merged (the corpus view, the look-up). */
  corpus: Corpus;
  /** The checker on `corpus`; a document in a folder is checked with `checkerFor(uri)`. */
  checker: FactChecker;
  /** The checker for a document: its workspace folder's corpus files and the bundled records only. */
  checkerFor(uri: string): FactChecker;
  locations: Map<string, Location>;
  /** Ids of the statements read from a workspace folder's .factdesk/corpus.jsonl: the newsroom's own records, not sourced ones. */
  newsroom: Set<string>;
  problems: CorpusProblem[];
  /** Corpus files read (named in settings, or a folder's .factdesk/corpus.jsonl), to watch. */
  files: string[];
  /** What the load was asked for, to tell whether a settings change needs a reload. */
  key: string;
  /** Each part read and its statement count, in load order. */
  parts: { name: string; statements: number }[];
  /** The key of this corpus's index snapshot (content hashes of what was read), when the host keeps snapshots. */
  snapshotKey?: string;
  /** The look-up, when a snapshot gave it; otherwise the server builds it (and then writes the snapshot). */
  search?: StatementSearch;
}

/** The corpus files a set of folders asks for: each folder's factDesk.corpusFiles, then its workspace corpus. */
export function corpusFilesFor(
  folders: readonly FolderSettings[],
  global: FactDeskSettings,
): { uri: string; optional: boolean; entry: string }[] {
  const files: { uri: string; optional: boolean; entry: string }[] = [];
  const scopes = folders.length ? folders : [{ uri: '', settings: global }];
  for (const folder of scopes) {
    for (const entry of folder.settings.corpusFiles) {
      const path = entry.replace(/^\$\{workspaceFolder\}[\\/]?/, '');
      if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) files.push({ uri: path, optional: false, entry });
      else if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path))
        files.push({ uri: fileUri(path), optional: false, entry });
      else if (folder.uri) files.push({ uri: joinUri(folder.uri, path), optional: false, entry });
    }
    if (folder.uri)
      files.push({ uri: joinUri(folder.uri, WORKSPACE_CORPUS_PATH), optional: true, entry: WORKSPACE_CORPUS_PATH });
  }
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.uri) && seen.add(file.uri));
}

/** The key of a load request: equal keys load the same files. */
export function loadKey(folders: readonly FolderSettings[], global: FactDeskSettings): string {
  return JSON.stringify([global.useBundledCorpus, corpusFilesFor(folders, global).map((file) => file.uri)]);
}

/**
 * Loads the bundled records and the newsroom's files, merges them and indexes them once. A file that
 * cannot be read or a record that is malformed is a problem with file, line and field; the rest loads.
 */
export async function loadCorpus(
  host: ServerHost,
  folders: readonly FolderSettings[],
  global: FactDeskSettings,
  dataDir?: string,
): Promise<LoadedCorpus> {
  const parts: CorpusPart[] = [];
  const problems: CorpusProblem[] = [];
  const locations = new Map<string, Location>();
  const newsroom = new Set<string>();
  const folderUris = folders.map((folder) => folder.uri);
  if (global.useBundledCorpus) {
    try {
      parts.push({ name: BUNDLED_NAME, corpus: loadBundledCorpus() });
    } catch (error) {
      problems.push({
        file: BUNDLED_NAME,
        line: 0,
        message: `The bundled corpus could not be loaded: ${String(error)}`,
        severity: 'error',
      });
    }
    // Best effort: a diagnostic can point at the exact line of its bundled record when the data files can be read.
    for (const uri of await host.bundledDataFiles(dataDir).catch(() => [])) {
      const text = await host.readFile(uri).catch(() => undefined);
      if (text !== undefined) indexRecordLocations(uri, text, locations);
    }
  }
  const files: string[] = [];
  const texts: [string, string][] = [];
  const partOf = new Map<string, CorpusPart>();
  for (const file of corpusFilesFor(folders, global)) {
    const name = relativePath(file.uri, folderUris);
    files.push(file.uri);
    let text: string;
    try {
      text = await host.readFile(file.uri);
    } catch (error) {
      if (!file.optional)
        problems.push({
          file: name,
          uri: file.uri,
          line: 0,
          message: `Cannot read corpus file: ${errorMessage(error)}`,
          severity: 'error',
        });
      continue;
    }
    texts.push([file.uri, text]);
    const result = parseCorpusFile(name, text);
    problems.push(...result.problems.map((problem) => ({ ...problem, uri: file.uri })));
    if (file.entry === WORKSPACE_CORPUS_PATH)
      for (const statement of result.corpus.statements) newsroom.add(statement.id);
    const part = { name, corpus: result.corpus };
    parts.push(part);
    partOf.set(file.uri, part);
    indexRecordLocations(file.uri, text, locations);
  }
  const merged = mergeCorpora(parts);
  const uriOf = new Map(files.map((uri) => [relativePath(uri, folderUris), uri]));
  problems.push(...merged.problems.map((problem) => ({ ...problem, uri: uriOf.get(problem.file) })));
  // Same format, same bundled records, same files with the same contents: the snapshot of last time fits.
  const snapshotKey = host.snapshots?.hash([
    String(SNAPSHOT_FORMAT),
    global.useBundledCorpus ? JSON.stringify(parts.find((part) => part.name === BUNDLED_NAME)?.corpus ?? null) : '',
    ...texts.flatMap(([uri, text]) => [uri, text]),
  ]);
  const snapshot = snapshotKey ? await host.snapshots!.read(snapshotKey) : undefined;
  const restored = snapshot && snapshotKey ? readSnapshot(snapshot, snapshotKey, merged.corpus) : undefined;
  const checker = restored?.checker ?? new FactChecker(merged.corpus);
  // Each folder is checked against its own files. Folders asking for the same files share a checker;
  // a single-root workspace (or one whose folders name the same files) builds exactly one.
  const allKey = files.join('\n');
  const bundled = parts.filter((part) => part.name === BUNDLED_NAME);
  const byKey = new Map<string, FactChecker>([[allKey, checker]]);
  const byFolder = new Map<string, FactChecker>();
  for (const folder of folders) {
    const own = corpusFilesFor([folder], global).map((file) => file.uri);
    const key = own.join('\n');
    let folderChecker = byKey.get(key);
    if (!folderChecker) {
      // Problems (duplicate ids and the like) were reported once, from the merge of every file.
      folderChecker = new FactChecker(
        mergeCorpora([...bundled, ...own.flatMap((uri) => partOf.get(uri) ?? [])]).corpus,
      );
      byKey.set(key, folderChecker);
    }
    byFolder.set(folder.uri, folderChecker);
  }
  const checkerFor = (uri: string) => {
    const folder = folderOf(uri, folderUris);
    return (folder && byFolder.get(folder)) || checker;
  };
  const counts = parts.map((part) => ({ name: part.name, statements: part.corpus.statements.length }));
  return {
    corpus: merged.corpus,
    checker,
    checkerFor,
    locations,
    newsroom,
    problems,
    files,
    key: loadKey(folders, global),
    parts: counts,
    snapshotKey,
    search: restored?.search,
  };
}

export function loadedSummary(loaded: LoadedCorpus, generation: number): CorpusLoadedParams & { generation: number } {
  return {
    generation,
    statements: loaded.corpus.statements.length,
    people: loaded.corpus.people.length,
    sources: loaded.corpus.sources.length,
    problems: loaded.problems,
    files: loaded.files,
    parts: loaded.parts,
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
