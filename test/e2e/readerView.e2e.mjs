// What a reporter sees of Fact Desk's state in the real UI (issue 13): supported claims marked in
// the editor, the status bar counting in words, the Problems panel's documentation link opening the
// rendered findings page, and "Show the statement" opening the formatted record. Screenshots go to
// test-results/e2e-reader-*.png.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { copySamples, installVsix, removeQuietly, RESULTS_DIR, ROOT, tempDir } from '../../scripts/lib/code-server.mjs';
import { openSampleDraft, openWorkbench } from './workbench.mjs';

describe('Fact Desk reader view (e2e, packaged VSIX in code-server)', function () {
  let scratch;
  let workspace;
  let server;
  let browser;
  let page;
  const profile = {};

  before(async function () {
    scratch = tempDir('e2e-reader');
    profile.userDataDir = join(scratch, 'user');
    profile.extensionsDir = join(scratch, 'extensions');
    workspace = copySamples();
    installVsix(join(ROOT, 'fact-desk.vsix'), profile);
    ({ server, browser, page } = await openWorkbench({ profile, workspace, logName: 'e2e-reader-code-server.log' }));
    await openSampleDraft(page);
  });

  after(async function () {
    await browser?.close().catch(() => {});
    server?.stop();
    removeQuietly(scratch);
    if (workspace) removeQuietly(join(workspace, '..'));
  });

  it('marks supported claims and counts in words in the status bar, unlike VS Code’s problem counter', async function () {
    const item = page.locator('.statusbar-item', { hasText: 'Fact Desk:' }).first();
    await item.waitFor({ timeout: 30_000 });
    const text = (await item.innerText()).trim();
    assert.match(text, /^Fact Desk: \d+ sourced, \d+ to fix, \d+ unsourced$/);
    await page.waitForTimeout(1000); // only so the screenshot catches the marks after the first check
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-reader-decoration-status.png') });
    // The decoration type's class on the supported claims' text, drawn with a bottom border.
    const borders = await page
      .locator('.monaco-editor [class*="ced-"]')
      .evaluateAll((elements) =>
        elements.map(
          (element) =>
            `${element.className}:${element.ownerDocument.defaultView.getComputedStyle(element).borderBottomStyle}`,
        ),
      );
    assert.ok(
      borders.some((entry) => entry.endsWith(':solid')),
      JSON.stringify(borders),
    );
  });

  it('the Problems panel’s code link opens docs/findings.md rendered', async function () {
    await page.keyboard.press('Control+Shift+M');
    const link = page
      .locator('.markers-panel .monaco-list-row .code-link a, .markers-panel .monaco-list-row a.monaco-link', {
        hasText: 'misquote',
      })
      .first();
    await link.waitFor({ timeout: 30_000 });
    await link.click();
    await page
      .locator('.tabs-container .tab', { hasText: /Preview findings\.md|findings\.md/ })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.locator('iframe.webview.ready').last().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(3000); // only so the screenshot catches the rendered preview
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-reader-docs-link.png') });
  });

  it('“Show the statement” opens the formatted record in the Markdown preview', async function () {
    await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).first().click();
    const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
    await squiggle.waitFor({ timeout: 30_000 });
    const box = await squiggle.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const show = page.locator('.monaco-hover:visible a', { hasText: 'Show the statement' }).first();
    await show.waitFor({ timeout: 30_000 });
    await show.click();
    const tab = page.locator('.tabs-container .tab', { hasText: /^Preview / }).last();
    await tab.waitFor({ timeout: 30_000 });
    assert.doesNotMatch(await tab.innerText(), /statements\.json/);
    await page.waitForTimeout(1500); // only so the screenshot catches the rendered preview
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-reader-statement.png') });
  });
});
