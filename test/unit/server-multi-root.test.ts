/**
 * Multi-root workspaces: each draft is checked against its own workspace folder's
 * .factdesk/corpus.jsonl and filtered by its own folder's .factdesk/ignore.json (a real LSP
 * initialize with three workspace folders, over the in-process server harness).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, loadBundledCorpus, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { folderOf } from '../../src/server/folders';
import { startHarness, type Harness } from './server-harness';

const harbour = fs.readFileSync(path.join(__dirname, 'fixtures', 'harbour-corpus.jsonl'), 'utf8');
const draft = '---\ndate: 2025-10-09\n---\n\nRoe told the Harbour Gazette: “We will not walk away from our friends.”\n';
const bundledOnly = new FactChecker(loadBundledCorpus()).check(draft).findings;
const withHarbour = new FactChecker(
  mergeCorpora([
    { name: 'bundled', corpus: loadBundledCorpus() },
    { name: 'harbour', corpus: parseCorpusFile('corpus.jsonl', harbour).corpus },
  ]).corpus,
).check(draft).findings;
const wrongOutlet = withHarbour.find((finding) => finding.kind === 'wrong-outlet');

describe('folderOf: the workspace folder of a document', () => {
  const folders = ['file:///desk/city', 'file:///desk/city/harbour', 'file:///desk/sport/'];
  it('the folder that holds it; the innermost when folders nest', () => {
    assert.strictEqual(folderOf('file:///desk/city/story.md', folders), 'file:///desk/city');
    assert.strictEqual(folderOf('file:///desk/city/harbour/story.md', folders), 'file:///desk/city/harbour');
    assert.strictEqual(folderOf('file:///desk/sport/a/b.md', folders), 'file:///desk/sport/');
  });
  it('none for a sibling with a common prefix, a file elsewhere, or an untitled draft', () => {
    assert.strictEqual(folderOf('file:///desk/city-hall/story.md', folders), undefined);
    assert.strictEqual(folderOf('file:///tmp/story.md', folders), undefined);
    assert.strictEqual(folderOf('untitled:Untitled-1', folders), undefined);
  });
});

describe('language server: multi-root workspaces', () => {
  const city = 'file:///desk/city';
  const port = 'file:///desk/port';
  const sport = 'file:///desk/sport';
  let harness: Harness;

  before(() => {
    assert.ok(wrongOutlet, 'the harbour records find a wrong outlet in the draft');
    assert.ok(!bundledOnly.some((finding) => finding.statement?.id === 'roe-walk-away'));
  });
  beforeEach(async () => {
    const files = new Map<string, string>([
      [`${city}/.factdesk/corpus.jsonl`, harbour],
      [`${port}/.factdesk/corpus.jsonl`, harbour],
      [
        `${port}/.factdesk/ignore.json`,
        JSON.stringify({
          version: 1,
          ignored: [{ kind: 'wrong-outlet', claim: wrongOutlet!.claim, added: '2026-11-30T00:00:00Z' }],
        }),
      ],
    ]);
    harness = await startHarness(files, [city, port, sport]);
  });
  afterEach(() => harness.dispose());

  async function open(uri: string, test: (codes: string[]) => boolean) {
    const published = harness.nextDiagnostics(uri, (p) => test(p.diagnostics.map((d) => String(d.code))));
    await harness.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: draft },
    });
    return (await published).diagnostics.map((d) => `${String(d.code)} ${d.message}`);
  }
  const expected = (findings: typeof withHarbour) => findings.map((f) => `${f.kind} ${f.message}`);

  it("a draft is checked against its own folder's corpus.jsonl, not another folder's", async () => {
    assert.deepStrictEqual(
      await open(`${city}/story.md`, (codes) => codes.includes('wrong-outlet')),
      expected(withHarbour),
    );
    // The sport desk has no workspace corpus: the bundled records only, although the city desk's were loaded.
    assert.deepStrictEqual(await open(`${sport}/story.md`, () => true), expected(bundledOnly));
  });

  it("a folder's ignore.json ignores the claim in that folder's drafts only", async () => {
    const ignoredInPort = withHarbour.filter((f) => f !== wrongOutlet);
    assert.deepStrictEqual(
      await open(
        `${port}/story.md`,
        (codes) => codes.length === ignoredInPort.length && !codes.includes('wrong-outlet'),
      ),
      expected(ignoredInPort),
    );
    assert.deepStrictEqual(
      await open(`${city}/story.md`, (codes) => codes.includes('wrong-outlet')),
      expected(withHarbour),
    );
  });
});

describe('language server: folder-level settings and shared corpora', () => {
  const city = 'file:///desk/city';
  const port = 'file:///desk/port';
  const sport = 'file:///desk/sport';
  const shared = 'file:///archive/harbour.jsonl';
  const harbourOnly = new FactChecker(parseCorpusFile('harbour.jsonl', harbour).corpus).check(draft).findings;
  let harness: Harness;
  let reads: string[];

  afterEach(() => harness.dispose());

  async function start(settings: Record<string, unknown>, files: Map<string, string>) {
    reads = [];
    const logged = new Map([...files].map(([uri, text]) => [uri, text]));
    harness = await startHarness(
      new Proxy(logged, {
        get(target, property) {
          if (property === 'get')
            return (uri: string) => {
              reads.push(uri);
              return target.get(uri);
            };
          const value = Reflect.get(target, property) as unknown;
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      }),
      [city, port, sport],
    );
    harness.settings = (scopeUri) => {
      const folder = scopeUri ? folderOf(scopeUri, [city, port, sport]) : undefined;
      return (folder && settings[folder]) ?? settings[''] ?? null;
    };
    await harness.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  async function open(uri: string, test: (codes: string[]) => boolean, version = 1, text = draft) {
    const published = harness.nextDiagnostics(uri, (p) => test(p.diagnostics.map((d) => String(d.code))));
    await harness.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
    return (await published).diagnostics.map((d) => `${String(d.code)} ${d.message}`);
  }
  const expected = (findings: typeof withHarbour) => findings.map((f) => `${f.kind} ${f.message}`);

  it('factDesk.corpusFiles is read with the folder as scope, relative to it; useBundledCorpus too', async () => {
    await start(
      {
        [city]: { corpusFiles: ['sources/harbour.jsonl'] },
        [port]: { corpusFiles: ['${workspaceFolder}/sources/harbour.jsonl'], useBundledCorpus: false },
      },
      new Map([
        [`${city}/sources/harbour.jsonl`, harbour],
        [`${port}/sources/harbour.jsonl`, harbour],
      ]),
    );
    assert.deepStrictEqual(
      await open(`${city}/story.md`, (codes) => codes.includes('wrong-outlet')),
      expected(withHarbour),
    );
    assert.deepStrictEqual(
      await open(`${port}/story.md`, (codes) => codes.includes('wrong-outlet')),
      expected(harbourOnly),
    );
    assert.deepStrictEqual(await open(`${sport}/story.md`, () => true), expected(bundledOnly));
  });

  it('folders naming the same files share one corpus (each file read once); another set is another corpus', async () => {
    await start(
      { [city]: { corpusFiles: [shared] }, [port]: { corpusFiles: [shared] }, [sport]: {} },
      new Map([[shared, harbour]]),
    );
    const summary = (await harness.client.sendRequest('factDesk/reloadCorpus', { force: false })) as {
      corpora: { scopes: string[]; statements: number; files: string[] }[];
    };
    const bundledCount = loadBundledCorpus().statements.length;
    assert.deepStrictEqual(
      summary.corpora.map((corpus) => [corpus.scopes, corpus.statements, corpus.files]),
      [
        [[city, port, ''], withHarbourCount(), [shared]],
        [[sport], bundledCount, []],
      ],
    );
    assert.deepStrictEqual(
      reads.filter((uri) => uri === shared),
      [shared],
    );
    // A forced reload (a file saved) that finds the same contents: read again, nothing reloaded.
    const again = (await harness.client.sendRequest('factDesk/reloadCorpus', { force: true })) as {
      generation: number;
    };
    assert.deepStrictEqual(
      [reads.filter((uri) => uri === shared).length, again.generation],
      [2, (summary as unknown as { generation: number }).generation],
    );
    assert.deepStrictEqual(
      await open(`${port}/story.md`, (codes) => codes.includes('wrong-outlet')),
      expected(withHarbour),
    );
  });

  it("a change to one folder's settings re-checks that folder's drafts only", async () => {
    await start({ [city]: { corpusFiles: [shared] }, [port]: { corpusFiles: [shared] } }, new Map([[shared, harbour]]));
    const portDraft = `${port}/story.md`;
    const cityDraft = `${city}/story.md`;
    await open(portDraft, (codes) => codes.includes('wrong-outlet'));
    await open(cityDraft, (codes) => codes.includes('wrong-outlet'));
    const portChecks = () => harness.checked.filter((entry) => entry.uri === portDraft).length;
    const before = portChecks();
    const severityOf = (params: { diagnostics: { code?: unknown; severity?: number }[] }) =>
      params.diagnostics.find((d) => d.code === 'wrong-outlet')?.severity;
    const raised = harness.nextDiagnostics(cityDraft, (p) => severityOf(p) === 1);
    harness.settings = (scopeUri) =>
      scopeUri && folderOf(scopeUri, [city, port]) === city
        ? { corpusFiles: [shared], severity: { 'wrong-outlet': 'error' } }
        : { corpusFiles: [shared] };
    await harness.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await raised;
    // Another check of the city draft after it: a re-check of the port draft scheduled with the first would be in by now.
    const edited = harness.nextDiagnostics(cityDraft, (p) => severityOf(p) === 1);
    await harness.client.sendNotification('textDocument/didChange', {
      textDocument: { uri: cityDraft, version: 2 },
      contentChanges: [{ text: `${draft}\nMore.\n` }],
    });
    await edited;
    assert.strictEqual(portChecks(), before, 'the port draft was not re-checked');
  });
});

describe('language server: ignore entries per folder (client state)', () => {
  const city = 'file:///desk/city';
  const port = 'file:///desk/port';
  let harness: Harness;

  afterEach(() => harness.dispose());

  it("a change to one folder's ignore entries re-checks that folder's drafts only; the same entries again re-check nothing", async () => {
    harness = await startHarness(
      new Map([
        [`${city}/.factdesk/corpus.jsonl`, harbour],
        [`${port}/.factdesk/corpus.jsonl`, harbour],
      ]),
      [city, port],
    );
    const cityDraft = `${city}/story.md`;
    const portDraft = `${port}/story.md`;
    for (const uri of [portDraft, cityDraft]) {
      const published = harness.nextDiagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'wrong-outlet'));
      await harness.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: draft },
      });
      await published;
    }
    const checks = (uri: string) => harness.checked.filter((entry) => entry.uri === uri).length;
    const before = { city: checks(cityDraft), port: checks(portDraft) };
    const entry = { kind: 'wrong-outlet', claim: wrongOutlet!.claim, added: '', folder: city };
    const ignored = harness.nextDiagnostics(cityDraft, (p) => !p.diagnostics.some((d) => d.code === 'wrong-outlet'));
    await harness.client.sendNotification('factDesk/clientState', { ignored: [entry], disabledDocuments: [] });
    await ignored;
    // The same state again (the extension re-sends it after reloading the file it wrote), then an edit of the city draft to flush.
    await harness.client.sendNotification('factDesk/clientState', { ignored: [entry], disabledDocuments: [] });
    const edited = harness.nextDiagnostics(cityDraft, (p) => p.version === 2);
    await harness.client.sendNotification('textDocument/didChange', {
      textDocument: { uri: cityDraft, version: 2 },
      contentChanges: [{ text: `${draft}\nMore.\n` }],
    });
    await edited;
    assert.deepStrictEqual(
      { city: checks(cityDraft) - before.city, port: checks(portDraft) - before.port },
      { city: 2, port: 0 },
    );
  });
});

describe('language server: workspace folders added and removed', () => {
  it('a draft in a folder added later is judged against that folder’s corpus; removed, against every folder’s again', async () => {
    const city = 'file:///desk/city';
    const port = 'file:///desk/port';
    const harness = await startHarness(new Map([[`${port}/.factdesk/corpus.jsonl`, harbour]]), [city]);
    try {
      const uri = `${port}/story.md`;
      const codes = (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.map((d) => String(d.code));
      const first = harness.nextDiagnostics(uri);
      await harness.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: draft },
      });
      assert.deepStrictEqual(
        codes(await first),
        expected(bundledOnly),
        'in no folder: every folder’s records (the city desk names none)',
      );
      const added = harness.nextDiagnostics(uri, (p) => codes(p).includes('wrong-outlet'));
      await harness.client.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [{ uri: port, name: 'port' }], removed: [] },
      });
      assert.deepStrictEqual(codes(await added), expected(withHarbour));
      const removed = harness.nextDiagnostics(uri, (p) => !codes(p).includes('wrong-outlet'));
      await harness.client.sendNotification('workspace/didChangeWorkspaceFolders', {
        event: { added: [], removed: [{ uri: port, name: 'port' }] },
      });
      assert.deepStrictEqual(codes(await removed), expected(bundledOnly));
    } finally {
      harness.dispose();
    }
  });
  const expected = (findings: typeof withHarbour) => findings.map((f) => f.kind);
});

function withHarbourCount(): number {
  return mergeCorpora([
    { name: 'bundled', corpus: loadBundledCorpus() },
    { name: 'harbour', corpus: parseCorpusFile('corpus.jsonl', harbour).corpus },
  ]).corpus.statements.length;
}
