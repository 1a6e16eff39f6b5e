/**
 * How findings read (issue 13): every conflict's message leads with the difference (the draft's
 * words, then the record's), then the source, short, without repeats; the range is the differing
 * words and `claimRange` the whole claim; the difference fits the Problems panel's first 80
 * characters however long the quotation.
 */
import * as assert from 'assert';
import { FactChecker, loadBundledCorpus, type Finding } from '../../src/engine';
import { clip, conflictMessage, differenceText, outletOrVenue, shortDate, sourceLine } from '../../src/engine/messages';

const checker = new FactChecker(loadBundledCorpus());
const RUBIO_QUOTE =
  'It’s just a fact, and there are things that maybe Russia is holding now that they’re going to have to give up.';

function only(draft: string, draftDate = '2025-08-18'): Finding & { text: string; claimText: string } {
  const findings = checker.check(draft, { draftDate }).findings;
  assert.strictEqual(findings.length, 1, findings.map((finding) => finding.message).join('\n'));
  const [finding] = findings;
  const claim = finding.claimRange ?? finding.range;
  return {
    ...finding,
    text: draft.slice(finding.range.start, finding.range.end),
    claimText: draft.slice(claim.start, claim.end),
  };
}

describe('engine: messages lead with the difference', () => {
  it("misquote: the changed word against the record's, underlined at the word; the claim is the quotation", () => {
    const draft = `Rubio said: “${RUBIO_QUOTE.replace('Russia', 'Ukraine')}”`;
    const finding = only(draft);
    assert.strictEqual(
      finding.message,
      'Misquote: “Ukraine” where the record has “Russia” — Marco Rubio, CBS’s Face the Nation, 17 Aug 2025.',
    );
    assert.strictEqual(finding.text, 'Ukraine');
    assert.strictEqual(finding.claimText, RUBIO_QUOTE.replace('Russia', 'Ukraine'));
    assert.deepStrictEqual(finding.difference, { draft: 'Ukraine', record: 'Russia' });
  });

  it('misquote: a change at the end of a long quotation is still in the first 80 characters', () => {
    const draft = `Rubio said: “${RUBIO_QUOTE.replace('give up', 'give in')}”`;
    const finding = only(draft);
    // The last word replaced: the alignment pairs it with the record's next word (not an added word).
    assert.strictEqual(
      finding.message,
      'Misquote: “in” where the record has “up” — Marco Rubio, CBS’s Face the Nation, 17 Aug 2025.',
    );
    assert.ok(finding.message.indexOf('“up”') + '“up”'.length <= 80);
    assert.strictEqual(finding.text, 'in');
  });

  it('misquote: several changes name the first and count the rest; the underline runs from the first to the last', () => {
    const draft = `Rubio said: “${RUBIO_QUOTE.replace('Russia', 'Ukraine').replace('give up', 'hand over')}”`;
    const finding = only(draft);
    assert.ok(
      finding.message.startsWith('Misquote: “Ukraine” where the record has “Russia” (and 1 other change) — '),
      finding.message,
    );
    assert.strictEqual(finding.text, 'Ukraine is holding now that they’re going to have to hand over');
  });

  it('misquote: words dropped show the shared words either side', () => {
    const finding = only(`Rubio said: “${RUBIO_QUOTE.replace('they’re going to', 'they’ll')}”`);
    assert.ok(
      finding.message.startsWith('Misquote: “they’ll” where the record has “they’re going to” — '),
      finding.message,
    );
    const dropped = only(
      'A Ukrainian official said: “We are going to put 1 million Ukrainians into occupation” under any deal.',
    );
    assert.strictEqual(dropped.kind, 'negation');
    assert.ok(
      dropped.message.startsWith('Says the opposite: “are going” where the record has “are not going” — '),
      dropped.message,
    );
    assert.strictEqual(dropped.text, 'are going');
  });

  it("negation in a paraphrase: the words that flip, the record's with its auxiliary", () => {
    const draft =
      'Rubio said the administration had promised that Friday’s summit with Putin would result in a ceasefire deal.';
    const finding = only(draft);
    assert.strictEqual(
      finding.message,
      'Says the opposite: “had promised” where the record has “never promised” — Marco Rubio, Fox News, 17 Aug 2025.',
    );
    assert.strictEqual(finding.text, 'had promised');
    assert.strictEqual(finding.claimText, draft);
  });

  it('wrong speaker: the names, and the source without the speaker again', () => {
    const finding = only('“Ukraine is a sovereign country,” Witkoff said.');
    assert.strictEqual(
      finding.message,
      'Wrong speaker: “Witkoff” where the record has “Rubio” — CBS’s Face the Nation, 17 Aug 2025.',
    );
    assert.strictEqual(finding.text, 'Witkoff');
    assert.strictEqual(finding.claimText, 'Ukraine is a sovereign country,');
  });

  it('wrong outlet: the outlets, and the source without the outlet again', () => {
    const finding = only(`Rubio said on CNN: “${RUBIO_QUOTE}”`);
    assert.strictEqual(
      finding.message,
      'Wrong outlet: “CNN” where the record has “CBS’s Face the Nation” — Marco Rubio, 17 Aug 2025.',
    );
  });

  it("wrong date: the days; a day resolved by the draft's date says so once, after the source", () => {
    const weekday = only('Witkoff said on Saturday that Trump and Putin had agreed to “robust security guarantees.”');
    assert.strictEqual(
      weekday.message,
      'Wrong date: “Saturday” where the record has “Sunday” — Steve Witkoff, 17 Aug 2025.',
    );
    const resolved = only(
      'Witkoff said on Sunday that Trump and Putin had agreed to “robust security guarantees.”',
      '2025-08-25',
    );
    assert.strictEqual(
      resolved.message,
      "Wrong date: “Sunday” where the record has “17 Aug 2025” — Steve Witkoff. The draft's date (25 Aug 2025) puts it on 24 Aug 2025.",
    );
    // No repeats: the weekday the draft gives is named once.
    assert.strictEqual(resolved.message.split('Sunday').length - 1, 1);
  });

  it("wrong number: the figures, in the draft's form", () => {
    const finding = only(
      'Trump and Putin met for a roughly two-hour discussion in Anchorage on Friday, with Witkoff and Rubio at his side.',
    );
    assert.ok(finding.message.startsWith('Wrong number: “two” where the record has “three” — '), finding.message);
    assert.strictEqual(finding.text, 'two');
  });

  it('supported and unverified: the label, then the source; the range is the claim', () => {
    const sourced = only('Witkoff said Trump and Putin had agreed to “robust security guarantees” in Alaska.');
    assert.strictEqual(sourced.message, 'Sourced: Steve Witkoff, 17 Aug 2025.');
    assert.deepStrictEqual(sourced.claimRange, sourced.range);
    const unverified = only(
      '“Nobody in Europe will sign off on a deal that rewards aggression,” Stubb told reporters.',
    );
    assert.ok(unverified.message.startsWith('Unverified quote: '), unverified.message);
  });

  it("every conflict on the sample-style drafts names the draft's words within its first 80 characters", () => {
    const drafts = [
      `Rubio said: “${RUBIO_QUOTE.replace('Russia', 'Ukraine')}”`,
      'Rubio said the administration had promised that Friday’s summit with Putin would result in a ceasefire deal.',
      '“Ukraine is a sovereign country,” Witkoff said.',
      `Rubio said on CNN: “${RUBIO_QUOTE}”`,
    ];
    for (const draft of drafts) {
      for (const finding of checker.check(draft, { draftDate: '2025-08-18' }).findings) {
        const head = finding.message.slice(0, 80);
        assert.ok(
          head.includes(`“${finding.difference!.draft}”`) && head.includes(`“${finding.difference!.record}”`),
          finding.message,
        );
      }
    }
  });
});

describe('engine: message parts', () => {
  it("clip cuts at a word's end with an ellipsis, and leaves short text alone", () => {
    assert.strictEqual(clip('French President Emmanuel Macron', 28), 'French President Emmanuel…');
    assert.strictEqual(clip('  Fox   News ', 28), 'Fox News');
  });

  it('the two sides of a difference share a budget, so a short draft side leaves room for a long record side', () => {
    assert.strictEqual(
      differenceText({ draft: 'Newsnight', record: 'BBC Radio 4’s Today programme' }),
      '“Newsnight” where the record has “BBC Radio 4’s Today programme”',
    );
    const long = differenceText({
      draft: 'a very long stretch of words the draft has',
      record: 'a very long stretch of words the record has instead',
    });
    assert.ok(long.length <= 80, long);
    assert.strictEqual(differenceText({ draft: '', record: 'not' }), 'the record has “not” here');
    assert.strictEqual(
      conflictMessage('misquote', { draft: 'a', record: 'b', more: 2 }, 'X, 1 Jan 2025'),
      'Misquote: “a” where the record has “b” (and 2 other changes) — X, 1 Jan 2025.',
    );
  });

  it('dates in a message are short; the precision is honest', () => {
    assert.strictEqual(shortDate({ date: '2025-08-17', datePrecision: 'day' }), '17 Aug 2025');
    assert.strictEqual(shortDate({ date: '2025-08-11', datePrecision: 'week' }), 'week of 11 Aug 2025');
    assert.strictEqual(shortDate({ date: '2025-08', datePrecision: 'month' }), 'Aug 2025');
    assert.strictEqual(shortDate({ date: '2025', datePrecision: 'year' }), '2025');
  });

  it('an outlet is told from a venue (a place, an occasion, reporters)', () => {
    assert.deepStrictEqual(
      [
        'Fox News Sunday',
        'CBS’s Face the Nation',
        'a post on X',
        'interview with The Sunday Courier',
        'Brussels, alongside Ursula von der Leyen',
        'told reporters',
        'Munich Security Conference',
        'press conference in Tokyo',
      ].map(outletOrVenue),
      ['outlet', 'outlet', 'outlet', 'outlet', 'venue', 'venue', 'venue', 'venue'],
    );
  });

  it('a source line leaves out empty fields and what the difference names; a venue stands in only for a left-out speaker', () => {
    const statement = { ...checker.statement('von-der-leyen-steel-porcupine')! };
    assert.strictEqual(
      sourceLine(statement, 'Ursula von der Leyen', 'The Washington Post'),
      'Ursula von der Leyen, 17 Aug 2025',
    );
    assert.strictEqual(
      sourceLine(statement, 'Ursula von der Leyen', 'The Washington Post', ['speaker']),
      'Brussels, alongside Volodymyr Zelensky, 17 Aug 2025',
    );
    const reported = checker.statement('anchorage-three-hour-discussion')!;
    assert.strictEqual(sourceLine(reported, null, 'The Washington Post'), 'The Washington Post, 15 Aug 2025');
  });
});
