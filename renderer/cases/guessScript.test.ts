import { describe, expect, it } from 'vitest';
import { guessScript } from './guessScript';

describe('guessScript', () => {
  it('tells Belarusian from Russian Cyrillic by their own letters', () => {
    expect(guessScript('Мікалай Статкевіч')).toBe('be');
    expect(guessScript('Ігар Лосік')).toBe('be');
    expect(guessScript('Николай Статкевич')).toBe('ru');
  });
  it('takes Latin transliterations, with diacritics, as Latin', () => {
    expect(guessScript('Mikalai Statkevich')).toBe('latin');
    expect(guessScript('Mikałaj Statkievič')).toBe('latin');
  });
  it('falls back to other', () => {
    expect(guessScript('米哈伊尔')).toBe('other');
  });
});
