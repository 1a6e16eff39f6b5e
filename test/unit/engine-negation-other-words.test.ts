/**
 * Issue 8, round 11: polarity said in other words, on an invented library-cuts newsroom
 * (test/unit/fixtures/library-corpus.jsonl), each with the exact finding (kind, text, record, message):
 * affixal negation ("unfair" against "fair"), a free-relative record ("What happened … is not
 * acceptable" is a statement, not a question), a withheld telling ("Nobody told us where" against
 * "were told where"), a direction adverb on the record's own figure ("up 25 per cent" against
 * "down 25 per cent"), and no negation from shared framing words alone.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { FactChecker, mergeCorpora, parseCorpusFile } from '../../src/engine';
import { findingsOf } from './findingsOf';

const file = path.join(__dirname, 'fixtures', 'library-corpus.jsonl');
const parsed = parseCorpusFile('library-corpus.jsonl', fs.readFileSync(file, 'utf8'));
const checker = new FactChecker(mergeCorpora([{ name: 'library', corpus: parsed.corpus }]).corpus);

const check = (draft: string) => findingsOf(checker, draft, '2026-05-13');

describe('engine: negation said in other words on a library-cuts newsroom (issue 8, round 11)', () => {
  it('loads the fixture without problems', () => {
    assert.deepStrictEqual(parsed.problems, []);
  });

  it('"was acceptable" against a free-relative record "What happened … is simply not acceptable"', () => {
    assert.deepStrictEqual(check('Ferreira said what happened to the map archive was acceptable.'), [
      {
        kind: 'negation',
        text: 'was acceptable',
        statement: 'ferreira-archive',
        message:
          'Says the opposite: “was acceptable” where the record has “simply not acceptable” — Ana Ferreira, 11 May 2026.',
      },
    ]);
  });

  it('"fair" against "unfair" is a negation; "unfair" repeated is the record', () => {
    const draft = 'Ferreira said the new opening hours were fair to shift workers.';
    assert.deepStrictEqual(check(draft), [
      {
        kind: 'negation',
        text: draft,
        statement: 'ferreira-hours',
        message:
          'Says the opposite: “Ferreira said the new…” where the record has “The new opening hours are unfair…” — Ana Ferreira, 11 May 2026.',
      },
    ]);
    const same = 'Ferreira said the new opening hours were unfair to shift workers.';
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'ferreira-hours',
        message: 'Matches the record: Ana Ferreira, 11 May 2026.',
      },
    ]);
  });

  it('"were told where" against "Nobody told us where": the telling withheld is flipped', () => {
    const draft = 'Lindqvist said readers were told where the exits were.';
    assert.deepStrictEqual(check(draft), [
      {
        kind: 'negation',
        text: draft,
        statement: 'lindqvist-exits',
        message:
          'Says the opposite: “Lindqvist said readers…” where the record has “Nobody told us where the exits…” — Tomas Lindqvist, 11 May 2026.',
      },
    ]);
  });

  it('"No one told the readers where" agrees with "Nobody told us where": no negation', () => {
    assert.deepStrictEqual(
      check('No one told the readers where the exits were, Lindqvist said through a translator.'),
      [],
    );
  });

  it('shared framing words ("through a translator") are no shared proposition: no negation', () => {
    assert.deepStrictEqual(
      check(
        'Speaking through a translator, Lindqvist said the association was getting a petition ready and would hand it over before Easter.',
      ),
      [],
    );
  });

  it("a `negated` flag on a record read in its context negates the record's words, not the framing", () => {
    // Context: "Okafor, who spoke through a translator at the reading room, said that …".
    assert.deepStrictEqual(
      check(
        "Speaking through a translator at the reading room, Okafor said the children's choir would sing there every week.",
      ),
      [],
    );
  });

  it('"up 25 per cent" against the record\'s "down 25 per cent": a negation on the direction, never supported', () => {
    assert.deepStrictEqual(check('Okafor said visits to the branch libraries are up 25 per cent on last spring.'), [
      {
        kind: 'negation',
        text: 'up',
        statement: 'okafor-visits',
        message: 'Says the opposite: “up” where the record has “down” — Mei Okafor, 11 May 2026.',
      },
    ]);
    const same = 'Okafor said visits to the branch libraries are down 25 per cent on last spring.';
    assert.deepStrictEqual(check(same), [
      {
        kind: 'supported',
        text: same,
        statement: 'okafor-visits',
        message: 'Matches the record: Mei Okafor, 11 May 2026.',
      },
    ]);
  });
});
