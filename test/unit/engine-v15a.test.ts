/**
 * Issue 8, round 15: a figure placed on its record however the sentence is phrased, and negation
 * said in other words (test/unit/fixtures/mill-corpus.jsonl, an invented flour mill's bankruptcy).
 * Each case gives the exact finding (kind, underlined text, record, message).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { stem } from '../../src/engine/text/normalize';
import { comparableUnits, sameQuantity } from '../../src/engine/text/quantities';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'mill-corpus.jsonl');
const parsed = parseCorpusFile('mill-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'mill', corpus: parsed.corpus }]).corpus);

const check = (draft: string) => findingsOf(checker, draft, '2026-05-12');
const sourced = (draft: string, statement: string, who: string) => ({
  kind: 'supported',
  text: draft,
  statement,
  message: `Matches the record: ${who}, 11 May 2026.`,
});

describe('engine: figures and flips in other words (issue 8, round 15)', () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('a three-letter verb meets its past and participle ("owed", "owing" are "owe"; "used" is "use")', () => {
    for (const word of ['owe', 'owed', 'owes', 'owing']) assert.strictEqual(stem(word), 'owe', word);
    for (const word of ['use', 'used', 'uses', 'using']) assert.strictEqual(stem(word), 'use', word);
    assert.strictEqual(stem('aged'), 'age');
    // Longer words keep the rules they had; a word that is no such verb is left alone.
    assert.strictEqual(stem('needed'), 'need');
    assert.strictEqual(stem('opening'), 'open');
    assert.strictEqual(stem('shed'), 'shed');
    assert.strictEqual(stem('bed'), 'bed');
  });

  it('"owed its suppliers" restates "We owe our suppliers": the figure is checked, the right one cited', () => {
    assert.deepStrictEqual(check('Varga said the company owed its suppliers 1.3 million euros.'), [
      {
        kind: 'wrong-number',
        text: '1.3 million',
        statement: 'varga-owe',
        message: 'Wrong number: “1.3 million” where the record has “3.1 million” — Ines Varga, 11 May 2026.',
      },
    ]);
    const right = 'Varga said Fjordby Mills owed its suppliers €3.1m.';
    assert.deepStrictEqual(check(right), [sourced(right, 'varga-owe', 'Ines Varga')]);
  });

  it('an unnamed source’s description ("member of the suppliers’ committee") does not make "suppliers" a name', () => {
    assert.deepStrictEqual(check('Lind said claims had been registered from 140 suppliers.'), [
      {
        kind: 'wrong-number',
        text: '140',
        statement: 'lind-claims',
        message: 'Wrong number: “140” where the record has “410” — Tomas Lind, 11 May 2026.',
      },
    ]);
    const right = 'Lind said claims had been registered from 410 suppliers.';
    assert.deepStrictEqual(check(right), [sourced(right, 'lind-claims', 'Tomas Lind')]);
  });

  it('a bare figure the draft gives with its noun ("80 people" for "80 of us") leaves the other bare one to pair', () => {
    assert.deepStrictEqual(check('Berg said 80 people worked at the mill this spring, 20 of them apprentices.'), [
      {
        kind: 'wrong-number',
        text: '20',
        statement: 'berg-apprentices',
        message: 'Wrong number: “20” where the record has “30” — Ola Berg, 11 May 2026.',
      },
    ]);
    // The right pair is sourced ("80 people" is the record's bare 80: the same count, named).
    const right = 'Berg said 80 people worked at the mill this spring, 30 of them apprentices.';
    assert.deepStrictEqual(check(right), [sourced(right, 'berg-apprentices', 'Ola Berg')]);
  });

  it('a count of people of a kind ("210 workers") is compared with a record’s count of people', () => {
    assert.ok(comparableUnits('person', 'worker'));
    assert.ok(comparableUnits('employee', 'person'));
    // Two kinds of people are two counts.
    assert.ok(!comparableUnits('worker', 'passenger'));
    assert.ok(sameQuantity({ value: 120, unit: 'person' }, { value: 120, unit: 'worker' }));
    assert.ok(!sameQuantity({ value: 120, unit: 'passenger' }, { value: 120, unit: 'worker' }));
    assert.deepStrictEqual(check('Berg said the mill had laid off 210 workers.'), [
      {
        kind: 'wrong-number',
        text: '210 workers',
        statement: 'berg-laid-off',
        message: 'Wrong number: “210 workers” where the record has “120” — Ola Berg, 11 May 2026.',
      },
    ]);
    const right = 'Berg said the mill had laid off 120 workers.';
    assert.deepStrictEqual(check(right), [sourced(right, 'berg-laid-off', 'Ola Berg')]);
  });

  it('"do not" dropped from a quotation is a flip, not a misquote ("We want" for "We do not want")', () => {
    assert.deepStrictEqual(check('“We want to strike in the middle of the harvest,” Berg said.'), [
      {
        kind: 'negation',
        text: 'We want',
        statement: 'berg-no-strike',
        message: 'Says the opposite: “We want” where the record has “We do not want” — Ola Berg, 11 May 2026.',
      },
    ]);
  });

  it('"not … a single euro" is flipped by an amount ("part of the loan"), not by the verb alone', () => {
    const flip = {
      kind: 'negation',
      text: 'had written',
      statement: 'moen-no-writeoff',
      message:
        'Says the opposite: “had written” where the record has “have not written” — Kari Moen, telephone interview with the Fjordby…, 11 May 2026.',
    };
    assert.deepStrictEqual(check('Moen said the bank had written off part of the loan.'), [flip]);
    assert.deepStrictEqual(check('Moen said the bank had written off the whole loan.'), [flip]);
    // Another loan on another occasion states no amount of this one: no flip.
    assert.deepStrictEqual(check('Moen said the bank had written off its loan to a bakery in Oslo two years ago.'), []);
  });

  it('"put … at" a figure attributes it ("Moen put the bank’s exposure at €48 million"), and places it on her record', () => {
    assert.deepStrictEqual(check('Moen put the bank’s exposure at €48 million.'), [
      {
        kind: 'wrong-number',
        text: '€48 million',
        statement: 'moen-exposure',
        message:
          'Wrong number: “€48 million” where the record has “€38 million” — Kari Moen, telephone interview with the Fjordby…, 11 May 2026.',
      },
    ]);
    const right = 'Moen put the bank’s exposure at €38 million.';
    assert.deepStrictEqual(check(right), [
      {
        kind: 'supported',
        text: right,
        statement: 'moen-exposure',
        message: 'Matches the record: Kari Moen, telephone interview with the Fjordby…, 11 May 2026.',
      },
    ]);
    // "put" with no figure "at" it attributes nothing.
    assert.deepStrictEqual(check('Moen put the plan on hold.'), []);
    // With no object of its own before "at", the figure is another subject's: nothing is Moen's.
    assert.deepStrictEqual(check('The exposure, which Moen estimated at €48 million, worried the bank.'), []);
  });

  it('a Czech title with its head in lower case is one outlet name ("Lidové noviny")', () => {
    assert.deepStrictEqual(check('Varga told Lidové noviny on Monday: “Three poor harvests in a row broke us.”'), [
      {
        kind: 'wrong-outlet',
        text: 'Lidové noviny',
        statement: 'varga-winters',
        message:
          'Wrong outlet: “Lidové noviny” where the record has “interview with Hospodářské noviny” — Ines Varga, 11 May 2026.',
      },
    ]);
    const right = 'Varga said in an interview with Hospodářské noviny: “Three poor harvests in a row broke us.”';
    assert.deepStrictEqual(check(right), [
      {
        kind: 'supported',
        text: 'Three poor harvests in a row broke us.',
        statement: 'varga-winters',
        message: 'Sourced: Ines Varga, interview with Hospodářské noviny, 11 May 2026.',
      },
    ]);
  });

  it('"no way" negates the clause after it: "could extend" flips "There is no way the bank can extend"', () => {
    assert.deepStrictEqual(check('Moen said the bank could extend the credit line.'), [
      {
        kind: 'negation',
        text: 'Moen said the bank could extend the credit line.',
        statement: 'moen-no-extension',
        message:
          'Says the opposite: “Moen said the bank could…” where the record has “There is no way the bank can…” — Kari Moen, telephone interview with the Fjordby…, 11 May 2026.',
      },
    ]);
    const same = 'Moen said there was no way the bank could extend the credit line.';
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'moen-no-extension',
        message: 'Matches the record: Kari Moen, telephone interview with the Fjordby…, 11 May 2026.',
      },
    ]);
  });

  it('"turned down the offer" is "will not accept" it: sourced, and "would accept" flips it', () => {
    const same = 'Lind said the administrator had turned down the offer from Nordmel.';
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'lind-not-accept',
        message: 'Matches the record: Tomas Lind, 11 May 2026.',
      },
    ]);
    assert.deepStrictEqual(check('Lind said the administrator would accept the offer from Nordmel.'), [
      {
        kind: 'negation',
        text: 'would accept',
        statement: 'lind-not-accept',
        message: 'Says the opposite: “would accept” where the record has “will not accept” — Tomas Lind, 11 May 2026.',
      },
    ]);
  });

  it('reported speech’s "for himself" is the record’s "for myself": the flip of "did not take a single krone" is caught', () => {
    assert.deepStrictEqual(check('Berg admitted that he had taken money for himself.'), [
      {
        kind: 'negation',
        text: 'had taken',
        statement: 'berg-not-a-krone',
        message: 'Says the opposite: “had taken” where the record has “did not take” — Ola Berg, 11 May 2026.',
      },
    ]);
    const same = 'Berg said he had not taken any money for himself.';
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'berg-not-a-krone',
        message: 'Matches the record: Ola Berg, 11 May 2026.',
      },
    ]);
  });

  it('a body with its head in lower case after capitalised words speaks ("the Bergen council said"), judged by whose it is', () => {
    assert.deepStrictEqual(check('“Three poor harvests in a row broke us,” the Bergen council said.'), [
      {
        kind: 'misattribution',
        text: 'the Bergen council',
        statement: 'varga-winters',
        message:
          'Wrong speaker: “the Bergen council” where the record has “Ines Varga” — interview with Hospodářské noviny, 11 May 2026.',
      },
    ]);
    // The minister's own ministry speaks for the Minister of Food Security; another ministry does not.
    assert.deepStrictEqual(check('The Food Security ministry said the state “will not buy the mill”.'), [
      {
        kind: 'supported',
        text: 'will not buy the mill',
        statement: 'dahl-not-buy',
        message: 'Sourced: Nils Dahl, NRK, 11 May 2026.',
      },
    ]);
    assert.deepStrictEqual(check('The Fisheries ministry said the state “will not buy the mill”.'), [
      {
        kind: 'misattribution',
        text: 'The Fisheries ministry',
        statement: 'dahl-not-buy',
        message: 'Wrong speaker: “The Fisheries ministry” where the record has “Nils Dahl” — NRK, 11 May 2026.',
      },
    ]);
  });

  it('a paraphrase naming a count differently ("240 employees" for "240 workers") or adding a conversion is sourced', () => {
    const staff = 'Fjordby Mills had 240 employees and some 60 drivers before the bankruptcy.';
    assert.deepStrictEqual(check(staff), [
      {
        kind: 'supported',
        text: staff,
        statement: 'claim-mill-staff',
        message: 'Matches the record: Fjordby Herald, 11 May 2026.',
      },
    ]);
    const offer = 'Nordmel offered 150 million kroner ($14 million) for the Fjordby mill and its silos.';
    assert.deepStrictEqual(check(offer), [
      {
        kind: 'supported',
        text: offer,
        statement: 'claim-nordmel-offer',
        message: 'Matches the record: Fjordby Herald, 11 May 2026.',
      },
    ]);
    // A sum the record does not give, not in brackets after its own, is not vouched for.
    assert.deepStrictEqual(
      check('Nordmel offered 150 million kroner and $14 million in shares for the Fjordby mill and its silos.'),
      [],
    );
  });

  it('a part of a whole behind a possessive counts the whole’s things ("13 of the mill’s 48 silos")', () => {
    assert.deepStrictEqual(check('Lind said 13 of the mill’s 48 silos were empty.'), [
      {
        kind: 'wrong-number',
        text: '13',
        statement: 'lind-silos',
        message: 'Wrong number: “13” where the record has “31” — Tomas Lind, 11 May 2026.',
      },
    ]);
    const right = 'Lind said 31 of the mill’s 48 silos were empty.';
    assert.deepStrictEqual(check(right), [sourced(right, 'lind-silos', 'Tomas Lind')]);
    // The record's bare "nine of them" is the draft's nine trucks, not a figure to differ from 28.
    const trucks = 'Nine of the mill’s 28 trucks are refrigerated.';
    assert.deepStrictEqual(check(trucks), [
      {
        kind: 'supported',
        text: trucks,
        statement: 'claim-mill-trucks',
        message: 'Matches the record: Fjordby Herald, 11 May 2026.',
      },
    ]);
  });
});
