import * as vscode from 'vscode';
import type { Finding } from '../engine';
// The file and the entry's shape are the server's too: it filters findings by the same entries.
import { IGNORE_FILE_PATH, type IgnoredClaim } from '../server/protocol';
import { plural } from '../server/plural';
import { displayPath } from './folders';
import { formatIgnoreProblem, readIgnoreFile, writeIgnoreFile, type IgnoreFileProblem } from '../server/ignoreFile';

export { IGNORE_FILE_PATH, type IgnoredClaim };

const MEMENTO_KEY = 'factDesk.ignoredClaims';
/** Context key: true right after "Ignore this claim", until the next edit or editor change; Ctrl+Z then undoes the ignore. */
export const CAN_UNDO_IGNORE = 'factDesk.canUndoIgnore';

/** Thrown when the ignore file cannot be rewritten without losing what it holds (it has syntax errors). */
export class IgnoreFileBroken extends Error {}

/** One workspace folder's ignore file as last read. */
interface FolderIgnores {
  folder: vscode.WorkspaceFolder;
  /** Entries in file order, each with `folder` set to the folder's URI (the server applies them to that folder's drafts). */
  entries: IgnoredClaim[];
  problems: IgnoreFileProblem[];
  /** The broken text last warned about, so one broken file warns once. */
  warnedFor: string;
}

/**
 * "Ignore this claim", stored in each workspace folder's `.factdesk/ignore.json` (not settings.json)
 * so the suppressions are reviewed like any other change. An entry applies to the drafts of its own
 * folder; a document in no folder (an untitled draft) honours every folder's entries. Without a
 * folder they are kept in workspace state. A claim is matched by kind, its whitespace-normalised
 * words and the draft's path (relative to its folder), so it survives edits elsewhere in the draft.
 *
 * Each file is read tolerantly: a syntax error is a diagnostic on the file (line and column) and a
 * warning, and the entries still readable stay ignored. It is written through a WorkspaceEdit on the
 * file's document (then saved), so the change sits in that document's undo history; Ctrl+Z in the
 * draft right after ignoring runs {@link Suppressions.undoLastIgnore} (a keybinding on
 * {@link CAN_UNDO_IGNORE}), because VS Code's undo only ever undoes the focused editor's own edits.
 */
export class Suppressions implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  /** Without a workspace folder: entries in workspace state. */
  private stateEntries: IgnoredClaim[] = [];
  private folders: FolderIgnores[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('factDesk-ignore');
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter, this.diagnostics];
  private loading: Promise<void>;
  /** Ignores made since the last edit or editor switch, newest last: Ctrl+Z takes them back one at a time. */
  private recentIgnores: IgnoredClaim[] = [];
  private undoBound = false;
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
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
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

  /** Every entry of every folder's file (each with its `folder`), or of workspace state without a folder. */
  get all(): readonly IgnoredClaim[] {
    return vscode.workspace.workspaceFolders?.length
      ? this.folders.flatMap((folder) => folder.entries)
      : this.stateEntries;
  }

  /** Syntax errors and unusable entries in every folder's ignore file, as last read (line and column 1-based). */
  get fileProblems(): readonly IgnoreFileProblem[] {
    return this.folders.flatMap((folder) => folder.problems);
  }

  /** The problems of one folder's ignore file. */
  problemsIn(folder: vscode.WorkspaceFolder): readonly IgnoreFileProblem[] {
    return this.folders.find((candidate) => candidate.folder.uri.toString() === folder.uri.toString())?.problems ?? [];
  }

  /**
   * The ignore file of `scope`'s workspace folder (a draft's URI, or a folder); without a scope, the
   * active draft's folder's, else the first folder's. Undefined with no folder open.
   */
  fileUri(scope?: vscode.Uri | vscode.WorkspaceFolder): vscode.Uri | undefined {
    const folder = this.folderOf(scope);
    return folder ? ignoreFileOf(folder) : undefined;
  }

  /** The workspace folder of `scope` (see fileUri): where an ignore of a claim in that draft is written. */
  folderOf(scope?: vscode.Uri | vscode.WorkspaceFolder): vscode.WorkspaceFolder | undefined {
    if (scope && 'index' in scope) return scope;
    const draft = scope ?? vscode.window.activeTextEditor?.document.uri;
    return (draft && vscode.workspace.getWorkspaceFolder(draft)) || vscode.workspace.workspaceFolders?.[0];
  }

  isIgnored(finding: Finding, document: vscode.Uri): boolean {
    return this.entryFor(finding, document) !== undefined;
  }

  /** The entry that ignores `finding` in `document`, if any (the same rule as the server's). */
  entryFor(finding: Finding, document: vscode.Uri): IgnoredClaim | undefined {
    const claim = normalize(finding.claim);
    const file = relativeDraftPath(document);
    const folder = document.scheme === 'untitled' ? undefined : vscode.workspace.getWorkspaceFolder(document);
    const home = folder?.uri.toString();
    return this.all.find(
      (entry) =>
        entry.kind === finding.kind &&
        normalize(entry.claim) === claim &&
        (!entry.file || entry.file === file) &&
        (!entry.folder || !home || entry.folder === home),
    );
  }

  /**
   * Ignores `finding` in `document`, with an optional reason and who did it, in `folder`'s ignore file
   * (by default the draft's folder, else the first); resolves to the new entry (undefined when it was
   * already ignored). Rejects with {@link IgnoreFileBroken} when that file has syntax errors
   * (rewriting it would drop what could not be read).
   */
  async ignore(
    finding: Finding,
    document: vscode.Uri,
    details: { reason?: string; by?: string } = {},
    folder: vscode.WorkspaceFolder | undefined = this.folderOf(document),
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
    await this.update(folder, (entries) => [...entries, entry]);
    this.recentIgnores.push(folder ? { ...entry, folder: folder.uri.toString() } : entry);
    this.undoBound = true;
    void vscode.commands.executeCommand('setContext', CAN_UNDO_IGNORE, true);
    return folder ? { ...entry, folder: folder.uri.toString() } : entry;
  }

  /**
   * Checks a claim again: removes every entry equal to `entry` (kind, claim, file) from its folder's
   * file (`entry.folder`; the only folder's when absent). Resolves to whether one was removed.
   */
  async unignore(entry: Pick<IgnoredClaim, 'kind' | 'claim' | 'file' | 'folder'>): Promise<boolean> {
    await this.loading;
    const same = (candidate: IgnoredClaim) =>
      candidate.kind === entry.kind &&
      normalize(candidate.claim) === normalize(entry.claim) &&
      (candidate.file ?? '') === (entry.file ?? '') &&
      (!entry.folder || !candidate.folder || candidate.folder === entry.folder);
    const holders = vscode.workspace.workspaceFolders?.length
      ? this.folders.filter((folder) => folder.entries.some(same)).map((folder) => folder.folder)
      : this.stateEntries.some(same)
        ? [undefined]
        : [];
    if (!holders.length) return false;
    for (const folder of holders)
      await this.update(folder, (entries) => entries.filter((candidate) => !same(candidate)));
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
    const key = uri.toString();
    return (vscode.workspace.workspaceFolders ?? []).some((folder) => ignoreFileOf(folder).toString() === key);
  }

  private async load(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    if (!folders.length) {
      this.stateEntries = this.memento.get<IgnoredClaim[]>(MEMENTO_KEY, []);
      this.folders = [];
      return;
    }
    const previous = new Map(this.folders.map((folder) => [folder.folder.uri.toString(), folder]));
    const read: FolderIgnores[] = [];
    for (const folder of folders) {
      const state: FolderIgnores = {
        folder,
        entries: [],
        problems: [],
        warnedFor: previous.get(folder.uri.toString())?.warnedFor ?? '',
      };
      read.push(state);
      const uri = ignoreFileOf(folder);
      let text: string;
      try {
        // The saved file is what the server and the reviewer see; an unsaved edit in an editor is not yet in effect.
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        // No file: nothing is ignored in this folder.
        this.setProblems(state, [], '');
        continue;
      }
      this.take(state, text);
    }
    // Folders removed from the workspace: their files' diagnostics go with them.
    for (const [key, gone] of previous)
      if (!read.some((folder) => folder.folder.uri.toString() === key))
        this.diagnostics.delete(ignoreFileOf(gone.folder));
    this.folders = read;
  }

  /** The folder's current state (made when the folder is new). */
  private stateOf(folder: vscode.WorkspaceFolder): FolderIgnores {
    const key = folder.uri.toString();
    let state = this.folders.find((candidate) => candidate.folder.uri.toString() === key);
    if (!state) {
      state = { folder, entries: [], problems: [], warnedFor: '' };
      this.folders.push(state);
    }
    return state;
  }

  /** Takes a file's text: its entries (marked with the folder) and its problems. */
  private take(state: FolderIgnores, text: string): void {
    const read = readIgnoreFile(text);
    const folder = state.folder.uri.toString();
    state.entries = read.entries.map((entry) => ({ ...entry, folder }));
    this.setProblems(state, read.problems, text);
  }

  /** Shows the file's problems as diagnostics on it, and warns once per distinct broken content. */
  private setProblems(state: FolderIgnores, problems: IgnoreFileProblem[], text: string): void {
    const uri = ignoreFileOf(state.folder);
    state.problems = problems;
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
    if (!problems.length || state.warnedFor === text) return;
    state.warnedFor = text;
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    void vscode.window
      .showWarningMessage(
        `Fact Desk: ${displayPath(uri)}:${formatIgnoreProblem(first)}${more}. ${readable(state.entries.length)}; fix the file to apply the rest.`,
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

  /** Rewrites a folder's entries: a WorkspaceEdit on its ignore file's document (so its own undo history has it), then a save. */
  private async update(
    folder: vscode.WorkspaceFolder | undefined,
    change: (entries: IgnoredClaim[]) => IgnoredClaim[],
  ): Promise<void> {
    if (!folder) {
      this.stateEntries = change(this.stateEntries);
      await this.memento.update(MEMENTO_KEY, this.stateEntries);
      this.changeEmitter.fire();
      return;
    }
    const uri = ignoreFileOf(folder);
    this.writing++;
    try {
      const exists = await Promise.resolve(vscode.workspace.fs.stat(uri)).then(
        () => true,
        () => false,
      );
      let document = exists ? await vscode.workspace.openTextDocument(uri) : undefined;
      const current = document ? readIgnoreFile(document.getText()) : { entries: [], problems: [] };
      if (current.problems.some((problem) => !problem.message.startsWith('entry '))) {
        this.setProblems(this.stateOf(folder), current.problems, document?.getText() ?? '');
        throw new IgnoreFileBroken(
          `${displayPath(uri)}:${formatIgnoreProblem(current.problems[0])}; fix the file first (nothing was changed).`,
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
      if (!(await vscode.workspace.applyEdit(edit))) throw new Error(`Fact Desk could not write ${displayPath(uri)}.`);
      document ??= await vscode.workspace.openTextDocument(uri);
      await document.save();
      // The folder's state as it is now: a reload (a watcher's) may have replaced it meanwhile.
      this.take(this.stateOf(folder), document.getText());
    } finally {
      this.writing--;
    }
    this.changeEmitter.fire();
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

/** A folder's `.factdesk/ignore.json`. */
export function ignoreFileOf(folder: vscode.WorkspaceFolder): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, IGNORE_FILE_PATH);
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
