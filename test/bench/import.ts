/**
 * Import speed: 1,000 articles of about 800 words (paragraphs of the seed articles, shuffled
 * deterministically), imported against the bundled corpus, beside a plain tokenising pass over the
 * same text. Prints both and their ratio.   npx tsx test/bench/import.ts [--count N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBundledCorpus } from '../../src/engine/corpus/bundled';
import { importArticle } from '../../src/engine/import';
import { tokenize } from '../../src/engine/text/tokens';

const dir = join(import.meta.dirname, '../unit/fixtures/corpus/seeds');
const paragraphs = readdirSync(dir).flatMap((file) => readFileSync(join(dir, file), 'utf8').split('\n').filter((line) => line.split(' ').length > 12));
const countFlag = process.argv.indexOf('--count');
const count = countFlag > 0 ? Number(process.argv[countFlag + 1]) : 1000;
let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const articles: string[] = [];
for (let n = 0; n < count; n++) {
  const parts: string[] = [];
  let words = 0;
  while (words < 800) {
    const paragraph = paragraphs[Math.floor(next() * paragraphs.length)];
    parts.push(paragraph);
    words += paragraph.split(' ').length;
  }
  articles.push(parts.join('\n\n'));
}
const corpus = loadBundledCorpus();
const words = articles.reduce((sum, article) => sum + article.split(/\s+/).length, 0);
let t = performance.now();
let tokens = 0;
for (const article of articles) tokens += tokenize(article).length;
const tokenMs = performance.now() - t;
t = performance.now();
let statements = 0;
for (const [index, article] of articles.entries()) {
  const result = importArticle(`a${index}.txt`, article, corpus, { articleDate: '2025-12-18' });
  if (!('message' in result)) statements += result.proposals.filter((p) => p.type === 'statement').length;
}
const importMs = performance.now() - t;
console.log(`${count} articles, ${words} words (${tokens} tokens): import ${(importMs / 1000).toFixed(2)} s (${(importMs / count).toFixed(1)} ms/article, ${statements} statements proposed); tokenising ${tokenMs.toFixed(0)} ms; ratio ${(importMs / tokenMs).toFixed(0)}x`);
