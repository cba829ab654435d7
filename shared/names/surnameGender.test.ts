import { describe, expect, it } from 'vitest';
import { surnameGender } from './surnameGender.js';

describe('surnameGender', () => {
  it('reads masculine endings in Belarusian, Russian and Latin spellings', () => {
    for (const w of [
      'Ціханоўскі',
      'Тихановский',
      'Tsikhanouski',
      'Tikhanovsky',
      'Tsikhanouskiy',
      'Tichanovskij',
      'Cichanoŭski',
      'Бяляцкі',
      'Калеснікаў',
      'Колесников',
      'Kalesnikau',
      'Kolesnikov',
      'Путин',
      'Putin',
      'Пуцін',
    ])
      expect(surnameGender(w), w).toBe('masculine');
  });

  it('reads feminine endings, with the oblique cases of Russian and Belarusian', () => {
    for (const w of [
      'Ціханоўская',
      'Тихановская',
      'Tsikhanouskaya',
      'Tikhanovskaja',
      'Cichanouska',
      'Тихановской',
      'Ціханоўскай',
      'Тихановскую',
      'Калеснікава',
      'Колесникова',
      'Kalesnikava',
      'Kolesnikowa',
      'Колесниковой',
      'Калеснікавай',
      'Путина',
      'Putina',
    ])
      expect(surnameGender(w), w).toBe('feminine');
  });

  it('gives no gender to -ich surnames and to surnames without a gendered ending', () => {
    for (const w of [
      'Statkevich',
      'Статкевіч',
      'Статкевич',
      'Pratasevich',
      'Losik',
      'Лосік',
      'Babaryka',
      'Sapelka',
      'Khamenka',
      'Nyadbay',
      'Нядбай',
      'Kalesnik',
      'Ilyash',
      'Ov',
    ])
      expect(surnameGender(w), w).toBeNull();
  });

  it('reads a Cyrillic -ова/-ина in a text as either gender, and as feminine in a name', () => {
    // арест Павлова: "Pavlov's arrest"; the masculine genitive is the feminine nominative.
    for (const w of ['Павлова', 'Калеснікава', 'Колесникова', 'Путина', 'Пуціна']) {
      expect(surnameGender(w, 'text'), w).toBeNull();
      expect(surnameGender(w, 'name'), w).toBe('feminine');
    }
    // Unambiguous forms keep their gender in a text.
    for (const w of ['Тихановская', 'Ціханоўскай', 'Колесниковой', 'Kolesnikova', 'Putina'])
      expect(surnameGender(w, 'text'), w).toBe('feminine');
    for (const w of ['Павлов', 'Калеснікаў', 'Тихановский'])
      expect(surnameGender(w, 'text'), w).toBe('masculine');
  });
});
