// The `fact-checked` judge's general word knowledge: another derivation of the claim's word
// ("emigrate", "emigrants" for "emigration"), a synonym from the generated WordNet table
// ("physicians" for "doctors", "overseas" for "abroad"), a people's name for its place
// ("Vellorians" for "Velloria"), a period however said ("annually" for "every year"). On invented
// claims (the Republic of Velloria, the Tarn Check fact-checker); near misses stay near misses.
import * as assert from 'node:assert/strict';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { derivationalRoot, related, synonymous } from '../../src/engine/text/lexicon';
import { aligned } from '../../src/engine/judge/factCheck';
import { readFigures } from '../../src/engine/judge/factFigures';
import { tokenize } from '../../src/engine/text/tokens';

/** A ClaimReview on `claim` at `slug`, rated False by Tarn Check. */
const review = (slug: string, claim: string) => ({
  '@type': 'ClaimReview',
  url: `https://tarncheck.example/checks/${slug}`,
  claimReviewed: claim,
  datePublished: '2026-03-02',
  author: { '@type': 'Organization', name: 'Tarn Check' },
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'Ida Marsk' }, datePublished: '2026-02-20' },
  reviewRating: { '@type': 'Rating', alternateName: 'False' },
});
const REVIEWS = [
  review('vets-left', 'More than 400 vets left Velloria for Norland in 2025.'),
  review('engineers-abroad', 'One in four engineers trained in Velloria now works abroad.'),
  review('dentist-ratio', 'Velloria has one dentist for every 8,000 people.'),
  review('riverbank-loss', 'The Ostra river loses 300 hectares of riverbank to floods every year.'),
  review('pharmacists-emigration', 'Velloria lost 250 pharmacists to emigration in 2024.'),
  review('saffron-half', 'The Dervan valley grows half of Velloria’s saffron.'),
  review('levy-share', 'Fishing towns receive less than 2 per cent of the harbour levy they raise.'),
];
const parsed = parseCorpusFile('lexicon.jsonld', JSON.stringify({ '@graph': REVIEWS }));
const checker = new FactChecker(mergeCorpora([{ name: 'lexicon.jsonld', corpus: parsed.corpus }]).corpus);
/** The slugs of the rated claims `draft` is found to repeat. */
const repeats = (draft: string): string[] =>
  checker
    .check(draft, { draftDate: '2026-04-01' })
    .findings.filter((finding) => finding.kind === 'fact-checked')
    .map((finding) => finding.statement!.id.replace(/^.*-checks-/, ''));

describe('fact-checked: general word knowledge (derivation, synonyms, demonyms, periods)', () => {
  it('the corpus loads all seven reviews', () => {
    assert.equal(parsed.corpus.statements.length, 7);
  });

  it('a derivation shares its root; short roots and unrelated words do not', () => {
    assert.equal(derivationalRoot('emigrat'), 'emigr');
    assert.equal(derivationalRoot('emigration'), 'emigr');
    assert.equal(derivationalRoot('emigrant'), 'emigr');
    assert.equal(derivationalRoot('consultant'), 'consult');
    // Never below five letters: "station" is no "st" or "stat".
    assert.equal(derivationalRoot('station'), 'station');
    assert.equal(related('emigrant', 'emigrat'), true);
    assert.equal(related('nurs', 'doctor'), false);
  });

  it('the WordNet table joins the first senses of words, not their rare ones', () => {
    assert.equal(synonymous('doctor', 'physician'), true);
    assert.equal(synonymous('abroad', 'oversea'), true);
    assert.equal(synonymous('educat', 'train'), true);
    // factWords.ts no longer lists these two: the table does.
    assert.equal(synonymous('nearly', 'almost'), true);
    // A doctor is a nurse's colleague, not a nurse; "doctor" as a theologian is a rare sense.
    assert.equal(synonymous('doctor', 'nurs'), false);
    assert.equal(synonymous('doctor', 'theologian'), false);
    assert.equal(synonymous('doctor', 'doctor'), false);
  });

  it('aligns a draft word with the claim word it names, each claim word once', () => {
    assert.deepEqual(aligned(['doctor', 'leav', 'abroad'], ['physician', 'leav', 'oversea']), [
      'doctor',
      'leav',
      'abroad',
    ]);
    // Both "physicians" and "doctors" in the draft: the claim's word is taken by the draft's own.
    assert.deepEqual(aligned(['doctor', 'leav'], ['physician', 'doctor']), ['physician', 'doctor']);
    assert.deepEqual(aligned(['nurs', 'leav'], ['doctor', 'leav']), ['doctor', 'leav']);
  });

  it('a synonym of the claim word repeats the claim; a colleague of it is a near miss', () => {
    assert.deepEqual(repeats('One in four engineers educated in Velloria now works overseas, Marsk said.'), [
      'engineers-abroad',
    ]);
    assert.deepEqual(repeats('One in four nurses trained in Velloria now works abroad, Marsk said.'), []);
  });

  it('another derivation of the claim word repeats the claim', () => {
    assert.deepEqual(repeats('In 2024 Velloria lost 250 pharmacists who chose to emigrate, Marsk said.'), [
      'pharmacists-emigration',
    ]);
    assert.deepEqual(repeats('In 2024 Velloria lost 250 pharmacists to retirement, Marsk said.'), []);
  });

  it("a people's name is its place, in the plural too", () => {
    assert.deepEqual(repeats('There is one dentist for every 8,000 Vellorians, the minister said.'), ['dentist-ratio']);
    assert.deepEqual(repeats('There is one dentist for every 8,000 Norlanders, the minister said.'), []);
  });

  it('a period however said: "annually", "each year", "a year" are "every year"', () => {
    assert.deepEqual(repeats('The Ostra river loses 300 hectares of riverbank to floods annually.'), [
      'riverbank-loss',
    ]);
    assert.deepEqual(repeats('Each year the Ostra river loses 300 hectares of riverbank to floods.'), [
      'riverbank-loss',
    ]);
    assert.deepEqual(repeats('The Ostra river loses 300 hectares of farmland to floods every year.'), []);
  });

  it('reads "N of every M", "N in every M" and ordinal fractions past a tenth as shares', () => {
    const read = (text: string) =>
      readFigures(text, tokenize(text)).map((figure) => [figure.kind, Number(figure.value.toFixed(3))]);
    assert.deepEqual(read('one of every two tonnes'), [['share', 0.5]]);
    assert.deepEqual(read('three out of every ten'), [['share', 0.3]]);
    assert.deepEqual(read('one in every ten'), [['share', 0.1]]);
    assert.deepEqual(read('a fiftieth of it'), [['share', 0.02]]);
    assert.deepEqual(read('two thousandths'), [['share', 0.002]]);
    // "one of three hospitals" counts hospitals: no share without "every".
    assert.deepEqual(read('one of three hospitals'), [['amount', 3]]);
  });

  it('a share written as "one of every two" or "one fiftieth" repeats the claim; another share does not', () => {
    assert.deepEqual(repeats('One of every two grams of Velloria’s saffron is grown in the Dervan valley.'), [
      'saffron-half',
    ]);
    assert.deepEqual(repeats('One of every three grams of Velloria’s saffron is grown in the Dervan valley.'), []);
    assert.deepEqual(repeats('Fishing towns receive less than one fiftieth of the harbour levy they raise.'), [
      'levy-share',
    ]);
    assert.deepEqual(repeats('Fishing towns receive less than one tenth of the harbour levy they raise.'), []);
  });
});
