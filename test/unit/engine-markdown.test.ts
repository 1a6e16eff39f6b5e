/**
 * maskMarkdown: everything that is not prose is blanked with spaces, line breaks and length kept,
 * so every offset found in the masked text is an offset in the original.
 */
import * as assert from 'assert';
import { maskMarkdown } from '../../src/engine/draft/markdown';
import { findQuotations } from '../../src/engine/draft/quotes';

/** The masked text with runs of blanks collapsed, to assert what survived. */
function visible(masked: string): string {
  return masked
    .replace(/[ ]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n+/g, '\n')
    .trim();
}

/** What blanking `part` should give: every character but line breaks becomes a space. */
const b = (part: string) => part.replace(/[^\r\n]/g, ' ');

describe('engine: maskMarkdown', () => {
  it('blanks YAML front matter, keeps its length and line breaks, and reads its date', () => {
    const draft = '---\ntitle: "Rubio said it"\ndate: 2025-08-18\n---\nBody text.';
    const masked = maskMarkdown(draft);
    assert.strictEqual(masked.text.length, draft.length);
    assert.strictEqual(masked.frontMatterDate, '2025-08-18');
    assert.strictEqual(masked.text, b('---\ntitle: "Rubio said it"\ndate: 2025-08-18\n---\n') + 'Body text.');
  });

  it('reads a quoted front-matter date and ignores an invalid one', () => {
    assert.strictEqual(maskMarkdown("---\ndate: '2025-12-16'\n---\nx").frontMatterDate, '2025-12-16');
    assert.strictEqual(maskMarkdown('---\ndate: last Tuesday\n---\nx').frontMatterDate, undefined);
  });

  it('treats an unclosed front matter opener as prose (no date, nothing blanked)', () => {
    const draft = '---\ndate: 2025-08-18\nRubio said it.';
    const masked = maskMarkdown(draft);
    assert.strictEqual(masked.frontMatterDate, undefined);
    assert.strictEqual(masked.text, draft);
  });

  it('blanks ``` and ~~~ fenced code, fence lines included', () => {
    const draft =
      'Before.\n```js\nconst q = "quoted words here";\n```\nMiddle.\n~~~\n“tilde fenced quote”\n~~~\nAfter.';
    const masked = maskMarkdown(draft);
    assert.strictEqual(masked.text.length, draft.length);
    assert.strictEqual(visible(masked.text), 'Before.\nMiddle.\nAfter.');
  });

  it('does not let ~~~ close a ``` fence', () => {
    const draft = '```\ncode\n~~~\nstill code\n```\nProse.';
    assert.strictEqual(visible(maskMarkdown(draft).text), 'Prose.');
  });

  it('blanks an unclosed fence to the end of the draft', () => {
    const draft = 'Prose stays.\n```\n“never closed quote”\nmore code';
    const masked = maskMarkdown(draft);
    assert.strictEqual(masked.text, 'Prose stays.\n' + b('```\n“never closed quote”\nmore code'));
  });

  it('blanks inline code (single and double backticks) but keeps the prose around it', () => {
    const draft = 'Run `npm test` and ``a `tick` b`` now.';
    const masked = maskMarkdown(draft);
    assert.strictEqual(masked.text, `Run ${b('`npm test`')} and ${b('``a `tick` b``')} now.`);
  });

  it('blanks HTML comments, including multi-line ones', () => {
    const draft = 'A <!-- “note to self” --> B\n<!--\nline\n--> C';
    assert.strictEqual(maskMarkdown(draft).text, `A ${b('<!-- “note to self” -->')} B\n${b('<!--\nline\n-->')} C`);
  });

  it('blanks bare URLs (trailing punctuation kept) and www. addresses', () => {
    const draft = 'See https://example.com/a?b=1. Or www.example.org, then stop.';
    assert.strictEqual(
      maskMarkdown(draft).text,
      `See ${b('https://example.com/a?b=1')}. Or ${b('www.example.org')}, then stop.`,
    );
  });

  it('blanks link targets but keeps link text', () => {
    const draft = 'Read [the Post story](https://wapo.example/x) today.';
    assert.strictEqual(maskMarkdown(draft).text, `Read [the Post story]${b('(https://wapo.example/x)')} today.`);
  });

  it('keeps prose untouched, including curly quotes and non-ASCII', () => {
    const draft = '“Ukraine is a sovereign country,” Rubio said — Zelenskyy’s aide agreed. Café.';
    assert.strictEqual(maskMarkdown(draft).text, draft);
  });

  it('preserves offsets: a quote after a code block is found at its original offset', () => {
    const draft = '```\n“code quote”\n```\n\nRubio said “it will require both sides to make concessions” on Sunday.';
    const masked = maskMarkdown(draft);
    assert.strictEqual(masked.text.length, draft.length);
    const paragraphStart = draft.indexOf('Rubio');
    const quotes = findQuotations(masked.text, { start: 0, end: masked.text.length });
    assert.strictEqual(quotes.length, 1);
    const expectedStart = draft.indexOf('it will require');
    assert.deepStrictEqual(quotes[0].inner, {
      start: expectedStart,
      end: expectedStart + 'it will require both sides to make concessions'.length,
    });
    assert.strictEqual(
      draft.slice(quotes[0].outer.start, quotes[0].outer.end),
      '“it will require both sides to make concessions”',
    );
    assert.ok(quotes[0].outer.start > paragraphStart);
  });
});
