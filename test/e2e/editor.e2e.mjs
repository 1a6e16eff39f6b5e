// Fact Desk through the real UI, as a reporter meets it: the packaged VSIX installed into code-server
// (VS Code 1.100.3), the sample draft opened from the Explorer, squiggles in the editor, the Problems
// panel, a hover citation. Screenshots go to test-results/e2e-*.png.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  copySamples,
  installVsix,
  listExtensions,
  removeQuietly,
  RESULTS_DIR,
  ROOT,
  tempDir,
} from '../../scripts/lib/code-server.mjs';
import { openSampleDraft, openWorkbench } from './workbench.mjs';

const VSIX = join(ROOT, 'fact-desk.vsix');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const EXTENSION = `${manifest.publisher}.${manifest.name}`;

/** Collapses whitespace and quote/apostrophe variants, so UI text compares with corpus text. */
function normalize(text) {
  return text
    .replace(/[\u201C\u201D\u201E"]/g, '"')
    .replace(/[\u2018\u2019']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const statements = JSON.parse(readFileSync(join(ROOT, 'data/statements.json'), 'utf8')).statements;

/** The corpus statements whose verbatim words (their first 40 characters at least) appear in the text. */
function quotedStatementsIn(text) {
  const haystack = normalize(text);
  return statements.filter(
    (statement) => statement.kind === 'quote' && haystack.includes(normalize(statement.text).slice(0, 40)),
  );
}

describe('Fact Desk in VS Code (e2e, packaged VSIX in code-server)', function () {
  let scratch;
  let workspace;
  let server;
  let browser;
  let page;
  const profile = {};

  before(async function () {
    scratch = tempDir('e2e');
    profile.userDataDir = join(scratch, 'user');
    profile.extensionsDir = join(scratch, 'extensions');
    workspace = copySamples();
  });

  after(async function () {
    await browser?.close().catch(() => {});
    server?.stop();
    removeQuietly(scratch);
    if (workspace) removeQuietly(join(workspace, '..'));
  });

  it('installs the packaged fact-desk.vsix with code-server --install-extension', function () {
    const output = installVsix(VSIX, profile);
    assert.match(output, new RegExp(`Extension 'fact-desk.vsix' was successfully installed`));
    assert.deepEqual(listExtensions(profile), [`${EXTENSION}@${manifest.version}`]);
  });

  it('opens samples/draft.md from the Explorer and shows Fact Desk squiggles', async function () {
    ({ server, browser, page } = await openWorkbench({ profile, workspace, logName: 'e2e-code-server.log' }));
    await openSampleDraft(page);
    assert.ok((await page.locator('.monaco-editor .squiggly-warning').count()) >= 1);
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-editor.png') });
  });

  it('lists Fact Desk findings in the Problems panel', async function () {
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await rows.filter({ hasText: 'Fact Desk' }).first().waitFor({ timeout: 30_000 });
    const texts = await rows.allTextContents();
    const factDeskRows = texts.filter((text) => text.includes('Fact Desk'));
    assert.ok(factDeskRows.length >= 2, `Problems panel rows: ${JSON.stringify(texts)}`);
    // Every conflict kind the extension reports carries its kind as the diagnostic code.
    assert.ok(
      factDeskRows.some((text) =>
        /Fact Desk\s*\(?(misquote|misattribution|wrong-number|wrong-date|wrong-outlet|negation)\b/.test(text),
      ),
      `no Fact Desk conflict among: ${JSON.stringify(factDeskRows)}`,
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-problems.png') });
  });

  it('shows a hover citation with the sourced quote on a flagged claim', async function () {
    const squiggle = page.locator('.monaco-editor .squiggly-warning').first();
    const box = await squiggle.boundingBox();
    assert.ok(box, 'the first warning squiggle is on screen');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = page.locator('.monaco-hover:visible');
    await hover.filter({ hasText: 'Fact Desk' }).first().waitFor({ timeout: 30_000 });
    const text = await hover.first().innerText();
    const cited = quotedStatementsIn(text);
    assert.ok(cited.length >= 1, `hover quotes no corpus statement verbatim:\n${text}`);
    await page.waitForTimeout(500); // only so the screenshot catches the hover after its fade-in
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-hover.png') });
  });

  it('a Problems row names the changed words within its first 80 characters, on screen', async function () {
    await page.keyboard.press('Escape');
    // Ctrl+Shift+M toggles: open the Problems panel only if the last test left it closed.
    if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
    const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'Misquote:' }).first();
    await row.waitFor({ timeout: 30_000 });
    const text = (await row.textContent()) ?? '';
    const difference = 'Misquote: “Ukraine” where the record has “Russia”';
    assert.ok(text.startsWith(difference), `the row does not lead with the difference: ${text}`);
    assert.ok(
      text.indexOf('“Russia”') + '“Russia”'.length <= 80,
      `the record's word is past the 80th character: ${text}`,
    );
    // And on screen: the record's word ends before the row's message is cut by the panel's width.
    const fits = await row.evaluate((element, needle) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const word = range.getBoundingClientRect();
        let clip = node.parentElement;
        while (clip && clip !== element && window.getComputedStyle(clip).overflow === 'visible')
          clip = clip.parentElement;
        const box = (clip ?? element).getBoundingClientRect();
        return { right: word.right, limit: Math.min(box.right, window.innerWidth), width: word.width };
      }
      return undefined;
    }, '“Russia”');
    assert.ok(fits && fits.width > 0 && fits.right <= fits.limit, `“Russia” is cut off: ${JSON.stringify(fits)}`);
    await row.screenshot({ path: join(RESULTS_DIR, 'e2e-problems-difference-row.png') });
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-problems-difference.png') });
  });

  it("the hover on the changed word shows the message once (VS Code's) and Fact Desk's difference: draft struck, record bold", async function () {
    const row = page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'Misquote:' }).first();
    await row.click();
    await page.keyboard.press('Enter');
    // The cursor is on the underlined word: show the hover there, as Ctrl+K Ctrl+I does.
    await page.locator('.monaco-editor .squiggly-warning').first().waitFor();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover:visible').filter({ hasText: 'Fact Desk · Misquote' }).first();
    await hover.waitFor({ timeout: 30_000 });
    const text = await hover.innerText();
    assert.equal(text.split('where the record has').length - 1, 1, `the message is repeated:\n${text}`);
    assert.equal(
      (await hover.locator('del', { hasText: /^Ukraine$/ }).count()) >= 1,
      true,
      `the draft's word is not struck:\n${await hover.innerHTML()}`,
    );
    assert.equal(
      (await hover.locator('strong', { hasText: /^Russia$/ }).count()) >= 1,
      true,
      `the record's word is not bold:\n${text}`,
    );
    assert.ok(!text.includes('rubio-things-russia-holding'), `the hover shows the record id:\n${text}`);
    await page.waitForTimeout(500); // only so the screenshot catches the hover after its fade-in
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-hover-difference.png') });
  });
});
