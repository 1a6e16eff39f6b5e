// The `fact-checked` judge's accuracy, kind by kind, on invented claims from other countries and
// currencies (fixtures/claimreview/southern-checks.jsonld: Australia, South Africa, India, the US).
// A repeat states the same measure, group, place, period, stage, rank and direction; a sentence
// that changes one of them is a near miss; one that refutes the claim is a debunk. Each test names
// the kind of fault it holds fixed, and asserts which rated claim (if any) each sentence repeats.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { readFigures, sameFigure } from '../../src/engine/judge/factFigures';
import { reportsAsFalse } from '../../src/engine/judge/factCheck';
import { tokenize } from '../../src/engine/text/tokens';

const FIXTURE = path.join(__dirname, 'fixtures', 'claimreview', 'southern-checks.jsonld');
const parsed = parseCorpusFile('southern-checks.jsonld', fs.readFileSync(FIXTURE, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'southern-checks.jsonld', corpus: parsed.corpus }]).corpus);
/** The ids (without the common prefix) of the rated claims `draft` is found to repeat. */
const repeats = (draft: string): string[] =>
  checker
    .check(draft, { draftDate: '2025-09-01' })
    .findings.filter((finding) => finding.kind === 'fact-checked')
    .map((finding) => finding.statement!.id.replace(/^factcheck-https-/, ''));

const RENTS = 'coralcheck-example-verdicts-rents-doubled-brisbane';
const STADIUM = 'coralcheck-example-verdicts-stadium-cost';
const LOAD_SHEDDING = 'veldverify-example-checks-load-shedding-r5bn';
const YOUTH = 'veldverify-example-checks-youth-jobless-60';
const TOILETS = 'satyacheck-example-claims-crore-toilets';
const FARMERS = 'satyacheck-example-claims-farmer-loan-2-lakh';
const INSULIN = 'beltwaytruth-example-rulings-insulin-price';
const WALL = 'beltwaytruth-example-rulings-border-wall-cost';
const TEACHERS = 'beltwaytruth-example-rulings-teacher-pay-lowest';
const CLINIC = 'veldverify-example-checks-clinic-wait-six-hours';
const HOLIDAY = 'coralcheck-example-verdicts-renters-cannot-afford-holiday';
const HOMES = 'coralcheck-example-verdicts-homes-completed-2024';
const GAS = 'satyacheck-example-claims-cooking-gas-5000';
const RATES = 'coralcheck-example-verdicts-rates-raised-13-times';
const VACCINE = 'beltwaytruth-example-rulings-covid-vaccine-infertility';
const DEFENSE = 'beltwaytruth-example-rulings-defense-spending-4-per-cent';
const INFLATION = 'veldverify-example-checks-inflation-7-8';
const SYDNEY = 'coralcheck-example-verdicts-sydney-average-house-price';

/** Asserts each sentence repeats exactly the claims given (none for a near miss or a debunk). */
function expectRepeats(cases: [string, string[]][]): void {
  assert.deepEqual(
    cases.map(([draft]) => [draft, repeats(draft)]),
    cases,
  );
}

describe('fact-checked scope: attribution around the claim', () => {
  it('tries each place a trailing attribution may start, and drops a leading name with its asides', () => {
    expectRepeats([
      // The clause before "according to" is the claim's, not the attribution's.
      [
        'Victoria completed 60,000 new homes in 2024, a record for the state, according to the builders’ lobby.',
        [HOMES],
      ],
      [
        'At Soweto clinics, patients wait an average of six hours to see a nurse, Ndlela told a radio station in Durban.',
        [CLINIC],
      ],
      // A name, an aside about another claim, then the verb of saying.
      [
        'Quill, whose claim about stamp duty was rated false last year, said rents in Brisbane have doubled since 2019.',
        [RENTS],
      ],
    ]);
  });
});

describe('fact-checked scope: figures restated', () => {
  it('meets currencies with their symbols, codes, names and scales (A$, AUD, rand, R, ZAR, lakh, crore, US$)', () => {
    expectRepeats([
      ['Taxpayers paid 1.6 billion Australian dollars for Perth’s new stadium.', [STADIUM]],
      ['Each day of load shedding costs the South African economy ZAR 5 billion.', [LOAD_SHEDDING]],
      ['Load shedding costs the economy of South Africa 5 billion rand a day, the union said.', [LOAD_SHEDDING]],
      ['In five years the government has built 110 million toilets.', [TOILETS]],
      ['Each Punjab farmer owes banks over ₹2,00,000.', [FARMERS]],
      ['Every farmer in Punjab owes banks more than 200,000 rupees.', [FARMERS]],
      // "Rs." is an abbreviation, not the end of a sentence; a scale may be hyphenated ("R5-billion").
      ['Every farmer in Punjab owes more than Rs. 2 lakh to banks.', [FARMERS]],
      ['Load shedding costs the South African economy R5-billion a day.', [LOAD_SHEDDING]],
      ['The border wall has cost 15 billion US dollars since 2019.', [WALL]],
    ]);
  });

  it('reads a rate with its period: "a day" is "every day", not "a week"', () => {
    expectRepeats([
      ['Load shedding costs the South African economy R5bn every day.', [LOAD_SHEDDING]],
      ['Load shedding costs the South African economy R5 billion a week.', []],
    ]);
    const [rate] = readFigures('€13.50 an hour', tokenize('€13.50 an hour'));
    assert.deepEqual([rate.kind, rate.value, rate.per, rate.end], ['amount', 13.5, 'hour', 14]);
  });

  it('reads proportions, multiples and ratios however written, and keeps one in 10,000 apart from one in 1,000', () => {
    expectRepeats([
      ['Sixty per cent of young South Africans are out of work.', [YOUTH]],
      ['Three in five young people in South Africa are unemployed.', [YOUTH]],
      ['Brisbane rents are up 100 per cent since 2019, Quill claimed.', [RENTS]],
      ['Rents in Brisbane are now double what they were in 2019.', [RENTS]],
      ['Insulin costs Americans ten times what it costs Canadians.', [INSULIN]],
      // The comparison turned round with its ratio inverted is the same claim.
      ['Canadians pay a tenth of what Americans pay for insulin.', [INSULIN]],
    ]);
    const read = (text: string) => readFigures(text, tokenize(text)).map((f) => [f.kind, Number(f.value.toFixed(4))]);
    assert.deepEqual(read('one in 10,000 doses'), [['share', 0.0001]]);
    assert.equal(
      sameFigure(
        readFigures('one in 1,000', tokenize('one in 1,000'))[0],
        readFigures('0.1 per cent', tokenize('0.1 per cent'))[0],
      ),
      true,
    );
    assert.equal(
      sameFigure(
        readFigures('one in 1,000', tokenize('one in 1,000'))[0],
        readFigures('one in 10,000', tokenize('one in 10,000'))[0],
      ),
      false,
    );
    assert.deepEqual(read('three times what it was in 2010'), [
      ['share', 2],
      ['year', 2010],
    ]);
    assert.deepEqual(read('twice as much as Americans'), [['ratio', 2]]);
    assert.deepEqual(read('a third of what it takes'), [['ratio', 0.3333]]);
    assert.deepEqual(read('doubled since 2015 to $1.2 trillion'), [
      ['share', 1],
      ['year', 2015],
      ['amount', 1.2e12],
    ]);
    assert.deepEqual(read('R5 billion and R500 000'), [
      ['amount', 5e9],
      ['amount', 500000],
    ]);
  });

  it('restates a rate over another period, spells the British and American ways alike, and counts no number in a name', () => {
    expectRepeats([
      ['Indian households spend on average Rs 60,000 a year on cooking gas.', [GAS]],
      ['The average Indian household spends Rs 5,000 a year on cooking gas.', []],
      ['The United States spends 4 per cent of its economy on defence.', [DEFENSE]],
      // "COVID-19" is a name: a sentence without the "19" still repeats the claim.
      ['Bee claimed the Covid vaccine causes infertility in women.', [VACCINE]],
    ]);
  });

  it('reads a comparative against any other as the superlative, and "unable to" as "cannot"', () => {
    expectRepeats([
      ['Mississippi pays its teachers less than any other US state.', [TEACHERS]],
      ['One in two Australian renters are unable to afford a week’s holiday.', [HOLIDAY]],
      ['Youth unemployment in South Africa stands at 60 per cent, Mokoena said.', [YOUTH]],
      ['Americans pay 10 times more for insulin than Canadians.', [INSULIN]],
      ['Victoria finished 60,000 new homes in 2024.', [HOMES]],
    ]);
  });
});

describe('fact-checked scope: near misses on the same topic', () => {
  it('another place or group: a word of the claim replaced, a qualifier added or dropped', () => {
    expectRepeats([
      ['Rents in Sydney have doubled since 2019.', []],
      ['Load shedding costs the Zimbabwean economy R5 billion a day.', []],
      ['Every farmer in Haryana owes more than Rs 2 lakh to banks.', []],
      ['Teacher pay in Alabama is the lowest in the United States.', []],
      ['Nurse pay in Mississippi is the lowest in the United States.', []],
      ['Commercial rents in Brisbane have doubled since 2019.', []],
      ['Six in ten South Africans are unemployed.', []],
      ['Patients at Soweto clinics wait an average of six hours to see a doctor.', []],
      // A reading that keeps the attribution's words does not hide the replaced word (issue 12).
      [
        'Patients at Soweto clinics wait an average of six hours to see a doctor, the Gauteng Health Department said.',
        [],
      ],
      [
        'Patients at Soweto clinics wait an average of six hours to see a nurse, the Gauteng Health Department said.',
        [CLINIC],
      ],
    ]);
  });

  it('a noun read as a verb hides no replaced word: a name’s "-ing" or "-ed", a gerund after a preposition (issue 12)', () => {
    expectRepeats([
      // "Nursing" and "United" are words of names, not verbs: "Nurse" is still another subject.
      ['Nurse pay in Mississippi is the lowest in the United States, the Nursing Association said.', []],
      ['Teacher pay in Mississippi is the lowest in the United States, the Nursing Association said.', [TEACHERS]],
      // "on heating" names what the money goes on, as "on cooking gas" does: another measure.
      ['The average Indian household spends Rs 5,000 a month on heating.', []],
      ['The average Indian household spends Rs 5,000 a month on cooking gas.', [GAS]],
      // An "-ed" word after a determiner is an adjective: "proposed" in the place of "new".
      ['The proposed Perth stadium cost taxpayers A$1.6 billion.', []],
      ['The new Perth stadium cost taxpayers A$1.6 billion.', [STADIUM]],
      // After a pronoun ("those renting") the "-ing" word is still a verb: a paraphrase, not a slot.
      ["Half of those renting in Australia cannot afford a week's holiday.", [HOLIDAY]],
    ]);
  });

  it('another measure ranked: a superlative (or a comparative against every other) of another measure (issue 12)', () => {
    expectRepeats([
      ['Teacher pay in Mississippi rose faster than anywhere else in the United States.', []],
      // One measure in other words: "lower than anywhere else", "the smallest" for "the lowest".
      ['Teacher pay in Mississippi is lower than anywhere else in the United States.', [TEACHERS]],
      ['Teacher pay in Mississippi is the smallest in the United States.', [TEACHERS]],
    ]);
  });

  it('a part of the measure: a word before the claim’s subject, a kind of measure, the median for the average', () => {
    expectRepeats([
      ['South African inflation reached 7.8% in 2022.', [INFLATION]],
      // "Headline" names the whole: a restatement, not a part.
      ['Headline inflation in South Africa hit 7.8 per cent in 2022.', [INFLATION]],
      ['Food inflation in South Africa hit 7.8 per cent in 2022.', []],
      ['Core inflation in South Africa hit 7.8 per cent in 2022.', []],
      ['Sydney’s typical house costs A$1.6m.', [SYDNEY]],
      ['The median house price in Sydney is A$1.6 million.', []],
    ]);
  });

  it('another stage (begun, approved) or an intention rather than a thing done', () => {
    expectRepeats([
      ['Construction began on 60,000 new homes in Victoria in 2024.', []],
      ['Victoria approved 60,000 new homes in 2024.', []],
      ['Building permits were issued for 60,000 new homes in Victoria in 2024.', []],
      ['Victoria promised to complete 60,000 new homes in 2024.', []],
      ['The government promised to build 11 crore toilets in five years.', []],
      // A wish or forecast for someone else, and what would hold under a measure only proposed (issue 12).
      ['The minister wants the United States to spend 4 per cent of its economy on defense.', []],
      ['The Reserve Bank expected inflation in South Africa to hit 7.8 per cent in 2022.', []],
      ['The average Indian household would spend Rs 5,000 a month on cooking gas under the draft policy.', []],
      ['The United States spends 4 per cent of its economy on defense.', [DEFENSE]],
      // A wish in another clause does not govern the claim stated before it.
      ['Rents in Brisbane have doubled since 2019, and the Greens want the state to freeze them.', [RENTS]],
    ]);
  });

  it('another rank, a comparison turned round, a claim that denies against one that does not, a share the claim lacks', () => {
    expectRepeats([
      ['Teacher pay in Mississippi is the third lowest in the United States.', []],
      ['Teacher pay in Mississippi is among the lowest in the United States.', []],
      ['Canadians pay ten times as much for insulin as Americans.', []],
      ['Half of Australian renters can afford a week’s holiday.', []],
      ['Nine in ten patients at Soweto clinics see a nurse within six hours.', []],
    ]);
  });

  it('another place of several words, another currency, the other direction, a group put in', () => {
    expectRepeats([
      // "New South Wales" is one name, not the claim's "new" homes moved.
      ['New South Wales completed 60,000 new homes in 2024.', []],
      // A$ is not US$; a bare "$" may be any dollar.
      ['The border wall has cost A$15 billion since 2019.', []],
      ['Since 2019 the border wall has cost $15bn.', [WALL]],
      // "Doubled" rose: "fallen by 100 per cent" is the same figure the other way.
      ['Rents in Brisbane have fallen by 100 per cent since 2019.', []],
      ['Six in ten young South African women are unemployed.', []],
    ]);
  });

  it('none of the claim’s figure: "rose sharply" does not repeat "doubled"', () => {
    expectRepeats([['Rents in Brisbane rose sharply after 2019, driven by interstate migration.', []]]);
  });

  it('another direction of an act (raised, cut, held) and "some of the highest" for "the highest"', () => {
    expectRepeats([
      ['Interest rates have been raised 13 times by the Reserve Bank since May 2022.', [RATES]],
      ['The Reserve Bank has cut interest rates 13 times since May 2022.', []],
      ['The Reserve Bank has held interest rates 13 times since May 2022.', []],
      ['Teacher pay in Mississippi is some of the lowest in the United States.', []],
    ]);
  });

  it('a part of what the claim counts, or a bound it does not set', () => {
    expectRepeats([
      ['Rents in Brisbane have doubled since 2019 for some inner-city units, the bureau says.', []],
      ['Load shedding costs the South African economy up to R5 billion a day at stage six.', []],
    ]);
  });

  it('another figure, year, scale or period', () => {
    expectRepeats([
      ['Rents in Brisbane have doubled since 2015.', []],
      ['The new Perth stadium cost taxpayers A$1.2 billion.', []],
      ['The government built 11 lakh toilets in five years.', []],
      ['The government built 11 crore toilets in ten years.', []],
      ['Victoria completed 60,000 new homes in 2023.', []],
    ]);
  });
});

describe('fact-checked scope: debunks', () => {
  it('reporting verbs and nouns that refute the embedded claim, active, passive, relative and taken back', () => {
    expectRepeats([
      ['Housing officials rejected Quill’s suggestion that rents in Brisbane had doubled since 2019.', []],
      ['Rents in Brisbane have doubled since 2019, a claim the bureau rejected.', []],
      ['Rents in Brisbane have doubled since 2019, Quill said, which the bureau has denied.', []],
      ['Quill’s claim that rents in Brisbane have doubled since 2019 was later corrected.', []],
      ['Quill said rents in Brisbane have doubled since 2019 - a statement she later withdrew.', []],
      ['Analysts poured scorn on Quill’s claim that rents in Brisbane have doubled since 2019.', []],
      ['Quill apologised for saying rents in Brisbane had doubled since 2019.', []],
      // A comma in "1,000" is no clause boundary: the refuting verb governs the whole claim.
      [
        'Officials rejected the campaign’s suggestion that the stadium cost taxpayers A$1.6 billion, or A$1,600 per head.',
        [],
      ],
    ]);
  });

  it('failing scrutiny, missing support, an error owned, a zombie claim, a short answer after the claim', () => {
    expectRepeats([
      ['Quill’s claim that rents in Brisbane have doubled since 2019 fell apart under scrutiny.', []],
      ['The figures do not support Quill’s claim that rents in Brisbane have doubled since 2019.', []],
      ['Experts say there is little to suggest rents in Brisbane have doubled since 2019.', []],
      ['Quill’s claim that rents in Brisbane have doubled since 2019 was based on outdated data.', []],
      ['Quill’s claim that rents in Brisbane have doubled since 2019 is a zombie claim.', []],
      ['Rents in Brisbane have doubled since 2019, Quill said. Hardly.', []],
      ['Rents in Brisbane have doubled since 2019, Quill said. In fact, they rose 35 per cent.', []],
      // The correction may name the claim's subject instead of "they" (issue 12); a figure of its own.
      ['Rents in Brisbane have doubled since 2019, Quill said. In fact, rents in Brisbane rose 40 per cent.', []],
      [
        'Rents in Brisbane have doubled since 2019, Quill said. In fact, mortgage holders paid 40 per cent more.',
        [RENTS],
      ],
      [
        'Rents in Brisbane have doubled since 2019, Quill said. In fact, rents in Brisbane have doubled since 2019.',
        [RENTS, RENTS],
      ],
    ]);
    assert.equal(reportsAsFalse('The office acknowledged that the figure was an error.'), true);
    assert.equal(reportsAsFalse('The claim rests on a misreading of the census.'), true);
  });

  it('questions asked (indirect, or a statement with a question mark) and estimates judged too high', () => {
    expectRepeats([
      ['Asked whether rents in Brisbane had doubled since 2019, the bureau said they had not.', []],
      ['Rents in Brisbane have doubled since 2019? The bureau’s data say otherwise.', []],
      [
        'Load shedding costs the South African economy R5 billion a day, the minister said in 2019, a figure economists now say is far too high.',
        [],
      ],
    ]);
    assert.equal(reportsAsFalse('Why have rents in Brisbane doubled since 2019?'), false);
  });

  it('the claim’s own verb negated, however it is inflected; the record against it; the claimant owing the evidence', () => {
    expectRepeats([
      ['The government did not build 11 crore toilets in five years, official records show.', []],
      ['Rao’s boast that the government built 11 crore toilets in five years does not square with official data.', []],
      ['Rao was caught out claiming the government built 11 crore toilets in five years.', []],
      ['The government’s claim to have built 11 crore toilets in five years has come under fire from auditors.', []],
      [
        'The government built 11 crore toilets in five years, Rao said, a claim that auditors have since challenged.',
        [],
      ],
      [
        'The government says it built 11 crore toilets in five years, but the audit office puts the figure at 6 crore.',
        [],
      ],
      ['Nobody has been able to verify Rao’s claim that the government built 11 crore toilets in five years.', []],
      ['Rao has yet to produce evidence that the government built 11 crore toilets in five years.', []],
    ]);
  });

  it('an appositive naming the claim, distancing after it, a verdict after a parenthetical', () => {
    expectRepeats([
      [
        'Quill said rents in Brisbane had doubled since 2019, a claim the bureau says is not supported by its data.',
        [],
      ],
      ['Rents in Brisbane have doubled since 2019 — or so Quill claims.', []],
      ['Quill’s claim that rents in Brisbane have doubled since 2019 is, in a word, false.', []],
    ]);
  });

  it('a fact-checker’s verdict after the whole claim it names, however long (round fc14)', () => {
    expectRepeats([
      [
        'Coral Check rated the housing minister’s claim that rents in Brisbane have doubled since 2019 mostly false, as it ignored the 2020 dip.',
        [],
      ],
      ['The bureau called Quill’s claim that rents in Brisbane have doubled since 2019 misleading.', []],
      // A verdict word that is no verdict on the claim: the repeat stands.
      ['Quill repeated her claim that rents in Brisbane have doubled since 2019, the wrong moment to do so.', [RENTS]],
    ]);
  });

  it('still flags a repeat that only mentions a claim or a confirmation', () => {
    expectRepeats([
      ['Rents in Brisbane have doubled since 2019, the bureau confirmed.', [RENTS]],
      ['Quill repeated her claim that rents in Brisbane have doubled since 2019.', [RENTS]],
      ['Victoria completed 60,000 new homes in 2024, Darrow promised.', [HOMES]],
      // Criticism of the speaker is no verdict on the claim.
      ['Quill, under fire over her expenses, said rents in Brisbane have doubled since 2019.', [RENTS]],
      ['The bureau did not dispute that rents in Brisbane have doubled since 2019.', [RENTS]],
    ]);
  });
});
