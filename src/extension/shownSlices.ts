// What VS Code already shows of each document's diagnostics, slice by slice, so a publication hands it
// only the slices that changed. Plain functions and a map over structural shapes (no `vscode`), so
// the unit tests run them in plain Node.

/** A position as VS Code's and the language server's diagnostics give it. */
interface PositionLike {
  line: number;
  character: number;
}

interface RangeLike {
  start: PositionLike;
  end: PositionLike;
}

/** A URI: compared by its string form, as VS Code keys its diagnostics. */
interface UriLike {
  toString(): string;
}

/**
 * The fields of a vscode.Diagnostic that VS Code converts and sends to the workbench (ExtHostDiagnostics'
 * converter): anything else on the object (a language client's own extras) is not shown.
 */
export interface DiagnosticLike {
  range: RangeLike;
  message: string;
  severity: number;
  source?: string;
  code?: string | number | { value: string | number; target: UriLike };
  relatedInformation?: readonly { location: { uri: UriLike; range: RangeLike }; message: string }[];
  tags?: readonly number[];
}

function sameRange(a: RangeLike, b: RangeLike): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

function sameCode(a: DiagnosticLike['code'], b: DiagnosticLike['code']): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  return a.value === b.value && a.target.toString() === b.target.toString();
}

/** True when VS Code would show `a` and `b` alike: every field it converts is equal. */
export function sameDiagnostic(a: DiagnosticLike, b: DiagnosticLike): boolean {
  if (a === b) return true;
  if (a.message !== b.message || a.severity !== b.severity || a.source !== b.source) return false;
  if (!sameRange(a.range, b.range) || !sameCode(a.code, b.code)) return false;
  const tagsA = a.tags ?? [];
  const tagsB = b.tags ?? [];
  if (tagsA.length !== tagsB.length || tagsA.some((tag, index) => tag !== tagsB[index])) return false;
  const relatedA = a.relatedInformation ?? [];
  const relatedB = b.relatedInformation ?? [];
  return (
    relatedA.length === relatedB.length &&
    relatedA.every((related, index) => {
      const other = relatedB[index];
      return (
        related.message === other.message &&
        related.location.uri.toString() === other.location.uri.toString() &&
        sameRange(related.location.range, other.location.range)
      );
    })
  );
}

/** True when two lists hold the same diagnostics, in the same order. */
export function sameDiagnostics(a: readonly DiagnosticLike[], b: readonly DiagnosticLike[]): boolean {
  return a.length === b.length && a.every((diagnostic, index) => sameDiagnostic(diagnostic, b[index]));
}

/**
 * Per document: the list last set in each slice's collection. A slice equal to what its collection
 * already holds for the document need not be set again: setting it would cost the extension host the
 * same conversion, serialisation and sending (proportional to its length) for an unchanged picture.
 * A re-check after a keystroke changes the findings of one paragraph; the others' slices, when no
 * finding before them came or went, are left as VS Code has them.
 */
export class ShownSlices<D extends DiagnosticLike> {
  private readonly shown = new Map<string, (readonly D[] | undefined)[]>();

  /** True when collection `index` does not already show exactly `slice` for document `key`. */
  needsSet(key: string, index: number, slice: readonly D[]): boolean {
    const previous = this.shown.get(key)?.[index];
    return !previous || !sameDiagnostics(previous, slice);
  }

  /** Records that collection `index` now shows `slice` for document `key`. */
  record(key: string, index: number, slice: readonly D[]): void {
    let slices = this.shown.get(key);
    if (!slices) this.shown.set(key, (slices = []));
    slices[index] = slice;
  }

  /** Forgets what collections `from` onwards show for document `key` (emptied); all of them by default. */
  forget(key: string, from = 0): void {
    const slices = this.shown.get(key);
    if (!slices) return;
    slices.length = Math.min(slices.length, from);
    if (!slices.length) this.shown.delete(key);
  }

  /** Forgets every document (every collection cleared). */
  clear(): void {
    this.shown.clear();
  }
}
