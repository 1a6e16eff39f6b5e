import * as vscode from 'vscode';
import {
  FactChecker,
  loadBundledCorpus,
  mergeCorpora,
  parseCorpusFile,
  type Corpus,
  type LoadProblem,
  type Person,
  type Source,
  type Statement,
} from '../engine';
import { readSettings } from './config';
import type { ExtensionHostServices } from './host';

/** The workspace corpus that "Add Selection to Corpus" writes to, relative to a workspace folder. */
export const WORKSPACE_CORPUS_PATH = '.factdesk/corpus.jsonl';

const BUNDLED_NAME = 'bundled corpus';
const RELOAD_DELAY_MS = 150;
const POLL_INTERVAL_MS = 2000;

/**
 * Owns the corpus: the bundled records plus the newsroom's files named in `factDesk.corpusFiles` and
 * the workspace corpus. Watches those files, rebuilds the checker when one changes (drafts are then
 * re-checked by the listener of `onDidChange`), and reports load problems with file, line and field as
 * diagnostics on the corpus file and in the output channel.
 */
export class CorpusService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after every (re)load, once the new checker is in place. */
  readonly onDidChange = this.changeEmitter.event;

  private current: { corpus: Corpus; checker: FactChecker; problems: LoadProblem[] };
  private locations = new Map<string, vscode.Location>();
  private readonly problemDiagnostics = vscode.languages.createDiagnosticCollection('factDesk-corpus');
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private loading: Promise<void>;
  private pendingReload: ReturnType<typeof setTimeout> | undefined;
  private watchedUris = new Set<string>();

  constructor(
    private readonly host: ExtensionHostServices,
    private readonly extensionUri: vscode.Uri,
    private readonly output: vscode.OutputChannel,
  ) {
    const empty: Corpus = { statements: [], people: [], sources: [] };
    this.current = { corpus: empty, checker: new FactChecker(empty), problems: [] };
    this.loading = this.load();
    this.disposables.push(
      this.changeEmitter,
      this.problemDiagnostics,
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.watchedUris.has(document.uri.toString())) this.scheduleReload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.scheduleReload()),
    );
  }

  /** Resolves once the corpus in effect reflects the latest request to load. */
  ready(): Promise<void> {
    return this.loading;
  }

  get corpus(): Corpus {
    return this.current.corpus;
  }

  get checker(): FactChecker {
    return this.current.checker;
  }

  get problems(): readonly LoadProblem[] {
    return this.current.problems;
  }

  person(id: string | null | undefined): Person | undefined {
    return id ? this.current.checker.person(id) : undefined;
  }

  source(id: string): Source | undefined {
    return this.current.checker.source(id);
  }

  statement(id: string): Statement | undefined {
    return this.current.checker.statement(id);
  }

  /** Where a record (statement, person or source id) is written, when its file is known. */
  recordLocation(id: string): vscode.Location | undefined {
    return this.locations.get(id);
  }

  /** Reloads now (after settings changed, or a file was written by the extension itself). */
  reload(): Promise<void> {
    if (this.pendingReload) clearTimeout(this.pendingReload);
    this.pendingReload = undefined;
    // A failed load must not stop later reloads: each one starts from a settled chain.
    this.loading = this.loading.catch(() => undefined).then(() => this.load());
    return this.loading;
  }

  private scheduleReload(): void {
    if (this.pendingReload) clearTimeout(this.pendingReload);
    // File watchers fire several events for one save; one reload is enough.
    this.pendingReload = setTimeout(() => void this.reload(), RELOAD_DELAY_MS);
  }

  /** The workspace corpus file of the first workspace folder, or undefined without a folder. */
  workspaceCorpusUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, WORKSPACE_CORPUS_PATH) : undefined;
  }

  /** The corpus files named in settings, resolved against the first workspace folder. */
  configuredCorpusUris(): vscode.Uri[] {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const uris: vscode.Uri[] = [];
    for (const entry of readSettings().corpusFiles) {
      const path = entry.replace(/^\$\{workspaceFolder\}[\\/]?/, '');
      if (/^[a-z][a-z0-9+.-]+:\/\//i.test(path)) uris.push(vscode.Uri.parse(path));
      else if (path.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(path)) uris.push(vscode.Uri.file(path));
      else if (folder) uris.push(vscode.Uri.joinPath(folder.uri, path));
      else this.output.appendLine(`Corpus file "${entry}" is relative but no folder is open; skipped.`);
    }
    return uris;
  }

  /** Appends lines to the workspace corpus file (creating it) and reloads, so new records are used at once. */
  async appendToWorkspaceCorpus(lines: string[]): Promise<vscode.Uri> {
    const target = this.workspaceCorpusUri();
    if (!target) throw new Error('Open a folder first: new records are kept in its .factdesk/corpus.jsonl.');
    let existing = '';
    try {
      existing = new TextDecoder().decode(await this.host.readFile(target));
    } catch {
      // A new file.
    }
    const separator = existing && !existing.endsWith('\n') ? '\n' : '';
    const text = `${existing}${separator}${lines.join('\n')}\n`;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
    await this.reload();
    return target;
  }

  private async load(): Promise<void> {
    try {
      await this.loadOnce();
    } catch (error) {
      // Keep the corpus in effect; say why the new one could not be loaded.
      this.output.appendLine(`Corpus reload failed: ${errorMessage(error)}`);
      void vscode.window.showErrorMessage(`Fact Desk: the corpus could not be reloaded (${errorMessage(error)}); the previous one stays in use.`);
    }
  }

  private async loadOnce(): Promise<void> {
    const settings = readSettings();
    const parts: { name: string; corpus: Corpus }[] = [];
    const problems: LoadProblem[] = [];
    const fileUris = new Map<string, vscode.Uri>();
    // Built aside and swapped in with the new checker, so lookups never see a half-built index.
    const locations = new Map<string, vscode.Location>();

    if (settings.useBundledCorpus) {
      try {
        parts.push({ name: BUNDLED_NAME, corpus: loadBundledCorpus() });
      } catch (error) {
        problems.push({ file: BUNDLED_NAME, line: 0, message: `The bundled corpus could not be loaded: ${String(error)}`, severity: 'error' });
      }
      await this.indexBundledLocations(locations);
    }

    const userFiles = this.configuredCorpusUris();
    const workspaceCorpus = this.workspaceCorpusUri();
    if (workspaceCorpus) userFiles.push(workspaceCorpus);
    for (const uri of userFiles) {
      const name = displayName(uri);
      fileUris.set(name, uri);
      let text: string;
      try {
        text = new TextDecoder().decode(await this.host.readFile(uri));
      } catch (error) {
        // The workspace corpus is optional; a file named in settings must exist.
        if (uri !== workspaceCorpus) {
          problems.push({ file: name, line: 0, message: `Cannot read corpus file: ${errorMessage(error)}`, severity: 'error' });
        }
        continue;
      }
      const result = parseCorpusFile(name, text);
      problems.push(...result.problems);
      parts.push({ name, corpus: result.corpus });
      indexRecordLocations(uri, text, locations);
    }

    const merged = mergeCorpora(parts);
    problems.push(...merged.problems);
    this.current = { corpus: merged.corpus, checker: new FactChecker(merged.corpus), problems };
    this.locations = locations;
    this.reportProblems(problems, fileUris);
    this.rewatch(userFiles);
    this.output.appendLine(
      `Corpus loaded: ${merged.corpus.statements.length} statements, ${merged.corpus.people.length} people, ` +
        `${merged.corpus.sources.length} sources from ${parts.map((part) => part.name).join(', ') || 'nothing'}` +
        (problems.length ? `; ${problems.length} problem(s).` : '.'),
    );
    this.changeEmitter.fire();
  }

  private async indexBundledLocations(locations: Map<string, vscode.Location>): Promise<void> {
    // Best effort: the records' JSON files ship in data/ inside the extension, so a diagnostic can
    // point at the exact line of its record. When they cannot be listed (some web hosts), none is shown.
    const dataDir = vscode.Uri.joinPath(this.extensionUri, 'data');
    try {
      for (const [name, type] of await vscode.workspace.fs.readDirectory(dataDir)) {
        if (type !== vscode.FileType.File || !/\.(json|jsonl)$/.test(name) || name.includes('schema')) continue;
        const uri = vscode.Uri.joinPath(dataDir, name);
        indexRecordLocations(uri, new TextDecoder().decode(await this.host.readFile(uri)), locations);
      }
    } catch {
      // No data folder to point at.
    }
  }

  private reportProblems(problems: LoadProblem[], fileUris: Map<string, vscode.Uri>): void {
    this.problemDiagnostics.clear();
    const byFile = new Map<vscode.Uri, vscode.Diagnostic[]>();
    for (const problem of problems) {
      const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
      const field = problem.field ? ` [${problem.field}]` : '';
      const id = problem.recordId ? ` (record ${problem.recordId})` : '';
      this.output.appendLine(`${problem.severity === 'error' ? 'Error' : 'Warning'} ${where}${field}${id}: ${problem.message}`);
      const uri = fileUris.get(problem.file);
      if (!uri) continue;
      const line = Math.max(0, problem.line - 1);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        `${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
        problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Fact Desk corpus';
      const list = byFile.get(uri) ?? [];
      list.push(diagnostic);
      byFile.set(uri, list);
    }
    for (const [uri, diagnostics] of byFile) this.problemDiagnostics.set(uri, diagnostics);
    if (problems.some((problem) => problem.severity === 'error')) {
      void vscode.window
        .showWarningMessage(`Fact Desk: ${problems.length} problem(s) loading the corpus; bad records were skipped.`, 'Show Details')
        .then((choice) => (choice ? this.output.show(true) : undefined));
    }
  }

  private rewatch(files: vscode.Uri[]): void {
    const keys = new Set(files.map((uri) => uri.toString()));
    if (keys.size === this.watchedUris.size && [...keys].every((key) => this.watchedUris.has(key))) return;
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = [];
    this.watchedUris = keys;
    for (const uri of files) {
      const pattern = new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop() ?? '');
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const onEvent = () => this.scheduleReload();
      this.watchers.push(watcher, watcher.onDidChange(onEvent), watcher.onDidCreate(onEvent), watcher.onDidDelete(onEvent));
      // Some hosts (code-server among them) do not watch outside the workspace folders: poll those files' mtime.
      if (!vscode.workspace.getWorkspaceFolder(uri)) this.watchers.push(this.pollForChanges(uri));
    }
  }

  private pollForChanges(uri: vscode.Uri): vscode.Disposable {
    let last: number | undefined;
    const check = async () => {
      const mtime = await Promise.resolve(vscode.workspace.fs.stat(uri)).then((stat) => stat.mtime, () => -1);
      if (last !== undefined && mtime !== last) this.scheduleReload();
      last = mtime;
    };
    void check();
    const timer = setInterval(() => void check(), POLL_INTERVAL_MS);
    return { dispose: () => clearInterval(timer) };
  }

  dispose(): void {
    if (this.pendingReload) clearTimeout(this.pendingReload);
    for (const watcher of this.watchers) watcher.dispose();
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** Records the line of every `"id": "..."` (JSON, JSONL) or first CSV cell, so diagnostics can link to the record. */
export function indexRecordLocations(uri: vscode.Uri, text: string, into: Map<string, vscode.Location>): void {
  const isCsv = uri.path.toLowerCase().endsWith('.csv');
  const lines = text.split(/\r?\n/);
  for (let line = 0; line < lines.length; line++) {
    const content = lines[line];
    const ids = isCsv ? [/^"?([^",]+)"?,/.exec(content)?.[1]] : [...content.matchAll(/"id"\s*:\s*"([^"\\]+)"/g)].map((match) => match[1]);
    for (const id of ids) {
      if (!id || into.has(id)) continue;
      const column = Math.max(0, content.indexOf(id));
      into.set(id, new vscode.Location(uri, new vscode.Range(line, column, line, column + id.length)));
    }
  }
}

function displayName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
