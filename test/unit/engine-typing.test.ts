/**
 * A quotation being typed (its closing mark not yet written, the cursor inside it) is neither
 * judged nor counted, so the counters do not jump with each keystroke; the same text without a
 * cursor, or with the cursor elsewhere, is judged as usual.
 */
import * as assert from 'assert';
import { FactChecker, loadBundledCorpus } from '../../src/engine';

const checker = new FactChecker(loadBundledCorpus());
const BEFORE = 'Rubio said on CBS’s Face the Nation that “Ukraine is a sovereign country.”\n\n';
const TYPING = 'Witkoff told CNN: “The United States is potentially prepared to give';
const draft = `${BEFORE}${TYPING}\n\nThe White House did not comment.\n`;
const kinds = (options = {}) =>
  checker
    .check(draft, options)
    .findings.map((finding) => `${finding.kind}:${draft.slice(finding.range.start, finding.range.end)}`);

describe('engine: a quotation being typed', () => {
  const opening = draft.indexOf('“The United');
  const end = draft.indexOf('give') + 'give'.length;

  it('without a cursor an unclosed quotation is judged (it runs to the paragraph’s end)', () => {
    // A conflict underlines the differing words; the claim is the whole quotation.
    const claims = checker.check(draft).findings.map((finding) => finding.claim);
    assert.ok(
      claims.some((claim) => claim.includes('The United States is potentially prepared to give')),
      claims.join('\n'),
    );
  });

  it('with the cursor inside it, it is held back: no finding from its opening mark on, and the span is returned', () => {
    const result = checker.check(draft, { editingAt: end });
    assert.deepEqual(result.held, { start: opening, end });
    assert.deepEqual(
      result.findings.filter((finding) => finding.range.end > opening && finding.range.start < end),
      [],
    );
    // The closed quotation in the paragraph before is still judged.
    // Its own verdicts marked before the opening mark (the outlet in its attribution) are held back too.
    const typedQuote = draft.slice(opening + 1, end);
    const rest = checker
      .check(draft)
      .findings.filter((finding) => finding.claim !== typedQuote && finding.range.end <= opening);
    assert.deepEqual(result.findings, rest);
    assert.ok(
      kinds({ editingAt: end }).some((entry) => entry.startsWith('supported:Ukraine is a sovereign country')),
      kinds({ editingAt: end }).join('\n'),
    );
  });

  it('the cursor before the opening mark, or in another paragraph, holds nothing back', () => {
    assert.equal(checker.check(draft, { editingAt: opening }).held, undefined);
    assert.equal(checker.check(draft, { editingAt: 3 }).held, undefined);
    assert.deepEqual(kinds({ editingAt: draft.length - 2 }), kinds());
  });

  it('once the closing mark is typed, the quotation is judged with the cursor still inside', () => {
    const closed = `${BEFORE}${TYPING}”\n`;
    const result = checker.check(closed, { editingAt: closed.indexOf('give') });
    assert.equal(result.held, undefined);
    assert.ok(result.findings.some((finding) => finding.claim.includes('prepared')));
  });
});
