/**
 * Issue 8's kinds from the river-water tuning set, on an invented metro-rail beat
 * (test/unit/fixtures/metro-corpus.jsonl): money in crore written "cr", a range in the draft
 * holding the record's figure, a court's proper name inside the reported words, a post on X
 * against a record on X, and a speaker written with initials. Exact findings.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findQuantities } from '../../src/engine/text/quantities';
import { tokenize } from '../../src/engine/text/tokens';
import { findNumbers } from '../../src/engine/draft/numbers';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'metro-corpus.jsonl');
const parsed = parseCorpusFile('metro-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'metro', corpus: parsed.corpus }]).corpus);
const check = (draft: string) => findingsOf(checker, draft, '2026-03-05');

const matches = (draft: string, statement: string, message: string) => [
  { kind: 'supported', text: draft, statement, message },
];

describe('engine: crore and lakh as newsrooms abbreviate them (issue 8)', () => {
  it('reads "cr" and "Crs" after money, glued or spaced, and "lac" anywhere, as scales', () => {
    const read = (text: string) =>
      findQuantities(tokenize(text), text).map((q) => ({
        value: q.value,
        unit: q.unit,
        text: text.slice(q.start, q.unitEnd ?? q.end),
      }));
    assert.deepStrictEqual(read('Rs 1,200 cr, ₹350Cr, ₹75 Crs and Rs 4.5 lac a head'), [
      { value: 1.2e10, unit: 'inr', text: 'Rs 1,200 cr' },
      { value: 3.5e9, unit: 'inr', text: '₹350Cr' },
      { value: 7.5e8, unit: 'inr', text: '₹75 Crs' },
      { value: 4.5e5, unit: 'inr', text: 'Rs 4.5 lac' },
    ]);
    // Not after money: a model name, not a scale.
    assert.deepStrictEqual(read('all 12 CR-9 trains'), [
      { value: 12, unit: '', text: '12' },
      { value: 9, unit: 'train', text: '9 trains' },
    ]);
  });

  it('"Rs 2,400 cr" and "₹24 billion" restate the record’s ₹2,400 crore; "Rs 2,600 cr" is a wrong number', () => {
    for (const amount of ['Rs 2,400 cr', '₹24 billion', '₹2,400 Cr']) {
      const draft = `Kulkarni said the second line will cost ${amount}.`;
      assert.deepStrictEqual(
        check(draft),
        matches(draft, 'kulkarni-cost', 'Matches the record: Meera Kulkarni, 2 Mar 2026.'),
        amount,
      );
    }
    assert.deepStrictEqual(check('Kulkarni said the second line will cost Rs 2,600 cr.'), [
      {
        kind: 'wrong-number',
        text: 'Rs 2,600 cr',
        statement: 'kulkarni-cost',
        message: 'Wrong number: “Rs 2,600 cr” where the record has “Rs 2,400 cr” — Meera Kulkarni, 2 Mar 2026.',
      },
    ]);
  });
});

describe('engine: a range in the draft (issue 8)', () => {
  it('marks both ends of "X to Y", "X–Y" and "between X and Y", not a change ("from X to Y") or a tally', () => {
    const ranges = (text: string) => findNumbers(tokenize(text), text).map((n) => [n.value, n.unit, n.range ?? null]);
    assert.deepStrictEqual(ranges('80,000-90,000 riders'), [
      [80000, 'rider', { low: 80000, high: 90000 }],
      [90000, 'rider', { low: 80000, high: 90000 }],
    ]);
    assert.deepStrictEqual(ranges('between 3 and 4 per cent'), [
      [3, 'percent', { low: 3, high: 4 }],
      [4, 'percent', { low: 3, high: 4 }],
    ]);
    assert.deepStrictEqual(ranges('rose from 3 to 4 per cent'), [
      [3, 'percent', null],
      [4, 'percent', null],
    ]);
    assert.deepStrictEqual(ranges('passed by 35 votes to 31'), [
      [35, 'vote', null],
      [31, 'vote', null],
    ]);
  });

  it('a range holding the record’s 85,000 is no wrong number; one beside it is', () => {
    for (const range of ['between 80,000 and 90,000', '80,000 to 90,000', '80,000–90,000', '85,000 to 90,000']) {
      const draft = `Kulkarni said ridership was ${range} passengers a day in February.`;
      assert.deepStrictEqual(
        check(draft),
        matches(draft, 'kulkarni-riders', 'Matches the record: Meera Kulkarni, 2 Mar 2026.'),
        range,
      );
    }
    assert.deepStrictEqual(
      check('Kulkarni said ridership was between 60,000 and 70,000 passengers a day in February.'),
      [
        {
          kind: 'wrong-number',
          text: '60,000',
          statement: 'kulkarni-riders',
          message: 'Wrong number: “60,000” where the record has “85,000” — Meera Kulkarni, 2 Mar 2026.',
        },
      ],
    );
  });
});

describe('engine: a range on record, and a change that is no range (issue 8)', () => {
  it('a range on record is compared end to end: "between 10 and 18 months" against 10 and 14 is a wrong number', () => {
    assert.deepStrictEqual(check('Kulkarni said the depot works would take between 10 and 18 months.'), [
      {
        kind: 'wrong-number',
        text: '18',
        statement: 'kulkarni-depot-months',
        message: 'Wrong number: “18” where the record has “14” — Meera Kulkarni, 2 Mar 2026.',
      },
    ]);
  });

  it('a verb of change before "X to Y" makes it a move and a level: "rose 6 points to 38 per cent"', () => {
    const text = 'the share rose 6 per cent to 38 per cent';
    assert.deepStrictEqual(
      findNumbers(tokenize(text), text).map((n) => n.range ?? null),
      [null, null],
    );
  });
});

describe('engine: a quantity changed inside a quotation, unit and all (issue 8)', () => {
  const said = (words: string) => `“Trial runs on the second line will last ${words},” Kulkarni said.`;
  const both = (text: string) =>
    ['wrong-number', 'misquote'].map((kind) => ({
      kind,
      text,
      statement: 'kulkarni-trial-week',
      message: `${kind === 'misquote' ? 'Misquote' : 'Wrong number'}: “${text}” where the record has “a week” — Meera Kulkarni, 2 Mar 2026.`,
    }));
  it('"ten days" or "a month" for the record’s "a week" is a wrong number and a misquote', () => {
    assert.deepStrictEqual(check(said('ten days')), both('ten days'));
    assert.deepStrictEqual(check(said('a month')), both('a month'));
  });

  it('"seven days" for "a week" is the same length in other words, and "a while" no quantity: misquotes only', () => {
    assert.deepStrictEqual(check(said('seven days')), [
      {
        kind: 'misquote',
        text: 'seven days',
        statement: 'kulkarni-trial-week',
        message: 'Misquote: “seven days” where the record has “a week” — Meera Kulkarni, 2 Mar 2026.',
      },
    ]);
    assert.deepStrictEqual(check(said('a while')), [
      {
        kind: 'misquote',
        text: 'while',
        statement: 'kulkarni-trial-week',
        message: 'Misquote: “while” where the record has “week” — Meera Kulkarni, 2 Mar 2026.',
      },
    ]);
  });
});

describe('engine: an average is another measure than a figure on record (issue 8)', () => {
  it('"averaged 80,000" is neither a wrong number against the record’s 85,000 a day nor sourced by it, nor is the figure beside it', () => {
    assert.deepStrictEqual(
      check(
        'Ridership averaged 80,000 passengers a day in February, short of the 95,000 passengers the corporation had forecast.',
      ),
      [],
    );
    assert.deepStrictEqual(check('Kulkarni said ridership in February was an average of 80,000 passengers a day.'), []);
  });

  it('the same figure without "averaged" is still a wrong number', () => {
    assert.deepStrictEqual(check('Kulkarni said ridership reached 80,000 passengers a day in February.'), [
      {
        kind: 'wrong-number',
        text: '80,000',
        statement: 'kulkarni-riders',
        message: 'Wrong number: “80,000” where the record has “85,000” — Meera Kulkarni, 2 Mar 2026.',
      },
    ]);
  });
});

describe('engine: courts in proper names and posts on X as outlets (issue 8)', () => {
  it('a court named inside the reported words ("a case in the High Court") is no outlet', () => {
    const draft = 'Kulkarni said the second line, delayed by a case in the High Court, will cost Rs 2,400 cr.';
    assert.deepStrictEqual(
      check(draft),
      matches(draft, 'kulkarni-cost', 'Matches the record: Meera Kulkarni, 2 Mar 2026.'),
    );
    const told =
      'Patwardhan told the cabinet briefing that the state would defend the land acquisition for the depot before any bench of the Bombay High Court.';
    assert.deepStrictEqual(
      check(told),
      matches(told, 'patwardhan-land', 'Matches the record: Arjun Patwardhan, 4 Mar 2026.'),
    );
  });

  it('a court the words were told to is still where they were said: a wrong outlet against a cabinet briefing', () => {
    assert.deepStrictEqual(
      check('Patwardhan told the High Court: “We will defend the land acquisition for the depot before any bench.”'),
      [
        {
          kind: 'wrong-outlet',
          text: 'Court',
          statement: 'patwardhan-land',
          message:
            'Wrong outlet: “Court” where the record has “cabinet briefing at Mantralaya” — Arjun Patwardhan, 4 Mar 2026.',
        },
      ],
    );
  });

  it('"posted on X" and "a post on X" are the record’s X; "wrote on Facebook" is not', () => {
    const sourced = (text: string) => [
      { kind: 'supported', text, statement: 'patwardhan-tender', message: 'Sourced: Arjun Patwardhan, X, 4 Mar 2026.' },
    ];
    assert.deepStrictEqual(
      check('Patwardhan posted on X: “The tender for the second line will open in April.”'),
      sourced('The tender for the second line will open in April.'),
    );
    assert.deepStrictEqual(
      check('In a post on X, Patwardhan wrote that “the tender for the second line will open in April”.'),
      sourced('the tender for the second line will open in April'),
    );
    assert.deepStrictEqual(
      check('Patwardhan wrote on Facebook: “The tender for the second line will open in April.”'),
      [
        {
          kind: 'wrong-outlet',
          text: 'Facebook',
          statement: 'patwardhan-tender',
          message: 'Wrong outlet: “Facebook” where the record has “X” — Arjun Patwardhan, 4 Mar 2026.',
        },
      ],
    );
  });
});

describe('engine: an outlet the corpus does not know, after "told" (issue 8)', () => {
  const quote = ': “The second line will cost ₹2,400 crore.”';
  const wrong = (text: string) => [
    {
      kind: 'wrong-outlet',
      text,
      statement: 'kulkarni-cost',
      message: `Wrong outlet: “${text}” where the record has “Lokvani” — Meera Kulkarni, 2 Mar 2026.`,
    },
  ];
  it('a listed Indian-language paper ("told Vijay Karnataka") contradicts the record’s Lokvani', () => {
    assert.deepStrictEqual(check(`Kulkarni told Vijay Karnataka${quote}`), wrong('Vijay Karnataka'));
    assert.deepStrictEqual(check(`Kulkarni told Dainik Bhaskar${quote}`), wrong('Dainik Bhaskar'));
  });

  it('an unlisted one named with a word for news ("Mysuru Samachar", "Konkan Varta") does too', () => {
    assert.deepStrictEqual(check(`Kulkarni told Mysuru Samachar${quote}`), wrong('Mysuru Samachar'));
    assert.deepStrictEqual(check(`Kulkarni told the Konkan Varta${quote}`), wrong('Konkan Varta'));
  });
});

describe('engine: a speaker written with initials (issue 8)', () => {
  const quote = '“The second line will cost ₹2,400 crore,”';
  const wrong = (text: string) => [
    {
      kind: 'misattribution',
      text,
      statement: 'kulkarni-cost',
      message: `Wrong speaker: “${text}” where the record has “Meera Kulkarni” — Lokvani, 2 Mar 2026.`,
    },
  ];
  it('initials and an appositive ("said S. V. Deshmukh, the metro’s chief engineer") name another person', () => {
    assert.deepStrictEqual(check(`${quote} said S. V. Deshmukh, the metro’s chief engineer.`), wrong('S. V. Deshmukh'));
    assert.deepStrictEqual(check(`${quote} R. Deshmukh said.`), wrong('R. Deshmukh'));
    assert.deepStrictEqual(check(`${quote} said Dr. R. Deshmukh.`), wrong('R. Deshmukh'));
  });

  it('an initial before the record speaker’s surname is the record speaker; "U.S. officials" are no one named', () => {
    const sourced = [
      {
        kind: 'supported',
        text: 'The second line will cost ₹2,400 crore,',
        statement: 'kulkarni-cost',
        message: 'Sourced: Meera Kulkarni, 2 Mar 2026.',
      },
    ];
    assert.deepStrictEqual(check(`${quote} said M. Kulkarni.`), sourced);
    assert.deepStrictEqual(check(`${quote} U.S. officials said.`), sourced);
  });
});

describe('engine: the manner of a wrong speaker’s words is no outlet (issue 8)', () => {
  const quote = '“The second line will cost ₹2,400 crore,”';
  const wrongSpeaker = (text: string) => ({
    kind: 'misattribution',
    text,
    statement: 'kulkarni-cost',
    message: `Wrong speaker: “${text}” where the record has “Meera Kulkarni” — Lokvani, 2 Mar 2026.`,
  });
  it('"the contractors’ association said in a statement": a misattribution only', () => {
    assert.deepStrictEqual(check(`${quote} the contractors’ association said in a statement.`), [
      wrongSpeaker('the contractors’ association'),
    ]);
  });

  it('a named outlet beside a wrong speaker is still a wrong outlet; "in a statement" by the record’s speaker too', () => {
    assert.deepStrictEqual(check(`${quote} the contractors’ association told Vijay Karnataka.`), [
      wrongSpeaker('the contractors’ association'),
      {
        kind: 'wrong-outlet',
        text: 'Vijay Karnataka',
        statement: 'kulkarni-cost',
        message: 'Wrong outlet: “Vijay Karnataka” where the record has “Lokvani” — Meera Kulkarni, 2 Mar 2026.',
      },
    ]);
    assert.deepStrictEqual(check(`${quote} Kulkarni said in a statement.`), [
      {
        kind: 'wrong-outlet',
        text: 'in a statement',
        statement: 'kulkarni-cost',
        message: 'Wrong outlet: “in a statement” where the record has “Lokvani” — Meera Kulkarni, 2 Mar 2026.',
      },
    ]);
  });
});
