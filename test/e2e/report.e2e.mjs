// Ignoring a claim and exporting the report through the real UI, in a session of its own (packaged
// VSIX in code-server, headless Chromium): "Ignore this claim" from the Ctrl+. menu with a reason,
// the claim listed in the Ignored Claims view, Ctrl+Z in the draft taking the ignore back in one step,
// and Export Fact-Check Report saved where the save dialog proposes it.
// Screenshots go to test-results/e2e-ignored-claims.png and e2e-report-html.png.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { copySamples, installVsix, removeQuietly, RESULTS_DIR, ROOT, tempDir } from '../../scripts/lib/code-server.mjs';
import { openSampleDraft, openWorkbench } from './workbench.mjs';

const VSIX = join(ROOT, 'fact-desk.vsix');
const CLAIM = 'rewards aggression';
const CLAIM_WORD = 'aggression';

async function until(page, check, message, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(typeof message === 'function' ? await message() : message);
    await page.waitForTimeout(100);
  }
}

/** Runs a command from the Command Palette: its exact title focused, then Enter. */
async function runFromPalette(page, title) {
  await page.keyboard.press('F1');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type(title);
  const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
  const label = async () =>
    (
      (
        await focused
          .first()
          .innerText()
          .catch(() => '')
      ).split('\n')[0] ?? ''
    ).trim();
  await page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title })
    .first()
    .waitFor({ timeout: 15_000 });
  for (let step = 0; step < 10 && !(await label()).startsWith(title); step++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(50);
  }
  await until(page, async () => (await label()).startsWith(title), `"${title}" never got the focus`, 5_000);
  await page.keyboard.press('Enter');
}

/** Brings `word` into view in the active editor with Find (Ctrl+F), as a reporter would, then closes Find. */
async function reveal(page, word) {
  await page.keyboard.press('Control+f');
  await page.locator('.find-widget.visible textarea, .find-widget.visible input').first().waitFor({ timeout: 10_000 });
  await page.keyboard.insertText(word);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  // Monaco splits a line's text into spans (tokens, the selection): look for its last word alone.
  const last = word.split(' ').pop();
  await until(page, async () => (await wordCentre(page, last)) !== null, `"${word}" never came into view`, 10_000);
}

async function wordCentre(page, word) {
  return page.evaluate((needle) => {
    const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
    if (!editor) return null;
    const walker = document.createTreeWalker(editor.querySelector('.view-lines'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, word);
}

describe('Fact Desk ignore and report in VS Code (e2e)', function () {
  let scratch;
  let workspace;
  let server;
  let browser;
  let page;

  before(async function () {
    scratch = tempDir('e2e-report');
    const profile = { userDataDir: join(scratch, 'user'), extensionsDir: join(scratch, 'extensions') };
    workspace = copySamples();
    installVsix(VSIX, profile);
    ({ server, browser, page } = await openWorkbench({ profile, workspace, logName: 'e2e-report-code-server.log' }));
    await openSampleDraft(page);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) {
      const name = this.currentTest.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
      await page.screenshot({ path: join(RESULTS_DIR, `e2e-failure-${name}.png`) }).catch(() => {});
    }
  });

  after(async function () {
    await browser?.close().catch(() => {});
    server?.stop();
    if (scratch) removeQuietly(scratch);
    if (workspace) removeQuietly(join(workspace, '..'));
  });

  it('ignores a claim with a reason, lists it, and one Ctrl+Z in the draft takes the ignore back', async function () {
    // VS Code's own problem counter in the status bar: errors, warnings, infos. The unsourced
    // quotation is the sample's one Information finding (the Problems list virtualises its rows).
    const counter = page.locator('[id="status.problems"]');
    // VS Code leaves the info count out when it is zero.
    const infos = async () => Number(((await counter.innerText().catch(() => '')).match(/\d+/g) ?? [])[2] ?? 0);
    await until(
      page,
      async () => (await infos()) === 1,
      async () => `the status bar counted ${await counter.innerText().catch(() => '?')}`,
    );

    await page.locator('.monaco-editor .view-line', { hasText: 'Witkoff' }).first().click();
    await reveal(page, CLAIM);
    const at = await wordCentre(page, CLAIM_WORD);
    assert.ok(at, `"${CLAIM}" is rendered in the editor`);
    await page.mouse.click(at.x, at.y);
    await page.locator('.part.editor .monaco-editor.focused').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+.');
    const focusedIgnore = page.locator('.action-widget .monaco-list-row.focused', { hasText: 'Ignore this claim' });
    await page
      .locator('.action-widget .monaco-list-row', { hasText: 'Ignore this claim' })
      .first()
      .waitFor({ timeout: 30_000 });
    for (let step = 0; step < 10 && (await focusedIgnore.count()) === 0; step++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(50);
    }
    await focusedIgnore.waitFor({ timeout: 5_000 });
    await page.keyboard.press('Enter');

    // The optional reason.
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Fact Desk: ignore this claim' })
      .waitFor({ timeout: 15_000 });
    await page.keyboard.insertText('Confirmed with the speaker’s office');
    await page.keyboard.press('Enter');
    await until(page, async () => (await infos()) === 0, 'the ignored claim was still counted');

    await runFromPalette(page, 'Fact Desk: Show Ignored Claims');
    const view = page.locator('.split-view-view', { has: page.locator('.pane-header', { hasText: 'Ignored Claims' }) });
    const row = view.locator('.monaco-list-row', { hasText: 'Unsourced quotation' });
    await row.first().waitFor({ timeout: 15_000 });
    assert.match(await row.first().innerText(), /Nobody in Europe/);
    const stored = JSON.parse(readFileSync(join(workspace, '.factdesk', 'ignore.json'), 'utf8'));
    assert.deepEqual(
      stored.ignored.map((entry) => entry.reason),
      ['Confirmed with the speaker’s office'],
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-ignored-claims.png') });

    // Back in the draft: Ctrl+Z undoes the ignore (one step), not the draft, which was never edited.
    await page.locator('.monaco-editor .view-line', { hasText: 'aggression' }).first().waitFor({ timeout: 10_000 });
    const again = await wordCentre(page, CLAIM_WORD);
    await page.mouse.click(again.x, again.y);
    await page.locator('.part.editor .monaco-editor.focused').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+z');
    await until(page, async () => (await infos()) === 1, 'one Ctrl+Z did not bring the claim back');
    await row.first().waitFor({ state: 'detached', timeout: 15_000 });
    assert.deepEqual(JSON.parse(readFileSync(join(workspace, '.factdesk', 'ignore.json'), 'utf8')).ignored, []);
    assert.ok(
      !(await page.locator('.tabs-container .tab.dirty', { hasText: 'draft.md' }).count()),
      'the draft is not modified',
    );
  });

  it('exports the HTML report where the save dialog proposes it, with its sections', async function () {
    await runFromPalette(page, 'Fact Desk: Export Fact-Check Report');
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'report format' })
      .waitFor({ timeout: 15_000 });
    await page.keyboard.insertText('HTML');
    await page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', { hasText: 'HTML' })
      .waitFor({ timeout: 10_000 });
    await page.keyboard.press('Enter');
    // code-server's save dialog: the proposed path is filled in; Enter accepts it.
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await until(
      page,
      async () => /fact-check-reports\/draft\.factcheck\.html$/.test(await input.inputValue().catch(() => '')),
      async () => `the save dialog proposed ${await input.inputValue().catch(() => '?')}`,
    );
    await page.keyboard.press('Enter');
    const file = join(workspace, 'fact-check-reports', 'draft.factcheck.html');
    await until(page, async () => existsSync(file), `${file} was never written`);
    const html = readFileSync(file, 'utf8');
    assert.deepEqual(
      [...html.matchAll(/<h2>([A-Z][a-z]+(?: [a-z]+)?) \(\d+\)<\/h2>/g)].map((match) => match[1]),
      ['Corrections', 'Unsourced quotations', 'Supported claims'],
    );
    const report = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await report.goto(pathToFileURL(file).href);
    await report.screenshot({ path: join(RESULTS_DIR, 'e2e-report-html.png'), fullPage: true });
    await report.close();
  });
});
