import type { PersonName } from './NameIndex.js';

/**
 * The people the seed articles name, as a case file would hold them (Belarusian and Russian
 * Cyrillic, the Latin spelling they use), and the spellings a researcher meets for each:
 * the national romanisation (2007), Łacinka, BGN/PCGN (be and ru), passport (ICAO / MVD 2008),
 * scholarly transliteration, English, Polish, German and French press spellings, surname
 * alone, reversed order, and a few typos. Every variant must find its person first.
 *
 * Spellings marked "constructed" are what the named system gives for the Cyrillic form; the
 * others are attested in the seed articles or in the press.
 */
export interface VariantCase {
  key: string;
  names: PersonName[];
  variants: string[];
}

const be = (text: string): PersonName => ({ text, script: 'be', kind: 'primary' });
const ru = (text: string): PersonName => ({ text, script: 'ru', kind: 'primary' });
const latin = (text: string): PersonName => ({ text, script: 'latin', kind: 'primary' });
const alias = (text: string): PersonName => ({ text, script: 'latin', kind: 'alias' });

export const NAME_VARIANT_CASES: readonly VariantCase[] = [
  {
    key: 'statkevich',
    names: [be('Мікалай Статкевіч'), ru('Николай Статкевич'), latin('Mikalai Statkevich')],
    variants: [
      'Mikalai Statkevich',
      'Nikolai Statkevich', // seed 002
      'Nikolay Statkevich', // BGN/PCGN ru
      'Nikolaj Statkevič', // scholarly
      'Mikalaj Statkievič', // national 2007
      'Mikałaj Statkievič', // Łacinka
      'Mikalay Statkyevich', // BGN/PCGN be
      'Mikołaj Statkiewicz', // Polish
      'Nikolai Statkewitsch', // German
      'Nicolas Statkevitch', // French press: surname only meets
      'Mikola Statkevich',
      'Statkevič',
      'Statkievič',
      'Statkevich',
      'Статкевіч',
      'Статкевич',
      'Statkevich Mikalai',
      'Статкевич Николай',
      'statkevic',
      'Statkevch', // typo
    ],
  },
  {
    key: 'losik',
    names: [be('Ігар Лосік'), ru('Игорь Лосик'), latin('Ihar Losik')],
    variants: [
      'Ihar Losik',
      'Igor Losik',
      "Igor' Losik",
      'Ihar Łosik',
      'Losik',
      'Łosik',
      'Lasik',
      'Лосік',
      'Лосик',
      'Losik Ihar',
      'Игорь Лосик',
    ],
  },
  {
    key: 'bialiatski',
    names: [be('Алесь Бяляцкі'), ru('Алесь Беляцкий'), latin('Ales Bialiatski')],
    variants: [
      'Ales Bialiatski',
      'Aleś Bialacki', // Łacinka
      'Alieś Bialiacki', // national 2007
      "Ales' Byalyatski", // BGN/PCGN be
      'Ales Beliatsky',
      'Ales Belyatsky',
      'Ales Belyatskiy',
      'Aleś Białacki', // Polish
      'Ales Bjaljazki', // German: z for ц, met as a typo
      'Bialiatski',
      'Беляцкий',
      'Бяляцкі',
    ],
  },
  {
    key: 'kolesnikova',
    names: [
      be('Марыя Калеснікава'),
      ru('Мария Колесникова'),
      latin('Maryia Kalesnikava'),
      alias('Maria Kolesnikova'),
    ],
    variants: [
      'Maria Kolesnikova',
      'Maria Kalesnikava',
      'Mariya Kolesnikova',
      'Marija Kolesnikova',
      'Maryja Kalesnikava',
      'Maryya Kalyesnikava',
      'Mariia Kolesnikova',
      'Maria Kolesnikowa',
      'Kolesnikova',
      'Kalesnikava',
      'Колесникова',
      'Калеснікава',
    ],
  },
  {
    key: 'babaryka',
    names: [be('Віктар Бабарыка'), ru('Виктор Бабарико'), latin('Viktar Babaryka')],
    variants: [
      'Viktar Babaryka',
      'Viktor Babaryka', // seed 003
      'Viktor Babariko',
      'Wiktar Babaryka',
      'Виктор Бабарико',
      'Віктар Бабарыка',
      'Babaryka Viktar',
    ],
  },
  {
    key: 'tsikhanouski',
    names: [be('Сяргей Ціханоўскі'), ru('Сергей Тихановский'), latin('Siarhei Tsikhanouski')],
    variants: [
      'Siarhei Tsikhanouski',
      'Sergey Tikhanovsky', // seed 002
      'Siarhei Tsikhanouskiy', // seed 002
      'Sergei Tikhanovsky',
      'Siarhiej Cichanoŭski',
      'Syarhey Tsikhanowski',
      'Sergey Tikhanovskiy',
      'Sergej Tichanovskij',
      'Sergej Tixanovskij',
      'Siarhei Cichanouski',
      'Tsikhanouski',
      'Tikhanovsky',
      'Тихановский',
    ],
  },
  {
    key: 'tsikhanouskaya',
    names: [
      be('Святлана Ціханоўская'),
      ru('Светлана Тихановская'),
      latin('Sviatlana Tsikhanouskaya'),
    ],
    variants: [
      'Sviatlana Tsikhanouskaya',
      'Svetlana Tikhanovskaya', // seed 002
      'Sviatlana Cichanoŭskaja',
      'Svyatlana Tsikhanowskaya',
      'Swiatłana Cichanouska',
      'Svetlana Tichanovskaja',
      'Swjatlana Zichanouskaja', // German
      'Tsikhanouskaya',
      'Tikhanovskaya',
      'Тихановская',
    ],
  },
  {
    key: 'pratasevich',
    names: [be('Раман Пратасевіч'), ru('Роман Протасевич'), latin('Raman Pratasevich')],
    variants: [
      'Raman Pratasevich',
      'Roman Protasevich',
      'Raman Pratasievič',
      'Raman Pratasyevich',
      'Roman Protasevič',
      'Roman Protassewitsch',
      'Pratasevich',
      'Protasevich',
      'Пратасевіч',
    ],
  },
  {
    key: 'podnebenny',
    names: [ru('Андрей Поднебенный'), latin('Andrei Podnebenny')],
    variants: [
      'Andrei Podnebenny',
      'Andrey Podnebennyy',
      'Andrej Podnebennyj',
      'Andrei Podnebennyi',
      'Podnebenny',
      'Поднебенный',
    ],
  },
  {
    key: 'khamenka',
    names: [be('Алег Хаменка'), ru('Олег Хоменко'), latin('Aleh Khamenka')],
    variants: [
      'Aleh Khamenka',
      'Oleg Khomenko',
      'Aleh Chamienka',
      'Alieh Chamienka',
      'Aleh Khamyenka',
      'Oleg Chomenko',
      'Khamenka',
      'Хоменко',
    ],
  },
  {
    key: 'zyankovich',
    names: [be('Юрась Зянковіч'), ru('Юрий Зенькович'), latin('Yuras Zyankovich')],
    variants: [
      'Yuras Zyankovich',
      'Yury Zenkovich',
      'Yuri Zenkovich',
      'Juraś Ziankovič',
      'Yuras Ziankovich',
      "Jurij Zen'kovič",
      'Zyankovich',
      'Zenkovich',
      'Зенькович',
    ],
  },
  {
    key: 'nyadbay',
    names: [be('Таццяна Нядбай'), ru('Татьяна Нядбай'), latin('Tatsyana Nyadbay')],
    variants: [
      'Tatsyana Nyadbay',
      'Tatsiana Niadbai',
      'Tacciana Niadbaj',
      'Tatiana Niadbai',
      'Tatyana Nyadbay',
      'Nyadbay',
      'Нядбай',
    ],
  },
  {
    key: 'sapelka',
    names: [be('Павел Сапелка'), ru('Павел Сапелко'), latin('Pavel Sapelka')],
    variants: [
      'Pavel Sapelka',
      'Pavel Sapelko',
      'Paviel Sapielka',
      'Pavieł Sapiełka',
      'Sapelka',
      'Сапелко',
    ],
  },
  {
    key: 'karbalevich',
    names: [ru('Валерий Карбалевич'), be('Валер Карбалевіч'), latin('Valery Karbalevich')],
    variants: [
      'Valery Karbalevich',
      'Valeriy Karbalevich',
      'Valer Karbalevich',
      'Valieryj Karbalievič',
      'Walery Karbalewicz',
      'Karbalevich',
      'Карбалевич',
    ],
  },
  {
    key: 'alexievich',
    names: [ru('Светлана Алексиевич'), be('Святлана Алексіевіч'), latin('Svetlana Alexievich')],
    variants: [
      'Svetlana Alexievich',
      'Sviatlana Aleksiyevich',
      'Svetlana Aleksievich',
      'Sviatlana Aleksijevič',
      'Swietłana Aleksijewicz',
      'Swetlana Alexijewitsch',
      'Alexievich',
      'Aleksievich',
      'Алексиевич',
    ],
  },
];

/** People with names close to the ones above, who must never come first for them. */
export const DISTRACTORS: readonly { key: string; names: PersonName[] }[] = [
  {
    key: 'stankevich',
    names: [be('Аляксей Станкевіч'), ru('Алексей Станкевич'), latin('Aliaksei Stankevich')],
  },
  { key: 'lasko', names: [be('Андрэй Ласко'), latin('Andrei Lasko')] },
  {
    key: 'eduard-babaryka',
    names: [be('Эдуард Бабарыка'), ru('Эдуард Бабарико'), latin('Eduard Babaryka')],
  },
  { key: 'dziadok', names: [be('Мікалай Дзядок'), ru('Николай Дедок'), latin('Mikalai Dziadok')] },
  { key: 'rabkova', names: [be('Марыя Рабкова'), ru('Мария Рабкова'), latin('Maryia Rabkova')] },
  { key: 'kalesnik', names: [be('Марына Калеснік'), latin('Maryna Kalesnik')] },
  { key: 'ilyash', names: [be('Ігар Ільяш'), latin('Ihar Ilyash')] },
  { key: 'seviarynets', names: [be('Павел Севярынец'), latin('Pavel Seviarynets')] },
  { key: 'hulak', names: [be('Алег Гулак'), latin('Aleh Hulak')] },
  { key: 'statkevich-namesake', names: [latin('Anton Statkus')] },
];
