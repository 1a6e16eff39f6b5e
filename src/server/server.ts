// The Fact Desk language server: hosts the engine off the editor's thread and speaks LSP, so VS Code
// (Node over IPC, or a web worker on vscode.dev) and any other editor (`factdesk lsp --stdio`) get the
// same diagnostics, hovers and quick fixes. Runs in Node and in a browser worker: no Node built-ins here.
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
  WatchKind,
  type CancellationToken,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  draftFormat,
  StatementSearch,
  writeSnapshot,
  type CheckOptions,
  type CheckResult,
  type FactChecker,
  type Finding,
} from '../engine';
import { COMMAND } from '../extension/commandIds';
import { DIAGNOSTIC_SOURCE, mapperForText, sameRange, toDiagnostic, toRange, type PositionMapper } from './conversions';
import {
  CorpusLibrary,
  errorMessage,
  LOOSE_SCOPE,
  scopesOf,
  type CorpusScope,
  type FolderSettings,
  type IndexedCorpus,
  type LoadedCorpus,
} from './corpusStore';
import type { ServerHost } from './host';
import { folderOf } from './folders';
import { findingAt, hoverFor } from './hover';
import { importArticles } from './importArticles';
import { joinUri, relativePath } from './locations';
import {
  DRAFT_SCHEMES,
  IGNORE_FILE_PATH,
  LOOKUP_LIMIT,
  Methods,
  type CheckAllParams,
  type CheckAllResult,
  type CheckedDraft,
  type CheckParams,
  type ClientStateParams,
  type CorpusResult,
  type CorpusViewParams,
  type EditingParams,
  type IgnoredClaim,
  type ImportArticlesParams,
  type LookupParams,
  type StatementsParams,
} from './protocol';
import { packResult } from './packedResult';
import { corpusDirectory, corpusView, statementsById } from './corpusView';
import { settingsFrom, type FactDeskSettings } from './settings';
import { plural } from './plural';
import { ownDocumentReason } from './ownDocuments';
import { formatIgnoreProblem, readIgnoreFile } from './ignoreFile';

/** What the VS Code client tells the server when it starts it. Other editors send nothing. */
export interface FactDeskInitializationOptions {
  /** Base URI of docs/findings.md, the target of each diagnostic's code. */
  findingsDocs?: string;
  /** A client command that shows a kind's documentation, given the kind (`command:` links; VS Code's Problems panel runs them). Wins over findingsDocs. */
  findingsDocsCommand?: string;
  /** The client keeps ignored claims and per-document "off" and sends them (factDesk/clientState). */
  clientState?: boolean;
  /** URI of the extension's data/ folder, where the bundled records' files are (for record locations). */
  bundledData?: string;
  /** Use push diagnostics even when the client could pull (the VS Code client mirrors each result in step with its diagnostics). */
  pushDiagnostics?: boolean;
  /** A directory (file system path) for index snapshots: the VS Code extension's global storage. Without it the Node server uses a cache directory. */
  snapshotDir?: string;
}

interface DraftState {
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every scheduled check; a check whose generation is no longer current drops its result. */
  generation: number;
}

interface Result extends CheckedDraft {
  diagnostics: Diagnostic[];
  seq: number;
}

/** Starts serving on `connection`; returns when the handlers are registered (call `connection.listen()` after). */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let options: FactDeskInitializationOptions = {};
  let folders: string[] = [];
  let canConfigure = false;
  let supportsFolders = false;
  let pull = false;
  let canWatchFiles = false;
  let workDoneSupported = false;
  /** Every scope's corpus (a folder's, or every folder's for documents in none), shared where folders ask for the same files. */
  let library = new CorpusLibrary(host);
  /** The corpus refresh in progress or last done. */
  let refreshing: Promise<void> | undefined;
  /** The first refresh: what a check waits for (later ones re-check what they change when they land). */
  let firstRefresh: Promise<void> | undefined;
  let loadGeneration = 0;
  /** Each scope's settings as last read (JSON): a change re-checks that scope's drafts only. */
  const scopeSettings = new Map<string, string>();
  /** The look-up whose first keystrokes are being prepared in the background; a newer one stops it. */
  let preparing: StatementSearch | undefined;
  let clientState: ClientStateParams = { ignored: [], disabledDocuments: [] };
  /** The writer's cursor (factDesk/editing), for the engine's rule on a quotation being typed. */
  let editing: EditingParams = { uri: null, version: 0, offset: null };
  let seq = 0;
  const states = new Map<string, DraftState>();
  const results = new Map<string, Result>();
  /** Files checked from disk ("Check All Drafts"): re-checked when the corpus changes, and from disk again when their editor closes. */
  const fromDisk = new Map<string, string>();

  async function settingsFor(scopeUri?: string): Promise<FactDeskSettings> {
    if (!canConfigure) return settingsFrom(undefined);
    const raw: unknown = await connection.workspace
      .getConfiguration({ scopeUri, section: 'factDesk' })
      .catch(() => undefined);
    return settingsFrom(raw);
  }

  /** The scope of a document: its workspace folder (the innermost), or LOOSE_SCOPE when it is in none. */
  function scopeOf(uri: string): string {
    return folderOf(uri, folders) ?? LOOSE_SCOPE;
  }

  /** The scope a request without a document is answered from: the only folder, else every folder's records. */
  function defaultScope(): string {
    return folders.length === 1 ? folders[0] : LOOSE_SCOPE;
  }

  async function readScopes(): Promise<{ scopes: Map<string, CorpusScope>; settings: Map<string, FactDeskSettings> }> {
    const global = await settingsFor(undefined);
    const perFolder: FolderSettings[] = await Promise.all(
      folders.map(async (uri) => ({ uri, settings: await settingsFor(uri) })),
    );
    const settings = new Map<string, FactDeskSettings>(perFolder.map((folder) => [folder.uri, folder.settings]));
    settings.set(LOOSE_SCOPE, global);
    return { scopes: scopesOf(perFolder, global), settings };
  }

  /**
   * Reads every scope's settings and corpus files (all of them again when `force`d: one changed on
   * disk), then re-checks the drafts whose settings or corpus changed (every draft with `recheckEvery`:
   * the folders changed). Runs one at a time; resolves when done.
   */
  function refreshCorpora(force: boolean, recheckEvery = false): Promise<void> {
    const previous = refreshing ?? Promise.resolve();
    refreshing = previous
      .catch(() => undefined)
      .then(async () => {
        const { scopes, settings } = await readScopes();
        let changed = new Set<string>();
        let summaryChanged = false;
        try {
          ({ changed, summaryChanged } = await library.update(scopes, force));
        } catch (error) {
          connection.console.error(`Corpus load failed: ${errorMessage(error)}`);
        }
        const affected = new Set(changed);
        for (const [scope, value] of settings) {
          const json = JSON.stringify(value);
          if (scopeSettings.get(scope) !== json) affected.add(scope);
          scopeSettings.set(scope, json);
        }
        for (const scope of [...scopeSettings.keys()]) if (!settings.has(scope)) scopeSettings.delete(scope);
        if (changed.size || summaryChanged) {
          loadGeneration++;
          const summary = library.summary(loadGeneration);
          const shared = library.shared();
          connection.console.log(
            `Corpus loaded: ${plural(summary.statements, 'statement')}, ${plural(summary.people, 'person', 'people')}, ${plural(summary.sources, 'source')}; ${plural(summary.problems.length, 'problem')}${shared.length > 1 ? `; ${plural(shared.length, 'distinct corpus', 'distinct corpora')} for ${plural(scopes.size - 1, 'workspace folder')}` : ''}.`,
          );
          void connection.sendNotification(Methods.corpusLoaded, summary);
          if (changed.size) prepareLookup(defaultScopeNow());
        }
        if (recheckEvery) recheckAll();
        else recheckScopes(affected);
      });
    firstRefresh ??= refreshing;
    return refreshing;
  }

  /** Every folder's records together, by id (the corpus view, records asked for by id); reloaded first when `force`d. */
  async function ensureCorpus(force: boolean): Promise<LoadedCorpus> {
    await (force ? refreshCorpora(true) : corporaKnown());
    return library.union();
  }

  /** The corpora are known (the first refresh is done). */
  function corporaKnown(): Promise<void> {
    return firstRefresh ?? refreshCorpora(false);
  }

  /** Resolves once the first corpus refresh is done (later ones re-check what they change when they land). */
  async function corpusFor(uri: string): Promise<IndexedCorpus> {
    await corporaKnown();
    return library.indexed(scopeOf(uri));
  }

  /** The scope the writer is in (the draft with the cursor, else the first open one), for preparing the look-up. */
  function defaultScopeNow(): string {
    const draft = editing.uri ?? documents.keys()[0];
    return draft ? scopeOf(draft) : defaultScope();
  }

  /**
   * The look-up's index for `scope`, built in the background once the re-checks queued by a load have
   * run (so the first keystroke does not wait for it); then the shortlists of one- and two-letter
   * words (a first keystroke's), one per turn of the event loop so requests in between are answered.
   */
  function prepareLookup(scope: string): void {
    setTimeout(() => {
      void library.indexed(scope).then(
        (corpus) => {
          const prepared = lookupFor(corpus);
          preparing = prepared;
          const words = prepared.shortWords();
          const next = () => {
            const word = words.shift();
            if (word === undefined || preparing !== prepared) return;
            prepared.prepare(word, LOOKUP_LIMIT);
            setTimeout(next, 0);
          };
          setTimeout(next, 0);
        },
        () => undefined,
      );
    }, 0);
  }

  /** The look-up over `corpus`: from its snapshot, or built now, and then the snapshot written for next time. */
  function lookupFor(corpus: IndexedCorpus): StatementSearch {
    if (corpus.search) return corpus.search;
    const search = new StatementSearch(corpus.corpus);
    corpus.search = search;
    // Both indexes built: keep them for the next session with the same corpus files.
    if (!corpus.searchFromSnapshot && host.snapshots && corpus.snapshotKey)
      void host.snapshots.write(corpus.snapshotKey, writeSnapshot(corpus.snapshotKey, corpus.checker, search));
    return search;
  }

  function isIgnored(finding: Finding, uri: string): boolean {
    const claim = normalize(finding.claim);
    const folder = folderOf(uri, folders);
    const file = uri.startsWith('untitled:') ? undefined : relativePath(uri, folder ? [folder] : []);
    // An entry from a folder's .factdesk/ignore.json applies to that folder's drafts only; a document
    // in no folder (checked against every folder's records) honours every folder's entries.
    return clientState.ignored.some(
      (entry: IgnoredClaim) =>
        entry.kind === finding.kind &&
        normalize(entry.claim) === claim &&
        (!entry.file || entry.file === file) &&
        (!entry.folder || !folder || entry.folder === folder),
    );
  }

  /** A document in a draft scheme and language that is not one of Fact Desk's own (a report, a file under .factdesk/). */
  function isDraft(document: TextDocument, settings: FactDeskSettings): boolean {
    const scheme = document.uri.slice(0, Math.max(0, document.uri.indexOf(':')));
    return (
      DRAFT_SCHEMES.includes(scheme) &&
      settings.languages.includes(document.languageId) &&
      !ownDocumentReason(document.uri, document.getText())
    );
  }

  /** Checks `text` and sends the result (factDesk/checked, then its diagnostics); undefined, with nothing sent, when `isCancelled` stopped it. */
  async function publish(
    uri: string,
    version: number,
    text: string,
    mapper: PositionMapper,
    settings: FactDeskSettings,
    format: CheckOptions['format'],
    corpus: IndexedCorpus,
    isCancelled?: () => boolean,
  ): Promise<Result | undefined> {
    const checkOptions: CheckOptions = { maxChars: settings.maxFileSize, format };
    if (settings.minMatchScore !== undefined) checkOptions.minScore = settings.minMatchScore;
    if (settings.draftDate) checkOptions.draftDate = settings.draftDate;
    if (editing.uri === uri && editing.offset !== null && version >= 0) checkOptions.editingAt = editing.offset;
    const started = Date.now();
    const checked = await checkInSlices(corpus.checker, text, checkOptions, isCancelled);
    const engineMs = Date.now() - started;
    // A partial result would clear the findings of the paragraphs it never reached: keep the last full one.
    if (!checked) return undefined;
    const capMessage =
      checked.capMessage ??
      (text.length > settings.maxFileSize
        ? `This draft has ${text.length.toLocaleString('en-US')} characters; Fact Desk checked the first ${settings.maxFileSize.toLocaleString('en-US')} (factDesk.maxFileSize).`
        : undefined);
    // The engine may not honour maxChars for claims that straddle the cap; nothing past it is reported.
    const inBounds = checked.findings.filter((finding) => finding.range.start < settings.maxFileSize);
    const findings: Finding[] = [];
    const ignored: Finding[] = [];
    for (const finding of inBounds) (isIgnored(finding, uri) ? ignored : findings).push(finding);
    const context = {
      mapper,
      settings,
      docsFor: (kind: string) =>
        options.findingsDocsCommand
          ? `command:${options.findingsDocsCommand}?${encodeURIComponent(JSON.stringify([kind]))}`
          : options.findingsDocs
            ? `${options.findingsDocs}#${kind}`
            : undefined,
      recordLocation: (id: string) => corpus.locations.get(id),
    };
    const diagnostics = findings
      .map((finding) => toDiagnostic(finding, context))
      .filter((d): d is Diagnostic => d !== undefined);
    if (capMessage) {
      const at = mapper.positionAt(Math.min(settings.maxFileSize, text.length));
      diagnostics.push({
        range: { start: at, end: at },
        message: capMessage,
        severity: DiagnosticSeverity.Information,
        source: DIAGNOSTIC_SOURCE,
        code: 'size-cap',
      });
    }
    const result: Result = { uri, version, findings, ignored, capMessage, engineMs, diagnostics, seq: ++seq };
    if (checked.held) result.held = checked.held;
    results.set(uri, result);
    send(result);
    return result;
  }

  function send(result: Result): void {
    const { diagnostics, ...checked } = result;
    void connection.sendNotification(Methods.checked, { uri: result.uri, result: packResult(checked) });
    if (pull && result.version >= 0) connection.languages.diagnostics.refresh();
    else
      void connection.sendDiagnostics({
        uri: result.uri,
        version: result.version >= 0 ? result.version : undefined,
        diagnostics,
      });
  }

  function clear(uri: string): void {
    const had = results.delete(uri);
    if (!had) return;
    void connection.sendNotification(Methods.checked, { uri, result: null, seq: ++seq });
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * Checks an open document now; undefined when it is not a draft, is turned off, changed meanwhile,
   * or `token` (an LSP request's) was cancelled before or during the check.
   */
  async function checkDocument(
    document: TextDocument,
    generation?: number,
    unsynced = false,
    token?: CancellationToken,
  ): Promise<Result | undefined> {
    const settings = await settingsFor(document.uri);
    const current = unsynced ? document : documents.get(document.uri);
    if (
      !current ||
      !isDraft(current, settings) ||
      !settings.enabled ||
      clientState.disabledDocuments.includes(current.uri)
    ) {
      clear(document.uri);
      return undefined;
    }
    // The corpus of the draft's folder; a reload in progress re-checks the drafts it changes when it lands.
    const corpus = await corpusFor(document.uri);
    // A newer edit or check was scheduled while waiting: its result will replace ours, so drop this one.
    if (generation !== undefined && states.get(document.uri)?.generation !== generation) return undefined;
    const latest = unsynced ? document : documents.get(document.uri);
    if (!latest) return undefined;
    // Asked between paragraphs; the check yields every CHECK_SLICE_MS, so a newer version or a cancelled request is read mid-draft.
    const version = latest.version;
    const isCancelled = () =>
      token?.isCancellationRequested === true ||
      (generation !== undefined && states.get(document.uri)?.generation !== generation) ||
      // A newer version arrived: this result could only be dropped.
      (!unsynced && documents.get(document.uri)?.version !== version);
    if (isCancelled()) return undefined;
    return publish(
      latest.uri,
      latest.version,
      latest.getText(),
      latest,
      settings,
      draftFormat(latest.languageId),
      corpus,
      isCancelled,
    );
  }

  async function checkFromDisk(uri: string, text: string, token?: CancellationToken): Promise<Result | undefined> {
    const settings = await settingsFor(uri);
    if (!settings.enabled || ownDocumentReason(uri, text)) return undefined;
    const corpus = await corpusFor(uri);
    if (token?.isCancellationRequested) return undefined;
    fromDisk.set(uri, text);
    return publish(
      uri,
      -1,
      text,
      mapperForText(text),
      settings,
      draftFormat(uri),
      corpus,
      () => token?.isCancellationRequested === true,
    );
  }

  function schedule(document: TextDocument, delay: number): void {
    const state = states.get(document.uri) ?? { generation: 0 };
    states.set(document.uri, state);
    if (state.timer) clearTimeout(state.timer);
    const generation = ++state.generation;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void checkDocument(document, generation).catch((error) =>
        connection.console.error(`Check failed: ${errorMessage(error)}`),
      );
    }, delay);
  }

  function recheckAll(): void {
    for (const document of documents.all()) schedule(document, 0);
    for (const [uri, text] of fromDisk) if (!documents.get(uri)) void checkFromDisk(uri, text);
  }

  /** Re-checks the drafts of `scopes` only (a folder's settings or corpus changed; the others' verdicts stand). */
  function recheckScopes(scopes: ReadonlySet<string>): void {
    if (!scopes.size) return;
    for (const document of documents.all()) if (scopes.has(scopeOf(document.uri))) schedule(document, 0);
    for (const [uri, text] of fromDisk)
      if (!documents.get(uri) && scopes.has(scopeOf(uri))) void checkFromDisk(uri, text);
  }

  /** The result for the document's current version, computed now when the last one is stale (an edit since). */
  async function currentResult(
    uri: string,
    token?: CancellationToken,
  ): Promise<{ result: Result; document: TextDocument } | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    let result = results.get(uri);
    if (!result || result.version !== document.version) result = await checkDocument(document, undefined, false, token);
    if (!result || result.version !== document.version) return undefined;
    return { result, document };
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    options = (params.initializationOptions ?? {}) as FactDeskInitializationOptions;
    library = new CorpusLibrary(host, options.bundledData);
    if (options.snapshotDir) host.snapshots?.useDirectory(options.snapshotDir);
    folders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (!folders.length && params.rootUri) folders = [params.rootUri];
    supportsFolders = params.capabilities.workspace?.workspaceFolders === true;
    canConfigure = params.capabilities.workspace?.configuration === true;
    pull = params.capabilities.textDocument?.diagnostic !== undefined && !options.pushDiagnostics;
    workDoneSupported = params.capabilities.window?.workDoneProgress === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const result: InitializeResult = {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: {
          workspaceFolders: { supported: true, changeNotifications: true },
          // Renames and deletes made in the editor (its explorer, refactorings); deletes made elsewhere arrive as watched-file events.
          fileOperations: {
            didRename: { filters: [{ pattern: { glob: '**/*' } }] },
            didDelete: { filters: [{ pattern: { glob: '**/*' } }] },
          },
        },
      },
      serverInfo: { name: 'Fact Desk' },
    };
    if (pull) result.capabilities.diagnosticProvider = { interFileDependencies: false, workspaceDiagnostics: false };
    return result;
  });

  connection.onInitialized(() => {
    if (canWatchFiles)
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*', kind: WatchKind.Delete }],
      });
    if (supportsFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders = [
          ...folders.filter((uri) => !event.removed.some((folder) => folder.uri === uri)),
          ...event.added.map((folder) => folder.uri),
        ];
        if (!options.clientState) void loadIgnoreFiles();
        // Drafts may have changed folder (or now have one): every draft is checked again.
        void refreshCorpora(false, true);
      });
    }
    if (!options.clientState) void loadIgnoreFiles();
    void refreshCorpora(false);
  });

  /** Without the VS Code client (which owns them), the server reads each folder's .factdesk/ignore.json itself. */
  async function loadIgnoreFiles(): Promise<void> {
    const ignored: IgnoredClaim[] = [];
    for (const folder of folders) {
      const text = await host.readFile(joinUri(folder, IGNORE_FILE_PATH)).catch(() => undefined);
      if (text === undefined) continue;
      // Tolerant: a syntax error is reported with its line and column, and the entries still readable stay ignored.
      const read = readIgnoreFile(text);
      ignored.push(...read.entries.map((entry) => ({ ...entry, folder })));
      for (const problem of read.problems)
        connection.console.warn(`${joinUri(folder, IGNORE_FILE_PATH)}:${formatIgnoreProblem(problem)}`);
    }
    const before = clientState;
    clientState = { ...clientState, ignored };
    applyClientState(before);
  }

  documents.onDidOpen((event) => schedule(event.document, 0));
  documents.onDidChangeContent((event) => {
    void settingsFor(event.document.uri).then((settings) =>
      schedule(event.document, results.has(event.document.uri) ? settings.debounceMs : 0),
    );
  });
  documents.onDidSave((event) => schedule(event.document, 0));
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const state = states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    states.delete(uri);
    clear(uri);
    // A file from "Check All Drafts" keeps its verdicts for the review, now from its saved text.
    if (fromDisk.has(uri))
      void host.readFile(uri).then(
        (text) => checkFromDisk(uri, text),
        () => fromDisk.delete(uri),
      );
  });

  /** A draft renamed or deleted (or a folder holding drafts): its findings go, and a file from "Check All" is not re-read. */
  function forget(removed: string): string[] {
    const gone = new Set<string>();
    const under = (uri: string) => uri === removed || uri.startsWith(removed.endsWith('/') ? removed : `${removed}/`);
    for (const uri of [...results.keys(), ...fromDisk.keys(), ...states.keys()]) if (under(uri)) gone.add(uri);
    for (const uri of gone) {
      const state = states.get(uri);
      if (state?.timer) clearTimeout(state.timer);
      // A check in flight drops its result: its generation is no longer current.
      if (state) state.generation++;
      fromDisk.delete(uri);
      clear(uri);
    }
    return [...gone];
  }

  connection.workspace.onDidDeleteFiles((params) => {
    for (const file of params.files) forget(file.uri);
  });

  connection.workspace.onDidRenameFiles((params) => {
    for (const file of params.files) {
      const wasFromDisk = new Set(fromDisk.keys());
      for (const uri of forget(file.oldUri)) {
        // A file "Check All" reviewed keeps its review under its new name (an open one is re-checked on its didOpen).
        const renamed = file.newUri + uri.slice(file.oldUri.length);
        if (wasFromDisk.has(uri) && !documents.get(renamed))
          void host.readFile(renamed).then(
            (text) => checkFromDisk(renamed, text),
            () => undefined,
          );
      }
    }
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) if (change.type === FileChangeType.Deleted) forget(change.uri);
  });

  connection.onDidChangeConfiguration(() => {
    // Each folder's settings are read again; only the drafts whose folder's settings or corpus changed are re-checked.
    void refreshCorpora(false);
  });

  connection.languages.diagnostics.on(async (params, token) => {
    const current = await currentResult(params.textDocument.uri, token);
    throwIfCancelled(token);
    return { kind: DocumentDiagnosticReportKind.Full, items: current?.result.diagnostics ?? [] };
  });

  connection.onHover(async (params, token) => {
    const current = await currentResult(params.textDocument.uri, token);
    throwIfCancelled(token);
    if (!current) return null;
    const finding = findingAt(current.result.findings, current.document.offsetAt(params.position));
    const corpus = await corpusFor(current.document.uri);
    const checker = corpus.checker;
    const newsroom = corpus.newsroom;
    const directory = {
      person: (id: string | null | undefined) => checker.person(id),
      source: (id: string) => checker.source(id),
      isNewsroomRecord: (id: string) => newsroom.has(id),
    };
    return finding ? hoverFor(finding, current.document, directory) : null;
  });

  connection.onCodeAction(async (params, token) => {
    const current = await currentResult(params.textDocument.uri, token);
    throwIfCancelled(token);
    if (!current) return [];
    const { result, document } = current;
    const actions: CodeAction[] = [];
    // Same kind, same range in the version the findings were computed on (the current one).
    const findingOf = (diagnostic: Diagnostic) =>
      result.findings.find(
        (candidate) =>
          candidate.kind === diagnostic.code && sameRange(toRange(document, candidate.range), diagnostic.range),
      );
    const targets: { diagnostic: Diagnostic; finding: Finding }[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingOf(diagnostic);
      if (finding) targets.push({ diagnostic, finding });
    }
    // The underline is the differing words, but the fixes answer anywhere in the claim: a cursor in
    // the quotation's other words still gets them (the client sends only diagnostics it touches).
    const from = document.offsetAt(params.range.start);
    const to = document.offsetAt(params.range.end);
    for (const diagnostic of result.diagnostics) {
      const finding = findingOf(diagnostic);
      const claim = finding?.claimRange;
      if (
        !finding ||
        !claim ||
        claim.start > from ||
        to > claim.end ||
        targets.some((target) => target.finding === finding)
      )
        continue;
      targets.push({ diagnostic, finding });
    }
    for (const { diagnostic, finding } of targets) {
      if (finding.fix) {
        actions.push({
          title: finding.fix.label,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: true,
          // A versioned edit: a client applies it only to the version it was computed for.
          edit: {
            documentChanges: [
              {
                textDocument: { uri: document.uri, version: document.version },
                edits: [{ range: toRange(document, finding.fix.range), newText: finding.fix.text }],
              },
            ],
          },
        });
      }
      actions.push({
        title: 'Ignore this claim',
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { command: COMMAND.ignoreClaim, title: 'Ignore this claim', arguments: [document.uri, finding] },
      });
    }
    return actions;
  });

  connection.onRequest(Methods.reloadCorpus, async (params: { force?: boolean } | undefined) => {
    await refreshCorpora(params?.force === true);
    return library.summary(loadGeneration);
  });

  connection.onRequest(Methods.corpus, async (): Promise<CorpusResult> => {
    const union = await ensureCorpus(false);
    return { ...union.corpus, newsroom: [...union.newsroom] };
  });

  connection.onRequest(Methods.corpusView, async (params: CorpusViewParams) =>
    corpusView(await ensureCorpus(false), params ?? {}),
  );
  connection.onRequest(Methods.statements, async (params: StatementsParams) =>
    statementsById(await ensureCorpus(false), params),
  );
  connection.onRequest(Methods.corpusDirectory, async () => corpusDirectory(await ensureCorpus(false)));

  connection.onRequest(Methods.recordLocation, async (params: { id: string; uri?: string }) => {
    await corporaKnown();
    return library.location(params.id, params.uri === undefined ? undefined : scopeOf(params.uri)) ?? null;
  });

  connection.onRequest(
    Methods.check,
    async (params: CheckParams, token: CancellationToken): Promise<(CheckedDraft & { seq: number }) | null> => {
      const synced = documents.get(params.uri);
      let result: Result | undefined;
      if (params.version !== undefined && params.text !== undefined && (!synced || synced.version < params.version)) {
        // The editor's document, asked for before its didOpen or didChange reached us: check the text it sent.
        result = await checkDocument(
          TextDocument.create(params.uri, params.languageId ?? 'plaintext', params.version, params.text),
          undefined,
          true,
          token,
        );
      } else if (params.text !== undefined && params.version === undefined && !synced) {
        result = await checkFromDisk(params.uri, params.text, token);
      } else {
        result = await checkOpen(params.uri, token);
      }
      throwIfCancelled(token);
      if (!result) return null;
      const { diagnostics: _diagnostics, ...checked } = result;
      return checked;
    },
  );

  connection.onRequest(
    Methods.checkAll,
    async (params: CheckAllParams, token: CancellationToken): Promise<CheckAllResult> => {
      const progress =
        params.workDoneToken !== undefined
          ? connection.window.attachWorkDoneProgress(params.workDoneToken)
          : workDoneSupported
            ? await connection.window.createWorkDoneProgress()
            : connection.window.attachWorkDoneProgress(undefined);
      // The client's Cancel button (a progress the server created) stops the run like a cancelled request.
      const progressToken = 'token' in progress ? (progress.token as CancellationToken) : undefined;
      const cancelled = () => token.isCancellationRequested || progressToken?.isCancellationRequested === true;
      const either: CancellationToken = {
        get isCancellationRequested() {
          return cancelled();
        },
        onCancellationRequested: token.onCancellationRequested,
      };
      const summary: CheckAllResult = { files: 0, supported: 0, conflicts: 0, unverified: 0, cancelled: false };
      progress.begin('Fact Desk: checking drafts', 0, undefined, true);
      try {
        for (const [index, uri] of params.uris.entries()) {
          // Let a cancellation that arrived during the last draft's check be read before the next one starts.
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (cancelled()) break;
          progress.report(
            Math.round((100 * index) / params.uris.length),
            relativePath(uri, folderOf(uri, folders) ? [folderOf(uri, folders)!] : []),
          );
          const result = documents.get(uri)
            ? await checkOpen(uri, either)
            : await host.readFile(uri).then(
                (text) => checkFromDisk(uri, text, either),
                () => undefined,
              );
          if (cancelled()) break;
          summary.files = index + 1;
          for (const finding of result?.findings ?? []) {
            if (finding.kind === 'supported') summary.supported++;
            else if (finding.kind === 'unverified-quote') summary.unverified++;
            else summary.conflicts++;
          }
        }
      } finally {
        progress.done();
      }
      summary.cancelled = summary.files < params.uris.length;
      return summary;
    },
  );

  async function checkOpen(uri: string, token?: CancellationToken): Promise<Result | undefined> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const state = states.get(uri) ?? { generation: 0 };
    states.set(uri, state);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    ++state.generation;
    // Asked for explicitly: answered with the latest text, never dropped for a check scheduled meanwhile.
    return checkDocument(document, undefined, false, token);
  }

  connection.onRequest(Methods.lookup, async (params: LookupParams, token: CancellationToken) => {
    await corporaKnown();
    const corpus = await library.indexed(params.uri ? scopeOf(params.uri) : defaultScope());
    if (token.isCancellationRequested) return { statements: [] };
    return {
      statements: lookupFor(corpus)
        .search(params.query, params.limit ?? LOOKUP_LIMIT)
        .map((hit) => hit.statement),
    };
  });

  connection.onRequest(Methods.importArticles, async (params: ImportArticlesParams) => {
    await corporaKnown();
    // Proposals are compared with the records of the folder they will be written to.
    const scope = params.folder ? scopeOf(params.folder) : defaultScope();
    return importArticles(params, library.loaded(scope)!.corpus);
  });

  connection.onNotification(Methods.clientState, (params: ClientStateParams) => {
    const before = clientState;
    clientState = params;
    applyClientState(before);
  });

  /**
   * Re-checks what a new client state changes: the drafts of each folder whose ignore entries changed
   * (and the drafts in no folder, which honour every folder's), every draft for an entry of no folder,
   * and each document turned on or off. The same state again (a reload after a save) re-checks nothing.
   */
  function applyClientState(before: ClientStateParams): void {
    const byFolder = (state: ClientStateParams) => {
      const groups = new Map<string, IgnoredClaim[]>();
      for (const entry of state.ignored) {
        const key = entry.folder ?? '*';
        groups.set(key, [...(groups.get(key) ?? []), entry]);
      }
      return groups;
    };
    const old = byFolder(before);
    const now = byFolder(clientState);
    const scopes = new Set<string>();
    for (const key of new Set([...old.keys(), ...now.keys()])) {
      if (JSON.stringify(old.get(key) ?? []) === JSON.stringify(now.get(key) ?? [])) continue;
      if (key === '*') return recheckAll();
      scopes.add(key);
      scopes.add(LOOSE_SCOPE);
    }
    recheckScopes(scopes);
    const toggled = [
      ...before.disabledDocuments.filter((uri) => !clientState.disabledDocuments.includes(uri)),
      ...clientState.disabledDocuments.filter((uri) => !before.disabledDocuments.includes(uri)),
    ];
    for (const uri of toggled) {
      const document = documents.get(uri);
      if (document && !scopes.has(scopeOf(uri))) schedule(document, 0);
    }
  }

  // A held-back quotation is judged as soon as the cursor leaves it (or another draft takes the cursor).
  connection.onNotification(Methods.editing, (params: EditingParams) => {
    const previous = editing;
    editing = params;
    const held = previous.uri ? results.get(previous.uri) : undefined;
    if (!held?.held) return;
    const left =
      params.uri !== previous.uri ||
      params.offset === null ||
      (params.version === held.version && (params.offset <= held.held.start || params.offset > held.held.end));
    const document = previous.uri ? documents.get(previous.uri) : undefined;
    if (left && document) schedule(document, 0);
  });

  documents.listen(connection);
}

/** How long a check runs before it lets the server read its messages (a newer version, a cancellation, a hover). */
export const CHECK_SLICE_MS = 20;

/**
 * Checks `text` in slices of about CHECK_SLICE_MS of new work, yielding to the event loop between
 * them, so a long draft's check stops at the next paragraph once `isCancelled` says so (a newer
 * version arrived, the request was cancelled). Each slice re-runs the check: the paragraphs earlier
 * slices judged are the checker's cache hits, and the slice's clock starts after them. Undefined when cancelled.
 */
async function checkInSlices(
  checker: FactChecker,
  text: string,
  options: CheckOptions,
  isCancelled?: () => boolean,
): Promise<CheckResult | undefined> {
  /** Paragraphs judged by earlier slices. */
  let done = 0;
  for (;;) {
    let reached = 0;
    let clock = 0;
    let outOfTime = false;
    const result = checker.check(text, {
      ...options,
      // Called before each paragraph.
      isCancelled: () => {
        if (isCancelled?.()) return true;
        reached++;
        if (reached <= done + 1) {
          clock = Date.now();
          return false;
        }
        outOfTime = Date.now() - clock >= CHECK_SLICE_MS;
        if (outOfTime) done = reached - 1;
        return outOfTime;
      },
    });
    if (!result.cancelled) return result;
    if (!outOfTime) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (isCancelled?.()) return undefined;
  }
}

/** LSP's answer to a request its client cancelled: no partial result, which would read as "no findings". */
function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested)
    throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
