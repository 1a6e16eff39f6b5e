/**
 * Issue 8's kinds of fault seen on the round-6 blind first runs, each on an invented island-ferry
 * newsroom (test/unit/fixtures/skerry-corpus.jsonl) with the exact finding (kind, text, record,
 * message).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'skerry-corpus.jsonl');
const parsed = parseCorpusFile('skerry-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'skerry', corpus: parsed.corpus }]).corpus);

const check = (draft: string, draftDate = '2026-02-06') => findingsOf(checker, draft, draftDate);

describe('engine: verdicts on an island-ferry newsroom (issue 8, round 7)', () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  describe('outlets the corpus prints in lower case or run together', () => {
    const sailings = '“The winter timetable will add two sailings a day to the outer isles.”';

    it('a lower-case outlet of the corpus ("nordinfo") is an outlet in a draft, in either case', () => {
      for (const name of ['nordinfo', 'Nordinfo'])
        assert.deepStrictEqual(
          check(`Falk said on ${name}: ${sailings}`),
          [
            {
              kind: 'wrong-outlet',
              text: name,
              statement: 'falk-sailings',
              message: `Wrong outlet: “${name}” where the record has “Skerry Radio's Evening Desk” — Ines Falk, 3 Feb 2026.`,
            },
          ],
          name,
        );
    });

    it('a run-together publisher of the corpus ("inselBlatt") is an outlet in a draft', () => {
      assert.deepStrictEqual(check(`Falk said in an interview with inselBlatt: ${sailings}`), [
        {
          kind: 'wrong-outlet',
          text: 'inselBlatt',
          statement: 'falk-sailings',
          message:
            "Wrong outlet: “inselBlatt” where the record has “Skerry Radio's Evening Desk” — Ines Falk, 3 Feb 2026.",
        },
      ]);
    });

    it('the record’s own lower-case outlet is no conflict', () => {
      assert.deepStrictEqual(check('Falk told nordinfo: “We will publish the review of island fares in March.”'), [
        {
          kind: 'supported',
          text: 'We will publish the review of island fares in March.',
          statement: 'falk-fares-review',
          message: 'Sourced: Ines Falk, 5 Feb 2026.',
        },
      ]);
    });
  });

  describe('money named by a word or sign several currencies share', () => {
    it('"pesos" against a record in Chilean pesos (CLP) is compared in CLP', () => {
      assert.deepStrictEqual(check('Lind said the state would put 4.5 billion pesos into the island ferry subsidy.'), [
        {
          kind: 'wrong-number',
          text: '4.5 billion',
          statement: 'lind-subsidy',
          message: 'Wrong number: “4.5 billion” where the record has “3.5 billion” — Marta Lind, 2 Feb 2026.',
        },
      ]);
      assert.deepStrictEqual(check('Lind said the state would put 3.5 billion pesos into the island ferry subsidy.'), [
        {
          kind: 'supported',
          text: 'Lind said the state would put 3.5 billion pesos into the island ferry subsidy.',
          statement: 'lind-subsidy',
          message: 'Matches the record: Marta Lind, 2 Feb 2026.',
        },
      ]);
    });

    it('"kroner" against a record in Danish kroner (DKK) is compared in DKK', () => {
      assert.deepStrictEqual(check('Bravo said a return ticket to the mainland costs 150 kroner for islanders.'), [
        {
          kind: 'wrong-number',
          text: '150',
          statement: 'bravo-ticket-price',
          message: 'Wrong number: “150” where the record has “120” — Tomás Bravo, 3 Feb 2026.',
        },
      ]);
    });

    it('the sol’s sign "S/" is money in soles, in the draft and in the record', () => {
      assert.deepStrictEqual(
        check('Falk said the company would invest S/ 54 million in new loading ramps at the island piers.'),
        [
          {
            kind: 'wrong-number',
            text: 'S/ 54 million',
            statement: 'falk-ramps',
            message: 'Wrong number: “S/ 54 million” where the record has “S/ 45 million” — Ines Falk, 3 Feb 2026.',
          },
        ],
      );
      const sentence = 'Falk said the company would invest 45 million soles in new loading ramps at the island piers.';
      assert.deepStrictEqual(check(sentence), [
        {
          kind: 'supported',
          text: sentence,
          statement: 'falk-ramps',
          message: 'Matches the record: Ines Falk, 3 Feb 2026.',
        },
      ]);
    });
  });

  describe('false alarms: another occasion, a withheld answer, a contrast', () => {
    const route = 'the company would withdraw the ferry from the Outer Skerry route';
    const flip = {
      kind: 'negation',
      text: 'would withdraw',
      statement: 'falk-not-withdraw',
      message: 'Says the opposite: “would withdraw” where the record has “will not withdraw” — Ines Falk, 2 Feb 2026.',
    };

    it('a sentence reporting no remark dates its event, not the record: no wrong date', () => {
      for (const sentence of [
        'Nine sailors started the Holm–Skerry regatta for the crew on Sunday.',
        'The crew started the Holm–Skerry regatta on Sunday.',
      ])
        assert.deepStrictEqual(check(sentence, '2026-02-09'), [], sentence);
      // Reported as said, the day is the remark's, and a wrong one.
      assert.deepStrictEqual(
        check('Bravo said on Sunday that they would not withdraw the crew from the Holm–Skerry regatta.', '2026-02-09'),
        [
          {
            kind: 'wrong-date',
            text: 'Sunday',
            statement: 'bravo-not-withdraw-crew',
            message: 'Wrong date: “Sunday” where the record has “Monday” — Tomás Bravo, 2 Feb 2026.',
          },
        ],
      );
    });

    it('a remark placed in another year ("In 2022, Falk said …", "said in 2022 that") is another occasion: no negation', () => {
      assert.deepStrictEqual(check(`In 2022, Falk said ${route}.`), []);
      assert.deepStrictEqual(check(`Falk said in 2022 that ${route}.`), []);
      // Undated, or with a year that dates the event rather than the remark, it flips the record.
      assert.deepStrictEqual(check(`Falk said ${route}.`), [flip]);
      assert.deepStrictEqual(check(`Falk said ${route} in 2027.`), [flip]);
    });

    it('"has not said when", "did not say whether", "declined to say how" report an answer withheld: no negation, no citation', () => {
      for (const sentence of [
        'The harbour authority has not said when its inspection of the Outer Skerry ramp will end.',
        'The harbour authority did not say whether its inspection of the Outer Skerry ramp had found damage.',
        'The harbour authority declined to say how long its inspection of the Outer Skerry ramp would take.',
      ])
        assert.deepStrictEqual(check(sentence), [], sentence);
      assert.deepStrictEqual(
        check('The harbour authority has not ordered an inspection of the Outer Skerry ramp after the collision.'),
        [
          {
            kind: 'negation',
            text: 'has not ordered',
            statement: 'claim-ramp-inspection',
            message:
              'Says the opposite: “has not ordered” where the record has “authority ordered” — Isles Courier, 4 Feb 2026.',
          },
        ],
      );
    });

    it('"…, not the company" contrasts a noun with the clause before it: "the company would hire" does not flip it', () => {
      assert.deepStrictEqual(check('Falk said the company would hire a second captain.'), []);
    });
  });

  describe('who "she said" after a quotation points back to', () => {
    const question = '“Who approved the cut to the winter timetable?”';
    const wrong = {
      kind: 'misattribution',
      text: 'Who approved the cut to the winter timetable?',
      statement: 'lind-question',
      message: 'Wrong speaker: “Tomás Bravo” where the record has “Marta Lind” — island council meeting, 4 Feb 2026.',
    };

    it('the person an earlier sentence is about, past its opening phrase ("At the meeting Bravo was furious.")', () => {
      assert.deepStrictEqual(check(`At the council meeting Bravo was furious. ${question} he said.`), [wrong]);
      assert.deepStrictEqual(check(`At the council meeting Bravo was furious. ${question}`), [wrong]);
      assert.deepStrictEqual(check(`At the council meeting Lind was furious. ${question} she said.`), [
        {
          kind: 'supported',
          text: 'Who approved the cut to the winter timetable?',
          statement: 'lind-question',
          message: 'Sourced: Marta Lind, 4 Feb 2026.',
        },
      ]);
    });
  });

  describe('negation at clause level', () => {
    it('a sentence restating the other clause of a record’s context is flipped against that clause, not the record’s', () => {
      assert.deepStrictEqual(check('The island council has said it would not fund a night ferry to the mainland.'), [
        {
          kind: 'negation',
          text: 'would not fund',
          statement: 'claim-night-sailings',
          message: 'Says the opposite: “would not fund” where the record has “to funding” — Isles Courier, 4 Feb 2026.',
        },
      ]);
      // Restated as it stands, the other clause is no flip, and no citation of the record's own words.
      assert.deepStrictEqual(
        check('The island council said it would be open to funding a night ferry to the mainland.'),
        [],
      );
    });

    it('"open to", "would consider", "not ruling out" against "ruled out": a negation on the words that differ', () => {
      const levy = 'a harbour levy on visiting yachts.';
      const flip = (text: string, record: string) => ({
        kind: 'negation',
        text,
        statement: 'bravo-levy-ruled-out',
        message: `Says the opposite: “${text}” where the record has “${record}” — Tomás Bravo, 3 Feb 2026.`,
      });
      assert.deepStrictEqual(check(`Bravo said the council was open to ${levy}`), [flip('open', 'ruled out')]);
      assert.deepStrictEqual(check(`Bravo said the council would consider ${levy}`), [flip('consider', 'ruled out')]);
      assert.deepStrictEqual(check(`Bravo said the council was not ruling out ${levy}`), [
        flip('was not ruling', 'have ruled'),
      ]);
      const agrees = `Bravo said the council had ruled out ${levy}`;
      assert.deepStrictEqual(check(agrees), [
        {
          kind: 'supported',
          text: agrees,
          statement: 'bravo-levy-ruled-out',
          message: 'Matches the record: Tomás Bravo, 3 Feb 2026.',
        },
      ]);
    });
  });

  describe('a body something is brought before, and negations in two clauses', () => {
    const condition = 'if the operators had not agreed by 20 February.';

    it('"put a bill before parliament" names where the bill goes, not where words were said: no wrong outlet', () => {
      const same = `Bravo said the council was ready to put a ferry bill before parliament ${condition}`;
      assert.deepStrictEqual(check(same), [
        {
          kind: 'supported',
          text: same,
          statement: 'bravo-ferry-bill',
          message: 'Matches the record: Tomás Bravo, 3 Feb 2026.',
        },
      ]);
      // Told to parliament, it is still a venue.
      assert.deepStrictEqual(
        check(
          'Bravo told parliament: “The council is ready to put a ferry bill before parliament if the operators have not agreed by 20 February.”',
        ),
        [
          {
            kind: 'wrong-outlet',
            text: 'parliament',
            statement: 'bravo-ferry-bill',
            message:
              "Wrong outlet: “parliament” where the record has “Skerry Radio's Evening Desk” — Tomás Bravo, 3 Feb 2026.",
          },
        ],
      );
    });

    it('a negation in the main clause flips the record though both share a negated condition ("had not agreed")', () => {
      assert.deepStrictEqual(check(`Bravo ruled out putting a ferry bill before parliament ${condition}`), [
        {
          kind: 'negation',
          text: 'ruled out',
          statement: 'bravo-ferry-bill',
          message: 'Says the opposite: “ruled out” where the record has “ready” — Tomás Bravo, 3 Feb 2026.',
        },
      ]);
    });
  });

  describe('"told reporters" and a record said in person', () => {
    const pier = '“The new pier at Holm will open before Easter.”';

    it('fits a record said in person (a site visit), not one said on a programme; a named outlet still conflicts', () => {
      assert.deepStrictEqual(check(`Falk told reporters: ${pier}`), [
        {
          kind: 'supported',
          text: 'The new pier at Holm will open before Easter.',
          statement: 'falk-pier-easter',
          message: 'Sourced: Ines Falk, 3 Feb 2026.',
        },
      ]);
      assert.deepStrictEqual(check(`Falk told Skerry Radio: ${pier}`), [
        {
          kind: 'wrong-outlet',
          text: 'Skerry Radio',
          statement: 'falk-pier-easter',
          message:
            'Wrong outlet: “Skerry Radio” where the record has “site visit at Holm pier” — Ines Falk, 3 Feb 2026.',
        },
      ]);
      assert.deepStrictEqual(
        check('Falk told reporters: “The winter timetable will add two sailings a day to the outer isles.”'),
        [
          {
            kind: 'wrong-outlet',
            text: 'told reporters',
            statement: 'falk-sailings',
            message:
              "Wrong outlet: “told reporters” where the record has “Skerry Radio's Evening Desk” — Ines Falk, 3 Feb 2026.",
          },
        ],
      );
    });
  });
});
