/**
 * The weekday and month names from one table (src/engine/text/calendar.ts) for the importer's and
 * the draft reader's word lists: `CALENDAR_WORDS`, and the places the importer reads, which are
 * never a month or a weekday and end before a weekday. Invented places; exact results.
 */
import * as assert from 'node:assert/strict';
import { CALENDAR_WORDS } from '../../src/engine/text/calendar';
import { placesIn } from '../../src/engine/import/occasions';

describe('calendar: the weekday and month names as words of the word lists', () => {
  it('lists every weekday and month once, in lower case', () => {
    assert.deepEqual(CALENDAR_WORDS, [
      'sunday',
      'monday',
      'tuesday',
      'wednesday',
      'thursday',
      'friday',
      'saturday',
      'january',
      'february',
      'march',
      'april',
      'may',
      'june',
      'july',
      'august',
      'september',
      'october',
      'november',
      'december',
    ]);
  });

  it('reads no month or weekday as a place, and ends a place before a weekday', () => {
    assert.deepEqual(placesIn('the ministers met in Vellmar Thursday'), ['vellmar']);
    assert.deepEqual(placesIn('the ministers met in Vellmar Harbour Sunday night'), ['vellmar harbour']);
    assert.deepEqual(placesIn('the vote is in September'), []);
    assert.deepEqual(placesIn('the vote is at Saturday noon'), []);
    assert.deepEqual(placesIn('the vote is in Parliament'), []);
  });
});
