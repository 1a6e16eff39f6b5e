// The bundled corpus against its seed articles: every quote verbatim, every attributed quotation covered.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadBundledCorpus } from '../../src/engine';
import { normalizeForComparison as norm, readSeed, SEED_DIR, seedFiles, SHARED_SEED_DIR } from './corpus-seeds';

const corpus = loadBundledCorpus();
const seedOf = new Map(corpus.sources.map((source) => [source.id, source.seedFile ?? '']));

/** Every double-quoted span in a text, curly (“…”) or straight ("…"), as printed. */
function quotedSpans(text: string): string[] {
  const spans: string[] = [];
  for (const match of text.matchAll(/\u201c([^\u201d]*)\u201d/g)) spans.push(match[1]);
  for (const match of text.matchAll(/"([^"\n]*)"/g)) spans.push(match[1]);
  return spans;
}

/** The closing punctuation a writer puts inside the quote marks for the sentence around it. */
const trimClosing = (span: string): string => span.replace(/[\s,.;:]+$/, '');

/**
 * Quotations in the seeds that are deliberately NOT statements, each with the reason. Keyed by
 * seed file and the span as printed.
 */
const EXCLUSIONS: { seed: string; span: string; reason: string }[] = [
  {
    seed: '004_67f4fecbd99eee43.txt',
    span: 'will consider this act of violence as an armed attack against all members and will take the actions it deems necessary.',
    reason: 'Text of the NATO treaty’s Article 5 as the article paraphrases it: a document, not a person’s words.',
  },
  {
    seed: '004_67f4fecbd99eee43.txt',
    span: 'Coalition of the Willing,',
    reason: 'The name of a group of countries, set in quotes as a proper name; nobody is quoted.',
  },
  {
    seed: '000_7d533600be83572e.txt',
    span: 'Coalition of the Willing.',
    reason:
      'Ryabkov names the group (“Europe’s ‘Coalition of the Willing’”); a proper name in quotation marks is not his statement, and a record of it would make every mention of the name his quotation.',
  },
];

describe('bundled corpus against the seed articles', () => {
  it('keeps a byte-identical copy of the seeds in the test fixtures', function () {
    if (!fs.existsSync(SHARED_SEED_DIR)) this.skip();
    const shared = fs
      .readdirSync(SHARED_SEED_DIR)
      .filter((name) => name.endsWith('.txt'))
      .sort();
    assert.deepEqual(seedFiles(), shared);
    for (const name of shared)
      assert.equal(readSeed(name), fs.readFileSync(path.join(SHARED_SEED_DIR, name), 'utf8'), name);
    assert.ok(SEED_DIR.includes('fixtures'));
  });

  it('prints every quote verbatim in its seed (only whitespace and quote/dash/hyphen variants normalised)', () => {
    const missing: string[] = [];
    for (const statement of corpus.statements.filter((s) => s.kind === 'quote')) {
      const seed = norm(readSeed(seedOf.get(statement.source) ?? ''));
      if (!seed.includes(norm(statement.text))) missing.push(statement.id);
    }
    assert.deepEqual(missing, []);
  });

  it('prints every quote as printed, not normalised: its own curly quotes, dashes and no-break hyphens', () => {
    const byId = new Map(corpus.statements.map((s) => [s.id, s.text]));
    assert.equal(byId.get('officials-nato-like'), 'NATO\u2011like');
    assert.equal(byId.get('trump-keep-fighting'), 'or they\u2019ll have to keep fighting.');
    assert.match(byId.get('zelensky-logic-security-guarantees') ?? '', / \u2014 how is that different/);
    assert.match(byId.get('rubio-sovereign-country') ?? '', /in the world \u2026 to enter/);
    assert.match(byId.get('witkoff-article-5-fox') ?? '', /not from NATO - directly/);
    assert.match(byId.get('zelensky-sanctions-pressure-more-weapons') ?? '', /if \[Putin\] rejects/);
    // Exact, not normalised: every quote is a raw substring of its seed.
    for (const s of corpus.statements.filter((q) => q.kind === 'quote'))
      assert.ok(readSeed(seedOf.get(s.source) ?? '').includes(s.text), s.id);
  });

  it('gives every statement a context that contains it and is itself in the seed', () => {
    const bad: string[] = [];
    for (const statement of corpus.statements) {
      const seed = norm(readSeed(seedOf.get(statement.source) ?? ''));
      const context = norm(statement.context);
      if (!context.includes(norm(statement.text)) || !seed.includes(context) || context.length < statement.text.length)
        bad.push(statement.id);
    }
    assert.deepEqual(bad, []);
  });

  it('words every claim as the article does', () => {
    const bad = corpus.statements
      .filter((s) => s.kind === 'claim')
      .filter((s) => !norm(readSeed(seedOf.get(s.source) ?? '')).includes(norm(s.text)))
      .map((s) => s.id);
    assert.deepEqual(bad, []);
  });

  it('records every quotation in the seeds that is attributed to a person, apart from the listed exclusions', () => {
    const uncovered: string[] = [];
    const excludedSeen = new Set<string>();
    let spanCount = 0;
    for (const seedFile of seedFiles()) {
      const quotes = corpus.statements
        .filter((s) => s.kind === 'quote' && seedOf.get(s.source) === seedFile)
        .map((s) => trimClosing(norm(s.text)));
      for (const span of quotedSpans(readSeed(seedFile))) {
        spanCount++;
        const exclusion = EXCLUSIONS.find((e) => e.seed === seedFile && e.span === span);
        if (exclusion) {
          excludedSeen.add(`${seedFile}|${span}`);
          continue;
        }
        const wanted = trimClosing(norm(span));
        if (!quotes.some((text) => text.includes(wanted))) uncovered.push(`${seedFile}: ${span}`);
      }
    }
    assert.deepEqual(uncovered, []);
    // The exclusions are real spans (none has rotted), and the extraction found what the seeds hold.
    assert.deepEqual([...excludedSeen].sort(), EXCLUSIONS.map((e) => `${e.seed}|${e.span}`).sort());
    assert.equal(spanCount, 52);
    for (const e of EXCLUSIONS) assert.ok(e.reason.length > 20);
  });

  it('has no quote that is not a quoted span of its seed', () => {
    const orphans: string[] = [];
    for (const statement of corpus.statements.filter((s) => s.kind === 'quote')) {
      const spans = quotedSpans(readSeed(seedOf.get(statement.source) ?? '')).map((span) => norm(span));
      if (!spans.some((span) => span.includes(trimClosing(norm(statement.text))))) orphans.push(statement.id);
    }
    assert.deepEqual(orphans, []);
  });
});
