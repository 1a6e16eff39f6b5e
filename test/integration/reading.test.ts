// Drafts as reporters write them (issue 9), through the real vscode API: a hard-wrapped
// blockquote, British single quotes and a pasted interview transcript give their findings with
// exact ranges; the same transcript in a plain-text document is read as plain text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  describeRange,
  factDeskDiagnostics,
  kindOf,
  openDraft,
  rangeOf,
  waitForCheck,
} from './helpers';

const DRAFT = [
  '# Talks after Alaska',
  '',
  '> “It’s just a fact, and there are things that maybe Ukraine is holding now',
  '> that they’re going to have to give up,” Rubio said.',
  '',
  '‘We want peace very much, but we need real security guarantees,’ Zelensky said.',
  '',
  '‘I would much prefer that we find a solution in unity, but the clock is ticking,’ Macron said.',
  '',
  'Ryabkov spoke to ABC News. The transcript:',
  '',
  'Q: Is a deal close?',
  'A: We’re on the verge of resolving this terrible crisis.',
  'RYABKOV: We will not at any time subscribe to any presence of NATO troops on Ukrainian territory.',
  '',
].join('\n');

/** Kind and exact text of every expected diagnostic (a conflict's differing words), in document order. */
const EXPECTED: [string, string][] = [
  ['misquote', 'Ukraine'],
  ['supported', 'We want peace very much, but we need real security guarantees,'],
  ['misattribution', 'Macron'],
  ['supported', 'We’re on the verge of resolving this terrible crisis.'],
  // The draft drops “definitely” and the list of verbs: underlined from the first change to the last.
  ['misquote', 'We will not at any time subscribe to any'],
];

function seen(document: vscode.TextDocument): string[] {
  return factDeskDiagnostics(document.uri)
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => `${kindOf(d)} ${describeRange(d.range)} ${JSON.stringify(document.getText(d.range))}`);
}

describe('Reading drafts as reporters write them', function () {
  afterEach(closeAllEditors);

  it('a wrapped blockquote, British quotes and a pasted transcript: exact findings', async () => {
    const document = await openDraft(DRAFT);
    await waitForCheck(document);
    const expected = EXPECTED.map(
      ([kind, text]) => `${kind} ${describeRange(rangeOf(document, text))} ${JSON.stringify(text)}`,
    );
    assert.deepEqual(seen(document), expected);
    const wrong = factDeskDiagnostics(document.uri).find((d) => kindOf(d) === 'misattribution');
    assert.equal(
      wrong?.message,
      'Wrong speaker: “Macron” where the record has “Frederiksen” — told reporters in Brussels, 18 Dec 2025.',
    );
  });

  it('in a plain-text document an indented transcript answer is prose, not code', async () => {
    const text =
      'Ryabkov spoke to ABC News.\n\n    Q: Is a deal close?\n    A: We’re on the verge of resolving this terrible crisis.\n';
    const plain = await openDraft(text, 'plaintext');
    await waitForCheck(plain);
    assert.deepEqual(seen(plain), [
      `supported ${describeRange(rangeOf(plain, 'We’re on the verge of resolving this terrible crisis.'))} "We’re on the verge of resolving this terrible crisis."`,
    ]);
    // The same lines in Markdown are an indented code block: nothing to check.
    const markdown = await openDraft(text, 'markdown');
    await waitForCheck(markdown);
    assert.deepEqual(seen(markdown), []);
  });
});
