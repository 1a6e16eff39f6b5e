import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { LoadProblem, Person, Source, Statement } from '../engine';
import {
  Methods,
  WORKSPACE_CORPUS_PATH,
  type CorpusDirectoryResult,
  type CorpusLoadedParams,
  type CorpusProblem,
  type CorpusViewParams,
  type CorpusViewResult,
  type StatementsResult,
} from '../server/protocol';
import type { CorpusDirectory } from '../server/statementInfo';
import type { ExtensionHostServices } from './host';
import { plural } from '../server/plural';

export { WORKSPACE_CORPUS_PATH };

const RELOAD_DELAY_MS = 150;
const POLL_INTERVAL_MS = 2000;
const MAX_PROBLEMS_PER_FILE = 999;

type Loaded = CorpusLoadedParams & { generation: number };

/**
 * People and sources by id (all of the corpus's, or those some statements name), and which statements
 * the newsroom added: what describing a statement, a citation and the report need.
 */
export class RecordDirectory implements CorpusDirectory {
  private readonly peopleById: Map<string, Person>;
  private readonly sourcesById: Map<string, Source>;
  private readonly newsroom: Set<string>;

  constructor(
    readonly people: Person[],
    readonly sources: Source[],
    newsroom: readonly string[],
  ) {
    this.peopleById = new Map(people.map((person) => [person.id, person]));
    this.sourcesById = new Map(sources.map((source) => [source.id, source]));
    this.newsroom = new Set(newsroom);
  }

  person(id: string | null | undefined): Person | undefined {
    return id ? this.peopleById.get(id) : undefined;
  }

  source(id: string): Source | undefined {
    return this.sourcesById.get(id);
  }

  /** True for a statement read from a workspace's .factdesk/corpus.jsonl (the newsroom added it; it is not a sourced record). */
  isNewsroomRecord(statementId: string): boolean {
    return this.newsroom.has(statementId);
  }
}

/**
 * The extension's view of the corpus, which the language server loads, indexes and keeps (off this
 * thread). Holds only the load's summary (counts, parts, problems); asks the server for what a feature
 * shows (a page of the corpus view, records by id, the people and sources for a picker or a
 * citation), so a newsroom-sized corpus is never copied into the extension host. Watches the corpus
 * files the server read and asks it to reload when one changes; shows load problems with file, line
 * and field as diagnostics on the corpus file and in the output channel.
 */
export class CorpusService implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after every (re)load, once its summary is in place. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly reloadScheduledEmitter = new vscode.EventEmitter<void>();
  /** Fires when a corpus file's change (a watcher's event, a save) schedules a reload. */
  readonly onDidScheduleReload = this.reloadScheduledEmitter.event;

  private current: {
    statements: number;
    problems: CorpusProblem[];
    generation: number;
    parts: { name: string; statements: number }[];
  } = {
    statements: 0,
    problems: [],
    generation: 0,
    parts: [],
  };
  /** The corpus's people and sources, asked for the first time a feature needs them after a load. */
  private directoryCopy: { generation: number; directory: Promise<RecordDirectory> } | undefined;
  private readonly problemDiagnostics = vscode.languages.createDiagnosticCollection('factDesk-corpus');
  private watchers: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private pendingReload: ReturnType<typeof setTimeout> | undefined;
  private watchedUris = new Set<string>();
  private applying: Promise<void> = Promise.resolve();
  /** Which workspace folders share which corpus, from the server's last load. */
  private corpora: NonNullable<CorpusLoadedParams['corpora']> = [];

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly host: ExtensionHostServices,
    private readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(
      this.changeEmitter,
      this.reloadScheduledEmitter,
      this.problemDiagnostics,
      client.onNotification(Methods.corpusLoaded, (loaded: Loaded) => void this.apply(loaded)),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.watchedUris.has(document.uri.toString())) this.scheduleReload();
      }),
    );
  }

  /**
   * Resolves once the summary reflects the corpus the server has for the current settings (loading it
   * if settings changed), and for the corpus files as they are now: a reload a file watcher has
   * scheduled (a corpus file changed or was deleted a moment ago) runs first, rather than landing later.
   */
  async ready(): Promise<void> {
    if (this.pendingReload) return this.reload();
    const loaded = await this.client.sendRequest<Loaded>(Methods.reloadCorpus, { force: false });
    await this.apply(loaded);
  }

  /** True while a file watcher's reload waits for the file's events to settle (for tests of what happens meanwhile). */
  get isReloadPending(): boolean {
    return this.pendingReload !== undefined;
  }

  /** Reloads now (a corpus file changed, or the extension wrote one). */
  async reload(): Promise<void> {
    if (this.pendingReload) clearTimeout(this.pendingReload);
    this.pendingReload = undefined;
    const loaded = await this.client.sendRequest<Loaded>(Methods.reloadCorpus, { force: true });
    await this.apply(loaded);
  }

  /** Statements in the corpus in effect. */
  get statementCount(): number {
    return this.current.statements;
  }

  /** Each part of the corpus in effect (the bundled records, each file read) and its statement count. */
  get parts(): readonly { name: string; statements: number }[] {
    return this.current.parts;
  }

  /**
   * The corpus `draft` is checked against, as counts: its workspace folder's (multi-root workspaces:
   * each folder its own), or every folder's for a draft in none; the whole corpus when not known.
   */
  countsFor(draft: vscode.Uri): { statements: number; parts: readonly { name: string; statements: number }[] } {
    const folder = draft.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(draft);
    const scope = folder ? this.client.code2ProtocolConverter.asUri(folder.uri) : '';
    const own = this.corpora.find((corpus) => corpus.scopes.includes(scope));
    return own ?? { statements: this.current.statements, parts: this.current.parts };
  }

  get problems(): readonly LoadProblem[] {
    return this.current.problems;
  }

  /** Every person and source of the corpus in effect (asked for once per load, when first needed). */
  directory(): Promise<RecordDirectory> {
    const generation = this.current.generation;
    if (this.directoryCopy?.generation !== generation) {
      const directory = this.client
        .sendRequest<CorpusDirectoryResult>(Methods.corpusDirectory)
        .then((result) => new RecordDirectory(result.people, result.sources, result.newsroom));
      // A failed request is asked again next time.
      directory.catch(() => {
        if (this.directoryCopy?.directory === directory) this.directoryCopy = undefined;
      });
      this.directoryCopy = { generation, directory };
    }
    return this.directoryCopy.directory;
  }

  /** The statements with these ids that are in the corpus (in the order asked), and the people and sources they name. */
  async statements(ids: readonly string[]): Promise<{ statements: Statement[]; directory: RecordDirectory }> {
    const result = await this.client.sendRequest<StatementsResult>(Methods.statements, { ids });
    return {
      statements: result.statements,
      directory: new RecordDirectory(result.people, result.sources, result.newsroom),
    };
  }

  /** The statement with this id, or undefined when the corpus in effect has none. */
  async statement(id: string): Promise<Statement | undefined> {
    return id ? (await this.statements([id])).statements[0] : undefined;
  }

  /** True for a statement read from a workspace's .factdesk/corpus.jsonl (the newsroom added it; it is not a sourced record). */
  async isNewsroomRecord(statementId: string): Promise<boolean> {
    return (await this.statements([statementId])).directory.isNewsroomRecord(statementId);
  }

  /** The corpus view's speakers, or a page of one speaker's statements (see CorpusViewParams). */
  view(params: CorpusViewParams): Promise<CorpusViewResult> {
    return this.client.sendRequest<CorpusViewResult>(Methods.corpusView, params);
  }

  /** Where a record (statement, person or source id) is written, when its file is known. */
  async recordLocation(id: string): Promise<vscode.Location | undefined> {
    const location = await this.client.sendRequest<{
      uri: string;
      range: { start: { line: number; character: number }; end: { line: number; character: number } };
    } | null>(Methods.recordLocation, { id });
    if (!location) return undefined;
    const { start, end } = location.range;
    return new vscode.Location(
      vscode.Uri.parse(location.uri),
      new vscode.Range(start.line, start.character, end.line, end.character),
    );
  }

  /** The workspace corpus file (.factdesk/corpus.jsonl) of `folder`, by default the first workspace folder; undefined without a folder. */
  workspaceCorpusUri(folder = vscode.workspace.workspaceFolders?.[0]): vscode.Uri | undefined {
    return folder ? vscode.Uri.joinPath(folder.uri, WORKSPACE_CORPUS_PATH) : undefined;
  }

  /** Appends lines to `folder`'s workspace corpus file (creating it; the first folder's by default) and reloads, so new records are used at once. */
  async appendToWorkspaceCorpus(lines: string[], folder?: vscode.WorkspaceFolder): Promise<vscode.Uri> {
    const target = this.workspaceCorpusUri(folder);
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

  /** Takes a load the server announced (or answered with), in order; records stay with the server. */
  private apply(loaded: Loaded): Promise<void> {
    this.applying = this.applying.then(() => {
      if (loaded.generation <= this.current.generation) return;
      this.current = {
        statements: loaded.statements,
        problems: loaded.problems,
        generation: loaded.generation,
        parts: loaded.parts ?? [],
      };
      this.corpora = loaded.corpora ?? [];
      this.reportProblems(loaded.problems);
      this.rewatch(loaded.files.map((uri) => vscode.Uri.parse(uri)));
      this.output.appendLine(
        `Corpus loaded: ${plural(loaded.statements, 'statement')}, ${plural(loaded.people, 'person', 'people')}, ${plural(loaded.sources, 'source')}${loaded.problems.length ? `; ${plural(loaded.problems.length, 'problem')}.` : '.'}`,
      );
      this.changeEmitter.fire();
    });
    return this.applying;
  }

  private scheduleReload(): void {
    if (this.pendingReload) clearTimeout(this.pendingReload);
    // File watchers fire several events for one save; one reload is enough.
    this.pendingReload = setTimeout(() => void this.reload(), RELOAD_DELAY_MS);
    this.reloadScheduledEmitter.fire();
  }

  private reportProblems(problems: CorpusProblem[]): void {
    this.problemDiagnostics.clear();
    const byFile = new Map<string, vscode.Diagnostic[]>();
    const omitted = new Map<string, number>();
    for (const problem of problems) {
      const where = `${problem.file}${problem.line ? `:${problem.line}` : ''}`;
      const field = problem.field ? ` [${problem.field}]` : '';
      const id = problem.recordId ? ` (record ${problem.recordId})` : '';
      this.output.appendLine(
        `${problem.severity === 'error' ? 'Error' : 'Warning'} ${where}${field}${id}: ${problem.message}`,
      );
      if (!problem.uri) continue;
      const line = Math.max(0, problem.line - 1);
      const diagnostic = new vscode.Diagnostic(
        new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
        `${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
        problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Fact Desk corpus';
      const list = byFile.get(problem.uri) ?? [];
      byFile.set(problem.uri, list);
      // VS Code shows at most 1,000 per file: converting the rest would be wasted work on this thread.
      if (list.length < MAX_PROBLEMS_PER_FILE) list.push(diagnostic);
      else omitted.set(problem.uri, (omitted.get(problem.uri) ?? 0) + 1);
    }
    for (const [uri, count] of omitted) {
      const last = byFile.get(uri)![MAX_PROBLEMS_PER_FILE - 1];
      const more = new vscode.Diagnostic(
        last.range,
        `${plural(count, 'more problem')} in this file, not listed here: every problem is in the Fact Desk output.`,
        vscode.DiagnosticSeverity.Information,
      );
      more.source = 'Fact Desk corpus';
      byFile.get(uri)!.push(more);
    }
    for (const [uri, diagnostics] of byFile) this.problemDiagnostics.set(vscode.Uri.parse(uri), diagnostics);
    if (problems.some((problem) => problem.severity === 'error')) {
      void vscode.window
        .showWarningMessage(
          `Fact Desk: ${plural(problems.length, 'problem')} loading the corpus; bad records were skipped.`,
          'Show Details',
        )
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
      this.watchers.push(
        watcher,
        watcher.onDidChange(onEvent),
        watcher.onDidCreate(onEvent),
        watcher.onDidDelete(onEvent),
      );
      // Some hosts (code-server among them) do not watch outside the workspace folders: poll those files' mtime.
      if (!vscode.workspace.getWorkspaceFolder(uri)) this.watchers.push(this.pollForChanges(uri));
    }
  }

  private pollForChanges(uri: vscode.Uri): vscode.Disposable {
    let last: number | undefined;
    const check = async () => {
      const mtime = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        (stat) => stat.mtime,
        () => -1,
      );
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
