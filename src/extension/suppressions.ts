import * as vscode from 'vscode';
import type { Finding } from '../engine';
// The file and the entry's shape are the server's too: it filters findings by the same entries.
import { IGNORE_FILE_PATH, type IgnoredClaim } from '../server/protocol';
import { plural } from '../server/plural';
import { formatIgnoreProblem, readIgnoreFile, writeIgnoreFile, type IgnoreFileProblem } from '../server/ignoreFile';

export { IGNORE_FILE_PATH, type IgnoredClaim };

const MEMENTO_KEY = 'factDesk.ignoredClaims';
/** Context key: true right after "Ignore this claim", until the next edit or editor change; Ctrl+Z then undoes the ignore. */
export const CAN_UNDO_IGNORE = 'factDesk.canUndoIgnore';

/** Thrown when the ignore file cannot be rewritten without losing what it holds (it has syntax errors). */
export class IgnoreFileBroken extends Error {}

/**
 * "Ignore this claim", stored in `.factdesk/ignore.json` in the workspace (not settings.json) so the
 * suppressions are reviewed like any other change. Without a folder they are kept in workspace state.
 * A claim is matched by kind, its whitespace-normalised words and the draft's path, so it survives
 * edits elsewhere in the draft.
 *
 * The file is read tolerantly: a syntax error is a diagnostic on the file (line and column) and a
 * warning, and the entries still readable stay ignored. It is written through a WorkspaceEdit on the
 * file's document (then saved), so the change sits in that document's undo history; Ctrl+Z in the
 * draft right after ignoring runs {@link Suppressions.undoLastIgnore} (a keybinding on
 * {@link CAN_UNDO_IGNORE}), because VS Code's undo only ever undoes the focused editor's own edits.
 */
export class Suppressions implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private entries: IgnoredClaim[] = [];
  private problems: IgnoreFileProblem[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('factDesk-ignore');
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.diagnostics];
  private loading: Promise<void>;
  /** Ignores made since the last edit or editor switch, newest last: Ctrl+Z takes them back one at a time. */
  private recentIgnores: IgnoredClaim[] = [];
  private undoBound = false;
  private warnedFor = '';
  private writing = 0;

  constructor(private readonly memento: vscode.Memento) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${IGNORE_FILE_PATH}`);
    const reload = () => void this.reload();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (this.isIgnoreFile(document.uri) && !this.writing) reload();
      }),
      // Any other edit, or moving to another editor, makes Ctrl+Z mean that editor's undo again.
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && !this.isIgnoreFile(event.document.uri)) this.forgetLastIgnore();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.forgetLastIgnore()),
    );
    this.loading = this.load();
  }

  ready(): Promise<void> {
    return this.loading;
  }

  get all(): readonly IgnoredClaim[] {
    return this.entries;
  }

  /** Syntax errors and unusable entries in the ignore file, as last read (line and column 1-based). */
  get fileProblems(): readonly IgnoreFileProblem[] {
    return this.problems;
  }

  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, IGNORE_FILE_PATH) : undefined;
  }

  isIgnored(finding: Finding, document: vscode.Uri): boolean {
    return this.entryFor(finding, document) !== undefined;
  }

  /** The entry that ignores `finding` in `document`, if any. */
  entryFor(finding: Finding, document: vscode.Uri): IgnoredClaim | undefined {
    const claim = normalize(finding.claim);
    const file = relativeDraftPath(document);
    return this.entries.find(
      (entry) =>
        entry.kind === finding.kind && normalize(entry.claim) === claim && (!entry.file || entry.file === file),
    );
  }

  /**
   * Ignores `finding` in `document`, with an optional reason and who did it; resolves to the new entry
   * (undefined when it was already ignored). Rejects with {@link IgnoreFileBroken} when the ignore
   * file has syntax errors (rewriting it would drop what could not be read).
   */
  async ignore(
    finding: Finding,
    document: vscode.Uri,
    details: { reason?: string; by?: string } = {},
  ): Promise<IgnoredClaim | undefined> {
    await this.loading;
    if (this.isIgnored(finding, document)) return undefined;
    const entry: IgnoredClaim = {
      kind: finding.kind,
      claim: finding.claim,
      file: relativeDraftPath(document),
      statementId: finding.statement?.id,
      added: new Date().toISOString(),
    };
    if (details.reason?.trim()) entry.reason = details.reason.trim();
    if (details.by?.trim()) entry.by = details.by.trim();
    await this.update((entries) => [...entries, entry]);
    this.recentIgnores.push(entry);
    this.undoBound = true;
    void vscode.commands.executeCommand('setContext', CAN_UNDO_IGNORE, true);
    return entry;
  }

  /** Checks a claim again: removes every entry equal to `entry` (kind, claim, file). Resolves to whether one was removed. */
  async unignore(entry: Pick<IgnoredClaim, 'kind' | 'claim' | 'file'>): Promise<boolean> {
    await this.loading;
    const same = (candidate: IgnoredClaim) =>
      candidate.kind === entry.kind &&
      normalize(candidate.claim) === normalize(entry.claim) &&
      (candidate.file ?? '') === (entry.file ?? '');
    if (!this.entries.some(same)) return false;
    await this.update((entries) => entries.filter((candidate) => !same(candidate)));
    this.recentIgnores = this.recentIgnores.filter((recent) => !same(recent));
    if (!this.recentIgnores.length) this.forgetLastIgnore();
    return true;
  }

  /** Undoes the latest "Ignore this claim" made since the last edit (Ctrl+Z right after it); resolves to the entry removed. */
  async undoLastIgnore(): Promise<IgnoredClaim | undefined> {
    const entry = this.recentIgnores.pop();
    if (!this.recentIgnores.length) this.forgetLastIgnore();
    if (!entry) return undefined;
    return (await this.unignore(entry)) ? entry : undefined;
  }

  async reload(): Promise<void> {
    this.loading = this.loading.catch(() => undefined).then(() => this.load());
    await this.loading;
    this.changeEmitter.fire();
  }

  /** Ctrl+Z is the editor's own undo again (cheap when it already is: this runs on every edit). */
  private forgetLastIgnore(): void {
    if (!this.undoBound) return;
    this.recentIgnores = [];
    this.undoBound = false;
    void vscode.commands.executeCommand('setContext', CAN_UNDO_IGNORE, false);
  }

  private isIgnoreFile(uri: vscode.Uri): boolean {
    return uri.toString() === this.fileUri()?.toString();
  }

  private async load(): Promise<void> {
    const uri = this.fileUri();
    if (!uri) {
      this.entries = this.memento.get<IgnoredClaim[]>(MEMENTO_KEY, []);
      return;
    }
    let text: string;
    try {
      // The saved file is what the server and the reviewer see; an unsaved edit in an editor is not yet in effect.
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // No file: nothing is ignored.
      this.entries = [];
      this.setProblems(uri, [], '');
      return;
    }
    const read = readIgnoreFile(text);
    this.entries = read.entries;
    this.setProblems(uri, read.problems, text);
  }

  /** Shows the file's problems as diagnostics on it, and warns once per distinct broken content. */
  private setProblems(uri: vscode.Uri, problems: IgnoreFileProblem[], text: string): void {
    this.problems = problems;
    this.diagnostics.set(
      uri,
      problems.map((problem) => {
        const start = new vscode.Position(problem.line - 1, problem.column - 1);
        const diagnostic = new vscode.Diagnostic(
          new vscode.Range(start, start.translate(0, Math.max(1, problem.length))),
          problem.message,
          vscode.DiagnosticSeverity.Error,
        );
        diagnostic.source = 'Fact Desk';
        return diagnostic;
      }),
    );
    if (!problems.length || this.warnedFor === text) return;
    this.warnedFor = text;
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    void vscode.window
      .showWarningMessage(
        `Fact Desk: ${IGNORE_FILE_PATH}:${formatIgnoreProblem(first)}${more}. ${readable(this.entries.length)}; fix the file to apply the rest.`,
        'Open File',
      )
      .then((choice) =>
        choice
          ? vscode.window.showTextDocument(uri, {
              selection: new vscode.Range(first.line - 1, first.column - 1, first.line - 1, first.column - 1),
            })
          : undefined,
      );
  }

  /** Rewrites the entries: a WorkspaceEdit on the ignore file's document (so its own undo history has it), then a save. */
  private async update(change: (entries: IgnoredClaim[]) => IgnoredClaim[]): Promise<void> {
    const uri = this.fileUri();
    if (!uri) {
      this.entries = change(this.entries);
      await this.memento.update(MEMENTO_KEY, this.entries);
      this.changeEmitter.fire();
      return;
    }
    this.writing++;
    try {
      const exists = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        () => true,
        () => false,
      );
      let document = exists ? await vscode.workspace.openTextDocument(uri) : undefined;
      const current = document ? readIgnoreFile(document.getText()) : { entries: [], problems: [] };
      if (current.problems.some((problem) => !problem.message.startsWith('entry '))) {
        this.setProblems(uri, current.problems, document?.getText() ?? '');
        throw new IgnoreFileBroken(
          `${IGNORE_FILE_PATH}:${formatIgnoreProblem(current.problems[0])}; fix the file first (nothing was changed).`,
        );
      }
      const text = writeIgnoreFile(change(current.entries));
      const edit = new vscode.WorkspaceEdit();
      if (document) edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), text);
      else {
        // overwrite: a document still held for a file deleted meanwhile starts again from nothing.
        edit.createFile(uri, { overwrite: true });
        edit.insert(uri, new vscode.Position(0, 0), text);
      }
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Fact Desk could not write ${IGNORE_FILE_PATH}.`);
      document ??= await vscode.workspace.openTextDocument(uri);
      await document.save();
      const read = readIgnoreFile(document.getText());
      this.entries = read.entries;
      this.setProblems(uri, read.problems, document.getText());
    } finally {
      this.writing--;
    }
    this.changeEmitter.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** "The 1 entry it could read stays ignored", "The 3 entries … stay ignored", "No entry could be read". */
function readable(count: number): string {
  if (count === 0) return 'No entry could be read, so no claim is ignored';
  return count === 1
    ? 'The 1 entry it could read stays ignored'
    : `The ${plural(count, 'entry', 'entries')} it could read stay ignored`;
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function relativeDraftPath(document: vscode.Uri): string | undefined {
  if (document.scheme === 'untitled') return undefined;
  return vscode.workspace.asRelativePath(document, false);
}
