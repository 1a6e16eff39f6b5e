// Keystroke-to-diagnostics latency inside a real VS Code extension host (code-server): the time from
// an edit of a 20,000-word draft to Fact Desk's diagnostics for that edit, as a reporter feels it;
// and how long the host could not answer (its event-loop lag) while the language server loads and
// indexes a 100,000-statement corpus and while it checks a 20,000-word draft against it.
// Run with `npm run bench:host` (run.mjs builds this file, starts code-server and collects the JSON).
// Measured, not asserted: the numbers go to the README.
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as os from 'node:os';
import { performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import { FactChecker, loadBundledCorpus } from '../../../src/engine';
import { learnFrom, syntheticCorpus, toJsonl } from '../synthetic';
import type { FactDeskApi } from '../../../src/extension/activate';

interface Stats {
  runs: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface KeystrokeBenchResult {
  vscodeVersion: string;
  words: number;
  characters: number;
  statements: number;
  firstCheckMs: number;
  engineFullCheckMs: Stats;
  editToDiagnosticsNoDebounce: Stats;
  editToDiagnosticsDefaultDebounce: Stats & { debounceMs: number };
  hostRoundTripWhileTyping: Stats;
  /** Inside one re-check while typing: the engine alone, and engine + conversion + setting diagnostics. */
  engineIncrementalCheck: Stats;
  publishIncremental: Stats;
  diagnosticsPerCheck: number;
  fullOverIncrementalRatio: number;
  /** How late the extension host ran a 10 ms timer (its event-loop lag) while the server loaded and indexed a 100,000-statement corpus. */
  hostLagWhileCorpusLoads: LagStats & { statements: number; loadMs: number };
  /** The same while the server checked a 20,000-word draft against that corpus (open to diagnostics). */
  hostLagWhileDraftChecked: LagStats & { checkMs: number };
  /** The same with Fact Desk idle, just before the corpus load: the machine's share of the lag. */
  hostLagIdle: LagStats & { ms: number };
  /** Fact Desk's diagnostics handed to VS Code while the draft was checked: the calls, and the longest one in wall and CPU time. */
  diagnosticSetsWhileDraftChecked: DiagnosticSets;
  /** The machine's 1-minute load average when the lag windows began and ended. */
  loadAverage: { start: number; end: number; cores: number };
}

interface LagStats {
  samples: number;
  medianMs: number;
  maxMs: number;
  /** The worst lag counting only the CPU time the host itself used meanwhile (see lagSampler). */
  ownMaxMs: number;
  /** When the worst lag ended, on the monotonic clock in µs (a CPU profile's timestamps), to find its task in the profile. */
  maxAtUs: number;
}

/**
 * Samples the extension host's event-loop lag: a 10 ms timer re-armed on every tick, and how late each
 * tick ran. The host answers the editor (and every other extension) only between its tasks, so the
 * worst lag is the longest the host could not answer. A late tick is either the host busy or the host
 * waiting for a core the machine's other work holds: the CPU time the host process used over the same
 * interval (process.cpuUsage, every thread of it, so an upper bound) bounds its own share, and
 * `ownMaxMs` is the worst of min(lag, that CPU time).
 */
function lagSampler(): { stop(): LagStats } {
  const lags: number[] = [];
  const own: number[] = [];
  const at: number[] = [];
  let expected = performance.now() + 10;
  let cpu = process.cpuUsage();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tick = () => {
    const now = performance.now();
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const lag = Math.max(0, now - expected);
    lags.push(lag);
    at.push(Number(process.hrtime.bigint() / 1000n));
    own.push(Math.min(lag, (used.user + used.system) / 1000));
    expected = now + 10;
    timer = setTimeout(tick, 10);
  };
  timer = setTimeout(tick, 10);
  return {
    stop() {
      clearTimeout(timer);
      const sorted = [...lags].sort((a, b) => a - b);
      const round = (value: number) => Math.round(value * 10) / 10;
      return {
        samples: lags.length,
        medianMs: round(sorted[sorted.length >> 1] ?? 0),
        maxMs: round(sorted[sorted.length - 1] ?? 0),
        ownMaxMs: round(Math.max(0, ...own)),
        maxAtUs: at[lags.indexOf(Math.max(...lags))] ?? 0,
      };
    },
  };
}

interface DiagnosticSets {
  calls: number;
  diagnostics: number;
  /** The longest call to DiagnosticCollection.set (VS Code converting, serialising and sending them, one task). */
  maxMs: number;
  /** The most CPU time the host process used during one call (every thread of it, so an upper bound). */
  maxCpuMs: number;
  /** The most diagnostics handed over in one call. */
  maxDiagnostics: number;
}

/**
 * Times every DiagnosticCollection.set on Fact Desk's collections (named factDesk…) until stopped:
 * VS Code's conversion, serialisation and sending of diagnostics happen inside that call, in the
 * extension's task. Wraps the method on the collections' shared prototype, so it sees the
 * extension's collections without reaching into it.
 */
function diagnosticSetTimer(): { stop(): DiagnosticSets } {
  const probe = vscode.languages.createDiagnosticCollection('bench-probe');
  let owner: { set: (...args: unknown[]) => void } | null = Object.getPrototypeOf(probe);
  while (owner && !Object.prototype.hasOwnProperty.call(owner, 'set')) owner = Object.getPrototypeOf(owner);
  probe.dispose();
  const result: DiagnosticSets = { calls: 0, diagnostics: 0, maxMs: 0, maxCpuMs: 0, maxDiagnostics: 0 };
  if (!owner) return { stop: () => result };
  const target = owner;
  const original = target.set;
  target.set = function (this: vscode.DiagnosticCollection, ...args: unknown[]) {
    if (!this.name.startsWith('factDesk')) return original.apply(this, args);
    const start = performance.now();
    const cpu = process.cpuUsage();
    try {
      return original.apply(this, args);
    } finally {
      const used = process.cpuUsage(cpu);
      const count = Array.isArray(args[1]) ? args[1].length : 0;
      result.calls++;
      result.diagnostics += count;
      result.maxMs = Math.max(result.maxMs, Math.round((performance.now() - start) * 10) / 10);
      result.maxCpuMs = Math.max(result.maxCpuMs, Math.round((used.user + used.system) / 100) / 10);
      result.maxDiagnostics = Math.max(result.maxDiagnostics, count);
    }
  };
  return {
    stop() {
      target.set = original;
      return result;
    },
  };
}

const LARGE_CORPUS = 100_000;
const IDLE_MS = 10_000;

/**
 * With FACTDESK_BENCH_PROFILE=<file>, a CPU profile of the extension host over the lag windows
 * (Chrome DevTools' .cpuprofile format), to see what ran during the longest lags.
 */
async function profiler(): Promise<{ stop(): Promise<void> }> {
  const file = process.env.FACTDESK_BENCH_PROFILE;
  if (!file) return { stop: async () => {} };
  const session = new inspector.Session();
  session.connect();
  const post = (method: string, params?: object) =>
    new Promise<unknown>((resolve, reject) =>
      session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))),
    );
  await post('Profiler.enable');
  await post('Profiler.setSamplingInterval', { interval: 500 });
  await post('Profiler.start');
  return {
    async stop() {
      const { profile } = (await post('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

const EDITS = 40;

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    runs: sorted.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted[sorted.length - 1]),
  };
}

function checkedVersion(api: FactDeskApi, document: vscode.TextDocument): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no diagnostics within 60 s')), 60_000);
    const done = () => {
      clearTimeout(timer);
      subscription.dispose();
      resolve();
    };
    const subscription = api.diagnostics.onDidUpdate(() => {
      if (api.diagnostics.resultFor(document.uri)?.version === document.version) done();
    });
    if (api.diagnostics.resultFor(document.uri)?.version === document.version) done();
  });
}

/** Engine and publish times of every re-check during typing, read from the extension's own timing. */
const engineTimes: number[] = [];
const publishTimes: number[] = [];

async function typingLatency(
  api: FactDeskApi,
  document: vscode.TextDocument,
  editor: vscode.TextEditor,
): Promise<number[]> {
  const samples: number[] = [];
  const middle = Math.floor(document.lineCount / 2);
  for (let i = 0; i < EDITS; i++) {
    // Alternate typing and deleting a character in a paragraph in the middle of the draft.
    const line = middle + (i % 7) * 2;
    const start = performance.now();
    const position = new vscode.Position(line, 0);
    await editor.edit((builder) =>
      i % 2 === 0
        ? builder.insert(position, 'x')
        : builder.delete(new vscode.Range(position, position.translate(0, 1))),
    );
    await checkedVersion(api, document);
    samples.push(performance.now() - start);
    const timing = api.diagnostics.resultFor(document.uri)!.timing;
    engineTimes.push(timing.engineMs);
    publishTimes.push(timing.publishMs);
  }
  return samples;
}

async function bigDraft(words: number): Promise<string> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const body = new TextDecoder()
    .decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, 'draft.md')))
    .replace(/^---[\s\S]*?---\n/, '');
  const perCopy = body.split(/\s+/).filter(Boolean).length;
  // Vary each copy a little (section number in the first sentence) so paragraphs are not all identical.
  return Array.from(
    { length: Math.ceil(words / perCopy) },
    (_, index) => `## Section ${index + 1}\n\n${body.replace('WASHINGTON', `WASHINGTON ${index + 1}`)}`,
  ).join('\n\n');
}

export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<FactDeskApi>('fact-desk.fact-desk')!;
  const api = await extension.activate();
  await api.corpus.ready();
  const config = vscode.workspace.getConfiguration('factDesk');
  const defaultDebounce = config.get<number>('debounceMs', 300);

  const text = await bigDraft(20_000);
  const firstStart = performance.now();
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
  const editor = await vscode.window.showTextDocument(document);
  await checkedVersion(api, document);
  const firstCheckMs = performance.now() - firstStart;

  // Baseline in the same process: a full check of the same draft by a fresh checker (no paragraph cache).
  const engineSamples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const checker = new FactChecker(loadBundledCorpus());
    const start = performance.now();
    checker.check(document.getText());
    engineSamples.push(performance.now() - start);
  }

  await config.update('debounceMs', 0, vscode.ConfigurationTarget.Workspace);
  await checkedVersion(api, document);
  const noDebounce = await typingLatency(api, document, editor);
  await config.update('debounceMs', undefined, vscode.ConfigurationTarget.Workspace);
  const withDebounce = await typingLatency(api, document, editor);

  // Responsiveness: a round trip through the extension host right after each keystroke.
  const roundTrips: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    await editor.edit((builder) => builder.insert(new vscode.Position(2, 0), 'y'));
    const start = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, new vscode.Position(0, 0));
    roundTrips.push(performance.now() - start);
  }

  const engine = stats(engineSamples);
  const incremental = stats(noDebounce);
  const result: Omit<
    KeystrokeBenchResult,
    | 'hostLagWhileCorpusLoads'
    | 'hostLagWhileDraftChecked'
    | 'hostLagIdle'
    | 'loadAverage'
    | 'diagnosticSetsWhileDraftChecked'
  > &
    Partial<KeystrokeBenchResult> = {
    vscodeVersion: vscode.version,
    words: text.split(/\s+/).filter(Boolean).length,
    characters: text.length,
    statements: api.corpus.statementCount,
    firstCheckMs: Math.round(firstCheckMs),
    engineFullCheckMs: engine,
    editToDiagnosticsNoDebounce: incremental,
    editToDiagnosticsDefaultDebounce: { ...stats(withDebounce), debounceMs: defaultDebounce },
    hostRoundTripWhileTyping: stats(roundTrips),
    engineIncrementalCheck: stats(engineTimes),
    publishIncremental: stats(publishTimes),
    diagnosticsPerCheck: vscode.languages.getDiagnostics(document.uri).length,
    fullOverIncrementalRatio: Math.round((engine.medianMs / Math.max(0.1, incremental.medianMs)) * 10) / 10,
  };
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

  // The host while the server loads and indexes a newsroom-sized corpus, then checks a long draft against it.
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const bundled = loadBundledCorpus();
  fs.writeFileSync(
    vscode.Uri.joinPath(folder, 'bench-corpus.jsonl').fsPath,
    toJsonl(syntheticCorpus(bundled, LARGE_CORPUS, 0xb16, learnFrom(bundled))),
  );
  const load1 = () => Math.round(os.loadavg()[0] * 10) / 10;
  const loadAtStart = load1();
  const profile = await profiler();
  let sampler = lagSampler();
  let start = performance.now();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = { ...sampler.stop(), ms: Math.round(performance.now() - start) };
  sampler = lagSampler();
  start = performance.now();
  await config.update('corpusFiles', ['bench-corpus.jsonl'], vscode.ConfigurationTarget.Workspace);
  while (api.corpus.statementCount < LARGE_CORPUS) await api.corpus.ready();
  const loadMs = Math.round(performance.now() - start);
  const whileLoading = { ...sampler.stop(), statements: api.corpus.statementCount, loadMs };

  sampler = lagSampler();
  const sets = diagnosticSetTimer();
  start = performance.now();
  const another = await vscode.workspace.openTextDocument({
    language: 'markdown',
    content: (await bigDraft(20_000)).replace(/WASHINGTON/g, 'KYIV'),
  });
  await vscode.window.showTextDocument(another);
  await checkedVersion(api, another);
  const whileChecking = { ...sampler.stop(), checkMs: Math.round(performance.now() - start) };
  result.diagnosticSetsWhileDraftChecked = sets.stop();
  await profile.stop();
  result.hostLagIdle = idle;
  result.loadAverage = { start: loadAtStart, end: load1(), cores: os.cpus().length };
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await config.update('corpusFiles', undefined, vscode.ConfigurationTarget.Workspace);
  result.hostLagWhileCorpusLoads = whileLoading;
  result.hostLagWhileDraftChecked = whileChecking;
  fs.writeFileSync(process.env.FACTDESK_TEST_RESULTS!, JSON.stringify(result, null, 2));
}
