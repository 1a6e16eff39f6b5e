/**
 * Strange and huge drafts: the engine never throws, every range lies inside the text, and it
 * returns (generous mocha timeouts, no timing assertions: speed is the benchmark's job).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { FactChecker, loadBundledCorpus, type CheckResult } from '../../src/engine';

const checker = new FactChecker(loadBundledCorpus());
const sample = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'draft.md'), 'utf8');
/** The sample's prose paragraphs, without its front matter. */
const body = sample.slice(sample.indexOf('\n---\n') + 5);

function assertWellFormed(text: string, result: CheckResult) {
  for (const finding of result.findings) {
    const { start, end } = finding.range;
    assert.ok(Number.isInteger(start) && Number.isInteger(end), `non-integer range ${start}-${end}`);
    assert.ok(start >= 0 && start <= end && end <= text.length, `range ${start}-${end} outside 0-${text.length}`);
    if (finding.fix) {
      assert.ok(
        finding.fix.range.start >= 0 &&
          finding.fix.range.start <= finding.fix.range.end &&
          finding.fix.range.end <= text.length,
        'fix range outside the text',
      );
    }
  }
}

/** Pieces that stress quotation, bracket, ellipsis and Markdown handling. */
const PIECES = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '[',
  ']',
  '(',
  ')',
  '…',
  '...',
  '\n',
  '\n\n',
  '```',
  '~~~',
  '`',
  '<!--',
  '-->',
  '---\n',
  '# ',
  '- ',
  '.',
  ' ',
  'Mr.',
  'U.S.',
  'said',
  'Rubio',
  'Zelenskyy',
  'he said',
  'on Sunday',
  '133 drones',
  'Article 5',
  'https://x.y',
  'robust security guarantees',
  'not',
];
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((parts) => parts.join(''));

describe('engine: robustness', function () {
  this.timeout(60_000);

  it('never throws on random strings; ranges stay inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        assertWellFormed(text, checker.check(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random Unicode (astral planes, lone surrogates included)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        (a, b) => {
          const text = a + b;
          assertWellFormed(text, checker.check(text));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on mixes of quotes, brackets, ellipses, newlines and fences', () => {
    fc.assert(
      fc.property(piecesText, (text) => {
        assertWellFormed(text, checker.check(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws when random noise is spliced into the sample draft', () => {
    fc.assert(
      fc.property(fc.nat(sample.length), piecesText, (at, noise) => {
        const text = sample.slice(0, at) + noise + sample.slice(at);
        assertWellFormed(text, checker.check(text));
      }),
      { numRuns: 100 },
    );
  });

  it('a 5 MB draft returns, with a cap message (default 1,000,000 characters)', () => {
    let text = '';
    while (text.length < 5_000_000) text += body + '\n\n';
    const result = checker.check(text);
    assertWellFormed(text, result);
    assert.ok(result.capMessage, 'expected a cap message');
    assert.match(
      result.capMessage!,
      /^Checked the first 1,000,000 of [\d,]+ characters; the rest of the draft was not checked\./,
    );
    assert.ok(result.findings.every((finding) => finding.range.end <= 1_000_000));
  });

  it('a draft within maxChars gets no cap message; one over it does', () => {
    assert.strictEqual(checker.check('x'.repeat(1_000)).capMessage, undefined);
    assert.strictEqual(
      checker.check('x'.repeat(1_001), { maxChars: 1_000 }).capMessage,
      'Checked the first 1,000 of 1,001 characters; the rest of the draft was not checked.',
    );
  });

  it('a 100,000-character line with no spaces', () => {
    for (const text of ['x'.repeat(100_000), 'a.'.repeat(50_000), '“x'.repeat(50_000)]) {
      const result = checker.check(text);
      assertWellFormed(text, result);
      assert.strictEqual(result.capMessage, undefined);
    }
  });

  it('10,000 unbalanced quotes', () => {
    for (const text of [
      '"'.repeat(10_000),
      '“'.repeat(10_000),
      '”'.repeat(10_000),
      'He said "we are ready. '.repeat(10_000),
    ]) {
      const result = checker.check(text);
      assertWellFormed(text, result);
    }
  });

  it('deeply nested brackets and quotes', () => {
    const depth = 20_000;
    for (const text of [
      '['.repeat(depth) + 'x' + ']'.repeat(depth),
      '“‘'.repeat(depth) + 'word' + '’”'.repeat(depth),
      '“[…'.repeat(depth),
      '('.repeat(depth) + 'Rubio said' + ')'.repeat(depth),
    ]) {
      const result = checker.check(text);
      assertWellFormed(text, result);
    }
  });

  it('a 2 MB single paragraph returns, with a cap message', () => {
    const paragraph = body.replace(/\n+/g, ' ');
    let text = '';
    while (text.length < 2_000_000) text += paragraph + ' ';
    const result = checker.check(text);
    assertWellFormed(text, result);
    assert.ok(result.capMessage);
    assert.match(result.capMessage!, /^Checked the first 1,000,000 of [\d,]+ characters/);
  });
});
