/** Numbers (with the units they count) and day/date mentions in draft words. */
import * as assert from 'assert';
import { findNumbers, sameQuantity, comparableUnits } from '../../src/engine/draft/numbers';
import { findDateMentions } from '../../src/engine/draft/dates';
import { tokenize } from '../../src/engine/text/tokens';

function numbers(text: string) {
  return findNumbers(tokenize(text), text).map((n) => ({
    value: n.value,
    unit: n.unit,
    text: text.slice(n.start, n.unitEnd ?? n.end),
    numeral: text.slice(n.start, n.end),
    inWords: n.inWords,
  }));
}

function dates(text: string) {
  return findDateMentions(tokenize(text), text).map(({ kind, weekday, month, day, text: printed, start, end }) => ({
    kind,
    weekday,
    month,
    day,
    text: printed,
    at: text.slice(start, end),
  }));
}

describe('engine: findNumbers', () => {
  it('"800,000-strong army" counts troops, the numeral alone is the fix range', () => {
    assert.deepStrictEqual(numbers('an 800,000-strong army'), [
      { value: 800000, unit: 'troop', text: '800,000-strong', numeral: '800,000', inWords: false },
    ]);
  });

  it('"133 drones", "three-hour", "1 million Ukrainians", "a million people"', () => {
    assert.deepStrictEqual(numbers('133 drones'), [
      { value: 133, unit: 'drone', text: '133 drones', numeral: '133', inWords: false },
    ]);
    assert.deepStrictEqual(numbers('a three-hour discussion'), [
      { value: 3, unit: 'hour', text: 'three-hour', numeral: 'three', inWords: true },
    ]);
    assert.deepStrictEqual(numbers('1 million Ukrainians'), [
      { value: 1_000_000, unit: 'person', text: '1 million Ukrainians', numeral: '1 million', inWords: false },
    ]);
    assert.deepStrictEqual(numbers('a million people'), [
      { value: 1_000_000, unit: 'person', text: 'a million people', numeral: 'a million', inWords: true },
    ]);
  });

  it('compound number words: "twenty-seven nations"', () => {
    assert.deepStrictEqual(numbers('twenty-seven nations'), [
      { value: 27, unit: 'nation', text: 'twenty-seven nations', numeral: 'twenty-seven', inWords: true },
    ]);
  });

  it('"two or three weeks": the first number takes the unit of the second', () => {
    assert.deepStrictEqual(numbers('two or three weeks'), [
      { value: 2, unit: 'week', text: 'two or three weeks', numeral: 'two', inWords: true },
      { value: 3, unit: 'week', text: 'three weeks', numeral: 'three', inWords: true },
    ]);
  });

  it('"an hour" is one hour and "90 minutes" ninety minutes', () => {
    assert.deepStrictEqual(numbers('an hour'), [
      { value: 1, unit: 'hour', text: 'an hour', numeral: 'an', inWords: true },
    ]);
    assert.deepStrictEqual(numbers('90 minutes'), [
      { value: 90, unit: 'minute', text: '90 minutes', numeral: '90', inWords: false },
    ]);
  });

  it('skips years, "Article 5", "No. 3" and a bare "one of"', () => {
    assert.deepStrictEqual(numbers('In 2025, under Article 5 and rule No. 3, one of the allies'), []);
  });

  it('keeps a year-sized count with a unit ("2,000 troops") and a bare number without one', () => {
    assert.deepStrictEqual(numbers('2,000 troops and 1999 soldiers'), [
      { value: 2000, unit: 'troop', text: '2,000 troops', numeral: '2,000', inWords: false },
      { value: 1999, unit: 'troop', text: '1999 soldiers', numeral: '1999', inWords: false },
    ]);
    assert.deepStrictEqual(numbers('about 45 of them'), [
      { value: 45, unit: '', text: '45', numeral: '45', inWords: false },
    ]);
  });

  it('a unit belongs to the nearer number: "in February 2022, eight years after" is eight years, and 2022 a year', () => {
    assert.deepStrictEqual(numbers('in February 2022, eight years after the annexation'), [
      { value: 8, unit: 'year', text: 'eight years', numeral: 'eight', inWords: true },
    ]);
  });
});

describe('engine: sameQuantity and comparableUnits', () => {
  it('durations compare across units: an hour is 60 minutes, not 90', () => {
    assert.strictEqual(sameQuantity({ value: 1, unit: 'hour' }, { value: 60, unit: 'minute' }), true);
    assert.strictEqual(sameQuantity({ value: 1, unit: 'hour' }, { value: 90, unit: 'minute' }), false);
    assert.strictEqual(sameQuantity({ value: 3, unit: 'hour' }, { value: 180, unit: 'minute' }), true);
    assert.strictEqual(sameQuantity({ value: 2, unit: 'week' }, { value: 14, unit: 'day' }), true);
  });

  it('other units compare by unit and value', () => {
    assert.strictEqual(sameQuantity({ value: 133, unit: 'drone' }, { value: 133, unit: 'drone' }), true);
    assert.strictEqual(sameQuantity({ value: 133, unit: 'drone' }, { value: 133, unit: 'missile' }), false);
    assert.strictEqual(comparableUnits('hour', 'minute'), true);
    assert.strictEqual(comparableUnits('drone', 'troop'), false);
    assert.strictEqual(comparableUnits('', ''), false);
  });
});

describe('engine: findDateMentions', () => {
  it('capitalised weekdays', () => {
    assert.deepStrictEqual(dates('Rubio said on Monday that'), [
      { kind: 'weekday', weekday: 1, month: undefined, day: undefined, text: 'Monday', at: 'Monday' },
    ]);
    assert.deepStrictEqual(dates('on monday'), []);
  });

  it('skips possessive and plural weekdays', () => {
    assert.deepStrictEqual(dates("Friday’s summit and Friday's talks, on Fridays"), []);
  });

  it('"Aug. 17" and "17 August" are month-day dates', () => {
    assert.deepStrictEqual(dates('on Aug. 17 the'), [
      { kind: 'month-day', weekday: undefined, month: 7, day: 17, text: 'Aug. 17', at: 'Aug. 17' },
    ]);
    assert.deepStrictEqual(dates('on 17 August the'), [
      { kind: 'month-day', weekday: undefined, month: 7, day: 17, text: '17 August', at: '17 August' },
    ]);
  });

  it('"in July" is a month; a bare month name without a cue is not', () => {
    assert.deepStrictEqual(dates('in July they'), [
      { kind: 'month', weekday: undefined, month: 6, day: undefined, text: 'July', at: 'July' },
    ]);
    assert.deepStrictEqual(dates('July was hot'), []);
  });

  it('"May 5" is a date but the verb "may" is not', () => {
    assert.deepStrictEqual(dates('May 5'), [
      { kind: 'month-day', weekday: undefined, month: 4, day: 5, text: 'May 5', at: 'May 5' },
    ]);
    assert.deepStrictEqual(dates('he may go. May they'), []);
  });
});
