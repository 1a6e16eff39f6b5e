/**
 * Import speed: articles of about 800 words (paragraphs of the seed articles, shuffled
 * deterministically), imported against the bundled corpus, beside a plain tokenising pass over the
 * same text in the same process. `npm run bench` runs it (1,000 articles; 200 with --quick) and
 * prints both and their ratio; on its own:   npx tsx test/bench/import.ts [--count N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadBundledCorpus } from '../../src/engine/corpus/bundled';
import { importArticle } from '../../src/engine/import';
import { tokenize } from '../../src/engine/text/tokens';

export interface ImportBench {
  articles: number;
  words: number;
  tokens: number;
  /** Statements proposed over all articles (a check that the import did real work). */
  statements: number;
  importMs: number;
  tokenizeMs: number;
  /** importMs / tokenizeMs: what reading for quotations costs over merely splitting the words. */
  ratio: number;
}

/** `count` deterministic articles of about 800 words each. */
export function benchArticles(count: number): string[] {
  const dir = join(import.meta.dirname, '../unit/fixtures/corpus/seeds');
  const paragraphs = readdirSync(dir).flatMap((file) =>
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .filter((line) => line.split(' ').length > 12),
  );
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
  return articles;
}

/** Imports `count` articles and tokenises the same text; a warm-up of 20 articles runs first. */
export function benchImport(count: number): ImportBench {
  const articles = benchArticles(count);
  const corpus = loadBundledCorpus();
  for (const [index, article] of articles.slice(0, 20).entries()) {
    tokenize(article);
    importArticle(`warm${index}.txt`, article, corpus, { articleDate: '2025-12-18' });
  }
  const words = articles.reduce((sum, article) => sum + article.split(/\s+/).length, 0);
  let t = performance.now();
  let tokens = 0;
  for (const article of articles) tokens += tokenize(article).length;
  const tokenizeMs = performance.now() - t;
  t = performance.now();
  let statements = 0;
  for (const [index, article] of articles.entries()) {
    const result = importArticle(`a${index}.txt`, article, corpus, { articleDate: '2025-12-18' });
    if (!('message' in result)) statements += result.proposals.filter((p) => p.type === 'statement').length;
  }
  const importMs = performance.now() - t;
  return { articles: count, words, tokens, statements, importMs, tokenizeMs, ratio: importMs / tokenizeMs };
}

/** One line for the bench's report. */
export function formatImportBench(result: ImportBench): string {
  return `Import: ${result.articles.toLocaleString('en-US')} articles, ${result.words.toLocaleString('en-US')} words: ${(result.importMs / 1000).toFixed(2)} s (${(result.importMs / result.articles).toFixed(1)} ms an article, ${result.statements} statements proposed); a plain tokenising pass over the same text ${result.tokenizeMs.toFixed(0)} ms; ratio ${result.ratio.toFixed(0)}x`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const countFlag = process.argv.indexOf('--count');
  console.log(formatImportBench(benchImport(countFlag > 0 ? Number(process.argv[countFlag + 1]) : 1000)));
}
