// The `fact-checked` judge on debunks and near misses of three kinds (issue 12), on invented Chilean
// and Norwegian claims (fixtures/claimreview/andes-fjord-checks.jsonld, one fact-checker writing in
// Spanish): a refutation in the next sentence that names the record against the claim; the
// fact-check's rating reported as such; another measure ranked, or a ranked part of the claim's
// group; and a near miss behind a trailing "…, a study estimates".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { reportsAsFalse } from '../../src/engine/judge/factCheck';

const FIXTURE = path.join(__dirname, 'fixtures', 'claimreview', 'andes-fjord-checks.jsonld');
const parsed = parseCorpusFile('andes-fjord-checks.jsonld', fs.readFileSync(FIXTURE, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'andes-fjord-checks.jsonld', corpus: parsed.corpus }]).corpus);
/** The rated claims (the last part of each fact-check's URL) `draft` is found to repeat. */
const repeats = (draft: string): string[] =>
  checker
    .check(draft, { draftDate: '2025-09-01' })
    .findings.filter((finding) => finding.kind === 'fact-checked')
    .map((finding) => finding.statement!.factCheck!.url.split('/').pop()!);

const OLIVE_OIL = 'aceite-precio';
const BUSES = 'buses-electricos';
const FERRIES = 'ferry-fares-tripled';
const GLASS = 'oslo-recycles-glass';
const HEATING = 'pensioners-heating';

function expectRepeats(cases: [string, string[]][]): void {
  assert.deepEqual(
    cases.map(([draft]) => [draft, repeats(draft)]),
    cases,
  );
}

describe('fact-checked: a next sentence that sets the record against the claim', () => {
  it('reads "That is not what the figures show" and "at odds with official figures" as a refutation', () => {
    expectRepeats([
      ['Solheim said ferry fares in Tromsø tripled in 2024. That is not what the operator’s figures show.', []],
      ['Solheim said ferry fares in Tromsø tripled in 2024. That is at odds with official figures.', []],
      ['Ferry fares in Tromsø tripled in 2024, Solheim said. This is not what published data indicate.', []],
    ]);
  });

  it('keeps the repeat when the next sentence confirms it, names no record, or turns to another topic', () => {
    expectRepeats([
      ['Solheim said ferry fares in Tromsø tripled in 2024. That is what the operator’s figures show.', [FERRIES]],
      ['Solheim said ferry fares in Tromsø tripled in 2024. That is not what commuters want to hear.', [FERRIES]],
      [
        'Solheim said ferry fares in Tromsø tripled in 2024. The harbour board met on Monday to discuss a new pier.',
        [FERRIES],
      ],
    ]);
  });

  it('the cue needs the record named: "not what voters want" refutes nothing', () => {
    assert.deepEqual(
      [
        'That is not what official data show.',
        'This is not what the census figures say.',
        'The claim is inconsistent with the ministry’s own figures.',
        'That is not what voters want.',
        'The plan is at odds with the party’s manifesto.',
      ].map(reportsAsFalse),
      [true, true, true, false, false],
    );
  });

  it('reads a record named with what it lists ("tariff schedule") and a record set against the claim by name', () => {
    expectRepeats([
      ['Solheim said ferry fares in Tromsø tripled in 2024. That is not what the operator’s fare schedule shows.', []],
      ['The port’s fare tables are at odds with Solheim’s claim that ferry fares in Tromsø tripled in 2024.', []],
    ]);
    assert.deepEqual(
      [
        'That is not what the operator’s fare schedule shows.',
        'The harbour’s tables are inconsistent with the mayor’s claim that fares tripled.',
        'That is not what the ferry timetable promised.',
        'The plan is at odds with the mayor’s promise.',
      ].map(reportsAsFalse),
      [true, true, false, false],
    );
  });
});

describe('fact-checked: the rating reported as such', () => {
  it('reads a lowest rating given by a named fact-checker, a verdict received, and the fact-check’s own wording', () => {
    expectRepeats([
      ['Herrera’s claim that Santiago runs 2,000 electric buses received Verifica Andes’s lowest rating.', []],
      ['Herrera’s claim that Santiago runs 2,000 electric buses earned the fact-checker’s lowest rating.', []],
      ['Herrera’s claim that Santiago runs 2,000 electric buses received a ‘mostly false’ rating.', []],
      ['Solheim’s claim that ferry fares in Tromsø tripled in 2024 was given a “False” verdict.', []],
      // The fact-checker's own verdict, in its own language.
      ['Herrera’s claim that Santiago runs 2,000 electric buses was rated Exagerado.', []],
      ['Vidal’s claim that Chile has the highest olive oil prices in South America got an “Engañoso” verdict.', []],
    ]);
  });

  it('keeps the repeat when the verdict word is another claim’s or the rating is no verdict', () => {
    expectRepeats([
      [
        'Santiago runs 2,000 electric buses, Herrera said, adding that the city’s drivers received top ratings.',
        [BUSES],
      ],
      [
        'Herrera, whose claim about metro fares was rated Exagerado last year, said Santiago runs 2,000 electric buses.',
        [BUSES],
      ],
    ]);
  });
});

describe('fact-checked: another measure ranked, a ranked part of the group', () => {
  it('a superlative on another measure of the same topic is another claim; paraphrases of the rank still meet', () => {
    expectRepeats([
      ['Chile is the largest producer of olive oil in South America.', []],
      ['Chile is the biggest importer of olive oil in South America, the trade ministry said.', []],
      ['Chile has the highest olive oil prices in South America.', [OLIVE_OIL]],
      ['Nowhere in South America do people pay more for olive oil than in Chile.', [OLIVE_OIL]],
      ['Chileans pay the most for olive oil in South America, Vidal said.', [OLIVE_OIL]],
    ]);
  });

  it('a superlative put before the claim’s group is a part of it', () => {
    expectRepeats([
      ['The poorest fifth of Norwegian pensioners spend a third of their income on heating.', []],
      ['The oldest Norwegian pensioners spend a third of their income on heating, the survey found.', []],
      ['Norwegian pensioners spend a third of their income on heating, the survey found.', [HEATING]],
    ]);
  });
});

describe('fact-checked: a trailing attribution by a verb of estimating', () => {
  it('"…, a council report estimates" is attribution, so the claim’s last noun replaced is a near miss', () => {
    expectRepeats([
      ['Oslo recycles 90 per cent of its cardboard, a council report estimates.', []],
      ['Oslo recycles 90 per cent of its cardboard, the survey found.', []],
      ['Oslo recycles 90 per cent of its glass bottles, a council report estimates.', [GLASS]],
      ['Oslo recycles 90 per cent of its glass bottles, the survey found.', [GLASS]],
    ]);
  });
});

const SCHOOLS = 'escuelas-rurales';
const COD = 'cod-exporter';

describe('fact-checked: closing under its everyday verbs, a span however framed', () => {
  it('"shut (down)" is "closed"; "from 2010 to 2020" is "between 2010 and 2020"', () => {
    expectRepeats([
      ['Some 120 rural schools in Chile were shut from 2010 to 2020, Fuentes said.', [SCHOOLS]],
      // "shut" in the place of the claim's last word: no other noun for it.
      ['In Chile, some 120 rural schools were shut from 2010 to 2020.', [SCHOOLS]],
      ['In Chile, some 120 rural schools were shut between 2010 and 2020.', [SCHOOLS]],
      ['Chile shut down 120 rural schools between 2010 and 2020.', [SCHOOLS]],
      ['Chile closed 120 rural schools from 2010 to 2020.', [SCHOOLS]],
      // Another span, another noun: still near misses.
      ['Chile closed 120 rural schools between 2005 and 2020.', []],
      ['Chile shut 120 rural clinics from 2010 to 2020.', []],
    ]);
  });
});

describe('fact-checked: a rank said as a place or as the one ahead', () => {
  it('"ranks second" and "only China … more … than Norway" are "the second-largest"; another place is not', () => {
    expectRepeats([
      ['Norway ranks second in the world as an exporter of cod, Dahl said.', [COD]],
      ['Only China exports more cod than Norway, the minister said.', [COD]],
      ['Norway ranks third in the world as an exporter of cod.', []],
      // Two ahead, or a comparison with a figure: no second place.
      ['Only China and Russia export more cod than Norway.', []],
      ['Only China exports more than 2,000 tonnes of cod.', []],
    ]);
  });
});

describe('fact-checked: "Did you know …?" frames the claim it asserts', () => {
  it('reads the claim after "Did you know (that)"; an indirect or yes/no question stays unflagged', () => {
    expectRepeats([
      ['Did you know Norwegian pensioners spend a third of their income on heating? Lunde asked.', [HEATING]],
      ['Did you know that Norwegian pensioners spend a third of their income on heating?', [HEATING]],
      ['Did you know whether Norwegian pensioners spend a third of their income on heating?', []],
      ['Do Norwegian pensioners spend a third of their income on heating?', []],
    ]);
  });
});

describe('fact-checked: verbs of gathering read as one', () => {
  it('"gather" is "collect": the same sentence with either scores alike', () => {
    const scored = (draft: string) =>
      checker
        .check(draft, { draftDate: '2025-09-01' })
        .findings.filter((finding) => finding.kind === 'fact-checked')
        .map((finding) => [finding.statement!.factCheck!.url.split('/').pop(), finding.score]);
    assert.deepEqual(scored('Volunteers gather 70 per cent of the litter removed from Bergen’s beaches.'), [
      ['volunteers-beach-litter', 1],
    ]);
    assert.deepEqual(scored('Volunteers collect 70 per cent of the litter removed from Bergen’s beaches.'), [
      ['volunteers-beach-litter', 1],
    ]);
  });
});

describe('fact-checked: a noun the stemmer cuts to a stop word is still the claim’s noun', () => {
  it('"herring" (stemmed "her") is a slot: another fish in its place is a near miss', () => {
    expectRepeats([
      ['Norway’s Arctic herring quota has been cut by 40 per cent since 2020.', ['herring-quota-cut']],
      ['The Arctic herring quota for Norway was cut 40 per cent from 2020, Moe said.', ['herring-quota-cut']],
      ['Norway’s Arctic mackerel quota has been cut by 40 per cent since 2020.', []],
    ]);
  });
});
