/**
 * One table of currency families (src/engine/text/money.ts: `familyOf`, `membersOf`, `codeOf`) for
 * the quantity reader (quantities.ts) and the fact-check money reader (`readMoney`): the crowns
 * ("krona" Swedish, "kroner" Norwegian or Danish, "krónur" Icelandic, "kr" any), the francs
 * (Swiss, CFA, Rwandan) and the Dominican peso, each read alike by both readers and in a record's
 * own member of the family. Invented amounts on invented topics; exact results.
 */
import * as assert from 'node:assert/strict';
import { findQuantities, inRecordDollars } from '../../src/engine/text/quantities';
import { codeOf, familyOf, membersOf, readMoney, sameCurrency } from '../../src/engine/text/money';
import { tokenize } from '../../src/engine/text/tokens';

const quantity = (text: string) =>
  findQuantities(tokenize(text), text).map((found) => [found.value, found.unit, found.currencyFamily]);
const sum = (text: string) => readMoney(text).map((found) => [found.value, found.currency]);
/** The unit the quantity reader compares a draft's figure in, against a record's units. */
const against = (text: string, recorded: string[]) =>
  inRecordDollars(
    findQuantities(tokenize(text), text),
    recorded.map((unit) => ({ unit })),
  ).map((found) => found.unit);

describe('money: one table of currency families for both readers', () => {
  it('names each crown word its own family or currency', () => {
    assert.equal(familyOf('kronor'), 'krona');
    assert.equal(familyOf('krona'), 'krona');
    assert.equal(familyOf('kroner'), 'krone');
    assert.equal(familyOf('krone'), 'krone');
    assert.equal(familyOf('kr'), 'kr');
    assert.equal(familyOf('crowns'), 'crown');
    assert.deepEqual(membersOf('crown'), ['sek', 'nok', 'dkk', 'isk', 'czk']); // the Czech koruna's English name too
    assert.equal(familyOf('krónur'), undefined);
    assert.equal(familyOf('euros'), undefined);
    assert.equal(familyOf('harbour'), undefined);
    assert.deepEqual(membersOf('krona'), ['sek', 'isk']);
    assert.deepEqual(membersOf('krone'), ['nok', 'dkk']);
    assert.deepEqual(membersOf('kr'), ['sek', 'nok', 'dkk', 'isk']);
    assert.deepEqual(membersOf('eur'), ['eur']);
  });

  it('reads a bare "krona" as Swedish, "kroner" as Norwegian, "krónur" as Icelandic in both readers', () => {
    assert.deepEqual(quantity('a ferry subsidy of 7 million kronor'), [[7e6, 'sek', 'krona']]);
    assert.deepEqual(sum('a ferry subsidy of 7 million kronor'), [[7e6, 'krona']]);
    assert.deepEqual(quantity('a ferry subsidy of 7 million kroner'), [[7e6, 'nok', 'krone']]);
    assert.deepEqual(sum('a ferry subsidy of 7 million kroner'), [[7e6, 'krone']]);
    assert.deepEqual(quantity('a ferry subsidy of 7 million krónur'), [[7e6, 'isk', undefined]]);
    assert.deepEqual(sum('a ferry subsidy of 7 million krónur'), [[7e6, 'isk']]);
    assert.deepEqual(quantity('a ticket at 45 kr'), [[45, 'sek', 'kr']]);
  });

  it('reads a country before a crown or a franc as its own currency', () => {
    assert.deepEqual(sum('a 90 million Icelandic krona harbour'), [[9e7, 'isk']]);
    assert.deepEqual(sum('a 90 million Faroese kroner harbour'), [[9e7, 'dkk']]);
    assert.deepEqual(sum('a 90 million Danish kroner harbour'), [[9e7, 'dkk']]);
    assert.deepEqual(sum('a 90 million Rwandan francs levy'), [[9e7, 'rwf']]);
    assert.deepEqual(sum('a 90 million Dominican pesos levy'), [[9e7, 'dop']]);
  });

  it('holds a crown family to its own members: "kronor" are never Norwegian, "kroner" never Swedish', () => {
    assert.equal(sameCurrency('krona', 'sek'), true);
    assert.equal(sameCurrency('krona', 'isk'), true);
    assert.equal(sameCurrency('krona', 'nok'), false);
    assert.equal(sameCurrency('krone', 'dkk'), true);
    assert.equal(sameCurrency('krone', 'sek'), false);
    assert.equal(sameCurrency('krone', 'krona'), false);
    assert.equal(sameCurrency('kr', 'krone'), true);
    assert.equal(sameCurrency('kr', 'isk'), true);
  });

  it('reads "francs" as any franc (Swiss, CFA, Rwandan), Swiss by default', () => {
    assert.deepEqual(sum('school fees of 80,000 francs'), [[80000, 'franc']]);
    assert.equal(sameCurrency('franc', 'xof'), true);
    assert.equal(sameCurrency('franc', 'rwf'), true);
    assert.equal(sameCurrency('franc', 'eur'), false);
    assert.equal(codeOf('franc'), 'chf');
    assert.deepEqual(quantity('school fees of 80,000 francs'), [[80000, 'chf', 'franc']]);
  });

  it("compares a family's figure in the record's one member of it, and only of that family", () => {
    assert.deepEqual(against('a quay cost 40 million kroner', ['dkk']), ['dkk']);
    assert.deepEqual(against('a quay cost 40 million kronor', ['isk']), ['isk']);
    // Kronor are not Norwegian: a record in NOK leaves the Swedish default.
    assert.deepEqual(against('a quay cost 40 million kronor', ['nok']), ['sek']);
    assert.deepEqual(against('school fees of 80,000 francs', ['xof']), ['xof']);
    assert.deepEqual(against('a levy of 3 billion pesos', ['dop']), ['dop']);
    assert.deepEqual(against('a levy of 3 billion pounds', ['lbp']), ['lbp']);
    // Two members on record: the default stands.
    assert.deepEqual(against('a quay cost 40 million kroner', ['dkk', 'nok']), ['nok']);
  });
});
