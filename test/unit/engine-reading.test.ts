/**
 * Issue 9: drafts read as reporters write them. Each case pins the exact finding (kind, range,
 * speaker) against a small corpus built here: Jane Roe and John Doe, three statements each.
 */
import * as assert from 'assert';
import { draftFormat, FactChecker, type CheckOptions } from '../../src/engine';
import { READING_CORPUS } from './fixtures/readingCorpus';
import { maskMarkdown } from '../../src/engine/draft/markdown';
import { findQuotations } from '../../src/engine/draft/quotes';
import { splitParagraphs } from '../../src/engine/draft/segment';

const checker = new FactChecker(READING_CORPUS);

interface Seen {
  kind: string;
  range: { start: number; end: number };
  text: string;
  statement: string | null;
  speaker: string | null;
}

function check(draft: string, options?: CheckOptions): Seen[] {
  return checker.check(draft, options).findings.map((finding) => ({
    kind: finding.kind,
    range: finding.range,
    text: draft.slice(finding.range.start, finding.range.end),
    statement: finding.statement?.id ?? null,
    speaker: finding.draftSpeaker ?? null,
  }));
}

/** The finding expected on `words`, found at its `nth` occurrence in the draft. */
function at(
  draft: string,
  words: string,
  kind: string,
  statementId: string | null,
  speaker: string | null,
  nth = 0,
): Seen {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = draft.indexOf(words, start + 1);
  assert.ok(start >= 0, `"${words}" is not in the draft`);
  return { kind, range: { start, end: start + words.length }, text: words, statement: statementId, speaker };
}

describe('engine: reading quotation marks (issue 9)', () => {
  it('British single quotes are a quotation, verbatim: supported', () => {
    const draft = '‘We will not walk away from these talks,’ Roe said.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
  });

  it('a word changed inside British single quotes is a misquote, not supported (underlined at the changed word, the claim the whole quotation)', () => {
    const draft = '‘We will not walk back from these talks,’ Roe said.';
    assert.deepStrictEqual(check(draft), [at(draft, 'back', 'misquote', 'roe-walk-away', 'jane-roe')]);
    const [finding] = checker.check(draft).findings;
    assert.strictEqual(
      draft.slice(finding.claimRange!.start, finding.claimRange!.end),
      'We will not walk back from these talks,',
    );
  });

  it('wire-style straight single quotes are a quotation', () => {
    const draft = "'We will not walk away from these talks,' Roe said.";
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
  });

  it('apostrophes and a plural possessive inside single quotes neither open nor close it', () => {
    const draft = '‘The mayors’ plan is dead and it’s not coming back,’ Roe said.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'The mayors’ plan is dead and it’s not coming back,', 'supported', 'roe-mayors-plan', 'jane-roe'),
    ]);
    const straight = "'The mayors' plan is dead and it's not coming back,' Roe said.";
    assert.deepStrictEqual(check(straight), [
      at(straight, "The mayors' plan is dead and it's not coming back,", 'supported', 'roe-mayors-plan', 'jane-roe'),
    ]);
  });

  it('elisions (’90s, rock ’n’ roll) open nothing', () => {
    const draft = 'Roe, a fan of ’90s rock ’n’ roll, spoke. ‘We will not walk away from these talks,’ she said.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
    const text = "In the '90s rock 'n' roll was loud, 'and the mayors' plan too,' Roe said.";
    assert.deepStrictEqual(
      findQuotations(text, { start: 0, end: text.length }).map((q) => text.slice(q.inner.start, q.inner.end)),
      ["and the mayors' plan too,"],
    );
  });

  it('mixed marks from copy and paste pair within the paragraph', () => {
    const draft = '“We will not walk away from these talks," Roe said.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
  });

  it('a quotation never pairs with a mark paragraphs later: it runs to its own paragraph’s end', () => {
    const draft = 'Roe said “We will not walk away from these talks.\n\nThe council met," Doe said later.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks.', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
  });

  it('a quotation over several paragraphs (a mark opening each) carries its speaker', () => {
    const draft =
      'Roe said: “We will not walk away from these talks.\n\n“We have come too far to stop now and we will finish the work.”';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks.', 'supported', 'roe-walk-away', 'jane-roe'),
      at(
        draft,
        'We have come too far to stop now and we will finish the work.',
        'supported',
        'roe-come-too-far',
        'jane-roe',
      ),
    ]);
    // The carried speaker is judged: Doe's words in Roe's continuing quotation are misattributed.
    const wrong =
      'Roe said: “We will not walk away from these talks.\n\n“The budget will be balanced by the end of the year.”';
    assert.deepStrictEqual(
      check(wrong)[1],
      at(wrong, 'The budget will be balanced by the end of the year.', 'misattribution', 'doe-budget', 'jane-roe'),
    );
  });

  it('a paragraph that does not open with a mark does not continue the quotation', () => {
    const draft =
      'Roe said: “We will not walk away from these talks.\n\nLater, “The budget will be balanced by the end of the year.”';
    assert.deepStrictEqual(
      check(draft)[1],
      at(draft, 'The budget will be balanced by the end of the year.', 'supported', 'doe-budget', null),
    );
  });

  it('nested quotes: the outer quotation is read, the inner is part of it', () => {
    const draft = '‘We will not walk away from these “talks”,’ Roe said.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these “talks”,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
    const text = '“He told me ‘never again’ twice,” she said.';
    assert.deepStrictEqual(findQuotations(text, { start: 0, end: text.length }), [
      { outer: { start: 0, end: 33 }, inner: { start: 1, end: 32 } },
    ]);
  });

  it('guillemets «…» and »…« and low quotes „…“', () => {
    for (const [open, close] of [
      ['«', '»'],
      ['« ', ' »'],
      ['»', '«'],
      ['„', '“'],
    ]) {
      const draft = `Roe said: ${open}We will not walk away from these talks${close}.`;
      assert.deepStrictEqual(
        check(draft),
        [at(draft, 'We will not walk away from these talks', 'supported', 'roe-walk-away', 'jane-roe')],
        `${open}…${close}`,
      );
    }
  });
});

describe('engine: reading transcripts (issue 9)', () => {
  it('`ROE: …` is Roe’s words, judged as a quotation, one sentence at a time; a wrong speaker is flagged on the label', () => {
    const draft = 'ROE: We will not walk away from these talks. The budget will be balanced by the end of the year.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'ROE', 'misattribution', 'doe-budget', 'jane-roe'),
      at(draft, 'We will not walk away from these talks.', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
  });

  it('consecutive speaker lines are separate turns', () => {
    const draft = 'DOE: We will not walk away from these talks.\nJANE ROE: We will not walk away from these talks.';
    assert.deepStrictEqual(check(draft), [
      { ...at(draft, 'DOE', 'misattribution', 'roe-walk-away', 'john-doe'), text: 'DOE' },
      at(draft, 'We will not walk away from these talks.', 'supported', 'roe-walk-away', 'jane-roe', 1),
    ]);
  });

  it('Q:/A: blocks: the answers are the interviewee’s (named in a "Q&A with" heading), the questions claim nothing', () => {
    const draft =
      '# Q&A with Jane Roe\n\nQ: Will you walk away from these talks?\nA: We will not walk away from these talks.\nQ: And the budget?\nA: The budget will be balanced by the end of the year.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks.', 'supported', 'roe-walk-away', 'jane-roe'),
      at(draft, 'The budget will be balanced by the end of the year.', 'misattribution', 'doe-budget', 'jane-roe'),
    ]);
  });

  it('the interviewee may be named in the paragraph before the transcript', () => {
    const draft =
      'Doe spoke to the Courier on Monday.\n\nQ: Is the budget on track?\nA: The budget will be balanced by the end of the year.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'The budget will be balanced by the end of the year.', 'supported', 'doe-budget', 'john-doe'),
    ]);
  });

  it('a label that heads notes (NOTE:, UPDATE:) is not a speaker', () => {
    const draft = 'UPDATE: We will not walk away from these talks.';
    assert.ok(check(draft).every((finding) => finding.speaker !== 'unknown:Update'));
  });

  it('a speaker the corpus does not know is one inside a transcript only', () => {
    const lone = 'WASHINGTON: The council will meet again before the end of the month.';
    assert.deepStrictEqual(check(lone), []);
    const draft = 'Q: Will the council meet again?\nSMITH: The council will meet again before the end of the month.';
    assert.deepStrictEqual(check(draft), [
      {
        ...at(
          draft,
          'The council will meet again before the end of the month.',
          'unverified-quote',
          null,
          'unknown:Smith',
        ),
      },
    ]);
  });
});

describe('engine: reading Markdown and text structure (issue 9)', () => {
  it('a hard-wrapped blockquote is one paragraph and its quotation is whole', () => {
    const draft = 'At the meeting:\n\n> “We will not walk away\n> from these talks,” Roe\n> said on Monday.';
    const words = 'We will not walk away\n> from these talks,';
    assert.deepStrictEqual(check(draft), [at(draft, words, 'supported', 'roe-walk-away', 'jane-roe')]);
    const masked = maskMarkdown(draft);
    const paragraphs = splitParagraphs(masked.text, masked.breaks).map((span) =>
      masked.text.slice(span.start, span.end),
    );
    assert.deepStrictEqual(paragraphs, [
      'At the meeting:',
      '“We will not walk away\n  from these talks,” Roe\n  said on Monday.',
    ]);
  });

  it('a blockquote begins and ends a paragraph even without a blank line', () => {
    const draft = 'Roe spoke.\n> “We will not walk away from these talks,” she said.\nDoe left.';
    const masked = maskMarkdown(draft);
    const paragraphs = splitParagraphs(masked.text, masked.breaks).map((span) =>
      masked.text.slice(span.start, span.end),
    );
    assert.deepStrictEqual(paragraphs, [
      'Roe spoke.',
      '“We will not walk away from these talks,” she said.',
      'Doe left.',
    ]);
  });

  it('a list item’s indented continuation paragraph is prose, not indented code', () => {
    const draft = '- The mayor spoke on Monday.\n\n    “We will not walk away from these talks,” Roe said.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
    // Outside a list the same lines are indented code.
    assert.deepStrictEqual(
      check('The mayor spoke on Monday.\n\n    “We will not walk away from these talks,” Roe said.'),
      [],
    );
  });

  it('in a plain-text draft indented lines are prose and Markdown rules do not apply', () => {
    const draft =
      'The mayor spoke on Monday.\n\n    “We will not walk away from these talks,” Roe said.\n\n```\n“We will not walk away from these talks,” Roe said.';
    const options: CheckOptions = { format: 'plaintext' };
    assert.deepStrictEqual(check(draft, options), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe', 1),
    ]);
    assert.deepStrictEqual(check(draft), []);
  });

  it('stray backticks never pair across paragraphs into a code span', () => {
    const draft = 'Roe didn`t stop.\n\n“We will not walk away from these talks,” Roe said.\n\nShe wasn`t done.';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
    assert.strictEqual(maskMarkdown(draft).text, draft);
  });

  it('TOML front matter is front matter and its date is read', () => {
    const draft = '+++\ntitle = "Talks"\ndate = 2025-10-08\n+++\n“We will not walk away from these talks,” Roe said.';
    const masked = maskMarkdown(draft);
    assert.strictEqual(masked.frontMatterDate, '2025-10-08');
    assert.strictEqual(
      masked.text,
      draft.replace(/^[^]*?\+\+\+\n[^]*?\+\+\+\n/, (block) => block.replace(/[^\n]/g, ' ')),
    );
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
  });

  it('a draft opening with a --- thematic break is not front matter unless the block is closed YAML', () => {
    const prose = '---\n\n“We will not walk away from these talks,” Roe said.\n\n---\n\nMore.';
    assert.strictEqual(maskMarkdown(prose).frontMatterDate, undefined);
    assert.deepStrictEqual(check(prose), [
      at(prose, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
    const yaml = '---\ntitle: Talks\ntags:\n  - council\ndate: 2025-10-08\n---\nBody.';
    assert.strictEqual(maskMarkdown(yaml).frontMatterDate, '2025-10-08');
    assert.strictEqual(maskMarkdown(yaml).text.trim(), 'Body.');
  });

  it('reference-link definitions and their titles, HTML comments and footnote definitions are not prose', () => {
    const draft = [
      'Roe spoke on Monday.[^1]',
      '',
      '[courier]: https://courier.example/talks "“We will not walk away from these talks,” Roe said"',
      '<!-- “We will not walk away from these talks,” Roe said. -->',
      '[^1]: “We will not walk away from these talks,” Roe said.',
      '    “The budget will be balanced by the end of the year,” Doe said.',
    ].join('\n');
    assert.deepStrictEqual(check(draft), []);
    assert.strictEqual(maskMarkdown(draft).text.replace(/\s+/g, ' ').trim(), 'Roe spoke on Monday.');
  });

  it('table cells are prose: pipes are not words, each cell its own sentence', () => {
    const draft =
      '| Who | Said |\n| --- | --- |\n| Roe | “We will not walk away from these talks,” Roe said |\n| Doe | The budget |';
    assert.deepStrictEqual(check(draft), [
      at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
    const masked = maskMarkdown(draft);
    const cells = splitParagraphs(masked.text, masked.breaks).map((span) => masked.text.slice(span.start, span.end));
    assert.deepStrictEqual(cells, [
      'Who',
      'Said',
      'Roe',
      '“We will not walk away from these talks,” Roe said',
      'Doe',
      'The budget',
    ]);
  });

  it('CR-only line endings behave as LF: paragraphs, fences and front matter', () => {
    const lf =
      '---\ndate: 2025-10-08\n---\n```\n“code”\n```\n\n“We will not walk away from these talks,” Roe said.\n\nDoe left.';
    const cr = lf.replace(/\n/g, '\r');
    const crlf = lf.replace(/\n/g, '\r\n');
    for (const draft of [lf, cr, crlf]) {
      assert.strictEqual(maskMarkdown(draft).frontMatterDate, '2025-10-08');
      assert.deepStrictEqual(check(draft), [
        at(draft, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
      ]);
    }
    const fenceFirst = '```\rcode\r```\r\r“We will not walk away from these talks,” Roe said.';
    assert.deepStrictEqual(check(fenceFirst), [
      at(fenceFirst, 'We will not walk away from these talks,', 'supported', 'roe-walk-away', 'jane-roe'),
    ]);
  });

  it('the adapter and the CLI read .txt and plaintext drafts as plain text, the rest as Markdown', () => {
    assert.deepStrictEqual(
      ['plaintext', 'markdown', 'notes.txt', 'NOTES.TXT', 'draft.md', '/a/b.markdown'].map(draftFormat),
      ['plaintext', 'markdown', 'plaintext', 'plaintext', 'markdown', 'markdown'],
    );
  });

  it('list and heading markers are not words', () => {
    const masked = maskMarkdown('# Talks\n1. Roe spoke.\n- Doe left.');
    assert.strictEqual(masked.text, '  Talks\n   Roe spoke.\n  Doe left.');
  });
});
