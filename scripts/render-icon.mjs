// Renders media/icon.svg to the 128x128 media/icon.png the manifest names (VS Code wants a PNG).
// Run after editing the SVG: node scripts/render-icon.mjs
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT } from './lib/code-server.mjs';

const svg = readFileSync(join(ROOT, 'media/icon.svg'), 'utf8');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: join(ROOT, 'media/icon.png'), omitBackground: true });
} finally {
  await browser.close();
}
console.log('media/icon.png written');
