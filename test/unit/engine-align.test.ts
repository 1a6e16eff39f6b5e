/** alignQuote: a draft quotation against the record it comes from, word by word. */
import * as assert from 'assert';
import { alignQuote, diffParts } from '../../src/engine/match/align';
import { quoteWords } from '../../src/engine/judge/quote';
import { tokenize } from '../../src/engine/text/tokens';

const RECORD =
  'It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.';
const record = tokenize(RECORD);

function align(draft: string) {
  const words = quoteWords(draft, 0);
  const alignment = alignQuote(words, record);
  assert.ok(alignment, 'expected an alignment');
  return { alignment, words, diff: diffParts(alignment, words, record) };
}

describe('engine: alignQuote', () => {
  it('an exact partial quote, trimmed at both ends, has no edits', () => {
    const { alignment, diff } = align('things that maybe Russia is holding now');
    assert.strictEqual(alignment.edits, 0);
    assert.strictEqual(alignment.matched, 7);
    assert.strictEqual(alignment.draftWords, 7);
    assert.strictEqual(record[alignment.recordStart].text, 'things');
    assert.strictEqual(record[alignment.recordEnd].text, 'now');
    assert.deepStrictEqual(diff, [{ op: 'same', text: 'things that maybe Russia is holding now' }]);
  });

  it('ignores typography: curly against straight apostrophes and case', () => {
    const { alignment } = align("it's just a fact");
    assert.strictEqual(alignment.edits, 0);
    assert.strictEqual(alignment.matched, 4);
  });

  it('a changed word is one edit, shown as the draft word (added) then the record word (removed)', () => {
    const { alignment, diff } = align('things that maybe Ukraine is holding now');
    assert.strictEqual(alignment.edits, 1);
    assert.strictEqual(alignment.matched, 6);
    assert.deepStrictEqual(
      alignment.ops.filter((op) => op.op !== 'same'),
      [{ op: 'changed', q: 3, r: 10 }],
    );
    assert.deepStrictEqual(diff, [
      { op: 'same', text: 'things that maybe' },
      { op: 'added', text: 'Ukraine' },
      { op: 'removed', text: 'Russia' },
      { op: 'same', text: 'is holding now' },
    ]);
  });

  it('an ellipsis standing for skipped words is not an edit', () => {
    const { alignment, diff } = align('It’s just a fact … they’re going to have to give up');
    assert.strictEqual(alignment.edits, 0);
    assert.strictEqual(alignment.matched, 11);
    assert.deepStrictEqual(diff, [{ op: 'same', text: 'It’s just a fact … they’re going to have to give up' }]);
    const gap = alignment.ops.find((op) => op.op === 'gap');
    assert.deepStrictEqual(gap && gap.op === 'gap' ? [record[gap.rFrom].text, record[gap.rTo - 1].text] : undefined, [
      'and',
      'that',
    ]);
  });

  it('three full stops work as an ellipsis too', () => {
    assert.strictEqual(align('there are things ... going to have to give up').alignment.edits, 0);
  });

  it('a [bracketed] insertion is not an edit', () => {
    const { alignment, words } = align('maybe [Vladimir Putin’s] Russia is holding now');
    assert.strictEqual(alignment.edits, 0);
    assert.strictEqual(alignment.matched, 5);
    assert.deepStrictEqual(
      words.filter((w) => w.gap).map((w) => w.gap),
      [{ text: '[Vladimir Putin’s]', start: 6, end: 24, bracket: true }],
    );
  });

  it('a [bracketed] replacement of a record word is not an edit', () => {
    assert.strictEqual(align('things that maybe [Russia] is holding now').alignment.edits, 0);
  });

  it('a dropped middle word is an edit', () => {
    const { alignment, diff } = align('things that maybe Russia holding now');
    assert.strictEqual(alignment.edits, 1);
    assert.deepStrictEqual(
      alignment.ops.filter((op) => op.op !== 'same'),
      [{ op: 'dropped', r: 11 }],
    );
    assert.deepStrictEqual(diff, [
      { op: 'same', text: 'things that maybe Russia' },
      { op: 'removed', text: 'is' },
      { op: 'same', text: 'holding now' },
    ]);
  });

  it('an added word is an edit', () => {
    const { alignment } = align('things that maybe Russia is still holding now');
    assert.strictEqual(alignment.edits, 1);
    assert.deepStrictEqual(
      alignment.ops.filter((op) => op.op !== 'same'),
      [{ op: 'added', q: 5 }],
    );
  });

  it('returns undefined for empty input and when nothing matches', () => {
    assert.strictEqual(alignQuote([], record), undefined);
    assert.strictEqual(alignQuote(quoteWords('completely unrelated words', 0), record), undefined);
  });
});
