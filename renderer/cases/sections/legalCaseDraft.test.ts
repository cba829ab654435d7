import { describe, expect, it } from 'vitest';
import { LegalCase } from '../../../shared/model/index.js';
import { emptyLegalCase, fromLegalCaseDraft, toLegalCaseDraft } from './legalCaseDraft';

describe('legal case drafts', () => {
  it('round-trips a legal case through its form', () => {
    const draft = {
      ...emptyLegalCase(),
      articles: [
        { code: '', article: '293', part: '1' },
        { code: 'BY-CC', article: '361.1', part: '' },
      ],
      charges: 'organising mass riots\n\n  calls to action against national security ',
      verdictDate: '2021-12-14',
      years: '14',
      months: '',
      regime: 'special' as const,
      fines: [{ amount: '1 500,50', currency: 'BYN', text: '' }],
    };
    const legal = fromLegalCaseDraft(draft);
    expect(LegalCase.safeParse(legal).success).toBe(true);
    expect(legal.articles).toEqual([
      { code: 'BY-CC', article: '293', part: '1' },
      { code: 'BY-CC', article: '361.1', part: null },
    ]);
    expect(legal.charges).toEqual([
      'organising mass riots',
      'calls to action against national security',
    ]);
    expect(legal.sentence).toEqual({ months: 168, regime: 'special', text: '' });
    expect(legal.fines[0]?.amount).toBe(1500.5);
    expect(fromLegalCaseDraft(toLegalCaseDraft(legal))).toEqual(legal);
  });

  it('leaves the sentence out when nothing of it is typed', () => {
    expect(fromLegalCaseDraft(emptyLegalCase()).sentence).toBeNull();
  });

  it('turns a mistyped number into one the schema rejects at its path', () => {
    const legal = fromLegalCaseDraft({ ...emptyLegalCase(), years: 'fourteen' });
    const result = LegalCase.safeParse(legal);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['sentence', 'months']);
  });
});
