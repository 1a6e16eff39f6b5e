import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Finding } from '../engine';
import { State, WorkDoneProgress, type WorkDoneProgressReport } from 'vscode-languageclient';
import {
  DRAFT_SCHEMES,
  Methods,
  type CheckAllParams,
  type CheckAllResult,
  type CheckedDraft,
  type CheckParams,
} from '../server/protocol';
import { readSettings, type FactDeskSettings } from './config';
import { DiagnosticSlices } from './diagnosticSlices';
import { unpackResult, type PackedResult } from '../server/packedResult';
import type { Suppressions } from './suppressions';

/** What the last check of a draft found, kept for the status bar, the report and the tests. */
export interface DraftResult {
  uri: vscode.Uri;
  /** Document version the findings were computed for (-1 for a file read from disk). */
  version: number;
  /** Findings shown in the editor (ignored claims removed). */
  findings: Finding[];
  /** Findings the user chose to ignore. */
  ignored: Finding[];
  /** Set when the draft exceeded factDesk.maxFileSize and was checked only up to the cap. */
  capMessage?: string;
  /** Milliseconds the engine took (in the language server), and from the result's arrival in the extension host to its diagnostics being applied. */
  timing: { engineMs: number; publishMs: number };
}

type Checked = CheckedDraft & { seq: number; arrived?: number };

const DISABLED_DOCUMENTS_KEY = 'factDesk.disabledDocuments';

/** The first line an editor showing the document shows (the active editor's when several do), or 0 when none does. */
function topVisibleLine(uri: vscode.Uri): number {
  const key = uri.toString();
  const editors = vscode.window.visibleTextEditors.filter((editor) => editor.document.uri.toString() === key);
  const editor = editors.find((candidate) => candidate === vscode.window.activeTextEditor) ?? editors[0];
  return editor?.visibleRanges[0]?.start.line ?? 0;
}

/**
 * The extension's side of checking: the language server checks drafts as they are written and
 * publishes diagnostics; before each publication it sends the result behind them (factDesk/checked),
 * which this mirrors, in step with the diagnostics VS Code shows, for the status bar, the report and
 * the API. Also keeps what only the workbench knows: documents turned off, and "Check All" from disk.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly results = new Map<string, DraftResult & { seq: number }>();
  /** The latest result per document, waiting for its diagnostics to be applied. */
  private readonly pending = new Map<string, Checked | null>();
  private readonly updateEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a draft's diagnostics were replaced (or cleared). */
  readonly onDidUpdate = this.updateEmitter.event;
  private readonly capWarned = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.updateEmitter];
  private appliedSeq = 0;
  private checkAllRuns = 0;
  /** The diagnostics VS Code shows, handed over a slice at a time (see DiagnosticSlices). */
  private readonly slices = new DiagnosticSlices('factDesk');

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly suppressions: Suppressions,
    private readonly workspaceState: vscode.Memento,
  ) {
    this.disposables.push(
      this.slices,
      client.onNotification(Methods.checked, (params: { uri: string; result: PackedResult<Checked> | null }) =>
        this.pending.set(params.uri, params.result && { ...unpackResult(params.result), arrived: Date.now() }),
      ),
      suppressions.onDidChange(() => this.sendClientState()),
      vscode.workspace.onDidCloseTextDocument((document) => this.forgetUntitled(document)),
      // As the language client does with its own collection: a stopped server's diagnostics go.
      client.onDidChangeState((event) => {
        if (event.newState === State.Stopped) this.slices.clear();
      }),
    );
  }

  /**
   * The language client's diagnostics middleware: shows a document's newly published diagnostics
   * (a slice per task, see DiagnosticSlices), then makes the result behind them current. A newer
   * publication for the document, an empty one included, supersedes a pending one entirely: the
   * pending slices are dropped and its result never becomes current.
   */
  publish(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    const key = uri.toString();
    // Taken now, not when the last slice is set: the server may send a newer result meanwhile.
    const hasResult = this.pending.has(key);
    const checked = this.pending.get(key) ?? null;
    this.pending.delete(key);
    this.slices.set(
      uri,
      diagnostics,
      () => {
        if (hasResult) this.apply(uri, checked);
      },
      topVisibleLine(uri),
    );
  }

  /** Holds the slices of every publication after its first until the disposable is disposed (for tests of what happens meanwhile). */
  holdPublications(): vscode.Disposable {
    return this.slices.hold();
  }

  /** True while a document's latest diagnostics are still being handed to VS Code. */
  isPublishing(uri: vscode.Uri): boolean {
    return this.slices.isPending(uri);
  }

  /** Sends what the server needs from the workbench: ignored claims and documents turned off. */
  sendClientState(): void {
    void this.suppressions.ready().then(() =>
      this.client.sendNotification(Methods.clientState, {
        ignored: this.suppressions.all.map((entry) => ({ ...entry })),
        disabledDocuments: this.disabledDocuments(),
      }),
    );
  }

  /** Makes the result behind a document's diagnostics current (null: the document has none), once VS Code shows them. */
  private apply(uri: vscode.Uri, checked: Checked | null): void {
    const key = uri.toString();
    if (checked) {
      this.results.set(key, {
        uri,
        version: checked.version,
        findings: checked.findings,
        ignored: checked.ignored,
        capMessage: checked.capMessage,
        timing: { engineMs: checked.engineMs, publishMs: Date.now() - (checked.arrived ?? Date.now()) },
        seq: checked.seq,
      });
      this.appliedSeq = Math.max(this.appliedSeq, checked.seq);
      if (checked.capMessage) this.warnCapOnce(key, checked.capMessage);
    } else {
      this.results.delete(key);
    }
    this.updateEmitter.fire(uri);
  }

  /** True when a document is a draft Fact Desk checks under the current settings (same rule as the server's). */
  isDraft(document: vscode.TextDocument, settings: FactDeskSettings = readSettings(document.uri)): boolean {
    return DRAFT_SCHEMES.includes(document.uri.scheme) && settings.languages.includes(document.languageId);
  }

  isEnabledFor(document: vscode.TextDocument, settings: FactDeskSettings = readSettings(document.uri)): boolean {
    return settings.enabled && !this.disabledDocuments().includes(document.uri.toString());
  }

  disabledDocuments(): string[] {
    return this.workspaceState.get<string[]>(DISABLED_DOCUMENTS_KEY, []);
  }

  /** Turns checking off or on for one document; returns the new state (true = checking). */
  async toggleDocument(uri: vscode.Uri): Promise<boolean> {
    const key = uri.toString();
    const disabled = this.disabledDocuments();
    const nowEnabled = disabled.includes(key);
    await this.workspaceState.update(
      DISABLED_DOCUMENTS_KEY,
      nowEnabled ? disabled.filter((entry) => entry !== key) : [...disabled, key],
    );
    this.sendClientState();
    return nowEnabled;
  }

  resultFor(uri: vscode.Uri): DraftResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Checks an open document now; resolves with its result once its diagnostics are shown (undefined when it is not a draft or is turned off). */
  async checkNow(document: vscode.TextDocument): Promise<DraftResult | undefined> {
    const uri = this.client.code2ProtocolConverter.asUri(document.uri);
    return this.request(
      { uri, version: document.version, languageId: document.languageId, text: document.getText() },
      document.uri,
    );
  }

  /** Checks a file as saved on disk (for "Check All Drafts"), unless it is open, in which case the editor's text wins. */
  async checkFile(uri: vscode.Uri): Promise<DraftResult | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return this.checkNow(open);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return undefined;
    }
    return this.request({ uri: this.client.code2ProtocolConverter.asUri(uri), text }, uri);
  }

  /**
   * Checks many drafts in the language server (open ones as edited, the rest from disk), calling
   * `onProgress` with each draft's relative path and the percentage done before it; stops once
   * `token` is cancelled. Resolves when the server has answered with the counts.
   */
  async checkAll(
    files: readonly vscode.Uri[],
    onProgress: (message: string, percentage: number) => void,
    token: vscode.CancellationToken,
  ): Promise<CheckAllResult> {
    const workDoneToken = `factDesk.checkAll.${++this.checkAllRuns}`;
    const subscription = this.client.onProgress(WorkDoneProgress.type, workDoneToken, (value) => {
      if (value.kind === 'report')
        onProgress((value as WorkDoneProgressReport).message ?? '', (value as WorkDoneProgressReport).percentage ?? 0);
    });
    try {
      const params: CheckAllParams = {
        uris: files.map((uri) => this.client.code2ProtocolConverter.asUri(uri)),
        workDoneToken,
      };
      return await this.client.sendRequest<CheckAllResult>(Methods.checkAll, params, token);
    } finally {
      subscription.dispose();
    }
  }

  private async request(params: CheckParams, uri: vscode.Uri): Promise<DraftResult | undefined> {
    const checked = await this.client.sendRequest<Checked | null>(Methods.check, params);
    if (!checked) return undefined;
    // The response can overtake the diagnostics it comes with: wait until they are applied.
    const key = uri.toString();
    if ((this.results.get(key)?.seq ?? 0) < checked.seq) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, 10_000);
        const subscription = this.onDidUpdate((updated) => {
          if (updated.toString() === key && (this.results.get(key)?.seq ?? 0) >= checked.seq) done();
        });
        function done() {
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        }
      });
    }
    return (
      this.results.get(key) ?? {
        uri,
        version: checked.version,
        findings: checked.findings,
        ignored: checked.ignored,
        capMessage: checked.capMessage,
        timing: { engineMs: checked.engineMs, publishMs: 0 },
      }
    );
  }

  private warnCapOnce(key: string, message: string): void {
    if (this.capWarned.has(key)) return;
    this.capWarned.add(key);
    void vscode.window.showInformationMessage(`Fact Desk: ${message}`);
  }

  private forgetUntitled(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.capWarned.delete(key);
    // Untitled names are reused ("Untitled-1"): a new draft must not inherit a closed one's "off".
    if (document.uri.scheme === 'untitled' && this.disabledDocuments().includes(key)) {
      void this.workspaceState
        .update(
          DISABLED_DOCUMENTS_KEY,
          this.disabledDocuments().filter((entry) => entry !== key),
        )
        .then(() => this.sendClientState());
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
