import { strict as assert } from 'node:assert';
import { formatStatementDate, weekdayOf } from '../../src/engine/citation';
import { findDateMentions, monthName, WEEKDAYS } from '../../src/engine/draft/dates';
import { headerDate } from '../../src/engine/import/article';
import { shortDate } from '../../src/engine/messages';
import { MONTH_NAMES, monthByPrefix, WEEKDAY_NAMES } from '../../src/engine/text/calendar';
import { tokenize } from '../../src/engine/text/tokens';

describe('calendar: one month and weekday table for every caller', () => {
  it('citations, draft dates, the importer and messages agree on every month', () => {
    MONTH_NAMES.forEach((name, index) => {
      const month = String(index + 1).padStart(2, '0');
      assert.equal(formatStatementDate({ date: `2025-${month}`, datePrecision: 'month' }), `${name} 2025`);
      assert.equal(monthName(index), name);
      assert.equal(headerDate(`Tuesday, ${name} 8, 2024`), `2024-${month}-08`);
      assert.equal(shortDate({ date: `2025-${month}-17`, datePrecision: 'day' }), `17 ${name.slice(0, 3)} 2025`);
      const text = `on ${name} 17`;
      assert.deepEqual(
        findDateMentions(tokenize(text), text).map((mention) => mention.month),
        [index],
      );
    });
  });

  it('citations and draft dates agree on every weekday', () => {
    // 2025-08-17 was a Sunday.
    WEEKDAY_NAMES.forEach((name, index) => {
      assert.equal(weekdayOf(`2025-08-${17 + index}`), name);
      assert.equal(WEEKDAYS[index], name.toLowerCase());
    });
  });

  it('monthByPrefix reads abbreviations and rejects other words', () => {
    assert.deepEqual(['Aug', 'august', 'Sept.', 'may', 'Dec'].map(monthByPrefix), [7, 7, 8, 4, 11]);
    assert.deepEqual(['Today', 'Fo', ''].map(monthByPrefix), [-1, -1, -1]);
  });
});
