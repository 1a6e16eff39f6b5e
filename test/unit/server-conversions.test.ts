// The LSP diagnostic a finding becomes: what a citation hint carries and what a warning carries.
import * as assert from 'node:assert/strict';
import { FactChecker, LineIndex, loadBundledCorpus, type Finding } from '../../src/engine';
import { toDiagnostic, type DiagnosticContext } from '../../src/server/conversions';
import { settingsFrom } from '../../src/server/settings';

const DRAFT =
  'Rubio told CBS’s Face the Nation: “It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.”\n\n' +
  'Rubio told CBS’s Face the Nation: “It’s just a fact, and there are things that maybe Ukraine is holding now that they’re going to have to give up.”\n';

function context(raw: unknown): DiagnosticContext {
  return {
    mapper: new LineIndex(DRAFT),
    settings: settingsFrom(raw),
    docsFor: (kind) => `https://example.invalid/findings.md#${kind}`,
    recordLocation: () => ({
      uri: 'file:///corpus/statements.json',
      range: { start: { line: 7, character: 2 }, end: { line: 7, character: 2 } },
    }),
  };
}

describe('server conversions: findings as LSP diagnostics', () => {
  const { findings } = new FactChecker(loadBundledCorpus()).check(DRAFT);
  const byKind = (kind: Finding['kind']) => findings.find((finding) => finding.kind === kind)!;

  it('a citation hint links its kind’s docs but not its record: the hover shows the record', () => {
    const diagnostic = toDiagnostic(byKind('supported'), context({}))!;
    assert.deepEqual(Object.keys(diagnostic).sort(), [
      'code',
      'codeDescription',
      'message',
      'range',
      'severity',
      'source',
    ]);
    assert.equal(diagnostic.severity, 4);
  });

  it('a warning, and a citation lifted into the Problems panel, link the docs and the record', () => {
    const misquote = toDiagnostic(byKind('misquote'), context({}))!;
    assert.equal(misquote.codeDescription?.href, 'https://example.invalid/findings.md#misquote');
    assert.equal(misquote.relatedInformation?.[0].location.uri, 'file:///corpus/statements.json');
    assert.match(misquote.relatedInformation![0].message, /^On record: “It’s just a fact/);
    const lifted = toDiagnostic(byKind('supported'), context({ showSupportedInProblems: true }))!;
    assert.equal(lifted.severity, 3);
    assert.equal(lifted.relatedInformation?.length, 1);
    assert.equal(lifted.codeDescription?.href, 'https://example.invalid/findings.md#supported');
  });
});
