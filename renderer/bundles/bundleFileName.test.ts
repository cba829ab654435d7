import { describe, expect, it } from 'vitest';
import { bundleFileName } from './bundleFileName';

describe('bundleFileName', () => {
  const at = new Date(2026, 2, 2, 14, 3);
  it('says who, when, for whom and what, and marks encryption', () => {
    expect(
      bundleFileName({
        exportedBy: 'Anna K.',
        colleague: 'Барыс',
        scope: 'changes',
        at,
        encrypted: true,
      }),
    ).toBe('kartoteka-2026-03-02-1403-anna-k-for-барыс-changes.kartoteka.age');
    expect(
      bundleFileName({
        exportedBy: '../..',
        colleague: null,
        scope: 'archive',
        at,
        encrypted: false,
      }),
    ).toBe('kartoteka-2026-03-02-1403-archive.kartoteka');
  });
});
