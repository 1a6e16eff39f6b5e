// `factdesk lsp --stdio` driven by a real LSP client nobody here wrote: Neovim's built-in one, headless
// (Debian's neovim package; scripts/install-system-deps.sh installs it). Opens the sample draft, reads
// its diagnostics and a hover, and checks them exactly against what the extension shows.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineIndex } from '../../src/engine';
import { SAMPLE_FINDINGS } from '../integration/sampleFindings';

const ROOT = join(__dirname, '..', '..');
const SAMPLES = join(ROOT, 'samples');
const DRAFT = join(SAMPLES, 'draft.md');

interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  severity: number;
  code: string;
  source: string;
}

describe('factdesk lsp --stdio in Neovim (headless, built-in LSP client)', function () {
  this.timeout(90_000);
  let result: {
    diagnostics?: { uri: string; diagnostics: LspDiagnostic[] };
    hover?: { contents: { kind: string; value: string } };
    shown?: number;
    errors: string[];
  };
  const text = readFileSync(DRAFT, 'utf8');
  const lines = new LineIndex(text);
  const misquote = 'It’s just a fact, and there are things that maybe Ukraine';

  before(function () {
    if (spawnSync('nvim', ['--version']).status !== 0)
      throw new Error('nvim is not installed: run scripts/install-system-deps.sh (Debian package neovim)');
    if (!process.env.FACTDESK_SKIP_BUILD)
      execFileSync(process.execPath, ['esbuild.config.mjs', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
    const dir = mkdtempSync(join(tmpdir(), 'factdesk-nvim-'));
    const out = join(dir, 'result.json');
    const hoverAt = lines.positionAt(text.indexOf(misquote) + 2);
    const run = spawnSync('nvim', ['--headless', '--clean', '-c', `luafile ${join(__dirname, 'neovim.lua')}`], {
      cwd: SAMPLES,
      env: {
        ...process.env,
        FACTDESK_CLI: join(ROOT, 'dist', 'cli.js'),
        FACTDESK_DRAFT: DRAFT,
        FACTDESK_ROOT: SAMPLES,
        FACTDESK_HOVER_LINE: String(hoverAt.line),
        FACTDESK_HOVER_CHARACTER: String(hoverAt.character),
        FACTDESK_OUT: out,
        // The server's index snapshots go to the cache directory: the test's own, never the user's ~/.cache/fact-desk.
        XDG_CACHE_HOME: join(dir, 'cache'),
      },
      timeout: 80_000,
      encoding: 'utf8',
    });
    try {
      result = JSON.parse(readFileSync(out, 'utf8'));
    } catch {
      throw new Error(`Neovim wrote no result (status ${run.status}): ${run.stderr}${run.stdout}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('receives the sample draft’s findings as diagnostics: exact range, message, code and source', () => {
    assert.deepEqual(result.errors, []);
    const diagnostics = result.diagnostics!.diagnostics;
    for (const expected of SAMPLE_FINDINGS) {
      let at = -1;
      for (let i = 0; i <= (expected.occurrence ?? 0); i++) at = text.indexOf(expected.text, at + 1);
      const start = lines.positionAt(at);
      const end = lines.positionAt(at + expected.text.length);
      const found = diagnostics.find(
        (d) =>
          d.code === expected.kind &&
          d.range.start.line === start.line &&
          d.range.start.character === start.character &&
          d.range.end.line === end.line &&
          d.range.end.character === end.character,
      );
      assert.ok(found, `no ${expected.kind} on “${expected.text}”`);
      assert.equal(found.message, expected.message);
      assert.equal(found.source, 'Fact Desk');
    }
    assert.ok(result.shown! >= SAMPLE_FINDINGS.length, `Neovim shows ${result.shown} diagnostics`);
  });

  it('answers a hover on the misquote with the record and what differs', () => {
    const value = result.hover!.contents.value;
    assert.equal(result.hover!.contents.kind, 'markdown');
    assert.match(value, /^\*\*Fact Desk · Misquote\*\*: ~~Ukraine~~ \*\*Russia\*\*/);
    assert.ok(
      value.includes(
        '> “It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.”',
      ),
      value,
    );
    assert.ok(value.includes('**Speaker:** Marco Rubio, Secretary of State'), value);
    assert.ok(value.includes('~~Ukraine~~ **Russia**'), value);
  });
});
