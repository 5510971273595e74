import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lunarDate, nextPublicationDay, parseIso, weekdayName } from '../../src/core/dates.ts';
import { datelineDate } from '../../src/core/issue.ts';

test('weekday and lunar date agree with the masthead of 2024-03-29', () => {
  const d = parseIso('2024-03-29')!;
  assert.equal(weekdayName(d), '星期五');
  assert.equal(lunarDate(d), '甲辰年二月二十');
  assert.equal(lunarDate(parseIso('2023-09-15')!), '癸卯年八月初一');
});

test('impossible dates are refused', () => {
  assert.equal(parseIso('2024-02-30'), null);
  assert.equal(parseIso('2023-13-01'), null);
  assert.deepEqual(parseIso('2024-02-29'), { year: 2024, month: 2, day: 29 });
});

test('the next Mon/Wed/Fri after a dateline', () => {
  const mwf = [1, 3, 5];
  assert.deepEqual(nextPublicationDay(parseIso('2023-09-13')!, mwf), { year: 2023, month: 9, day: 15 });
  assert.deepEqual(nextPublicationDay(parseIso('2023-12-22')!, mwf), { year: 2023, month: 12, day: 25 });
  assert.deepEqual(nextPublicationDay(parseIso('2023-12-30')!, mwf), { year: 2024, month: 1, day: 1 });
});

test('a December dateline in a January issue belongs to the year before', () => {
  assert.equal(datelineDate({ month: 12, day: 30 }, parseIso('2024-01-03')!), '2023-12-30');
  assert.equal(datelineDate({ month: 1, day: 2 }, parseIso('2024-01-03')!), '2024-01-02');
  assert.equal(datelineDate({ month: 2, day: 30 }, parseIso('2024-03-04')!), null);
});
