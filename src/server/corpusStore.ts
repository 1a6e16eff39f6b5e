// The corpora a workspace needs. Each workspace folder is checked against the bundled records (unless
// its settings turn them off), its own factDesk.corpusFiles and its own .factdesk/corpus.jsonl; a
// document in no folder (an untitled draft, a file opened from elsewhere) against every folder's.
// Folders that ask for the same records share one corpus: one parse per file, one index per
// distinct set of files, built when a draft first needs it, dropped when no folder asks for it.
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
  type Person,
  type Source,
  type Statement,
  type StatementSearch,
} from '../engine';
import type { ServerHost } from './host';
import { fileUri, indexRecordLocations, joinUri, relativePath } from './locations';
import { WORKSPACE_CORPUS_PATH, type CorpusLoadedParams, type CorpusProblem } from './protocol';
import type { FactDeskSettings } from './settings';

const BUNDLED_NAME = 'bundled corpus';

/** The scope of the documents in no workspace folder (untitled drafts, files opened from elsewhere). */
export const LOOSE_SCOPE = '';

/** A workspace folder (URI) and its settings (folder-level settings name its own corpus files). */
export interface FolderSettings {
  uri: string;
  settings: FactDeskSettings;
}

/** One corpus file a scope asks for: its URI, whether a missing file is fine (a folder's .factdesk/corpus.jsonl), and the setting's entry. */
export interface CorpusFileSpec {
  uri: string;
  optional: boolean;
  entry: string;
}

/** What a scope (a workspace folder, or the documents in none) is checked against. */
export interface CorpusScope {
  useBundledCorpus: boolean;
  files: CorpusFileSpec[];
}

/** A corpus in effect for one or more scopes: records merged once, indexed when a draft first needs it. */
export interface MergedCorpus {
  /** Equal keys: the same bundled choice and the same files with the same contents. */
  key: string;
  corpus: Corpus;
  /** Where each record is written (statement, person or source id). */
  locations: { get(id: string): Location | undefined };
  /** Ids of the statements read from a folder's .factdesk/corpus.jsonl: the newsroom's own records, not sourced ones. */
  newsroom: Set<string>;
  /** Problems merging its files (a duplicate id across two files, an unknown speaker); each file's own problems are the library's. */
  problems: CorpusProblem[];
  /** Each part and its statement count, in load order ("bundled corpus", a folder-relative file). */
  parts: { name: string; statements: number }[];
  /** The corpus files it was read from. */
  files: string[];
  /** The key of its index snapshot (content hashes), when the host keeps snapshots. */
  snapshotKey?: string;
}

/** Records by id (a FactChecker answers the same questions). */
export type RecordLookup = Pick<FactChecker, 'person' | 'source' | 'statement'>;

/** Every record any scope reads, with look-ups by id: what the corpus view and the record requests answer from. */
export interface LoadedCorpus {
  corpus: Corpus;
  /** Ids of the statements read from a folder's .factdesk/corpus.jsonl. */
  newsroom: Set<string>;
  checker: RecordLookup;
}

/** A MergedCorpus with its index: what a check, a hover or the look-up uses. */
export interface IndexedCorpus extends MergedCorpus {
  checker: FactChecker;
  /** The look-up's index: from the snapshot, or built on the first look-up (the server's lookupFor). */
  search?: StatementSearch;
  /** True when `search` came from a snapshot (nothing to write back). */
  searchFromSnapshot: boolean;
}

/**
 * The corpus files `folder` asks for: its factDesk.corpusFiles (relative to the folder, absolute, or
 * URIs; `${workspaceFolder}/` is the folder), then its .factdesk/corpus.jsonl. Without a folder
 * (`uri` empty) only absolute paths and URIs can be read.
 */
export function corpusFilesOf(folder: FolderSettings): CorpusFileSpec[] {
  const files: CorpusFileSpec[] = [];
  for (const entry of folder.settings.corpusFiles) {
    const path = entry.replace(/^\$\{workspaceFolder\}[\\/]?/, '');
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) files.push({ uri: path, optional: false, entry });
    else if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path))
      files.push({ uri: fileUri(path), optional: false, entry });
    else if (folder.uri) files.push({ uri: joinUri(folder.uri, path), optional: false, entry });
  }
  if (folder.uri)
    files.push({ uri: joinUri(folder.uri, WORKSPACE_CORPUS_PATH), optional: true, entry: WORKSPACE_CORPUS_PATH });
  return unique(files);
}

/**
 * Every scope of a workspace: each folder with its own settings, and LOOSE_SCOPE (documents in no
 * folder) with the workspace-wide settings and every folder's files. With no folder at all, the
 * loose scope has the workspace-wide settings' files only.
 */
export function scopesOf(folders: readonly FolderSettings[], global: FactDeskSettings): Map<string, CorpusScope> {
  const scopes = new Map<string, CorpusScope>();
  for (const folder of folders)
    scopes.set(folder.uri, { useBundledCorpus: folder.settings.useBundledCorpus, files: corpusFilesOf(folder) });
  const loose = folders.length
    ? folders.flatMap((folder) => scopes.get(folder.uri)!.files)
    : corpusFilesOf({ uri: '', settings: global });
  scopes.set(LOOSE_SCOPE, { useBundledCorpus: global.useBundledCorpus, files: unique(loose) });
  return scopes;
}

interface FileRead {
  /** The contents' hash (the host's where it hashes, Node; else two 32-bit hashes and the length): a forced re-read of an unchanged file changes nothing. */
  fingerprint?: string;
  error?: string;
  /** Bumped when a re-read finds other contents: a corpus with this file is then a new one. */
  version: number;
  part?: CorpusPart;
  problems: CorpusProblem[];
  locations?: Map<string, Location>;
  digest?: string;
}

interface CorpusEntry {
  loaded: MergedCorpus;
  indexed?: Promise<IndexedCorpus>;
}

/**
 * The corpora of a workspace, by scope. `update` reads the files the scopes ask for (once each; again
 * when forced) and says which scopes now have another corpus; `indexed` gives a scope's corpus with
 * its checker, building it on first use. Scopes asking for the same records share one corpus.
 */
export class CorpusLibrary {
  private readonly files = new Map<string, FileRead>();
  private readonly corpora = new Map<string, CorpusEntry>();
  private scopes = new Map<string, CorpusScope>();
  private readonly keyOfScope = new Map<string, string>();
  private bundled?: { part?: CorpusPart; problem?: CorpusProblem; locations: Map<string, Location>; digest: string };
  private unionCache?: LoadedCorpus;
  /** What the last summary was made of (files asked for and their versions, the bundled choice): another means a new summary. */
  private summarySignature = '';

  constructor(
    private readonly host: ServerHost,
    private readonly dataDir?: string,
  ) {}

  /**
   * Takes the scopes in effect; reads files not read yet (every file when `force`d: one changed on
   * disk). Resolves with the scopes whose corpus changed (new files, other contents, the bundled
   * records turned on or off), and whether the summary did (also when only a file that cannot be
   * read was named: a problem with its URI, while the rest loads).
   */
  async update(
    scopes: Map<string, CorpusScope>,
    force: boolean,
  ): Promise<{ changed: Set<string>; summaryChanged: boolean }> {
    this.scopes = scopes;
    const wanted = new Map<string, CorpusFileSpec>();
    for (const scope of scopes.values())
      for (const file of scope.files) if (!wanted.has(file.uri)) wanted.set(file.uri, file);
    for (const uri of [...this.files.keys()]) if (!wanted.has(uri)) this.files.delete(uri);
    for (const [uri, spec] of wanted) {
      const known = this.files.get(uri);
      if (known && !force) continue;
      await this.read(uri, spec, known);
    }
    if ([...scopes.values()].some((scope) => scope.useBundledCorpus)) await this.loadBundled();
    const changed = new Set<string>();
    const used = new Set<string>();
    for (const [id, scope] of scopes) {
      const key = this.keyOf(scope);
      used.add(key);
      if (this.keyOfScope.get(id) !== key) changed.add(id);
      this.keyOfScope.set(id, key);
      if (!this.corpora.has(key)) this.corpora.set(key, this.merge(key, scope));
    }
    for (const id of [...this.keyOfScope.keys()]) if (!scopes.has(id)) this.keyOfScope.delete(id);
    // A corpus no scope asks for any more is let go (its index is the bulk of the memory).
    for (const key of [...this.corpora.keys()]) if (!used.has(key)) this.corpora.delete(key);
    // Every scope's records together: made again when asked (a folder may also have gone).
    this.unionCache = undefined;
    const signature = JSON.stringify([
      [...scopes.values()].map((scope) => scope.useBundledCorpus),
      [...this.files].map(([uri, read]) => [uri, read.version]),
    ]);
    const summaryChanged = signature !== this.summarySignature;
    this.summarySignature = signature;
    return { changed, summaryChanged };
  }

  /** The scope's corpus key (equal keys: one shared corpus). */
  keyOf(scope: CorpusScope): string {
    const files = scope.files.flatMap((file) => {
      const read = this.files.get(file.uri);
      return read?.part ? [`${file.uri}#${read.version}`] : [];
    });
    return JSON.stringify([scope.useBundledCorpus, files]);
  }

  /** The corpus of `scope` (a folder URI or LOOSE_SCOPE) with its checker, indexed on first use (or read from its snapshot). */
  indexed(scope: string): Promise<IndexedCorpus> {
    const key = this.keyOfScope.get(scope) ?? this.keyOfScope.get(LOOSE_SCOPE);
    const entry = key !== undefined ? this.corpora.get(key) : undefined;
    if (!entry) return Promise.reject(new Error(`no corpus for ${scope || 'documents outside the workspace folders'}`));
    entry.indexed ??= this.index(entry);
    return entry.indexed;
  }

  /** The corpus of a scope without its index (undefined before the first update). */
  loaded(scope: string): MergedCorpus | undefined {
    const key = this.keyOfScope.get(scope) ?? this.keyOfScope.get(LOOSE_SCOPE);
    return key !== undefined ? this.corpora.get(key)?.loaded : undefined;
  }

  /** The distinct corpora, which scopes share each, and whether each is indexed yet. */
  shared(): { scopes: string[]; statements: number; indexed: boolean }[] {
    return [...this.corpora.entries()].map(([key, entry]) => ({
      scopes: this.scopesWith(key),
      statements: entry.loaded.corpus.statements.length,
      indexed: entry.indexed !== undefined,
    }));
  }

  /** Every record any scope reads (the corpus view): each file once, in scope order; duplicate ids across folders kept once. */
  union(): LoadedCorpus {
    if (this.unionCache) return this.unionCache;
    const parts: CorpusPart[] = [];
    if (this.bundled?.part && [...this.scopes.values()].some((scope) => scope.useBundledCorpus))
      parts.push(this.bundled.part);
    const newsroom = new Set<string>();
    const seen = new Set<string>();
    for (const scope of this.scopes.values())
      for (const file of scope.files) {
        const read = this.files.get(file.uri);
        if (!read?.part || seen.has(file.uri)) continue;
        seen.add(file.uri);
        parts.push(read.part);
        if (file.entry === WORKSPACE_CORPUS_PATH)
          for (const statement of read.part.corpus.statements) newsroom.add(statement.id);
      }
    // A single scope's corpus is the union already: no second merge.
    const single = new Set(this.keyOfScope.values());
    const corpus = single.size === 1 ? this.corpora.get([...single][0])!.loaded.corpus : mergeCorpora(parts).corpus;
    // Records by id for the views (no index: nothing is checked against every folder's records here).
    let people: Map<string, Person> | undefined;
    let sources: Map<string, Source> | undefined;
    let statements: Map<string, Statement> | undefined;
    const checker: RecordLookup = {
      person: (id) => (id ? (people ??= new Map(corpus.people.map((p) => [p.id, p]))).get(id) : undefined),
      source: (id) => (sources ??= new Map(corpus.sources.map((one) => [one.id, one]))).get(id),
      statement: (id) => (statements ??= new Map(corpus.statements.map((one) => [one.id, one]))).get(id),
    };
    this.unionCache = { corpus, newsroom, checker };
    return this.unionCache;
  }

  /** Where a record is written: in the corpus of `scope` when given, else in any file read. */
  location(id: string, scope?: string): Location | undefined {
    if (scope !== undefined) return this.loaded(scope)?.locations.get(id);
    for (const read of this.files.values()) {
      const location = read.locations?.get(id);
      if (location) return location;
    }
    return this.bundled?.locations.get(id);
  }

  /** What the client shows and watches: every scope's records counted once, every problem once, every file asked for. */
  summary(generation: number): CorpusLoadedParams & { generation: number } {
    const { corpus } = this.union();
    const problems: CorpusProblem[] = [];
    const seen = new Set<string>();
    const add = (problem: CorpusProblem) => {
      const key = JSON.stringify(problem);
      if (seen.has(key)) return;
      seen.add(key);
      problems.push(problem);
    };
    if (this.bundled?.problem && [...this.scopes.values()].some((scope) => scope.useBundledCorpus))
      add(this.bundled.problem);
    const files: string[] = [];
    const parts: { name: string; statements: number }[] = [];
    if (this.bundled?.part && [...this.scopes.values()].some((scope) => scope.useBundledCorpus))
      parts.push({ name: BUNDLED_NAME, statements: this.bundled.part.corpus.statements.length });
    for (const [uri, read] of this.files) {
      files.push(uri);
      read.problems.forEach(add);
      if (read.part) parts.push({ name: read.part.name, statements: read.part.corpus.statements.length });
    }
    for (const entry of this.corpora.values()) entry.loaded.problems.forEach(add);
    return {
      generation,
      statements: corpus.statements.length,
      people: corpus.people.length,
      sources: corpus.sources.length,
      problems,
      files,
      parts,
      corpora: [...this.corpora.entries()].map(([key, entry]) => ({
        scopes: this.scopesWith(key),
        statements: entry.loaded.corpus.statements.length,
        files: entry.loaded.files,
        parts: entry.loaded.parts,
      })),
    };
  }

  private scopesWith(key: string): string[] {
    return [...this.keyOfScope.entries()].filter(([, k]) => k === key).map(([id]) => id);
  }

  private folderUris(): string[] {
    return [...this.scopes.keys()].filter((id) => id !== LOOSE_SCOPE);
  }

  private async read(uri: string, spec: CorpusFileSpec, known: FileRead | undefined): Promise<void> {
    const name = relativePath(uri, this.folderUris());
    let text: string;
    try {
      text = await this.host.readFile(uri);
    } catch (error) {
      // Still missing (or unreadable the same way): nothing changed.
      if (known?.error === errorMessage(error)) return;
      const problems: CorpusProblem[] = spec.optional
        ? []
        : [{ file: name, uri, line: 0, message: `Cannot read corpus file: ${errorMessage(error)}`, severity: 'error' }];
      this.files.set(uri, { error: errorMessage(error), version: (known?.version ?? 0) + 1, problems });
      return;
    }
    const digest = this.host.snapshots?.hash([text]);
    // Unchanged contents: the same parse, the same corpus (a forced reload after an unrelated save costs a read).
    const fingerprint = digest ?? quickFingerprint(text);
    if (known?.fingerprint === fingerprint) return;
    const result = parseCorpusFile(name, text);
    const locations = new Map<string, Location>();
    indexRecordLocations(uri, text, locations);
    this.files.set(uri, {
      fingerprint,
      version: (known?.version ?? 0) + 1,
      part: { name, corpus: result.corpus },
      problems: result.problems.map((problem) => ({ ...problem, uri })),
      locations,
      digest,
    });
  }

  private async loadBundled(): Promise<void> {
    if (this.bundled) return;
    const locations = new Map<string, Location>();
    let part: CorpusPart | undefined;
    let problem: CorpusProblem | undefined;
    try {
      part = { name: BUNDLED_NAME, corpus: loadBundledCorpus() };
    } catch (error) {
      problem = {
        file: BUNDLED_NAME,
        line: 0,
        message: `The bundled corpus could not be loaded: ${String(error)}`,
        severity: 'error',
      };
    }
    // Best effort: a diagnostic can point at the exact line of its bundled record when the data files can be read.
    for (const uri of await this.host.bundledDataFiles(this.dataDir).catch(() => [])) {
      const text = await this.host.readFile(uri).catch(() => undefined);
      if (text !== undefined) indexRecordLocations(uri, text, locations);
    }
    const digest = this.host.snapshots?.hash([JSON.stringify(part?.corpus ?? null)]) ?? '';
    this.bundled = { part, problem, locations, digest };
  }

  /** The scope's records merged (cheap: no index yet). */
  private merge(key: string, scope: CorpusScope): CorpusEntry {
    const parts: CorpusPart[] = [];
    const sources: Map<string, Location>[] = [];
    const newsroom = new Set<string>();
    const files: string[] = [];
    const digests: string[] = [String(SNAPSHOT_FORMAT)];
    if (scope.useBundledCorpus) {
      if (this.bundled?.part) parts.push(this.bundled.part);
      if (this.bundled) sources.push(this.bundled.locations);
      digests.push(this.bundled?.digest ?? '');
    } else digests.push('');
    for (const file of scope.files) {
      const read = this.files.get(file.uri);
      if (!read?.part) continue;
      parts.push(read.part);
      files.push(file.uri);
      if (read.locations) sources.push(read.locations);
      digests.push(file.uri, read.digest ?? '');
      if (file.entry === WORKSPACE_CORPUS_PATH)
        for (const statement of read.part.corpus.statements) newsroom.add(statement.id);
    }
    const merged = mergeCorpora(parts);
    const uriOf = new Map(files.map((uri) => [this.files.get(uri)!.part!.name, uri]));
    const loaded: MergedCorpus = {
      key,
      corpus: merged.corpus,
      locations: {
        get: (id) => {
          for (const map of sources) {
            const location = map.get(id);
            if (location) return location;
          }
          return undefined;
        },
      },
      newsroom,
      problems: merged.problems.map((problem) => ({ ...problem, uri: uriOf.get(problem.file) })),
      parts: parts.map((part) => ({ name: part.name, statements: part.corpus.statements.length })),
      files,
      snapshotKey: this.host.snapshots?.hash(digests),
    };
    return { loaded };
  }

  private async index(entry: CorpusEntry): Promise<IndexedCorpus> {
    const { loaded } = entry;
    const snapshot = loaded.snapshotKey ? await this.host.snapshots!.read(loaded.snapshotKey) : undefined;
    const restored =
      snapshot && loaded.snapshotKey ? readSnapshot(snapshot, loaded.snapshotKey, loaded.corpus) : undefined;
    return {
      ...loaded,
      checker: restored?.checker ?? new FactChecker(loaded.corpus),
      search: restored?.search,
      searchFromSnapshot: restored !== undefined,
    };
  }
}

/** Without the host's hash (the browser): FNV-1a and djb2 over the UTF-16 units, and the length; the text itself is not kept. */
function quickFingerprint(text: string): string {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    fnv = Math.imul(fnv ^ unit, 16777619);
    djb = (Math.imul(djb, 33) + unit) | 0;
  }
  return `${text.length}:${(fnv >>> 0).toString(36)}:${(djb >>> 0).toString(36)}`;
}

function unique(files: CorpusFileSpec[]): CorpusFileSpec[] {
  const seen = new Set<string>();
  return files.filter((file) => !seen.has(file.uri) && seen.add(file.uri));
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
