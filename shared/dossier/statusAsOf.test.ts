import { describe, expect, it } from 'vitest';
import type { StatusEntry } from '../model/caseFile.js';
import { statusAsOf } from './statusAsOf.js';

const entry = (status: StatusEntry['status'], date: string | null): StatusEntry => ({
  id: '00000000-0000-4000-8000-000000000001',
  status,
  date,
  note: '',
});

describe('statusAsOf', () => {
  const history = [
    entry('detained', '2020-05'),
    entry('convicted', '2021-12-14'),
    entry('released', '2025-09-11'),
  ];

  it('gives the latest status dated on or before the day', () => {
    expect(statusAsOf({ statusHistory: history }, '2025-09-11')?.status).toBe('released');
    expect(statusAsOf({ statusHistory: history }, '2025-09-10')?.status).toBe('convicted');
    expect(statusAsOf({ statusHistory: history }, '2021-12-01')?.status).toBe('detained');
  });

  it('counts a month-precise entry within its month as known on any day of it', () => {
    expect(
      statusAsOf({ statusHistory: [entry('held_incommunicado', '2023-02')] }, '2023-02-01')?.status,
    ).toBe('held_incommunicado');
  });

  it('has no status before the first dated entry, and uses undated entries only when none is dated', () => {
    expect(statusAsOf({ statusHistory: history }, '2019-01-01')).toBeNull();
    expect(
      statusAsOf({ statusHistory: [entry('whereabouts_unknown', null)] }, '2019-01-01')?.status,
    ).toBe('whereabouts_unknown');
  });
});
