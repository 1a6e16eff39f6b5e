// Quick fixes say what they change, and a speaker fix names the record's speaker as the draft would.
import * as assert from 'node:assert/strict';
import { FactChecker, loadBundledCorpus, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { outletName, restoreQuoteTitle, speakerReplacement } from '../../src/engine/fixes';
import { nameLike } from '../../src/engine/judge/context';

const corpusText = JSON.stringify({
  people: [
    {
      id: 'jane-roe',
      name: 'Jane Roe',
      aliases: ['Roe', 'Ms Roe'],
      roles: [{ title: 'Mayor of Springfield', from: '2024-01-08' }],
    },
    { id: 'john-smith', name: 'John Smith', aliases: ['Smith'], roles: [{ title: 'Councillor', from: '2020-01-01' }] },
    { id: 'ann-lee', name: 'Ann Lee', aliases: ['Lee'], roles: [{ title: 'council treasurer' }] },
  ],
  sources: [
    { id: 'gazette', publisher: 'Springfield Gazette', headline: 'Mayor backs Kyiv twinning', published: '2026-01-06' },
  ],
  statements: [
    {
      id: 'roe-kyiv',
      speaker: 'jane-roe',
      text: 'We will not walk away from our friends in Kyiv.',
      date: '2026-01-05',
      outlet: 'city council meeting',
      source: 'gazette',
      negated: true,
    },
    {
      id: 'lee-budget',
      speaker: 'ann-lee',
      text: 'The harbour budget is balanced for the first time in a decade',
      date: '2026-01-05',
      outlet: 'Fox News',
      source: 'gazette',
    },
  ],
});
const parsed = parseCorpusFile('fixes.json', corpusText);
const checker = new FactChecker(mergeCorpora([{ name: 'fixes', corpus: parsed.corpus }]).corpus);

function fixes(draft: string) {
  return checker
    .check(draft, { draftDate: '2026-01-06' })
    .findings.filter((finding) => finding.fix)
    .map((finding) => ({
      kind: finding.kind,
      at: draft.slice(finding.fix!.range.start, finding.fix!.range.end),
      text: finding.fix!.text,
      title: finding.fix!.label,
    }));
}

describe('Quick-fix titles say what changes', () => {
  it('loads the fixture cleanly', () => assert.deepEqual(parsed.problems, []));

  it('a misquote: Replace “draft words” with “record words”', () => {
    assert.deepEqual(fixes('Roe said: “We will not walk away from our allies in Kyiv.”'), [
      {
        kind: 'misquote',
        at: 'We will not walk away from our allies in Kyiv.',
        text: 'We will not walk away from our friends in Kyiv.',
        title: 'Replace “allies” with “friends”',
      },
    ]);
  });

  it('a wrong day: Change “Tuesday” to “Monday”', () => {
    assert.deepEqual(fixes('Roe said on Tuesday: “We will not walk away from our friends in Kyiv.”'), [
      { kind: 'wrong-date', at: 'Tuesday', text: 'Monday', title: 'Change “Tuesday” to “Monday”' },
    ]);
  });

  it('the restore title spells out one or two changes and counts more', () => {
    assert.equal(
      restoreQuoteTitle([
        { op: 'same', text: 'our friends in' },
        { op: 'removed', text: 'Kyiv' },
        { op: 'added', text: 'Moscow' },
      ]),
      'Replace “Moscow” with “Kyiv”',
    );
    assert.equal(
      restoreQuoteTitle([
        { op: 'same', text: 'we will' },
        { op: 'added', text: 'never' },
        { op: 'same', text: 'go' },
      ]),
      'Remove “never”',
    );
    assert.equal(
      restoreQuoteTitle([
        { op: 'same', text: 'we will' },
        { op: 'removed', text: 'not' },
        { op: 'same', text: 'go' },
      ]),
      'Insert “not”',
    );
    assert.equal(
      restoreQuoteTitle([
        { op: 'removed', text: 'Kyiv' },
        { op: 'added', text: 'Moscow' },
        { op: 'same', text: 'and' },
        { op: 'removed', text: 'friends' },
        { op: 'added', text: 'allies' },
      ]),
      'Replace “Moscow” with “Kyiv” and “allies” with “friends”',
    );
    assert.equal(
      restoreQuoteTitle([
        { op: 'added', text: 'a' },
        { op: 'same', text: 'x' },
        { op: 'added', text: 'b' },
        { op: 'same', text: 'y' },
        { op: 'removed', text: 'c' },
      ]),
      'Restore the verbatim quote (3 changes)',
    );
    assert.equal(restoreQuoteTitle(undefined), 'Restore the verbatim quote');
  });

  it('a wrong-outlet fix writes only a name where the draft named an outlet, never “told reporters” or a place', () => {
    assert.equal(outletName('CBS’s Face the Nation'), 'CBS’s Face the Nation');
    assert.equal(outletName('ABC News interview'), 'ABC News');
    assert.equal(outletName('told reporters'), undefined);
    assert.equal(outletName('Brussels, alongside Ursula von der Leyen'), undefined);
  });
});

describe('The speaker fix names the record’s speaker as the draft would', () => {
  it('a first reference: the full name, keeping a title the record’s speaker holds (“Mayor Smith” → “Mayor Jane Roe”)', () => {
    assert.deepEqual(fixes('Mayor Smith said: “We will not walk away from our friends in Kyiv.”'), [
      { kind: 'misattribution', at: 'Mayor Smith', text: 'Mayor Jane Roe', title: 'Change the speaker to Jane Roe' },
    ]);
  });

  it('a second reference, after the draft named her in full: title and surname (“Mayor Roe”)', () => {
    assert.deepEqual(
      fixes('Jane Roe opened the meeting.\n\nMayor Smith said: “We will not walk away from our friends in Kyiv.”'),
      [{ kind: 'misattribution', at: 'Mayor Smith', text: 'Mayor Roe', title: 'Change the speaker to Jane Roe' }],
    );
  });

  it('a title the record’s speaker does not hold is dropped (“Councillor Smith” → “Jane Roe”)', () => {
    assert.deepEqual(
      fixes('Councillor Smith said: “We will not walk away from our friends in Kyiv.”').map((fix) => fix.text),
      ['Jane Roe'],
    );
  });

  it('leaves no stray title or article behind: “U.S. President Donald Trump”, “the Kremlin spokesman”', () => {
    const bundled = new FactChecker(loadBundledCorpus());
    const quote =
      '“It will require both sides to make concessions. It will require both sides to get the things they’re asking for.”';
    const fixed = (draft: string) =>
      bundled
        .check(draft)
        .findings.filter((finding) => finding.fix)
        .map(
          (finding) =>
            `${draft.slice(0, finding.fix!.range.start)}${finding.fix!.text}${draft.slice(finding.fix!.range.end)}`,
        );
    assert.deepEqual(fixed(`Secretary of State Marco Rubio spoke. Later, U.S. President Donald Trump said: ${quote}`), [
      `Secretary of State Marco Rubio spoke. Later, Rubio said: ${quote}`,
    ]);
    assert.deepEqual(fixed(`Yesterday the Kremlin spokesman said: ${quote}`), [`Yesterday Marco Rubio said: ${quote}`]);
    assert.deepEqual(fixed(`The Kremlin spokesman said: ${quote}`), [`Marco Rubio said: ${quote}`]);
  });

  it('the speaker fix and the message read the same courtesy titles (draft/titles.ts)', () => {
    const roe = { name: 'Jane Roe', aliases: ['Roe', 'Dr. Roe'], roles: [] };
    for (const title of ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Dr.']) {
      const written = `${title} Smith`;
      assert.equal(speakerReplacement(written, 'Jane Roe spoke. ', roe, '2026-01-05', ['Smith']), 'Dr. Roe', written);
      assert.equal(nameLike(written, 'Jane Roe'), `${title} Roe`, written);
    }
    // "Sir" is an honorific but not a courtesy title a reporter puts before a surname alone.
    assert.equal(nameLike('Sir Smith', 'Jane Roe'), 'Jane Roe');
  });

  it('rules on their own: possessives, honorifics the corpus gives, particles at a sentence start', () => {
    const roe = {
      name: 'Jane Roe',
      aliases: ['Roe', 'Ms Roe'],
      roles: [{ title: 'Mayor of Springfield', from: '2024-01-08' }],
    };
    assert.equal(speakerReplacement('Smith’s', 'In ', roe, '2026-01-05', ['John Smith', 'Smith']), 'Jane Roe’s');
    assert.equal(
      speakerReplacement('Mr Smith', 'Jane Roe spoke. ', roe, '2026-01-05', ['John Smith', 'Smith']),
      'Ms Roe',
    );
    assert.equal(
      speakerReplacement('Mr Smith', 'Jane Roe spoke. ', { ...roe, aliases: ['Roe'] }, '2026-01-05', [
        'John Smith',
        'Smith',
      ]),
      'Roe',
    );
    assert.equal(speakerReplacement('Mr Smith', 'First, ', roe, '2026-01-05', ['John Smith', 'Smith']), 'Jane Roe');
    // Before she took office, "Mayor" is not hers.
    assert.equal(speakerReplacement('Mayor Smith', '', roe, '2023-05-01', ['John Smith', 'Smith']), 'Jane Roe');
    const vdl = { name: 'Ursula von der Leyen', aliases: ['von der Leyen'], roles: [] };
    assert.equal(
      speakerReplacement('Macron', 'Ursula von der Leyen spoke.\n\n', vdl, '2025-08-17', ['Emmanuel Macron', 'Macron']),
      'Von der Leyen',
    );
    assert.equal(
      speakerReplacement('Macron', 'Ursula von der Leyen spoke, and ', vdl, '2025-08-17', [
        'Emmanuel Macron',
        'Macron',
      ]),
      'von der Leyen',
    );
  });
});
