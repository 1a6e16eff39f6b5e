/** A check asked to stop (isCancelled) stops between paragraphs and returns what it judged so far. */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, loadBundledCorpus } from '../../src/engine';
import { maskMarkdown } from '../../src/engine/draft/markdown';
import { splitParagraphs } from '../../src/engine/draft/segment';

const corpus = loadBundledCorpus();
const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
const masked = maskMarkdown(sample);
const paragraphs = splitParagraphs(masked.text, masked.breaks);

/** Cancels when asked for the `n`th time (1-based): paragraphs 0 .. n-2 are checked. */
function cancelOnCall(n: number) {
  let calls = 0;
  return () => ++calls >= n;
}

describe('engine: cancellation', () => {
  const full = new FactChecker(corpus).check(sample).findings;
  // A paragraph index with findings both before and after it, so the test shows a real cut.
  const cut = paragraphs.findIndex(
    (p, i) => i > 0 && full.some((f) => f.range.start < p.start) && full.some((f) => f.range.start >= p.start),
  );

  it('the sample has findings on both sides of the cut', () => {
    assert.ok(cut > 0, `no paragraph splits the ${full.length} findings`);
  });

  it('returns the findings of the paragraphs before the cancellation, exactly, with a note', () => {
    const result = new FactChecker(corpus).check(sample, { isCancelled: cancelOnCall(cut + 1) });
    const start = paragraphs[cut].start;
    assert.deepStrictEqual(
      result.findings,
      full.filter((f) => f.range.start < start),
    );
    assert.strictEqual(result.cancelled, true);
    assert.strictEqual(
      result.capMessage,
      `Check cancelled; the draft from character ${start.toLocaleString('en-US')} on was not checked.`,
    );
  });

  it('cancelled before the first paragraph: no findings', () => {
    const result = new FactChecker(corpus).check(sample, { isCancelled: () => true });
    assert.deepStrictEqual(result.findings, []);
    assert.strictEqual(result.cancelled, true);
    assert.strictEqual(
      result.capMessage,
      `Check cancelled; the draft from character ${paragraphs[0].start.toLocaleString('en-US')} on was not checked.`,
    );
  });

  it('never cancelled: the same result as without a token, and no note', () => {
    const result = new FactChecker(corpus).check(sample, { isCancelled: () => false });
    assert.deepStrictEqual(result, { findings: full });
  });

  it('a cancelled check leaves the cache sound: the next full check equals a fresh one', () => {
    const warm = new FactChecker(corpus);
    warm.check(sample, { isCancelled: cancelOnCall(cut + 1) });
    assert.deepStrictEqual(warm.check(sample).findings, full);
  });
});
