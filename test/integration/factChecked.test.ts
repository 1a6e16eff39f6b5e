// Published fact-checks in a real VS Code: a ClaimReview file named in factDesk.corpusFiles, a draft that
// repeats a rated claim gets a fact-checked diagnostic (severity by rating) and a hover with the claim's
// maker and the fact-check's link; a sentence that reports the claim as false gets none.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  closeAllEditors,
  factDesk,
  kindOf,
  openDraft,
  rangeOf,
  updateSetting,
  waitForDiagnostics,
  workspaceFolder,
} from './helpers';

const REVIEWS = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'ClaimReview',
      url: 'https://harbourcheck.example/checks/tunnel-cost',
      headline: 'No, the harbour tunnel did not cost £2 billion',
      claimReviewed: 'The harbour tunnel cost £2 billion to build.',
      datePublished: '2025-03-03',
      author: { '@type': 'Organization', name: 'Harbour Check' },
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Dana Roe' }, datePublished: '2025-02-27' },
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
    },
    {
      '@type': 'ClaimReview',
      url: 'https://harbourcheck.example/checks/ferry-passengers',
      claimReviewed: 'The new harbour ferry carries 400 passengers.',
      datePublished: '2025-03-12',
      author: { '@type': 'Organization', name: 'Harbour Check' },
      reviewRating: { '@type': 'Rating', alternateName: 'True' },
    },
  ],
};

const REPEAT = 'Councillor Dana Roe said the harbour tunnel cost £2 billion to build.';
const DEBUNK = 'Roe falsely claimed that the harbour tunnel cost £2 billion to build.';
const TRUE_REPEAT = 'The new harbour ferry carries 400 passengers.';

describe('Fact-checked claims (ClaimReview corpus)', () => {
  const file = vscode.Uri.joinPath(workspaceFolder(), `harbour-check-${process.pid}.jsonld`);

  before(async () => {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(JSON.stringify(REVIEWS, null, 2)));
    await updateSetting('corpusFiles', [vscode.workspace.asRelativePath(file)]);
    await (await factDesk()).corpus.ready();
  });
  after(async () => {
    await updateSetting('corpusFiles', undefined);
    await closeAllEditors();
    await vscode.workspace.fs.delete(file).then(undefined, () => undefined);
  });

  it('a repeated false claim is a warning naming verdict, fact-checker and date; a true one a hint; a debunking sentence nothing', async () => {
    const document = await openDraft(`${REPEAT}\n\n${DEBUNK}\n\n${TRUE_REPEAT}\n`);
    const diagnostics = await waitForDiagnostics(
      document.uri,
      (list) => list.filter((d) => kindOf(d) === 'fact-checked').length === 2,
      'two fact-checked diagnostics',
    );
    const ours = diagnostics.filter((d) => kindOf(d) === 'fact-checked');
    assert.deepEqual(
      ours.map((d) => [document.getText(d.range), d.message, d.severity]),
      [
        [
          REPEAT,
          'Rated False by Harbour Check on 3 March 2025: “The harbour tunnel cost £2 billion to build.”',
          vscode.DiagnosticSeverity.Warning,
        ],
        [
          TRUE_REPEAT,
          'Rated True by Harbour Check on 12 March 2025: “The new harbour ferry carries 400 passengers.”',
          vscode.DiagnosticSeverity.Hint,
        ],
      ],
    );
    assert.ok(!diagnostics.some((d) => d.range.start.line === 2), 'no finding on the debunking sentence');
  });

  it('the hover names the claim’s maker and date, the verdict, and links the fact-check', async () => {
    const document = await openDraft(`${REPEAT}\n`);
    await waitForDiagnostics(
      document.uri,
      (list) => list.some((d) => kindOf(d) === 'fact-checked'),
      'the fact-checked diagnostic',
    );
    const position = rangeOf(document, 'harbour tunnel').start.translate(0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      position,
    );
    const text = hovers
      .flatMap((hover) => hover.contents.map((part) => (part as vscode.MarkdownString).value))
      .find((value) => value?.includes('Fact Desk · Fact-checked'));
    assert.ok(text, JSON.stringify(hovers.map((hover) => hover.contents)));
    assert.ok(text.includes('> The harbour tunnel cost £2 billion to build.'), text);
    assert.ok(text.includes('**Claim by:** Dana Roe'), text);
    assert.ok(text.includes('**Claimed:** Thursday 27 February 2025'), text);
    assert.ok(text.includes('**Verdict:** Rated False by Harbour Check on 3 March 2025'), text);
    assert.ok(
      text.includes(
        '**Fact-check:** [Harbour Check, “No, the harbour tunnel did not cost £2 billion”](https://harbourcheck.example/checks/tunnel-cost)',
      ),
      text,
    );
  });
});
