// What an editor shows first: which slice of a draft's diagnostics is handed to VS Code first, and
// which supported claims are drawn. Plain functions over offsets and line numbers (no `vscode`), so
// the unit tests run them in plain Node.

/** The index of the first item that ends on or after `line` (the list is in document order), or 0 when none does. */
export function firstOnOrAfter(items: readonly { range: { end: { line: number } } }[], line: number): number {
  if (line <= 0) return 0;
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle].range.end.line < line) low = middle + 1;
    else high = middle;
  }
  return low < items.length ? low : 0;
}

/**
 * Where each slice of `count` diagnostics starts, `size` a slice, cut so that one slice starts at
 * `anchor` (clamped to the list): the first diagnostic an editor shows. Slices cut at multiples of the
 * size alone could split the screen's findings between two slices, so the one set first would leave
 * part of the screen to a later task (the last few findings of a draft scrolled to its end, say); cut
 * at the anchor, the slice set first holds the screen's first `size` findings. The slices before the
 * anchor are cut back from it, so only the very first may be shorter.
 */
export function sliceStarts(count: number, size: number, anchor: number): number[] {
  if (count <= 0) return [];
  const offset = Math.min(Math.max(0, anchor), count - 1) % size;
  const starts = offset ? [0] : [];
  for (let at = offset; at < count; at += size) starts.push(at);
  return starts;
}

/** The order `count` slices are set in: `first` (clamped to the slices), then every other in order. */
export function sliceOrder(count: number, first: number): number[] {
  if (count <= 0) return [];
  const lead = Math.min(Math.max(0, first), count - 1);
  return [lead, ...Array.from({ length: count }, (_, index) => index).filter((index) => index !== lead)];
}

/** A span of a draft in character offsets. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** A span of lines, both ends included. */
export interface LineSpan {
  from: number;
  to: number;
}

/** Lines drawn beyond each side of what an editor shows: at least this many, or one screen's worth. */
export const MIN_MARGIN_LINES = 30;

/**
 * The lines to draw marks on for an editor showing `visible` (its visible ranges, in lines) of a
 * document of `lineCount` lines: what it shows and a screen's worth (at least MIN_MARGIN_LINES) on
 * either side, so a short scroll needs no new marks.
 */
export function drawnBand(visible: readonly LineSpan[], lineCount: number): LineSpan {
  if (!visible.length) return { from: 0, to: Math.max(0, Math.min(lineCount - 1, 2 * MIN_MARGIN_LINES)) };
  const first = Math.min(...visible.map((span) => span.from));
  const last = Math.max(...visible.map((span) => span.to));
  const margin = Math.max(MIN_MARGIN_LINES, last - first + 1);
  return { from: Math.max(0, first - margin), to: Math.max(0, Math.min(lineCount - 1, last + margin)) };
}

/** True when every visible span lies within `band` (the marks drawn for it still cover the screen). */
export function covers(band: LineSpan, visible: readonly LineSpan[]): boolean {
  return visible.every((span) => span.from >= band.from && span.to <= band.to);
}

/** The ranges that overlap [from, to) (an empty range at `from` counts), in their order. */
export function overlapping<T extends OffsetRange>(ranges: readonly T[], from: number, to: number): T[] {
  return ranges.filter((range) => range.start < to && (range.end > from || range.start === from));
}

/**
 * Overview-ruler marks for claims on these lines (sorted by `from`): spans no more than `gap` lines
 * apart become one mark. The ruler has a few hundred pixels for the whole draft, so a long draft's
 * hundreds of claims need not be as many marks to show where they are.
 */
export function rulerSpans(lines: readonly LineSpan[], gap: number): LineSpan[] {
  const spans: LineSpan[] = [];
  for (const line of lines) {
    const last = spans[spans.length - 1];
    if (last && line.from - last.to <= gap) last.to = Math.max(last.to, line.to);
    else spans.push({ from: line.from, to: line.to });
  }
  return spans;
}

/** The gap rulerSpans merges across for a document of `lineCount` lines: a line, or a 200th of the draft. */
export function rulerGap(lineCount: number): number {
  return Math.max(1, Math.ceil(lineCount / 200));
}
