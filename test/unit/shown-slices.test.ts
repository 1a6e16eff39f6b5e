// What VS Code already shows of a draft's diagnostics, slice by slice (src/extension/shownSlices.ts):
// a slice equal in every field VS Code converts is not handed over again; any difference in range,
// message, severity, source, code or related record is.
import * as assert from 'node:assert/strict';
import { sameDiagnostic, sameDiagnostics, ShownSlices, type DiagnosticLike } from '../../src/extension/shownSlices';

/** A URI as VS Code's: compared by its string form. */
const uri = (text: string) => ({ toString: () => text });

/** Where a finding's code links: its kind's documentation. */
const DOCS = uri('command:factDesk.showFindingDocs?%5B%22number%22%5D');

/** A warning on `line`, columns `from` to `to`, as the language client makes one from a finding. */
function diagnostic(line: number, from: number, to: number, message: string, extra: Partial<DiagnosticLike> = {}) {
  return {
    range: { start: { line, character: from }, end: { line, character: to } },
    message,
    severity: 1,
    source: 'Fact Desk',
    code: { value: 'number-mismatch', target: DOCS },
    relatedInformation: [
      {
        location: {
          uri: uri('file:///corpus.jsonl'),
          range: { start: { line: 4, character: 0 }, end: { line: 4, character: 9 } },
        },
        message: 'On record: “Unemployment was 4.1 percent in March.”',
      },
    ],
    ...extra,
  };
}

describe('shown slices: diagnostics VS Code already shows are not handed over again', () => {
  const a = diagnostic(10, 4, 30, 'The record says 4.1 percent, the draft 4.5 percent.');

  it('equal in every field VS Code converts: the same, also as a separate object', () => {
    assert.equal(sameDiagnostic(a, diagnostic(10, 4, 30, a.message)), true);
    assert.equal(sameDiagnostics([a, a], [diagnostic(10, 4, 30, a.message), a]), true);
    assert.equal(sameDiagnostics([], []), true);
  });

  it('a different range, message, severity, source, code, tag or related record: not the same', () => {
    const differing: DiagnosticLike[] = [
      diagnostic(11, 4, 30, a.message),
      diagnostic(10, 5, 30, a.message),
      diagnostic(10, 4, 31, a.message),
      diagnostic(10, 4, 30, 'The record says 4.1 percent, the draft 4.6 percent.'),
      diagnostic(10, 4, 30, a.message, { severity: 0 }),
      diagnostic(10, 4, 30, a.message, { source: 'cSpell' }),
      diagnostic(10, 4, 30, a.message, { code: 'number-mismatch' }),
      diagnostic(10, 4, 30, a.message, { code: { value: 'date-mismatch', target: DOCS } }),
      diagnostic(10, 4, 30, a.message, { code: { value: 'number-mismatch', target: uri('https://example.org/') } }),
      diagnostic(10, 4, 30, a.message, { tags: [1] }),
      diagnostic(10, 4, 30, a.message, { relatedInformation: [] }),
      diagnostic(10, 4, 30, a.message, {
        relatedInformation: [{ ...a.relatedInformation[0], message: 'On record: “Unemployment was 4.2 percent.”' }],
      }),
      diagnostic(10, 4, 30, a.message, {
        relatedInformation: [
          {
            ...a.relatedInformation[0],
            location: { ...a.relatedInformation[0].location, uri: uri('file:///other.jsonl') },
          },
        ],
      }),
    ];
    assert.deepEqual(
      differing.map((other) => sameDiagnostic(a, other)),
      differing.map(() => false),
    );
    assert.equal(sameDiagnostics([a], [a, a]), false, 'one more diagnostic');
    assert.equal(sameDiagnostics([a, differing[0]], [differing[0], a]), false, 'another order');
  });

  it('a slice is set when its collection shows nothing or something else for the draft, and not when it shows the same', () => {
    const shown = new ShownSlices<DiagnosticLike>();
    const first = [a, diagnostic(12, 0, 8, 'Attributed to the wrong outlet.')];
    const second = [diagnostic(40, 2, 9, 'No record states this date.')];
    assert.equal(shown.needsSet('untitled:draft', 0, first), true, 'nothing shown yet');
    shown.record('untitled:draft', 0, first);
    shown.record('untitled:draft', 1, second);
    // The next publication's slices: equal lists made afresh, as the language client makes them.
    assert.equal(shown.needsSet('untitled:draft', 0, [diagnostic(10, 4, 30, a.message), first[1]]), false);
    assert.equal(shown.needsSet('untitled:draft', 1, [diagnostic(40, 2, 9, 'No record states this date.')]), false);
    assert.equal(shown.needsSet('untitled:draft', 1, [diagnostic(41, 2, 9, 'No record states this date.')]), true);
    assert.equal(shown.needsSet('untitled:draft', 2, second), true, 'a collection that shows nothing for it');
    assert.equal(shown.needsSet('file:///other.md', 0, first), true, 'another document');
  });

  it('forgets what emptied collections showed: from a slice onwards, or every slice of the draft', () => {
    const shown = new ShownSlices<DiagnosticLike>();
    const slice = [a];
    for (const index of [0, 1, 2]) shown.record('untitled:draft', index, slice);
    shown.record('file:///other.md', 0, slice);
    shown.forget('untitled:draft', 1);
    assert.deepEqual(
      [0, 1, 2].map((index) => shown.needsSet('untitled:draft', index, slice)),
      [false, true, true],
    );
    shown.forget('untitled:draft');
    assert.equal(shown.needsSet('untitled:draft', 0, slice), true);
    assert.equal(shown.needsSet('file:///other.md', 0, slice), false, 'another document keeps its slices');
    shown.clear();
    assert.equal(shown.needsSet('file:///other.md', 0, slice), true);
  });
});
