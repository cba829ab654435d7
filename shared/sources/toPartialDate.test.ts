import { describe, expect, it } from 'vitest';
import { toPartialDate } from './toPartialDate.js';

describe('toPartialDate', () => {
  it.each([
    ['2025-09-11', '2025-09-11'],
    ['2025-09-11T23:30:00-04:00', '2025-09-11'],
    ['2025-09-11T05:00:00.000Z', '2025-09-11'],
    ['2025/09/11', '2025-09-11'],
    ['2025-9-1', '2025-09-01'],
    ['2025-09', '2025-09'],
    ['1956', '1956'],
    ['11.09.2025', '2025-09-11'],
    ['September 11, 2025', '2025-09-11'],
    ['Sept. 11, 2025', '2025-09-11'],
    ['Thursday, Feb. 26, 2026', '2026-02-26'],
    ['11 September 2025', '2025-09-11'],
    ['11 сентября 2025', '2025-09-11'],
    ['11 верасня 2025 г.', '2025-09-11'],
    ['21 жніўня 2020', '2020-08-21'],
    ['August 2020', '2020-08'],
  ])('reads %s', (input, expected) => {
    expect(toPartialDate(input)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '09/11/2025',
    '2025-02-30',
    '2025-13-01',
    'Smarch 11, 2025',
    '2025 was a year',
  ])('refuses %s', (input) => {
    expect(toPartialDate(input)).toBeNull();
  });
});
