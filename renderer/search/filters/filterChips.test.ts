import { describe, expect, it } from 'vitest';
import { compact, filterChips } from './filterChips';

describe('filterChips', () => {
  const tagName = (v: string) => (v === 't1' ? 'journalist' : v);

  it('names each filter and removes only it', () => {
    const chips = filterChips(
      {
        statuses: ['released', 'pardoned'],
        tags: ['t1'],
        articles: [{ article: '342', part: '2' }],
        publishers: ['Viasna'],
        from: '2021',
        groups: ['sources'],
      },
      tagName,
    );
    expect(chips.map((c) => c.label)).toEqual([
      'Status: Released',
      'Status: Pardoned',
      'Tag: journalist',
      'Article: Art. 342 part 2',
      'Publisher: Viasna',
      'From: 2021',
      'In: Sources',
    ]);
    expect(chips[0]?.without.statuses).toEqual(['pardoned']);
    expect(chips[2]?.without).not.toHaveProperty('tags');
    expect(chips[5]?.without).not.toHaveProperty('from');
    expect(chips[5]?.without.statuses).toEqual(['released', 'pardoned']);
  });

  it('gives no chips for no filters, and compact drops what is not set', () => {
    expect(filterChips({}, tagName)).toEqual([]);
    expect(compact({ statuses: [], tags: undefined, from: undefined, to: '2025' })).toEqual({
      to: '2025',
    });
  });
});
