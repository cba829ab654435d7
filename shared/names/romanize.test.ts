import { describe, expect, it } from 'vitest';
import { romanize } from './romanize.js';

describe('romanize', () => {
  it.each([
    ['be-national-2007', 'Мікалай Статкевіч', 'Mikalaj Statkievič'],
    ['be-national-2007', 'Сяргей Ціханоўскі', 'Siarhiej Cichanoŭski'],
    ['be-national-2023', 'Мікалай Статкевіч', 'Mikalaj Statkievich'],
    ['be-lacinka', 'Алесь Бяляцкі', 'Aleś Bialacki'],
    ['be-lacinka', 'Ігар Лосік', 'Ihar Łosik'],
    ['be-bgn-pcgn', 'Сяргей Ціханоўскі', 'Syarhyey Tsikhanowski'],
    ['be-passport', 'Сяргей Ціханоўскі', 'Siarhei Tsikhanouski'],
    ['be-passport', 'Марыя Калеснікава', 'Maryia Kalesnikava'],
    ['be-polish', 'Мікалай Статкевіч', 'Mikałaj Statkiewicz'],
    ['ru-bgn-pcgn', 'Николай Статкевич', 'Nikolay Statkevich'],
    ['ru-bgn-pcgn', 'Игорь Лосик', "Igor' Losik"],
    ['ru-icao', 'Сергей Тихановский', 'Sergei Tikhanovskii'],
    ['ru-scholarly', 'Сергей Тихановский', 'Sergej Tixanovskij'],
    ['ru-press', 'Сергей Тихановский', 'Sergei Tikhanovsky'],
    ['ru-press', 'Поднебенный', 'Podnebenny'],
  ] as const)('%s: %s → %s', (system, cyrillic, latin) => {
    expect(romanize(cyrillic, system)).toBe(latin);
  });

  it('leaves other characters alone', () => {
    expect(romanize('Ihar Лосік, 33', 'be-passport')).toBe('Ihar Losik, 33');
  });
});
