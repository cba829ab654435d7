import { describe, expect, it } from 'vitest';
import {
  codeName,
  formatArticle,
  formatFineAmount,
  formatMonths,
  formatSentenceTerm,
  nameLabel,
} from './dossierLabels.js';

describe('dossier labels', () => {
  it('words a term of months as years and months', () => {
    expect(formatMonths(168)).toBe('14 years');
    expect(formatMonths(78)).toBe('6 years 6 months');
    expect(formatMonths(13)).toBe('1 year 1 month');
    expect(formatMonths(0)).toBe('no imprisonment');
  });

  it('words sentences, articles, fines and names', () => {
    expect(formatSentenceTerm({ months: 180, regime: 'special', text: '' })).toBe(
      '15 years, special-regime colony',
    );
    expect(formatSentenceTerm({ months: null, regime: null, text: 'home confinement' })).toBeNull();
    expect(formatArticle({ code: 'BY-CC', article: '361.1', part: null })).toBe('Art. 361.1');
    expect(formatArticle({ code: 'BY-CC', article: '293', part: '1' })).toBe('Art. 293 part 1');
    expect(codeName('BY-CC')).toBe('Criminal Code of the Republic of Belarus');
    expect(codeName('XX-CC')).toBe('XX-CC');
    expect(formatFineAmount({ amount: 12500.5, currency: 'BYN', text: '' })).toBe('12,500.5 BYN');
    expect(formatFineAmount({ amount: null, currency: '', text: '100 base units' })).toBeNull();
    expect(nameLabel({ script: 'be', kind: 'primary' })).toBe('Belarusian');
    expect(nameLabel({ script: 'latin', kind: 'alias' })).toBe('Alias (Latin)');
  });
});
