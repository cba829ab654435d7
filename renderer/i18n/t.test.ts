import { afterEach, describe, expect, it } from 'vitest';
import { messagesEn } from './messages.en';
import { setCatalogue, t } from './t';
import type { Catalogue } from './t';

afterEach(() => setCatalogue('en', messagesEn));

describe('t', () => {
  it('fills parameters', () => {
    expect(t('cite.saved', { caseName: 'Ihar Losik' })).toBe('Cited in Ihar Losik.');
  });

  it('picks plural forms by count', () => {
    expect(t('cases.count', { count: 1 })).toBe('1 case file');
    expect(t('cases.count', { count: 12 })).toBe('12 case files');
  });

  it('uses the plural rules of the catalogue language', () => {
    const ru: Catalogue = {
      ...messagesEn,
      'cases.count': {
        one: '{count} дело',
        few: '{count} дела',
        many: '{count} дел',
        other: '{count} дела',
      },
    };
    setCatalogue('ru', ru);
    expect([1, 3, 5, 21].map((count) => t('cases.count', { count }))).toEqual([
      '1 дело',
      '3 дела',
      '5 дел',
      '21 дело',
    ]);
  });

  it('has no empty message', () => {
    for (const [key, value] of Object.entries(messagesEn)) {
      const forms = typeof value === 'string' ? [value] : Object.values(value);
      for (const form of forms) expect(form.trim(), key).not.toBe('');
    }
  });
});
