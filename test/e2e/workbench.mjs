// What both e2e suites do first: serve VS Code (code-server) on a profile with the VSIX installed,
// open the workbench in headless Chromium, and open samples/draft.md from the Explorer as a
// reporter would, waiting until Fact Desk has drawn its squiggles.
import { join } from 'node:path';
import {
  freePort,
  launchChromium,
  RESULTS_DIR,
  startCodeServer,
  workbenchUrl,
} from '../../scripts/lib/code-server.mjs';

/** Starts code-server on `profile` with `workspace` open and loads the workbench in a new page. */
export async function openWorkbench({ profile, workspace, logName }) {
  const server = await startCodeServer({
    port: await freePort(),
    ...profile,
    folder: workspace,
    logFile: join(RESULTS_DIR, logName),
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(workbenchUrl(server, workspace));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  return { server, browser, page };
}

/** Opens draft.md from the Explorer and waits for its text and for Fact Desk's first warning squiggle. */
export async function openSampleDraft(page) {
  // The explorer lists the sample folder once the workbench has connected to the server; a click
  // opens the draft as a user would (more reliable headless than Ctrl+P, which needs window focus).
  const draftRow = page.locator('.explorer-folders-view .monaco-list-row').filter({ hasText: /^draft\.md$/ });
  await draftRow.waitFor({ timeout: 60_000 });
  await draftRow.click();
  await page.locator('.tabs-container .tab', { hasText: 'draft.md' }).waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-line', { hasText: 'Witkoff' }).first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .squiggly-warning').first().waitFor({ timeout: 60_000 });
}
