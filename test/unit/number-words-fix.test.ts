/**
 * The number words a fix writes (quantities.ts `formatNumberLike`) come from the one table of
 * number words (text/numberWords.ts): zero to twelve in words, in the case the draft wrote; larger
 * numbers in digits. Exact results.
 */
import * as assert from 'node:assert/strict';
import { formatNumberLike } from '../../src/engine/text/quantities';

describe('number words: a fix writes them from the one table', () => {
  it('writes zero to twelve in words, capitalised as the draft was, and thirteen up in digits', () => {
    assert.equal(formatNumberLike(0, true, 'one'), 'zero');
    assert.equal(formatNumberLike(7, true, 'Three'), 'Seven');
    assert.equal(formatNumberLike(11, true, 'nine'), 'eleven');
    assert.equal(formatNumberLike(12, true, 'ten'), 'twelve');
    assert.equal(formatNumberLike(13, true, 'ten'), '13');
    assert.equal(formatNumberLike(7, false, '3'), '7');
  });
});
