import * as vscode from 'vscode';
import { draftFormat, type CheckOptions, type Finding } from '../engine';
import { affectsFactDesk, readSettings, type FactDeskSettings } from './config';
import { mapperForText, toDiagnostic, type DiagnosticContext, type PositionMapper } from './conversions';
import type { CorpusService } from './corpusService';
import type { Suppressions } from './suppressions';

/** What the last check of a draft found, kept for hovers, quick fixes, the status bar and the report. */
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
  /** Milliseconds the engine took, and the whole publish (engine, conversion, diagnostics) took. */
  timing: { engineMs: number; publishMs: number };
}

interface DraftState {
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every scheduled check; a check whose generation is no longer current drops its result. */
  generation: number;
}

const DISABLED_DOCUMENTS_KEY = 'factDesk.disabledDocuments';
/** Schemes that are never drafts: output panes, SCM views, settings. */
const IGNORED_SCHEMES = new Set(['output', 'git', 'gitfs', 'vscode-scm', 'vscode-userdata', 'vscode-settings', 'debug', 'comment', 'factdesk']);

/**
 * Checks drafts as they are written: on open, on every edit (debounced per document), on save, for
 * unsaved and untitled documents in the configured languages. Results made stale by a newer edit are
 * dropped; the engine itself re-judges only the paragraphs that changed. Diagnostics go when a
 * document closes.
 */
export class DiagnosticsController implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('factDesk');
  private readonly states = new Map<string, DraftState>();
  private readonly results = new Map<string, DraftResult>();
  private readonly updateEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a draft's diagnostics were replaced (or cleared). */
  readonly onDidUpdate = this.updateEmitter.event;
  private readonly capWarned = new Set<string>();
  /** Files checked from disk by "Check All Drafts"; re-checked from disk when their editor closes. */
  private readonly checkedFromDisk = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [this.collection, this.updateEmitter];

  constructor(
    private readonly corpus: CorpusService,
    private readonly suppressions: Suppressions,
    private readonly workspaceState: vscode.Memento,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0) this.schedule(event.document, readSettings(event.document.uri).debounceMs);
      }),
      vscode.workspace.onDidSaveTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsFactDesk(event)) this.recheckAll();
      }),
      corpus.onDidChange(() => this.recheckAll()),
      suppressions.onDidChange(() => this.recheckAll()),
    );
    this.recheckAll();
  }

  /** True when a document is a draft Fact Desk checks under the current settings. */
  isDraft(document: vscode.TextDocument, settings: FactDeskSettings = readSettings(document.uri)): boolean {
    return !IGNORED_SCHEMES.has(document.uri.scheme) && settings.languages.includes(document.languageId);
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
    await this.workspaceState.update(DISABLED_DOCUMENTS_KEY, nowEnabled ? disabled.filter((entry) => entry !== key) : [...disabled, key]);
    this.recheckAll();
    return nowEnabled;
  }

  resultFor(uri: vscode.Uri): DraftResult | undefined {
    return this.results.get(uri.toString());
  }

  /** Findings whose range contains an offset (the innermost first). */
  findingsAt(uri: vscode.Uri, offset: number): Finding[] {
    const result = this.results.get(uri.toString());
    if (!result) return [];
    return result.findings
      .filter((finding) => finding.range.start <= offset && offset <= finding.range.end)
      .sort((a, b) => a.range.end - a.range.start - (b.range.end - b.range.start));
  }

  /** Re-checks every open draft (settings, corpus or suppressions changed). */
  recheckAll(): void {
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
    for (const key of this.checkedFromDisk) {
      if (!vscode.workspace.textDocuments.some((document) => document.uri.toString() === key)) void this.checkFile(vscode.Uri.parse(key));
    }
  }

  /** Schedules a check after `delay` ms, replacing any pending one for the document. */
  schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    const state = this.states.get(key) ?? { generation: 0 };
    this.states.set(key, state);
    if (state.timer) clearTimeout(state.timer);
    state.generation++;
    const generation = state.generation;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(document, generation);
    }, delay);
  }

  /** Checks a document now and resolves with its result (undefined when it is not a draft or is turned off). */
  async checkNow(document: vscode.TextDocument): Promise<DraftResult | undefined> {
    const key = document.uri.toString();
    const state = this.states.get(key) ?? { generation: 0 };
    this.states.set(key, state);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const generation = ++state.generation;
    await this.run(document, generation);
    return this.results.get(key);
  }

  /** Checks a file as saved on disk (for "Check All Drafts"), unless it is open, in which case the editor's text wins. */
  async checkFile(uri: vscode.Uri): Promise<DraftResult | undefined> {
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) return this.checkNow(open);
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      this.checkedFromDisk.delete(uri.toString());
      this.clear(uri);
      return undefined;
    }
    await Promise.all([this.corpus.ready(), this.suppressions.ready()]);
    const settings = readSettings(uri);
    if (!settings.enabled) return undefined;
    this.checkedFromDisk.add(uri.toString());
    return this.publish(uri, -1, text, mapperForText(text), settings, draftFormat(uri.path));
  }

  private async run(document: vscode.TextDocument, generation: number): Promise<void> {
    const key = document.uri.toString();
    const settings = readSettings(document.uri);
    if (document.isClosed || !this.isDraft(document, settings) || !this.isEnabledFor(document, settings)) {
      this.clear(document.uri);
      return;
    }
    await Promise.all([this.corpus.ready(), this.suppressions.ready()]);
    const version = document.version;
    // A newer edit or check was scheduled while waiting: its result will replace ours, so drop this one.
    if (this.states.get(key)?.generation !== generation || document.isClosed) return;
    this.publish(document.uri, version, document.getText(), document, settings, draftFormat(document.languageId));
  }

  private publish(uri: vscode.Uri, version: number, text: string, mapper: PositionMapper, settings: FactDeskSettings, format: CheckOptions['format']): DraftResult {
    const options: CheckOptions = { maxChars: settings.maxFileSize, format };
    if (settings.minMatchScore !== undefined) options.minScore = settings.minMatchScore;
    if (settings.draftDate) options.draftDate = settings.draftDate;
    const started = Date.now();
    const checked = this.corpus.checker.check(text, options);
    const engineMs = Date.now() - started;
    const capMessage =
      checked.capMessage ??
      (text.length > settings.maxFileSize
        ? `This draft has ${text.length.toLocaleString('en-US')} characters; Fact Desk checked the first ${settings.maxFileSize.toLocaleString('en-US')} (factDesk.maxFileSize).`
        : undefined);
    // The engine may not honour maxChars for claims that straddle the cap; nothing past it is reported.
    const inBounds = checked.findings.filter((finding) => finding.range.start < settings.maxFileSize);
    const findings: Finding[] = [];
    const ignored: Finding[] = [];
    for (const finding of inBounds) (this.suppressions.isIgnored(finding, uri) ? ignored : findings).push(finding);

    const context: DiagnosticContext = {
      mapper,
      settings,
      docsFor: (kind) => vscode.Uri.joinPath(this.extensionUri, 'docs', 'findings.md').with({ fragment: kind }),
      recordLocation: (id) => this.corpus.recordLocation(id),
    };
    const diagnostics = findings.map((finding) => toDiagnostic(finding, context)).filter((d): d is vscode.Diagnostic => d !== undefined);
    if (capMessage) {
      const at = mapper.positionAt(Math.min(settings.maxFileSize, text.length));
      const capDiagnostic = new vscode.Diagnostic(new vscode.Range(at, at), capMessage, vscode.DiagnosticSeverity.Information);
      capDiagnostic.source = 'Fact Desk';
      capDiagnostic.code = 'size-cap';
      diagnostics.push(capDiagnostic);
      this.warnCapOnce(uri, capMessage);
    }
    const result: DraftResult = { uri, version, findings, ignored, capMessage, timing: { engineMs, publishMs: 0 } };
    this.results.set(uri.toString(), result);
    this.collection.set(uri, diagnostics);
    result.timing.publishMs = Date.now() - started;
    this.updateEmitter.fire(uri);
    return result;
  }

  private warnCapOnce(uri: vscode.Uri, message: string): void {
    if (this.capWarned.has(uri.toString())) return;
    this.capWarned.add(uri.toString());
    void vscode.window.showInformationMessage(`Fact Desk: ${message}`);
  }

  private clear(uri: vscode.Uri): void {
    const key = uri.toString();
    const hadSomething = this.results.delete(key) || this.collection.has(uri);
    this.collection.delete(uri);
    if (hadSomething) this.updateEmitter.fire(uri);
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(key);
    this.capWarned.delete(key);
    this.clear(document.uri);
    // Untitled names are reused ("Untitled-1"): a new draft must not inherit a closed one's "off".
    if (document.uri.scheme === 'untitled' && this.disabledDocuments().includes(key)) {
      void this.workspaceState.update(DISABLED_DOCUMENTS_KEY, this.disabledDocuments().filter((entry) => entry !== key));
    }
    // A file from "Check All Drafts" keeps its verdicts for the review, now from its saved text.
    if (this.checkedFromDisk.has(key)) void this.checkFile(document.uri);
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
