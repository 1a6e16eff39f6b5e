/**
 * The fuzzy name look-up: a bigram shortlist, then Fuse.js on the shortlist. It must give the
 * answer Fuse.js gives over every alias, at a fraction of the cost on large corpora.
 */
import * as assert from 'assert';
import Fuse from 'fuse.js';
import { loadBundledCorpus } from '../../src/engine';
import { FuzzyNameIndex } from '../../src/engine/draft/fuzzyNames';

const people = loadBundledCorpus().people;
const items = people.flatMap((person) =>
  [...new Set([person.name, ...person.aliases])].map((alias) => ({ alias, personId: person.id })),
);
const index = new FuzzyNameIndex(items);

describe('engine: fuzzy name look-up', () => {
  it('finds misspelled names and surnames', () => {
    assert.strictEqual(index.search('Zelenskky')?.item.personId, 'volodymyr-zelensky');
    assert.strictEqual(index.search('Rubbio')?.item.personId, 'marco-rubio');
    assert.strictEqual(index.search('Steve Witkof')?.item.personId, 'steve-witkoff');
  });

  it('finds nothing for a name nobody in the corpus resembles, or for a single letter', () => {
    assert.strictEqual(index.search('Kallas'), undefined);
    assert.strictEqual(index.search('S'), undefined);
    assert.strictEqual(index.search(''), undefined);
  });

  it('agrees with Fuse.js over every alias, person and score, on a doubled letter in each word of each alias', () => {
    const full = new Fuse(items, { keys: ['alias'], threshold: 0.2, includeScore: true, ignoreLocation: true });
    let compared = 0;
    for (const { alias } of items) {
      for (const word of alias.split(' ').filter((w) => w.length >= 4)) {
        const typo = word.slice(0, 2) + word[1] + word.slice(2);
        const expected = full.search(typo, { limit: 1 })[0];
        const got = index.search(typo);
        assert.deepStrictEqual(
          got && { person: got.item.personId, score: got.score },
          expected && { person: expected.item.personId, score: expected.score },
          typo,
        );
        compared++;
      }
    }
    assert.ok(compared > 100, `compared ${compared}`);
  });
});
