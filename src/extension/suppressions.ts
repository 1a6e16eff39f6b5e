import * as vscode from 'vscode';
import type { Finding } from '../engine';
// The file and the entry's shape are the server's too: it filters findings by the same entries.
import { IGNORE_FILE_PATH, type IgnoredClaim } from '../server/protocol';

export { IGNORE_FILE_PATH, type IgnoredClaim };

interface IgnoreFile {
  version: 1;
  comment?: string;
  ignored: IgnoredClaim[];
}

const MEMENTO_KEY = 'factDesk.ignoredClaims';

/**
 * "Ignore this claim", stored in `.factdesk/ignore.json` in the workspace (not settings.json) so the
 * suppressions are reviewed like any other change. Without a folder they are kept in workspace state.
 * A claim is matched by kind, its whitespace-normalised words and the draft's path, so it survives
 * edits elsewhere in the draft.
 */
export class Suppressions implements vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;
  private entries: IgnoredClaim[] = [];
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private loading: Promise<void>;

  constructor(private readonly memento: vscode.Memento) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${IGNORE_FILE_PATH}`);
    const reload = () => void this.reload();
    this.disposables.push(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    this.loading = this.load();
  }

  ready(): Promise<void> {
    return this.loading;
  }

  get all(): readonly IgnoredClaim[] {
    return this.entries;
  }

  fileUri(): vscode.Uri | undefined {
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, IGNORE_FILE_PATH) : undefined;
  }

  isIgnored(finding: Finding, document: vscode.Uri): boolean {
    const claim = normalize(finding.claim);
    const file = relativeDraftPath(document);
    return this.entries.some((entry) => entry.kind === finding.kind && normalize(entry.claim) === claim && (!entry.file || entry.file === file));
  }

  async ignore(finding: Finding, document: vscode.Uri): Promise<void> {
    await this.loading;
    if (this.isIgnored(finding, document)) return;
    this.entries = [
      ...this.entries,
      { kind: finding.kind, claim: finding.claim, file: relativeDraftPath(document), statementId: finding.statement?.id, added: new Date().toISOString() },
    ];
    await this.save();
    this.changeEmitter.fire();
  }

  async reload(): Promise<void> {
    this.loading = this.loading.catch(() => undefined).then(() => this.load());
    await this.loading;
    this.changeEmitter.fire();
  }

  private async load(): Promise<void> {
    const uri = this.fileUri();
    if (!uri) {
      this.entries = this.memento.get<IgnoredClaim[]>(MEMENTO_KEY, []);
      return;
    }
    try {
      const parsed = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))) as Partial<IgnoreFile>;
      this.entries = Array.isArray(parsed.ignored) ? parsed.ignored.filter((entry) => entry && typeof entry.claim === 'string' && typeof entry.kind === 'string') : [];
    } catch (error) {
      this.entries = [];
      if (!(error instanceof vscode.FileSystemError)) {
        void vscode.window.showWarningMessage(`Fact Desk: ${IGNORE_FILE_PATH} is not valid JSON (${String(error)}); no claims are ignored until it is fixed.`);
      }
    }
  }

  private async save(): Promise<void> {
    const uri = this.fileUri();
    if (!uri) {
      await this.memento.update(MEMENTO_KEY, this.entries);
      return;
    }
    const file: IgnoreFile = {
      version: 1,
      comment: 'Claims Fact Desk was told to ignore ("Ignore this claim"). Review and commit like any other change; delete an entry to check it again.',
      ignored: this.entries,
    };
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${JSON.stringify(file, null, 2)}\n`));
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function relativeDraftPath(document: vscode.Uri): string | undefined {
  if (document.scheme === 'untitled') return undefined;
  return vscode.workspace.asRelativePath(document, false);
}
