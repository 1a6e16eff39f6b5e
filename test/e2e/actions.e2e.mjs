// Fact Desk actions through the real UI, in a session of its own (packaged VSIX in code-server, headless
// Chromium): a quick fix chosen from the Ctrl+. menu and undone in one step, and a Look Up Statement
// run from the Command Palette that inserts a citation into a new untitled file, and the look-up's
// copy button, whose citation Ctrl+V pastes.
// Screenshots go to test-results/e2e-quickfix.png, e2e-lookup.png and e2e-copy.png.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { copySamples, installVsix, removeQuietly, RESULTS_DIR, ROOT, tempDir } from '../../scripts/lib/code-server.mjs';
import { openSampleDraft, openWorkbench } from './workbench.mjs';

const VSIX = join(ROOT, 'fact-desk.vsix');

/** Collapses Monaco's non-breaking spaces and runs of whitespace, so rendered text compares with plain text. */
function normalize(text) {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text the active editor renders: its .view-line elements in screen order (Monaco keeps them
 * absolutely positioned, not necessarily in DOM order), joined as they wrap, whitespace collapsed.
 */
async function editorText(page) {
  const text = await page.evaluate(() => {
    const editor = document.querySelector('.part.editor .editor-group-container.active .monaco-editor');
    if (!editor) return '';
    const lines = [...editor.querySelectorAll('.view-lines .view-line')];
    lines.sort((a, b) => parseFloat(a.style.top || '0') - parseFloat(b.style.top || '0'));
    return lines.map((line) => line.textContent ?? '').join('');
  });
  return normalize(text);
}

/** Polls `check` (an async predicate) until it holds or `timeout` ms pass; throws `message()` then. */
async function until(page, check, message, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(typeof message === 'function' ? await message() : message);
    await page.waitForTimeout(100);
  }
}

/**
 * Runs a command from the Command Palette (F1): types its title, then moves down the list until the
 * focused row is exactly that command (fuzzy ranking can put a longer title first), then Enter.
 */
async function runFromPalette(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible', timeout: 15_000 });
  await page.keyboard.type(title);
  const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused');
  const focusedLabel = async () =>
    (
      (
        await focused
          .first()
          .innerText()
          .catch(() => '')
      ).split('\n')[0] ?? ''
    ).trim();
  try {
    await page
      .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title })
      .first()
      .waitFor({ timeout: 15_000 });
    await focused.first().waitFor({ timeout: 5_000 });
    for (let step = 0; step < 10 && !(await focusedLabel()).startsWith(title); step++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(50);
    }
    await until(page, async () => (await focusedLabel()).startsWith(title), `"${title}" never got the focus`, 5_000);
  } catch (error) {
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-palette-failure.png') });
    const value = await input.inputValue().catch(() => '?');
    const rows = await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
    throw new Error(
      `no focused palette row "${title}" (input ${JSON.stringify(value)}, rows ${JSON.stringify(rows)}): ${error.message}`,
    );
  }
  await page.keyboard.press('Enter');
}

/** Screen centre of the first occurrence of `word` in the active editor's rendered lines, or null. */
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

describe('Fact Desk actions in VS Code (e2e, quick fix and palette look-up)', function () {
  let scratch;
  let workspace;
  let server;
  let browser;
  let page;

  before(async function () {
    scratch = tempDir('e2e-actions');
    const profile = { userDataDir: join(scratch, 'user'), extensionsDir: join(scratch, 'extensions') };
    workspace = copySamples();
    installVsix(VSIX, profile);
    ({ server, browser, page } = await openWorkbench({ profile, workspace, logName: 'e2e-actions-code-server.log' }));
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

  it('applies the wrong-outlet quick fix from the Ctrl+. menu, and Ctrl+Z undoes it in one step', async function () {
    // The Problems panel, to watch the wrong-outlet finding go and come back.
    await page.keyboard.press('Control+Shift+M');
    const outletRows = page.locator('.markers-panel .monaco-list-row').filter({ hasText: /wrong-outlet/ });
    await outletRows.first().waitFor({ timeout: 30_000 });
    assert.match(await outletRows.first().innerText(), /CNN/);

    assert.ok(
      (await editorText(page)).includes('Witkoff told CNN'),
      'the draft says "Witkoff told CNN" before the fix',
    );
    const cnn = await wordCentre(page, 'CNN');
    assert.ok(cnn, '"CNN" is rendered in the editor');
    await page.mouse.click(cnn.x, cnn.y);
    await page.locator('.part.editor .monaco-editor.focused').waitFor({ timeout: 10_000 });

    await page.keyboard.press('Control+.');
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: /Change “CNN” to/ });
    await fix.first().waitFor({ timeout: 30_000 });
    assert.match(await fix.first().innerText(), /Change “CNN” to “Fox News Sunday”/);
    // Chosen with the keyboard: the menu lays a pointer block over the page until the mouse moves,
    // so a click is flaky. Arrow down to the fix (it is the preferred one, usually first), then Enter.
    const focusedFix = page.locator('.action-widget .monaco-list-row.focused', { hasText: /Change “CNN” to/ });
    for (let step = 0; step < 10 && (await focusedFix.count()) === 0; step++) {
      await page.keyboard.press('ArrowDown');
      await page.waitForTimeout(50);
    }
    await focusedFix.waitFor({ timeout: 5_000 });
    await page.keyboard.press('Enter');
    await page.locator('.action-widget').waitFor({ state: 'hidden', timeout: 10_000 });

    await until(
      page,
      async () => (await editorText(page)).includes('Witkoff told Fox News Sunday'),
      async () => `the editor never showed "Witkoff told Fox News Sunday":\n${await editorText(page)}`,
    );
    await outletRows.first().waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await outletRows.count(), 0, 'the wrong-outlet entry left the Problems panel');
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-quickfix.png') });

    // One Ctrl+Z takes the whole correction back.
    await page.locator('.part.editor .monaco-editor.focused').waitFor({ timeout: 10_000 });
    await page.keyboard.press('Control+z');
    await until(
      page,
      async () => (await editorText(page)).includes('Witkoff told CNN'),
      async () => `one Ctrl+Z did not restore "Witkoff told CNN":\n${await editorText(page)}`,
    );
    const undone = await editorText(page);
    assert.ok(!undone.includes('Fox News Sunday'), `the undone text still has "Fox News Sunday":\n${undone}`);
    // The finding is back with the wrong outlet.
    await outletRows.first().waitFor({ timeout: 30_000 });
  });

  it('looks up a statement from the Command Palette and inserts its citation into a new file', async function () {
    await runFromPalette(page, 'File: New Untitled Text File');
    await page.locator('.tabs-container .tab.active', { hasText: /Untitled-\d+/ }).waitFor({ timeout: 15_000 });
    await page.locator('.part.editor .monaco-editor.focused').waitFor({ timeout: 10_000 });

    await runFromPalette(page, 'Fact Desk: Look Up Statement');
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Fact Desk: Look Up Statement' })
      .waitFor({ timeout: 15_000 });
    // One input event, so the extension refreshes its items once. Typed key by key, each keystroke
    // replaces the items, and an Enter landing between a refresh and the new active item is ignored
    // (4 of 12 runs when typed key by key): the QuickPick stays open and nothing is inserted.
    await page.keyboard.insertText('steel porcupine');
    const focused = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', {
      hasText: 'steel porcupine',
    });
    await focused.waitFor({ timeout: 15_000 });
    // Who said it leads the row, where no long quote can push it out of sight; the quote is the second line.
    assert.equal(
      (await focused.locator('.quick-input-list-label .label-name').first().innerText()).trim(),
      'Ursula von der Leyen',
    );
    assert.match(
      await focused.locator('.quick-input-list-label-meta').first().innerText(),
      /a steel porcupine - undigestible for potential invaders/,
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-lookup-rows.png') });
    await page.keyboard.press('Enter');

    const quote = '“a steel porcupine - undigestible for potential invaders,”';
    await until(
      page,
      async () => {
        const text = await editorText(page);
        return text.includes(quote) && text.includes('Ursula von der Leyen');
      },
      async () => `the citation never appeared in the editor:\n${await editorText(page)}`,
    );
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-lookup.png') });
  });

  it('copies a citation with the look-up item’s copy button, and Ctrl+V pastes it', async function () {
    // VS Code for the web copies and pastes through the browser's clipboard, which asks for permission.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await runFromPalette(page, 'File: New Untitled Text File');
    await page.locator('.part.editor .monaco-editor.focused').waitFor({ timeout: 10_000 });
    assert.equal(await editorText(page), '');

    await runFromPalette(page, 'Fact Desk: Look Up Statement');
    await page
      .locator('.quick-input-widget .quick-input-title', { hasText: 'Fact Desk: Look Up Statement' })
      .waitFor({ timeout: 15_000 });
    await page.keyboard.insertText('robust security guarantees');
    const row = page.locator('.quick-input-widget .quick-input-list .monaco-list-row.focused', {
      hasText: 'robust security guarantees',
    });
    await row.waitFor({ timeout: 15_000 });
    await row.hover();
    await row.locator('.action-label.codicon-copy').click();
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
    await page.locator('.statusbar', { hasText: 'Fact Desk: citation copied' }).waitFor({ timeout: 10_000 });
    assert.equal(await editorText(page), '', 'the copy button must not insert anything');

    await page.keyboard.press('Control+V');
    await until(
      page,
      async () => {
        const text = await editorText(page);
        return text.includes('“robust security guarantees,” Steve Witkoff said (Sunday 17 August 2025');
      },
      async () => `the pasted citation never appeared:\n${await editorText(page)}`,
    );
    await page.screenshot({ path: join(RESULTS_DIR, 'e2e-copy.png') });
  });
});
