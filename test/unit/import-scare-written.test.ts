// Quoted words that are no one's remark (issue 11, blind-9/-10 kinds): words written on signs, a
// caption nobody in the sentence posted, a word glossed in apposition, and a label "which the
// corporation calls" — against a caption the sentence's subject posted, which is that person's words.
import * as assert from 'node:assert/strict';
import { quotedTexts } from './importedQuotes';

const quoted = (lines: string[]) => quotedTexts(lines, '2026-09-15', 'Valley Courier');

describe('importer: written words, glosses and labels are not statements', () => {
  it('words on signs, and a caption no one in the sentence posted', () => {
    assert.deepEqual(
      quoted([
        'Ruth Okafor, who chairs the tenants’ group, said the members would not move. “We have nowhere to go,” she said.',
        '',
        'Several doors now carry hand-painted signs that simply say “Staying”, and a banner reads “Not for sale”.',
        '',
        'She said one clip, shared on a neighbourhood chat with the caption “eviction day?”, had been seen thousands of times.',
        '',
      ]),
      ['We have nowhere to go'],
    );
  });

  it('a caption the sentence’s subject posted is that person’s words', () => {
    assert.deepEqual(
      quoted([
        'Ruth Okafor, who chairs the tenants’ group, said the rent had doubled.',
        '',
        'She posted a photograph of the letter on Bluesky last week with the caption: “This is what a home costs now.” The post was shared widely.',
        '',
      ]),
      ['This is what a home costs now.'],
    );
  });

  it('a word glossed in apposition, and a label “which the council calls”', () => {
    assert.deepEqual(
      quoted([
        'A herder in the valley, who asked not to be named, said his family had begun a “transhumance”, a seasonal move to higher pasture, in August.',
        '',
        'Councillor Lena Marsh said the night charge, which the council calls “demand smoothing”, would push drivers to park earlier.',
        '',
        'The plan would be “a very big mistake”, the councillor added.',
        '',
      ]),
      ['a very big mistake'],
    );
  });
  it('a passive label (“had been labelled the „smog capital”") is a name, though the sentence has a speech verb; a label its speaker gives is a statement', () => {
    assert.deepEqual(
      quoted([
        'Krzysztof Ligęza of the Polish Smog Alert said the town had for years been labelled the „smog capital” of the region.',
        '',
        'Councillor Anna Nowak said the town was known as “the place the trains forgot” and called the plan “a scandal”.',
        '',
      ]),
      ['a scandal'],
    );
  });
});
