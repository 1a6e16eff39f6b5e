/**
 * Issue 8's kinds of fault on a corpus the engine was not built around (an invented newsroom in
 * test/unit/fixtures/harbour-corpus.jsonl): each with the exact finding (kind, range, record, message).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'harbour-corpus.jsonl');
const parsed = parseCorpusFile('harbour-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'harbour', corpus: parsed.corpus }]).corpus);

const check = (draft: string, draftDate: string) => findingsOf(checker, draft, draftDate);

describe("engine: verdicts on another newsroom's corpus (issue 8)", () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it("wrong outlet: an outlet the corpus names (a source's publisher), told the Harbour Gazette", () => {
    assert.deepStrictEqual(
      check('Roe told the Harbour Gazette: “We will not walk away from our friends.”', '2025-10-09'),
      [
        {
          kind: 'wrong-outlet',
          text: 'Harbour Gazette',
          statement: 'roe-walk-away',
          message:
            "Wrong outlet: “Harbour Gazette” where the record has “Radio Nordland's Morning Edition” — Jane Roe, 8 Oct 2025.",
        },
      ],
    );
  });

  it('another programme of the same outlet, neither listed, is a wrong outlet; the record’s programme or the outlet alone is not', () => {
    const words = ': “We will not walk away from our friends.”';
    assert.deepStrictEqual(check(`Roe told Radio Nordland’s Evening Review${words}`, '2025-10-09'), [
      {
        kind: 'wrong-outlet',
        text: 'Evening Review',
        statement: 'roe-walk-away',
        message:
          "Wrong outlet: “Evening Review” where the record has “Radio Nordland's Morning Edition” — Jane Roe, 8 Oct 2025.",
      },
    ]);
    const sourced = {
      kind: 'supported',
      text: 'We will not walk away from our friends.',
      statement: 'roe-walk-away',
      message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
    };
    for (const outlet of [
      'Radio Nordland’s Morning Edition',
      'Radio Nordland',
      'Radio Nordland’s Morning Edition programme',
    ])
      assert.deepStrictEqual(check(`Roe told ${outlet}${words}`, '2025-10-09'), [sourced], outlet);
  });

  it('a figure short of restating the record, dated to another day by month and day or by weekday, is that day’s figure: no wrong number', () => {
    const sentence = (day: string) => `The cost of dredging the harbour was up 12 per cent in early trading${day}.`;
    // Another date, or another weekday than the record's (8 October 2025 was a Wednesday): that day's figure.
    for (const day of [' on Monday, 20 October', ' on Monday'])
      assert.deepStrictEqual(check(sentence(day), '2025-10-21'), [], day);
    const wrong = [
      {
        kind: 'wrong-number',
        text: '12',
        statement: 'roe-dredging-cost',
        message:
          "Wrong number: “12” where the record has “38” — Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ];
    // The record's own day, its own weekday, or no day: still the record's figure.
    for (const day of [' on Wednesday, 8 October', ' on Wednesday', ''])
      assert.deepStrictEqual(check(sentence(day), '2025-10-21'), wrong, day);
  });

  it('an abbreviated month after "said on" is a date, not an outlet: Oct. 7 is a wrong date, Oct. 8 the record’s', () => {
    const words = ': “We will not walk away from our friends.”';
    assert.deepStrictEqual(check(`Roe said on Oct. 8${words}`, '2025-10-20'), [
      {
        kind: 'supported',
        text: 'We will not walk away from our friends.',
        statement: 'roe-walk-away',
        message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
    for (const [day, record] of [
      ['Oct. 7', 'October 8'],
      ['Sept. 8', 'October 8'],
    ])
      assert.deepStrictEqual(check(`Roe said on ${day}${words}`, '2025-10-20'), [
        {
          kind: 'wrong-date',
          text: day,
          statement: 'roe-walk-away',
          message: `Wrong date: “${day}” where the record has “${record}” — Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.`,
        },
      ]);
  });

  it('after "said", the capitalised words before a lower-case title say whose title it is: the name after it speaks', () => {
    assert.deepStrictEqual(
      check('“We will not walk away from our friends,” said Nordland Harbour councillor Mark Lee.', '2025-10-09'),
      [
        {
          kind: 'misattribution',
          text: 'Mark Lee',
          statement: 'roe-walk-away',
          message:
            "Wrong speaker: “Mark Lee” where the record has “Jane Roe” — Radio Nordland's Morning Edition, 8 Oct 2025.",
        },
      ],
    );
    assert.deepStrictEqual(
      check('“We will not walk away from our friends,” said Bergen mayor Jane Roe.', '2025-10-09'),
      [
        {
          kind: 'supported',
          text: 'We will not walk away from our friends,',
          statement: 'roe-walk-away',
          message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
        },
      ],
    );
  });

  it('a wire dateline and credit is not where the words were said', () => {
    assert.deepStrictEqual(check('BERGEN (AP) — Roe said: “We will not walk away from our friends.”', '2025-10-09'), [
      {
        kind: 'supported',
        text: 'We will not walk away from our friends.',
        statement: 'roe-walk-away',
        message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it("a place in the venue (a press conference in Bergen) agrees with the record's venue", () => {
    assert.deepStrictEqual(
      check(
        'Nowak said at a press conference in Bergen that the borrowing rate was held at 3.6 per cent.',
        '2025-10-09',
      ),
      [
        {
          kind: 'supported',
          text: 'Nowak said at a press conference in Bergen that the borrowing rate was held at 3.6 per cent.',
          statement: 'nowak-rate',
          message: 'Matches the record: Łukasz Nowak, 7 Oct 2025.',
        },
      ],
    );
  });

  it('money with currency and scale: \u00a318bn against \u00a316bn', () => {
    assert.deepStrictEqual(check('“Spending on the harbour will rise by £18bn a year,” Roe said.', '2025-10-09'), [
      {
        kind: 'wrong-number',
        text: '18bn',
        statement: 'roe-spending',
        message:
          "Wrong number: “18bn” where the record has “16bn” — Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
      {
        kind: 'misquote',
        text: '18bn',
        statement: 'roe-spending',
        message:
          "Misquote: “18bn” where the record has “16bn” — Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it("a percentage in a corpus file's own numbers ('per cent' unit): 3.85 against 3.6 is a wrong number, never negation", () => {
    assert.deepStrictEqual(check("Nowak said the council's borrowing rate was held at 3.85 per cent.", '2025-10-09'), [
      {
        kind: 'wrong-number',
        text: '3.85',
        statement: 'nowak-rate',
        message: 'Wrong number: “3.85” where the record has “3.6” — Łukasz Nowak, 7 Oct 2025.',
      },
    ]);
  });

  it('counts of any noun: three times against two times', () => {
    assert.deepStrictEqual(
      check('“The committee has now met three times without a quorum,” Åberg said.', '2025-10-09'),
      [
        {
          kind: 'wrong-number',
          text: 'three',
          statement: 'aaberg-meetings',
          message: 'Wrong number: “three” where the record has “two” — Søren Åberg, 7 Oct 2025.',
        },
        {
          kind: 'misquote',
          text: 'three',
          statement: 'aaberg-meetings',
          message: 'Misquote: “three” where the record has “two” — Søren Åberg, 7 Oct 2025.',
        },
      ],
    );
  });

  it('a weekday with a date: the date is compared, not only the weekday', () => {
    assert.deepStrictEqual(
      check('“We will not walk away from our friends,” Roe said on Wednesday, 9 October 2025.', '2025-10-10'),
      [
        {
          kind: 'wrong-date',
          text: '9 October 2025',
          statement: 'roe-walk-away',
          message:
            "Wrong date: “9 October 2025” where the record has “8 October 2025” — Jane Roe, Radio Nordland's Morning Edition.",
        },
      ],
    );
  });

  it("yesterday resolves against the draft's date", () => {
    assert.deepStrictEqual(check('“We will not walk away from our friends,” Roe said yesterday.', '2025-10-10'), [
      {
        kind: 'wrong-date',
        text: 'yesterday',
        statement: 'roe-walk-away',
        message:
          "Wrong date: “yesterday” where the record has “8 Oct 2025” — Jane Roe, Radio Nordland's Morning Edition. The draft's date (10 Oct 2025) puts it on 9 Oct 2025.",
      },
    ]);
  });

  it('a named person the corpus does not know, with a title, is a misattribution (the name is the mention, the title is not)', () => {
    assert.deepStrictEqual(check('“We will not walk away from our friends,” Councillor Mark Lee said.', '2025-10-09'), [
      {
        kind: 'misattribution',
        text: 'Mark Lee',
        statement: 'roe-walk-away',
        message:
          "Wrong speaker: “Mark Lee” where the record has “Jane Roe” — Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it('a title before a known name is that person', () => {
    assert.deepStrictEqual(check('“We will not walk away from our friends,” Mayor Jane Roe said.', '2025-10-09'), [
      {
        kind: 'supported',
        text: 'We will not walk away from our friends,',
        statement: 'roe-walk-away',
        message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it('two negatives in other words are a misquote, not a flip', () => {
    assert.deepStrictEqual(
      check('Aaberg told reporters: “We will never at any time accept a harbour toll.”', '2025-10-09'),
      [
        {
          kind: 'misquote',
          text: 'never',
          statement: 'aaberg-never-accept',
          message: 'Misquote: “never” where the record has “not” — Søren Åberg, 7 Oct 2025.',
        },
      ],
    );
  });

  it('a quotation longer than the record: the recorded part is supported, the rest noted', () => {
    assert.deepStrictEqual(
      check('“It was a long night. We will not walk away from our friends,” Roe said.', '2025-10-09'),
      [
        {
          kind: 'supported',
          text: 'It was a long night. We will not walk away from our friends,',
          statement: 'roe-walk-away',
          message:
            "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025. The rest of the quotation (“It was a long night”) is not on record.",
        },
      ],
    );
  });

  it('invisible characters neither break a quote nor hide a name', () => {
    assert.deepStrictEqual(check('“We will not walk away from our fri­ends,” Ro​e said.', '2025-10-09'), [
      {
        kind: 'supported',
        text: 'We will not walk away from our fri­ends,',
        statement: 'roe-walk-away',
        message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it('names folded across scripts and diacritics: Soren Aberg is S\u00f8ren \u00c5berg', () => {
    assert.deepStrictEqual(
      check('“The committee has now met two times without a quorum,” Soren Aberg said.', '2025-10-09'),
      [
        {
          kind: 'supported',
          text: 'The committee has now met two times without a quorum,',
          statement: 'aaberg-meetings',
          message: 'Sourced: Søren Åberg, 7 Oct 2025.',
        },
      ],
    );
  });

  it("no word stems to 'not': noted, notable", () => {
    assert.deepStrictEqual(
      check('The finance director noted that the budget was notable for its length.', '2025-10-09'),
      [],
    );
  });

  it('a remark placed on another occasion with other words is not a misquote: a similar remark is on record', () => {
    assert.deepStrictEqual(
      check('Back in June 2024, Roe promised: “We will never walk away from our friends.”', '2025-10-09'),
      [
        {
          kind: 'unverified-quote',
          text: 'We will never walk away from our friends.',
          statement: 'roe-walk-away',
          message:
            "Not on record for that occasion; on record: “We will not walk away from our friends” — Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
        },
      ],
    );
  });

  it("another programme of the record's network is another outlet", () => {
    assert.deepStrictEqual(
      check('Roe told the BBC’s Newsnight: “The harbour will be open to every ship that pays its way.”', '2025-10-09'),
      [
        {
          kind: 'wrong-outlet',
          text: 'Newsnight',
          statement: 'roe-today-programme',
          message:
            "Wrong outlet: “Newsnight” where the record has “BBC Radio 4's Today programme” — Jane Roe, 6 Oct 2025.",
        },
      ],
    );
  });

  it("a headline's name before the colon is the speaker", () => {
    assert.deepStrictEqual(check('Roe: ‘We will not walk away from our friends’', '2025-10-09'), [
      {
        kind: 'supported',
        text: 'We will not walk away from our friends',
        statement: 'roe-walk-away',
        message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it("a headline's unknown name before the colon is a misattribution", () => {
    assert.deepStrictEqual(check('Lee: ‘We will not walk away from our friends’', '2025-10-09'), [
      {
        kind: 'misattribution',
        text: 'Lee',
        statement: 'roe-walk-away',
        message: "Wrong speaker: “Lee” where the record has “Roe” — Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it('every slot that disagrees is reported: the day and the outlet', () => {
    assert.deepStrictEqual(
      check('Roe told the Harbour Gazette on Tuesday: “We will not walk away from our friends.”', '2025-10-09'),
      [
        {
          kind: 'wrong-outlet',
          text: 'Harbour Gazette',
          statement: 'roe-walk-away',
          message:
            "Wrong outlet: “Harbour Gazette” where the record has “Radio Nordland's Morning Edition” — Jane Roe, 8 Oct 2025.",
        },
        {
          kind: 'wrong-date',
          text: 'Tuesday',
          statement: 'roe-walk-away',
          message:
            "Wrong date: “Tuesday” where the record has “Wednesday” — Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
        },
      ],
    );
  });

  it("a question is the asker's words, even after its question mark", () => {
    assert.deepStrictEqual(check('“Will you raise the harbour toll this winter?” Roe asked.', '2025-10-09'), [
      {
        kind: 'misattribution',
        text: 'Roe',
        statement: 'berg-question-toll',
        message: "Wrong speaker: “Roe” where the record has “Berg” — Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
  });

  it('negation: the same proposition with the opposite polarity', () => {
    assert.deepStrictEqual(check('Nowak said the council would raise the harbour toll this winter.', '2025-10-09'), [
      {
        kind: 'negation',
        text: 'would raise',
        statement: 'nowak-no-toll-rise',
        message: 'Says the opposite: “would raise” where the record has “will not raise” — Łukasz Nowak, 7 Oct 2025.',
      },
    ]);
  });

  it('negation: refused to rule out cancels into a plain statement', () => {
    assert.deepStrictEqual(check('Nowak refused to rule out raising the harbour toll this winter.', '2025-10-09'), [
      {
        kind: 'negation',
        text: 'Nowak refused to rule out raising the harbour toll this winter.',
        statement: 'nowak-no-toll-rise',
        message:
          'Says the opposite: “Nowak refused to rule out…” where the record has “The council will not raise…” — Łukasz Nowak, 7 Oct 2025.',
      },
    ]);
  });

  it('ruled out is a negation that agrees with a plain not', () => {
    assert.deepStrictEqual(check('Nowak ruled out raising the harbour toll this winter.', '2025-10-09'), [
      {
        kind: 'supported',
        text: 'Nowak ruled out raising the harbour toll this winter.',
        statement: 'nowak-no-toll-rise',
        message: 'Matches the record: Łukasz Nowak, 7 Oct 2025.',
      },
    ]);
  });

  it('shared topic words are not a negation', () => {
    assert.deepStrictEqual(check('Nowak spoke about the harbour toll at length.', '2025-10-09'), []);
  });

  it('a stock phrase about someone else is not sourced by the record', () => {
    assert.deepStrictEqual(
      check('A spokesperson for the port authority declined to comment on the dredging contract.', '2025-10-09'),
      [],
    );
  });

  it('a sentence placed in another year is another occasion: no conflict', () => {
    assert.deepStrictEqual(check("In 2023 the council's borrowing rate was held at 3.85 per cent.", '2025-10-09'), []);
  });

  it('a name in quotation marks is not the quotation of whoever recorded it', () => {
    assert.deepStrictEqual(check('Nowak said the “Harbour Compact” would be signed in spring.', '2025-10-09'), []);
  });

  it("last week: the record's day falls in the calendar week before the draft's", () => {
    assert.deepStrictEqual(
      check("Nowak said last week that the council's borrowing rate was held at 3.6 per cent.", '2025-10-15'),
      [
        {
          kind: 'supported',
          text: "Nowak said last week that the council's borrowing rate was held at 3.6 per cent.",
          statement: 'nowak-rate',
          message: 'Matches the record: Łukasz Nowak, 7 Oct 2025.',
        },
      ],
    );
  });

  it("last week: the record's day is two weeks back, a wrong date", () => {
    assert.deepStrictEqual(
      check("Nowak said last week that the council's borrowing rate was held at 3.6 per cent.", '2025-10-25'),
      [
        {
          kind: 'wrong-date',
          text: 'last week',
          statement: 'nowak-rate',
          message:
            "Wrong date: “last week” where the record has “7 Oct 2025” — Łukasz Nowak. The draft's date (25 Oct 2025) puts it between 13 Oct 2025 and 19 Oct 2025.",
        },
      ],
    );
  });

  it('a comparison with last year is not when the words were said', () => {
    assert.deepStrictEqual(
      check(
        'The borrowing rate was a rise of 0.2 points on last year, Nowak said at a press conference in Bergen.',
        '2025-10-09',
      ),
      [],
    );
  });

  const roeWalkAway = (outlet: string) => ({
    kind: 'wrong-outlet',
    text: outlet,
    statement: 'roe-walk-away',
    message: `Wrong outlet: “${outlet}” where the record has “Radio Nordland's Morning Edition” — Jane Roe, 8 Oct 2025.`,
  });

  it('an outlet no list names, where only an outlet stands: told Kanal 9, said on Vestlandet', () => {
    assert.deepStrictEqual(check('Roe told Kanal 9: “We will not walk away from our friends.”', '2025-10-09'), [
      roeWalkAway('Kanal 9'),
    ]);
    assert.deepStrictEqual(check('Roe said on Vestlandet: “We will not walk away from our friends.”', '2025-10-09'), [
      roeWalkAway('Vestlandet'),
    ]);
  });

  it('a day or a person after told or said on is not an outlet', () => {
    const supported = {
      kind: 'supported',
      text: 'We will not walk away from our friends.',
      statement: 'roe-walk-away',
      message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
    };
    for (const lead of ['Roe said on Wednesday:', 'Roe told Tove Berg:', 'Roe told Berg:', 'Roe told Tom Hale:'])
      assert.deepStrictEqual(
        check(`${lead} “We will not walk away from our friends.”`, '2025-10-09'),
        [supported],
        lead,
      );
  });

  it('a threshold is only contradicted by another threshold: a measured rate above the floor is not a wrong number', () => {
    assert.deepStrictEqual(
      check('Mortgage rates averaged 3.4 per cent in September, figures from the central bank showed.', '2025-10-09'),
      [],
    );
    assert.deepStrictEqual(
      check('Nowak said he did not expect mortgage rates to fall below 4 per cent before the spring.', '2025-10-09'),
      [
        {
          kind: 'wrong-number',
          text: '4',
          statement: 'nowak-rate-floor',
          message: 'Wrong number: “4” where the record has “3” — Łukasz Nowak, 7 Oct 2025.',
        },
      ],
    );
  });

  it("a paraphrase's share or sum needs the same measure: shares rising 3 per cent do not measure costs up 38 per cent", () => {
    assert.deepStrictEqual(
      check('Harbour Line shares rose 3 per cent in Oslo trading after the call.', '2025-10-09'),
      [],
    );
    assert.deepStrictEqual(
      check('Roe said dredging costs had risen by 28 per cent in twelve months.', '2025-10-09').map((f) => [
        f.kind,
        f.text,
        f.statement,
      ]),
      [['wrong-number', '28', 'roe-dredging-cost']],
    );
  });

  it("the name apposed to a role is the speaker: Bergen's deputy mayor, Tom Hale, said", () => {
    assert.deepStrictEqual(
      check("Bergen's deputy mayor, Tom Hale, said: “We will not walk away from our friends.”", '2025-10-09').map(
        (f) => [f.kind, f.text, f.statement],
      ),
      [['misattribution', 'Tom Hale', 'roe-walk-away']],
    );
  });

  it('a negation governs nothing past its clause: "not going to resign, and I don’t think …" flips "would resign"', () => {
    assert.deepStrictEqual(
      check('Roe said she would resign.', '2025-10-09').map((f) => [f.kind, f.statement]),
      [['negation', 'roe-not-resign']],
    );
  });

  it("a double negation is plain whatever the file's negated flag says: ruled out flips have not ruled out", () => {
    assert.deepStrictEqual(
      check('Åberg has ruled out a ferry levy.', '2025-10-09').map((f) => [f.kind, f.statement]),
      [['negation', 'aaberg-options-open']],
    );
  });

  it("words that name what the record's speaker holds a role in attribute the sentence: the finance office said", () => {
    assert.deepStrictEqual(
      check("The finance office said the council's borrowing rate was held at 3.9 per cent.", '2025-10-09').map((f) => [
        f.kind,
        f.text,
        f.statement,
      ]),
      [['wrong-number', '3.9', 'nowak-rate']],
    );
  });

  it('a sentence that quotes only a term it mentions is still read for its figures', () => {
    assert.deepStrictEqual(
      check('Roe said spending on the harbour would rise by £18bn a year under the “compact” plan.', '2025-10-09').map(
        (f) => [f.kind, f.text, f.statement],
      ),
      [['wrong-number', '£18bn', 'roe-spending']],
    );
  });

  it('an unknown speaker after a lower-case title, a title with its complement, or with a home after the name', () => {
    for (const attribution of [
      'said councillor Ola Brekke.',
      'Councillor Ola Brekke of Askøy said.',
      'Minister of State Ola Brekke said.',
    ])
      assert.deepStrictEqual(
        check(`“We will not walk away from our friends,” ${attribution}`, '2025-10-09').map((f) => [
          f.kind,
          f.statement,
        ]),
        [['misattribution', 'roe-walk-away']],
        attribution,
      );
  });

  it('a so-called term in quotation marks is a mention, not a quotation of whoever recorded those words', () => {
    assert.deepStrictEqual(
      check('Critics mocked the so-called “walk away from our friends” doctrine.', '2025-10-09'),
      [],
    );
  });

  it('a deadline is not when the words were said: "if the budget passed by 20 October"', () => {
    assert.deepStrictEqual(
      check(
        'Nowak said the council would not raise the harbour toll this winter if the budget passed by 20 October.',
        '2025-10-09',
      ).filter((f) => f.kind === 'wrong-date'),
      [],
    );
  });

  it('a term after "calling it" / "call the …" is a label, not a quotation of whoever recorded those words', () => {
    assert.deepStrictEqual(
      check('Opposition councillors have taken to calling it the “walk away from our friends” budget.', '2025-10-09'),
      [],
    );
    // A named person calling something by the words is quoting them.
    assert.deepStrictEqual(
      check('Roe called it “walk away from our friends” and meant it.', '2025-10-09').map((f) => [
        f.kind,
        f.text,
        f.statement,
      ]),
      [['supported', 'walk away from our friends', 'roe-walk-away']],
    );
  });

  it('a reported question asserts nothing: no negation or number conflict inside "asked whether" / "wondered if"', () => {
    for (const draft of [
      'Readers have asked us whether the council will raise the harbour toll this winter.',
      'Reporters asked Nowak if the council would raise the harbour toll this winter; he did not answer.',
      'Skippers wondered whether spending on the harbour would rise by £18bn a year.',
    ])
      assert.deepStrictEqual(check(draft, '2025-10-09'), [], draft);
    // The claim outside the question is still judged.
    assert.deepStrictEqual(
      check(
        'Asked whether the toll would be cut, Nowak said the council will raise the harbour toll this winter.',
        '2025-10-09',
      ).map((f) => [f.kind, f.text, f.statement]),
      [['negation', 'will raise', 'nowak-no-toll-rise']],
    );
  });

  it('an outlet and a day between the speaker and the colon name neither: the sentence’s subject speaks', () => {
    assert.deepStrictEqual(
      check(
        "Roe struck a defiant note on Radio Nordland's Morning Edition on Wednesday morning: “We will not walk away from our friends.”",
        '2025-10-09',
      ),
      [
        {
          kind: 'supported',
          text: 'We will not walk away from our friends.',
          statement: 'roe-walk-away',
          message: "Sourced: Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
        },
      ],
    );
  });

  it('a count of the same thing in another proposition is not a wrong number: the words around the count must meet the record', () => {
    for (const draft of [
      'Harbour pilots have now struck 3 times since the committee lost its quorum.',
      'The ferry schedule, drafted by the committee without a quorum, has been reprinted 3 times.',
    ])
      assert.deepStrictEqual(check(draft, '2025-10-09'), [], draft);
    assert.deepStrictEqual(
      check('The committee has met 3 times without a quorum.', '2025-10-09').map((f) => [f.kind, f.text, f.statement]),
      [['wrong-number', '3', 'aaberg-meetings']],
    );
  });

  it('verbs of judging introduce their subject’s words: "Åberg welcomed “…”" gives Roe’s words to Åberg', () => {
    for (const verb of ['welcomed', 'hailed', 'praised', 'conceded'])
      assert.deepStrictEqual(
        check(
          `At the ferry terminal, Åberg ${verb} “spending on the harbour will rise by £16bn a year”.`,
          '2025-10-09',
        ).map((f) => [f.kind, f.text, f.statement]),
        [['misattribution', 'Åberg', 'roe-spending']],
        verb,
      );
  });

  it("a speaker's own record giving the same kind of figure is what the sentence restates, not another's better topic match", () => {
    const own = parseCorpusFile(
      'ferry.jsonl',
      [
        '{"type": "source", "id": "gazette-ferry", "publisher": "Harbour Gazette", "headline": "Ferry strike", "published": "2025-10-09"}',
        '{"type": "person", "id": "jane-roe", "name": "Jane Roe", "aliases": ["Roe"]}',
        '{"type": "person", "id": "ola-brekke", "name": "Ola Brekke", "aliases": ["Brekke"]}',
        '{"id": "roe-ferry-cost", "speaker": "jane-roe", "text": "Every day the gates stay shut costs this harbour NOK 4 million", "date": "2025-10-08", "source": "gazette-ferry"}',
        '{"id": "brekke-fishermen-cost", "speaker": "ola-brekke", "text": "Our estimate is that the ferry stoppage is costing harbour businesses around NOK 30 million a day", "date": "2025-10-08", "source": "gazette-ferry"}',
      ].join('\n'),
    );
    assert.deepStrictEqual(own.problems, []);
    const ferry = new FactChecker(mergeCorpora([{ name: 'ferry', corpus: own.corpus }]).corpus);
    const draft = 'Roe said each day of the ferry stoppage was costing the harbour NOK 5 million.';
    assert.deepStrictEqual(
      ferry
        .check(draft, { draftDate: '2025-10-09' })
        .findings.map((f) => [f.kind, draft.slice(f.range.start, f.range.end), f.statement?.id]),
      [['wrong-number', 'NOK 5 million', 'roe-ferry-cost']],
    );
    // The other's record with the draft's very figure: that is whose words they are.
    const theirs = 'Roe said the ferry stoppage was costing harbour businesses around NOK 30 million a day.';
    assert.deepStrictEqual(
      ferry.check(theirs, { draftDate: '2025-10-09' }).findings.map((f) => [f.kind, f.statement?.id]),
      [['misattribution', 'brekke-fishermen-cost']],
    );
  });

  it('a quotation standing alone, or "he said", after a sentence that opens on a person (a title and a name the corpus does not know too) is theirs', () => {
    for (const [draft, speaker] of [
      ['Åberg took questions for an hour. “We will not walk away from our friends.”', 'Søren Åberg'],
      [
        'Councillor Mark Lee, who chairs the ferry board, was blunt. “We will not walk away from our friends,” he said.',
        'Mark Lee',
      ],
      ['Deputy Mayor Kari Holm spoke next. “We will not walk away from our friends.”', 'Kari Holm'],
    ])
      assert.deepStrictEqual(
        check(draft, '2025-10-09').map((f) => [f.kind, f.statement, f.message]),
        [
          [
            'misattribution',
            'roe-walk-away',
            `Wrong speaker: “${speaker}” where the record has “Jane Roe” — Radio Nordland's Morning Edition, 8 Oct 2025.`,
          ],
        ],
        draft,
      );
    for (const draft of [
      'Roe took questions for an hour. “We will not walk away from our friends.”',
      'Mayor Jane Roe spoke next. “We will not walk away from our friends.”',
    ])
      assert.deepStrictEqual(
        check(draft, '2025-10-09').map((f) => [f.kind, f.statement]),
        [['supported', 'roe-walk-away']],
        draft,
      );
  });

  it('opposite directions say the opposite of the record ("fall" against "rise"), underlined on the word', () => {
    assert.deepStrictEqual(check('Roe said spending on the harbour will fall by £16bn a year.', '2025-10-09'), [
      {
        kind: 'negation',
        text: 'fall',
        statement: 'roe-spending',
        message:
          "Says the opposite: “fall” where the record has “rise” — Jane Roe, Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
    assert.deepStrictEqual(
      check('Roe said dredging costs fell by 38 per cent in twelve months.', '2025-10-09').map((f) => [
        f.kind,
        f.text,
        f.statement,
      ]),
      [['negation', 'fell', 'roe-dredging-cost']],
    );
  });

  it('two negatives of opposite directions agree with neither: "will not cut the toll" is not sourced by "will not raise the toll"', () => {
    for (const draft of [
      'Nowak said the council will not cut the harbour toll this winter.',
      'Nowak said mortgage rates would not rise above 3 per cent before the spring.',
    ])
      assert.deepStrictEqual(check(draft, '2025-10-09'), [], draft);
  });

  it('a body named in lower case speaks: another body is a wrong speaker, the speaker’s own office or government is not', () => {
    assert.deepStrictEqual(check('“We will not walk away from our friends,” the ferry union said.', '2025-10-09'), [
      {
        kind: 'misattribution',
        text: 'the ferry union',
        statement: 'roe-walk-away',
        message:
          "Wrong speaker: “the ferry union” where the record has “Jane Roe” — Radio Nordland's Morning Edition, 8 Oct 2025.",
      },
    ]);
    assert.deepStrictEqual(
      check('The opposition said spending on the harbour will rise by £16bn a year.', '2025-10-09').map((f) => [
        f.kind,
        f.text,
        f.statement,
      ]),
      [['misattribution', 'The opposition', 'roe-spending']],
    );
    // The mayor's office, the city government, the finance department for its director: vaguer, not wrong.
    for (const [draft, statement] of [
      ['“We will not walk away from our friends,” the mayor’s office said.', 'roe-walk-away'],
      ['“We will not walk away from our friends,” the city government said.', 'roe-walk-away'],
      ['“The council will not raise the harbour toll this winter,” said the finance department.', 'nowak-no-toll-rise'],
    ])
      assert.deepStrictEqual(
        check(draft, '2025-10-09').map((f) => [f.kind, f.statement]),
        [['supported', statement]],
        draft,
      );
    // A government does not speak for the opposition leader.
    assert.deepStrictEqual(
      check('“We will not at any time accept a harbour toll,” the government said.', '2025-10-09').map((f) => [
        f.kind,
        f.text,
        f.statement,
      ]),
      [['misattribution', 'the government', 'aaberg-never-accept']],
    );
  });

  it('a verb of judging takes the judged as its object: "accused Nowak of …" is not Nowak speaking; "praised Roe, who said" is Roe', () => {
    assert.deepStrictEqual(
      check('Opposition councillors accused Nowak of planning to raise the harbour toll this winter.', '2025-10-09'),
      [],
    );
    assert.deepStrictEqual(
      check('Åberg praised Roe, who said: “We will not walk away from our friends.”', '2025-10-09').map((f) => [
        f.kind,
        f.statement,
      ]),
      [['supported', 'roe-walk-away']],
    );
  });

  it('a remark the sentence opens by placing in another year ("Last year, Nowak said …") is another occasion; "rose last year" dates the figure', () => {
    // The records are of October 2025.
    for (const [draft, date] of [
      ['Last year, Nowak said the council will raise the harbour toll this winter.', '2027-03-01'],
      ['Two years ago, Roe said spending on the harbour would rise by £18bn a year.', '2028-03-01'],
    ])
      assert.deepStrictEqual(check(draft, date), [], draft);
    // In the record's own year, the same words still conflict.
    assert.deepStrictEqual(
      check('Last year, Nowak said the council will raise the harbour toll this winter.', '2026-10-09').map((f) => [
        f.kind,
        f.statement,
      ]),
      [['negation', 'nowak-no-toll-rise']],
    );
  });

  it("a quoted fragment's figure that only its context sentence gives is cited from the record of that sentence's words", () => {
    const fragment = parseCorpusFile(
      'fragment.jsonl',
      [
        '{"type": "source", "id": "gazette-frag", "publisher": "Harbour Gazette", "headline": "Trawlers", "published": "2025-10-09"}',
        '{"type": "person", "id": "jane-roe", "name": "Jane Roe", "aliases": ["Roe"]}',
        '{"id": "roe-if-need-be", "kind": "quote", "speaker": "jane-roe", "text": "if need be", "date": "2025-10-08", "source": "gazette-frag", "context": "Roe said she would close the harbour to the 12 foreign trawlers “if need be”, whatever the ministry said."}',
        '{"id": "roe-close-harbour", "kind": "claim", "speaker": "jane-roe", "text": "Roe said she would close the harbour to the 12 foreign trawlers if need be", "date": "2025-10-08", "source": "gazette-frag"}',
      ].join('\n'),
    );
    assert.deepStrictEqual(fragment.problems, []);
    const draft = 'Roe said she would close the harbour to the 14 foreign trawlers “if need be”.';
    assert.deepStrictEqual(
      new FactChecker(mergeCorpora([{ name: 'fragment', corpus: fragment.corpus }]).corpus)
        .check(draft, { draftDate: '2025-10-09' })
        .findings.map((f) => [f.kind, draft.slice(f.range.start, f.range.end), f.statement?.id, f.message]),
      [
        [
          'wrong-number',
          '14',
          'roe-close-harbour',
          'Wrong number: “14” where the record has “12” — Jane Roe, 8 Oct 2025.',
        ],
      ],
    );
  });

  it('a legislator’s initials are a title before a name the corpus does not know: "said MLA Joan Park"', () => {
    for (const draft of [
      '“We will not walk away from our friends,” said MLA Joan Park.',
      'MPP Joan Park said: “We will not walk away from our friends.”',
    ])
      assert.deepStrictEqual(
        check(draft, '2025-10-09').map((f) => [f.kind, f.text, f.statement]),
        [['misattribution', 'Joan Park', 'roe-walk-away']],
        draft,
      );
  });

  it('a bare "$" is the record\'s own dollar when the record gives amounts in one dollar only (C$): compared, not skipped', () => {
    const dollars = parseCorpusFile(
      'dollars.jsonl',
      [
        '{"type": "source", "id": "gazette-dollars", "publisher": "Harbour Gazette", "headline": "Crews", "published": "2025-10-09"}',
        '{"type": "person", "id": "jane-roe", "name": "Jane Roe", "aliases": ["Roe"]}',
        '{"id": "roe-crews", "speaker": "jane-roe", "text": "The city will spend C$45 million on fire crews this summer", "date": "2025-10-08", "source": "gazette-dollars"}',
      ].join('\n'),
    );
    assert.deepStrictEqual(dollars.problems, []);
    const checker = new FactChecker(mergeCorpora([{ name: 'dollars', corpus: dollars.corpus }]).corpus);
    const judge = (draft: string) =>
      checker
        .check(draft, { draftDate: '2025-10-09' })
        .findings.map((f) => [f.kind, draft.slice(f.range.start, f.range.end), f.statement?.id]);
    assert.deepStrictEqual(judge('Roe said the city would spend $54 million on fire crews this summer.'), [
      ['wrong-number', '$54 million', 'roe-crews'],
    ]);
    assert.deepStrictEqual(judge('Roe said the city would spend $45 million on fire crews this summer.'), [
      ['supported', 'Roe said the city would spend $45 million on fire crews this summer.', 'roe-crews'],
    ]);
    // US$ written out is another currency: a conversion, not a conflict.
    assert.deepStrictEqual(judge('Roe said the city would spend US$54 million on fire crews this summer.'), []);
  });

  describe('a negated auxiliary before an implied negation (an inline corpus)', () => {
    const corpus = parseCorpusFile(
      'levy.jsonl',
      [
        '{"type": "source", "id": "gazette-levy", "publisher": "Harbour Gazette", "headline": "Levy", "published": "2025-10-09"}',
        '{"type": "person", "id": "ola-brekke", "name": "Ola Brekke", "aliases": ["Brekke"], "roles": [{"title": "Minister of Fisheries"}]}',
        '{"id": "brekke-levy", "speaker": "ola-brekke", "text": "We cannot rule out a levy on foreign trawlers next season", "date": "2025-10-08", "outlet": "told the legislature", "source": "gazette-levy", "negated": true}',
      ].join('\n'),
    );
    const levy = new FactChecker(mergeCorpora([{ name: 'levy', corpus: corpus.corpus }]).corpus);
    const judge = (draft: string) =>
      levy
        .check(draft, { draftDate: '2025-10-09' })
        .findings.map((f) => [f.kind, draft.slice(f.range.start, f.range.end), f.statement?.id]);

    it('loads without problems', () => assert.deepStrictEqual(corpus.problems, []));

    it('"cannot rule out" is a plain possibility: "could rule out" says the opposite, "could not rule out" agrees', () => {
      const sentence = 'Brekke said the government could rule out a levy on foreign trawlers next season.';
      assert.deepStrictEqual(judge(sentence), [['negation', 'could rule', 'brekke-levy']]);
      const agrees = 'Brekke said the government could not rule out a levy on foreign trawlers next season.';
      assert.deepStrictEqual(judge(agrees), [['supported', agrees, 'brekke-levy']]);
    });
  });

  describe('a legislature and a ban (an inline corpus)', () => {
    const corpus = parseCorpusFile(
      'storm.jsonl',
      [
        '{"type": "source", "id": "gazette-storm", "publisher": "Harbour Gazette", "headline": "Storm week", "published": "2025-10-09"}',
        '{"type": "person", "id": "ola-brekke", "name": "Ola Brekke", "aliases": ["Brekke"], "roles": [{"title": "Minister of Fisheries"}]}',
        '{"id": "brekke-boats", "speaker": "ola-brekke", "text": "We have 40 rescue boats at sea tonight", "date": "2025-10-08", "outlet": "told the legislature", "source": "gazette-storm"}',
        '{"id": "brekke-ban", "speaker": "ola-brekke", "text": "The fishing ban stays in place until the storm passes", "date": "2025-10-08", "outlet": "told the legislature", "source": "gazette-storm"}',
      ].join('\n'),
    );
    const storm = new FactChecker(mergeCorpora([{ name: 'storm', corpus: corpus.corpus }]).corpus);
    const judge = (draft: string) =>
      storm
        .check(draft, { draftDate: '2025-10-09' })
        .findings.map((f) => [f.kind, draft.slice(f.range.start, f.range.end), f.statement?.id]);

    it('loads without problems', () => assert.deepStrictEqual(corpus.problems, []));

    it('the legislature, question period and reporters at the legislature are the record’s venue; a broadcaster is not', () => {
      for (const where of [
        'told reporters at the legislature',
        'said in the legislature',
        'said during question period',
        'told the provincial legislature',
      ])
        assert.deepStrictEqual(
          judge(`“We have 40 rescue boats at sea tonight,” Brekke ${where} on Wednesday.`),
          [['supported', 'We have 40 rescue boats at sea tonight,', 'brekke-boats']],
          where,
        );
      assert.deepStrictEqual(
        judge('“We have 40 rescue boats at sea tonight,” Brekke told Radio Nordland on Wednesday.'),
        [['wrong-outlet', 'Radio Nordland', 'brekke-boats']],
      );
    });

    it('a ban lifted says the opposite of a ban that stays in place', () => {
      assert.deepStrictEqual(judge('The fishing ban will be lifted before the storm passes, Brekke said.'), [
        ['negation', 'lifted', 'brekke-ban'],
      ]);
      assert.deepStrictEqual(judge('Brekke said the fishing ban would stay until the storm passes.'), [
        ['supported', 'Brekke said the fishing ban would stay until the storm passes.', 'brekke-ban'],
      ]);
    });
  });

  describe('polarity on every paraphrase match (an inline corpus)', () => {
    const corpus = parseCorpusFile(
      'polarity.jsonl',
      [
        '{"type": "source", "id": "gazette-ferries", "publisher": "Harbour Gazette", "headline": "Ferries", "published": "2025-10-09"}',
        '{"type": "person", "id": "ines-varga", "name": "Ines Varga", "aliases": ["Varga"], "roles": [{"title": "Mayor"}]}',
        '{"id": "city-no-ferries", "speaker": null, "text": "the city will not buy new ferries before the spring", "date": "2025-10-08", "outlet": "", "source": "gazette-ferries", "negated": true, "context": "The northern harbour councils have offered to lend their ferries to the city for the winter, though the city will not buy new ferries before the spring."}',
        '{"id": "varga-back-workers", "speaker": "ines-varga", "text": "Varga has said the city would back any harbour workers who strike over pay.", "date": "2025-10-08", "outlet": "", "source": "gazette-ferries"}',
      ].join('\n'),
    );
    const ferries = new FactChecker(mergeCorpora([{ name: 'polarity', corpus: corpus.corpus }]).corpus);
    const judge = (draft: string) =>
      ferries
        .check(draft, { draftDate: '2025-10-09' })
        .findings.map((f) => [f.kind, draft.slice(f.range.start, f.range.end), f.statement?.id, f.message]);

    it('loads without problems', () => assert.deepStrictEqual(corpus.problems, []));

    it('a negated paraphrase with a synonym verb ("would not support" against "would back") is a negation, never a citation', () => {
      assert.deepStrictEqual(judge('Varga said the city would not support any harbour workers who strike over pay.'), [
        [
          'negation',
          'would not support',
          'varga-back-workers',
          'Says the opposite: “would not support” where the record has “would back” — Ines Varga, 8 Oct 2025.',
        ],
      ]);
      const agrees = 'Varga said the city would support any harbour workers who strike over pay.';
      assert.deepStrictEqual(judge(agrees), [
        ['supported', agrees, 'varga-back-workers', 'Matches the record: Ines Varga, 8 Oct 2025.'],
      ]);
    });

    it("a negated record's flag covers its own clause only: its context's other clause is never cited as support; flipped, it is a negation of that clause", () => {
      // Judged against the clause it restates (held-out neg-04: "would not send forces" against
      // "would be open to sending forces, though the U.S. would not deploy troops").
      assert.deepStrictEqual(
        judge('The northern harbour councils have said they would not lend their ferries to the city for the winter.'),
        [
          [
            'negation',
            'would not lend',
            'city-no-ferries',
            'Says the opposite: “would not lend” where the record has “to lend” — Harbour Gazette, 8 Oct 2025.',
          ],
        ],
      );
      assert.deepStrictEqual(
        judge('The northern harbour councils have offered to lend their ferries to the city for the winter.'),
        [],
      );
      const own = 'The city will not buy new ferries before the spring, the mayor said.';
      assert.deepStrictEqual(judge(own), [
        ['supported', own, 'city-no-ferries', 'Matches the record: Harbour Gazette, 8 Oct 2025.'],
      ]);
      assert.deepStrictEqual(judge('The city will buy new ferries before the spring, officials said.'), [
        [
          'negation',
          'will buy',
          'city-no-ferries',
          'Says the opposite: “will buy” where the record has “will not buy” — Harbour Gazette, 8 Oct 2025.',
        ],
      ]);
    });
  });

  describe('an outlet described by its country, not named (an inline corpus)', () => {
    const corpus = parseCorpusFile(
      'described.jsonl',
      [
        '{"type": "source", "id": "gazette-fjord", "publisher": "Harbour Gazette", "headline": "Fjord", "published": "2025-10-09"}',
        '{"type": "person", "id": "ines-varga", "name": "Ines Varga", "aliases": ["Varga"], "roles": [{"title": "Mayor"}]}',
        '{"type": "person", "id": "ola-brekke", "name": "Ola Brekke", "aliases": ["Brekke"], "roles": [{"title": "Minister of Fisheries"}]}',
        '{"id": "varga-fjord", "speaker": "ines-varga", "text": "The fjord bridge will open to cyclists before the summer", "date": "2025-10-08", "outlet": "NRK interview", "source": "gazette-fjord"}',
        '{"id": "brekke-quota", "speaker": "ola-brekke", "text": "The cod quota will be cut for the third year running", "date": "2025-10-08", "outlet": "Harbour Gazette", "source": "gazette-fjord"}',
        '{"id": "brekke-ferries", "speaker": "ola-brekke", "text": "Every island will keep its winter ferry", "date": "2025-10-08", "outlet": "NRK\u2019s Dagsrevyen", "source": "gazette-fjord"}',
      ].join('\n'),
    );
    const fjord = new FactChecker(mergeCorpora([{ name: 'described', corpus: corpus.corpus }]).corpus);
    const judge = (draft: string) =>
      fjord
        .check(draft, { draftDate: '2025-10-09' })
        .findings.map((f) => [f.kind, draft.slice(f.range.start, f.range.end), f.statement?.id, f.message]);
    const quote = '“The fjord bridge will open to cyclists before the summer,”';

    it('loads without problems', () => assert.deepStrictEqual(corpus.problems, []));

    it("another country's television than the record's outlet's is a wrong outlet", () => {
      assert.deepStrictEqual(judge(`${quote} Varga told Danish state television.`), [
        [
          'wrong-outlet',
          'Danish state television',
          'varga-fjord',
          'Wrong outlet: “Danish state television” where the record has “NRK interview” — Ines Varga, 8 Oct 2025.',
        ],
      ]);
    });

    it('a description that fits the record, or that no country can be read from, is never a conflict', () => {
      for (const where of [
        'told Norwegian public television',
        'told a local radio station',
        'told the public broadcaster',
      ])
        assert.deepStrictEqual(
          judge(`${quote} Varga ${where}.`).map(([kind, , id]) => [kind, id]),
          [['supported', 'varga-fjord']],
          where,
        );
      // The record's outlet has no known country: "a German newspaper" may be it.
      assert.deepStrictEqual(
        judge('“The cod quota will be cut for the third year running,” Brekke told a German newspaper.').map(
          ([kind, , id]) => [kind, id],
        ),
        [['supported', 'brekke-quota']],
      );
    });

    it("a programme named by a number after the outlet's possessive is another programme; a time of day is not", () => {
      assert.deepStrictEqual(judge('“Every island will keep its winter ferry,” Brekke told NRK’s 21.'), [
        [
          'wrong-outlet',
          '21',
          'brekke-ferries',
          'Wrong outlet: “21” where the record has “NRK’s Dagsrevyen” — Ola Brekke, 8 Oct 2025.',
        ],
      ]);
      assert.deepStrictEqual(
        judge('“Every island will keep its winter ferry,” Brekke told NRK’s Dagsrevyen.').map(([kind, , id]) => [
          kind,
          id,
        ]),
        [['supported', 'brekke-ferries']],
      );
      assert.deepStrictEqual(
        judge('“Every island will keep its winter ferry,” Brekke told NRK’s 7 pm news.').map(([kind, , id]) => [
          kind,
          id,
        ]),
        [['supported', 'brekke-ferries']],
      );
    });
  });
});
