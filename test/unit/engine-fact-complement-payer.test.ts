// The `fact-checked` judge on paraphrases that restate a rated claim's share as its complement,
// negated ("three in four villages have no clinic" for "only one in four has one"), name the
// government as the public purse ("the state", "taxpayers", "public money"), say a rise as "were
// up", a land in "-stan" by its people's name ("Tajik" for "Tajikistan"), or write a claim's
// opening word in lower case ("Malaria cases" read mid-sentence); and two corrections that are no
// repeat: a next sentence "In fact, …" whose subject is who counts, and "…, but the audit puts the
// share at …"; a claim whose place is its people's adjective ("Valdorian households") against a
// draft in another named place. Invented claims and places; each
// asserts exact results, near misses and debunkings included (issue 12).
import * as assert from 'node:assert/strict';
import { repeatsOf } from './reviewsOf';

const repeats = repeatsOf('complement.jsonld', [
  ['clinics', 'Only one in four villages in Norland has a clinic.'],
  ['vaccine', 'Only one in three children in Ostmark received the polio vaccine in 2024.'],
  ['bridge', 'The government spent €2 billion on the Lortz bridge in 2024.'],
  ['malaria', 'Malaria cases in Valdoria rose by 30 per cent in 2024.'],
  ['coal', "Deaths in Tajikistan's coal mines have tripled since 2015."],
  ['sensors', 'The ministry has installed 500 flood sensors across Norland.'],
  ['farms', 'Two in five farms in Ostmark use banned pesticides.'],
  ['abroad', 'One in three Valdorian households has a member working abroad.'],
]);

describe('fact-checked: a share stated as its complement, negated', () => {
  it('finds the claim in its complement with "no", "not" or "without"', () => {
    assert.deepEqual(repeats('Three in four villages in Norland have no clinic, the minister said.'), ['clinics']);
    assert.deepEqual(
      repeats('Two in three children in Ostmark did not receive the polio vaccine in 2024, the MP claimed.'),
      ['vaccine'],
    );
  });

  it('finds no repeat in the complement un-negated, the claim negated, another share or another object', () => {
    assert.deepEqual(repeats('Three in four villages in Norland have a clinic.'), []);
    assert.deepEqual(repeats('One in four villages in Norland has no clinic.'), []);
    assert.deepEqual(repeats('Half of the villages in Norland have no clinic.'), []);
    assert.deepEqual(repeats('Two in three children in Ostmark did not receive the measles vaccine in 2024.'), []);
  });

  it('finds no repeat in a debunking of the complement', () => {
    assert.deepEqual(repeats('It is false that three in four villages in Norland have no clinic.'), []);
  });
});

describe('fact-checked: the payer, the verb to be with "up", a land in "-stan", a claim’s opening word', () => {
  it('reads the state, taxpayers and public money as the government', () => {
    assert.deepEqual(repeats('The state spent €2 billion on the Lortz bridge in 2024, the senator said.'), ['bridge']);
    assert.deepEqual(repeats('In 2024 €2 billion of public money was spent on the Lortz bridge.'), ['bridge']);
    assert.deepEqual(repeats('The state spent €2 billion on the Lortz tunnel in 2024.'), []);
  });

  it('reads "were up" as a rise and "were down" as a fall, whatever the case of the claim’s first word', () => {
    assert.deepEqual(repeats('According to the ministry, malaria cases in Valdoria were up 30 per cent in 2024.'), [
      'malaria',
    ]);
    assert.deepEqual(
      repeats('According to the ministry, malaria cases in Valdoria were down 30 per cent in 2024.'),
      [],
    );
  });

  it('reads "Tajik" as Tajikistan and not as another land in "-stan"', () => {
    assert.deepEqual(repeats('Since 2015, deaths in Tajik coal mines have tripled, the union said.'), ['coal']);
    assert.deepEqual(repeats('Since 2015, deaths in Uzbek coal mines have tripled, the union said.'), []);
  });
});

describe('fact-checked: a correction naming the claim’s measure after its own subject, or its share', () => {
  it('finds no repeat answered by "In fact, <another counter> … <another count> <the claim’s word>"', () => {
    assert.deepEqual(
      repeats(
        'The ministry has installed 500 flood sensors across Norland, Roe said. In fact, the agency runs 140 sensors there.',
      ),
      [],
    );
    // A next sentence naming none of the claim's words corrects nothing.
    assert.deepEqual(
      repeats(
        'The ministry has installed 500 flood sensors across Norland, Roe said. In fact, the agency also opened two offices.',
      ),
      ['sensors'],
    );
  });

  it('finds no repeat where "but" sets another share against it', () => {
    assert.deepEqual(repeats('Two in five farms in Ostmark use banned pesticides, the group says.'), ['farms']);
    assert.deepEqual(
      repeats(
        'Two in five farms in Ostmark use banned pesticides, the group says, but the ministry’s audit puts the share at 12 per cent.',
      ),
      [],
    );
  });
});

describe('fact-checked: a claim placed by its people’s adjective, a draft in another place', () => {
  it('finds the claim in the place named or its adjective, and no repeat in a place the claim does not name', () => {
    assert.deepEqual(repeats('One in three households in Valdoria has a member working abroad.'), ['abroad']);
    assert.deepEqual(repeats('One in three Valdorian households has a member working abroad, the survey found.'), [
      'abroad',
    ]);
    assert.deepEqual(repeats('One in three households in Lortz Province has a member working abroad.'), []);
  });
});
