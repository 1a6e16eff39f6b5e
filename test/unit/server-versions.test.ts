/**
 * Results bound to the document version they were computed for, in the in-process language server:
 * a long draft's check stops mid-draft when a newer version arrives or its request is cancelled; a
 * quick fix or hover asked for after an edit is recomputed on the new version, and a diagnostic of
 * the old version gets no fix; pull diagnostics answer for the current version.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { CodeAction, Diagnostic, Hover, MarkupContent, TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FactChecker, loadBundledCorpus } from '../../src/engine';
import { startHarness, type Harness } from './server-harness';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
const checker = new FactChecker(loadBundledCorpus());
const warmUri = 'file:///newsroom/warm.md';
const longUri = 'file:///newsroom/long.md';
const uri = 'file:///newsroom/draft.md';

/** The sample’s body 30 times, each copy's paragraphs made distinct (so none is a cache hit): a long draft. */
function longDraft(marker: string): string {
  const body = sample.replace(/^---[\s\S]*?---\n/, '');
  return Array.from({ length: 30 }, (_, copy) =>
    body
      .split(/\n\n/)
      .map((paragraph) =>
        paragraph.startsWith('#') || !paragraph.trim() ? paragraph : `${marker} ${copy}. ${paragraph}`,
      )
      .join('\n\n'),
  ).join('\n\n');
}

/** Opens a short draft and waits for its diagnostics, so the corpus is loaded before the test proper. */
async function warm(harness: Harness): Promise<void> {
  const done = harness.nextDiagnostics(warmUri);
  await harness.client.sendNotification('textDocument/didOpen', {
    textDocument: {
      uri: warmUri,
      languageId: 'markdown',
      version: 1,
      text: 'Rubio said on Saturday that “Ukraine is a sovereign country.”',
    },
  });
  await done;
}

/** Holds the next workspace/configuration answer; resolves when it is asked for, with the function that releases it. */
function holdNextConfiguration(harness: Harness): Promise<() => void> {
  let release!: () => void;
  harness.holdConfiguration = new Promise((resolve) => (release = resolve));
  return new Promise((resolve) => {
    harness.onConfiguration = () => {
      harness.onConfiguration = undefined;
      harness.holdConfiguration = undefined;
      resolve(release);
    };
  });
}

describe('language server: a long check stops for a newer version or a cancelled request', function () {
  this.timeout(120_000);
  let harness: Harness;
  beforeEach(async () => {
    harness = await startHarness(new Map());
    await warm(harness);
  });
  afterEach(() => harness.dispose());

  it('a newer version arriving mid-check stops the older check: only the newer version is ever published', async () => {
    const asked = holdNextConfiguration(harness);
    await harness.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri: longUri, languageId: 'markdown', version: 1, text: longDraft('First') },
    });
    // The version 1 check is about to start: its settings are answered, and version 2 follows on the same stream.
    (await asked)();
    const second = longDraft('Second');
    await harness.client.sendNotification('textDocument/didChange', {
      textDocument: { uri: longUri, version: 2 },
      contentChanges: [{ text: second }],
    });
    const published = await harness.nextDiagnostics(longUri);
    assert.strictEqual(published.version, 2);
    assert.strictEqual(published.diagnostics.length, checker.check(second).findings.length);
    assert.deepStrictEqual(
      harness.checked.filter((entry) => entry.uri === longUri).map((entry) => entry.version),
      [2],
    );
  });

  it('a check request cancelled mid-draft is answered with RequestCancelled and publishes nothing', async () => {
    const asked = holdNextConfiguration(harness);
    const source = new CancellationTokenSource();
    const request = harness.client.sendRequest(
      'factDesk/check',
      { uri: longUri, text: longDraft('Third'), version: 1, languageId: 'markdown' },
      source.token,
    );
    (await asked)();
    source.cancel();
    await assert.rejects(request, (error: unknown) => error instanceof ResponseError && error.code === -32800);
    // Let anything the server still had queued arrive.
    await harness.client.sendRequest('factDesk/reloadCorpus', {});
    assert.deepStrictEqual(
      harness.checked.filter((entry) => entry.uri === longUri),
      [],
    );
    assert.deepStrictEqual(
      harness.published.filter((entry) => entry.uri === longUri),
      [],
    );
  });
});

describe('language server: results bound to the document version', () => {
  let harness: Harness;
  // Version 2 inserts a paragraph at the top of the body: every finding moves.
  const inserted = sample.replace(
    '# U.S. envoy',
    'Editor’s note: this story has been updated with reaction from Kyiv and Moscow.\n\n# U.S. envoy',
  );
  const v1 = TextDocument.create(uri, 'markdown', 1, sample);
  const v2 = TextDocument.create(uri, 'markdown', 2, inserted);
  const withFix = (text: string) => checker.check(text).findings.find((finding) => finding.fix)!;

  beforeEach(async () => {
    harness = await startHarness(new Map());
    const first = harness.nextDiagnostics(uri);
    await harness.client.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version: 1, text: sample },
    });
    await first;
    // Within the debounce: the server's last result is still version 1's when the requests below arrive.
    await harness.client.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: inserted }],
    });
  });
  afterEach(() => harness.dispose());

  it('a quick fix asked for just after an edit is computed on the new version, as a versioned edit', async () => {
    const finding = withFix(inserted);
    const range = { start: v2.positionAt(finding.range.start), end: v2.positionAt(finding.range.end) };
    const diagnostic: Diagnostic = { range, message: finding.message, source: 'Fact Desk', code: finding.kind };
    const actions = (await harness.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.edit);
    assert.ok(fix, 'a fix');
    const edit = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepStrictEqual(edit, {
      textDocument: { uri, version: 2 },
      edits: [
        {
          range: { start: v2.positionAt(finding.fix!.range.start), end: v2.positionAt(finding.fix!.range.end) },
          newText: finding.fix!.text,
        },
      ],
    });
  });

  it("a diagnostic of the older version gets no fix (its range is not the claim's any more)", async () => {
    const old = withFix(sample);
    const range = { start: v1.positionAt(old.range.start), end: v1.positionAt(old.range.end) };
    const diagnostic: Diagnostic = { range, message: old.message, source: 'Fact Desk', code: old.kind };
    const actions = (await harness.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics: [diagnostic] },
    })) as CodeAction[];
    assert.deepStrictEqual(actions, []);
  });

  it('a hover asked for just after an edit covers the claim in the new version, and its Insert citation carries version 2', async () => {
    const finding = withFix(inserted);
    const hover = (await harness.client.sendRequest('textDocument/hover', {
      textDocument: { uri },
      position: v2.positionAt(finding.range.start + 1),
    })) as Hover;
    // The hover spans the whole claim (a conflict underlines only the differing words).
    const claim = finding.claimRange ?? finding.range;
    assert.deepStrictEqual(hover.range, { start: v2.positionAt(claim.start), end: v2.positionAt(claim.end) });
    const value = (hover.contents as MarkupContent).value;
    const args = JSON.parse(decodeURIComponent(/command:factDesk\.insertCitation\?([^ )]+)/.exec(value)![1])) as {
      version: number;
      offset: number;
    }[];
    assert.deepStrictEqual([args[0].version, args[0].offset], [2, claim.end]);
  });
});

describe('language server: pull diagnostics', () => {
  it('answers textDocument/diagnostic for the current version, the same diagnostics push sends, and asks the client to refresh after a check', async () => {
    const pushing = await startHarness(new Map());
    const pulling = await startHarness(new Map(), [], { pullDiagnostics: true });
    try {
      const inserted = sample.replace('# U.S. envoy', 'Editor’s note: updated.\n\n# U.S. envoy');
      const pushed = pushing.nextDiagnostics(uri);
      await pushing.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: sample },
      });
      await pulling.client.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'markdown', version: 1, text: sample },
      });
      const first = (await pulling.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
        kind: string;
        items: Diagnostic[];
      };
      assert.strictEqual(first.kind, 'full');
      assert.deepStrictEqual(first.items, (await pushed).diagnostics);
      assert.ok(first.items.length > 0);

      const pushedAgain = pushing.nextDiagnostics(uri, (params) => params.version === 2);
      await pushing.client.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: inserted }],
      });
      await pulling.client.sendNotification('textDocument/didChange', {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: inserted }],
      });
      const second = (await pulling.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
        items: Diagnostic[];
      };
      assert.deepStrictEqual(second.items, (await pushedAgain).diagnostics);
      assert.notDeepStrictEqual(second.items, first.items);
      // Pull mode publishes nothing itself; it asks the client to pull again.
      assert.deepStrictEqual(pulling.published, []);
      assert.ok(pulling.refreshes > 0);
    } finally {
      pushing.dispose();
      pulling.dispose();
    }
  });
});
