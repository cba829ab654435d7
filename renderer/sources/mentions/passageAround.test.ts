import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE, passageAround } from './passageAround';

const quoteOf = (text: string, name: string, from = 0) => {
  const at = text.indexOf(name, from);
  const p = passageAround(text, at, at + name.length);
  return text.slice(p.start16, p.end16);
};

describe('passageAround', () => {
  it('is the sentence holding the name, without surrounding space', () => {
    const text =
      'Belarus freed 52 prisoners. Among them was Mikalai Statkevich, who refused to leave.  Ihar Losik was freed too.\nNext paragraph.';
    expect(quoteOf(text, 'Mikalai Statkevich')).toBe(
      'Among them was Mikalai Statkevich, who refused to leave.',
    );
    expect(quoteOf(text, 'Ihar Losik')).toBe('Ihar Losik was freed too.');
  });

  it('is the name alone when the sentence is too long to quote', () => {
    const text = `Ihar Losik ${'and so on '.repeat(MAX_PASSAGE / 5)}.`;
    expect(quoteOf(text, 'Ihar Losik')).toBe('Ihar Losik');
  });

  it('always holds the name and stays inside the text', () => {
    const text = 'A. Lukashenko said so. Then Tsikhanouskaya replied';
    for (const name of ['Lukashenko', 'A. Lukashenko', 'Tsikhanouskaya']) {
      const at = text.indexOf(name);
      const p = passageAround(text, at, at + name.length);
      expect(p.start16).toBeLessThanOrEqual(at);
      expect(p.end16).toBeGreaterThanOrEqual(at + name.length);
      expect(p.start16).toBeGreaterThanOrEqual(0);
      expect(p.end16).toBeLessThanOrEqual(text.length);
    }
    expect(quoteOf(text, 'Tsikhanouskaya')).toBe('Then Tsikhanouskaya replied');
  });
});
