// What an editor shows first (src/extension/visibleFirst.ts): the slice of a long draft's diagnostics
// handed to VS Code first, and the supported claims drawn near what the editor shows.
import * as assert from 'node:assert/strict';
import {
  covers,
  drawnBand,
  firstOnOrAfter,
  MIN_MARGIN_LINES,
  overlapping,
  rulerGap,
  rulerSpans,
  sliceOrder,
  sliceStarts,
} from '../../src/extension/visibleFirst';

/** Diagnostics as the slices see them: only where each ends. */
const endingOn = (...lines: number[]) => lines.map((line) => ({ range: { end: { line } } }));

describe('visible first: the slice of diagnostics set first', () => {
  it('finds the first diagnostic ending on or after the top visible line', () => {
    const diagnostics = endingOn(0, 4, 4, 9, 12, 30, 31);
    assert.equal(firstOnOrAfter(diagnostics, 0), 0);
    assert.equal(firstOnOrAfter(diagnostics, 4), 1);
    assert.equal(firstOnOrAfter(diagnostics, 5), 3);
    assert.equal(firstOnOrAfter(diagnostics, 13), 5);
    assert.equal(firstOnOrAfter(diagnostics, 31), 6);
  });

  it('starts from the top when the editor shows the draft past its last diagnostic, or there are none', () => {
    assert.equal(firstOnOrAfter(endingOn(2, 3), 40), 0);
    assert.equal(firstOnOrAfter([], 7), 0);
  });

  it('sets the visible slice first, then every other slice in order, each once', () => {
    assert.deepEqual(sliceOrder(4, 0), [0, 1, 2, 3]);
    assert.deepEqual(sliceOrder(4, 2), [2, 0, 1, 3]);
    assert.deepEqual(sliceOrder(4, 3), [3, 0, 1, 2]);
    assert.deepEqual(sliceOrder(1, 0), [0]);
    assert.deepEqual(sliceOrder(0, 0), []);
  });

  it('clamps a slice index past either end', () => {
    assert.deepEqual(sliceOrder(3, 9), [2, 0, 1]);
    assert.deepEqual(sliceOrder(3, -1), [0, 1, 2]);
  });

  it('cuts the slices so that one starts at the first diagnostic shown; only the very first may be shorter', () => {
    assert.deepEqual(sliceStarts(10, 4, 0), [0, 4, 8]);
    assert.deepEqual(sliceStarts(10, 4, 8), [0, 4, 8]);
    assert.deepEqual(sliceStarts(10, 4, 6), [0, 2, 6]);
    assert.deepEqual(sliceStarts(10, 4, 9), [0, 1, 5, 9]);
    assert.deepEqual(sliceStarts(10, 4, 25), [0, 1, 5, 9], 'an anchor past the end is the last diagnostic');
    assert.deepEqual(sliceStarts(3, 4, 2), [0, 2]);
    assert.deepEqual(sliceStarts(0, 4, 0), []);
  });

  it('a draft scrolled to its end with 50 diagnostics a slice: the last findings, all on screen, go first in one slice', () => {
    // 304 diagnostics, one per line from line 10; the editor shows from line 305, where index 295 ends.
    const diagnostics = endingOn(...Array.from({ length: 304 }, (_, index) => 10 + index));
    const first = firstOnOrAfter(diagnostics, 305);
    assert.equal(first, 295);
    const starts = sliceStarts(diagnostics.length, 50, first);
    assert.deepEqual(starts, [0, 45, 95, 145, 195, 245, 295]);
    assert.deepEqual(sliceOrder(starts.length, starts.indexOf(first)), [6, 0, 1, 2, 3, 4, 5]);
    // Cut at multiples of 50 instead, the screen's findings 295 to 303 would straddle slices 5 and 6.
    assert.equal(Math.floor(first / 50), 5);
  });

  it('a draft scrolled to line 700 with 200 diagnostics a slice: the slice holding line 700 goes first', () => {
    // 800 diagnostics, one per line from line 100 on: the 601st (index 600) ends on line 700, in slice 3.
    const diagnostics = endingOn(...Array.from({ length: 800 }, (_, index) => 100 + index));
    const first = firstOnOrAfter(diagnostics, 700);
    assert.equal(first, 600);
    assert.deepEqual(sliceOrder(4, Math.floor(first / 200)), [3, 0, 1, 2]);
  });
});

describe('visible first: the supported claims drawn', () => {
  it('draws what the editor shows and a screen on either side, at least MIN_MARGIN_LINES', () => {
    assert.equal(MIN_MARGIN_LINES, 30);
    // 40 lines shown from 500: 40 more on each side.
    assert.deepEqual(drawnBand([{ from: 500, to: 539 }], 2_000), { from: 460, to: 579 });
    // 10 lines shown: the margin is 30.
    assert.deepEqual(drawnBand([{ from: 500, to: 509 }], 2_000), { from: 470, to: 539 });
  });

  it('keeps the band inside the document, and spans every visible range (folded regions leave several)', () => {
    assert.deepEqual(drawnBand([{ from: 5, to: 20 }], 2_000), { from: 0, to: 50 });
    assert.deepEqual(drawnBand([{ from: 1_980, to: 1_999 }], 2_000), { from: 1_950, to: 1_999 });
    assert.deepEqual(
      drawnBand(
        [
          { from: 100, to: 110 },
          { from: 300, to: 310 },
        ],
        2_000,
      ),
      { from: 0, to: 521 },
    );
  });

  it('with no visible range known yet, draws the top of the draft', () => {
    assert.deepEqual(drawnBand([], 2_000), { from: 0, to: 60 });
    assert.deepEqual(drawnBand([], 12), { from: 0, to: 11 });
    assert.deepEqual(drawnBand([], 0), { from: 0, to: 0 });
  });

  it('redraws only once the editor shows a line outside the band drawn', () => {
    const band = { from: 460, to: 579 };
    assert.equal(covers(band, [{ from: 470, to: 509 }]), true);
    assert.equal(covers(band, [{ from: 460, to: 579 }]), true);
    assert.equal(covers(band, [{ from: 550, to: 589 }]), false);
    assert.equal(covers(band, [{ from: 440, to: 479 }]), false);
  });

  it('picks the claims overlapping the band, those across its edges included', () => {
    const claims = [
      { start: 0, end: 10, id: 'a' },
      { start: 95, end: 105, id: 'b' },
      { start: 120, end: 130, id: 'c' },
      { start: 200, end: 210, id: 'd' },
      { start: 205, end: 205, id: 'e' },
    ];
    assert.deepEqual(
      overlapping(claims, 100, 201).map((claim) => claim.id),
      ['b', 'c', 'd'],
    );
    assert.deepEqual(
      overlapping(claims, 205, 300).map((claim) => claim.id),
      ['d', 'e'],
    );
    assert.deepEqual(overlapping(claims, 10, 95), []);
  });

  it('merges overview-ruler marks no more than the gap apart, and keeps distant ones apart', () => {
    assert.deepEqual(
      rulerSpans(
        [
          { from: 3, to: 3 },
          { from: 3, to: 3 },
          { from: 4, to: 5 },
          { from: 9, to: 9 },
          { from: 11, to: 11 },
        ],
        1,
      ),
      [
        { from: 3, to: 5 },
        { from: 9, to: 9 },
        { from: 11, to: 11 },
      ],
    );
    assert.deepEqual(
      rulerSpans(
        [
          { from: 3, to: 3 },
          { from: 9, to: 9 },
          { from: 11, to: 14 },
          { from: 12, to: 12 },
          { from: 30, to: 30 },
        ],
        7,
      ),
      [
        { from: 3, to: 14 },
        { from: 30, to: 30 },
      ],
    );
  });

  it('merges across a line in a short draft, a 200th of a long one', () => {
    assert.equal(rulerGap(60), 1);
    assert.equal(rulerGap(200), 1);
    assert.equal(rulerGap(201), 2);
    assert.equal(rulerGap(1_400), 7);
  });
});
