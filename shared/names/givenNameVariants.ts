import { phoneticKeys } from './phoneticKeys.js';

/**
 * Given names whose Belarusian and Russian forms are the same name but do not meet by the
 * regular sound correspondences (Мікалай / Николай, Уладзімір / Владимир, Вольга / Ольга).
 * Names that do meet by the rules (Сяргей / Сергей, Віктар / Виктор, Ігар / Игорь,
 * Святлана / Светлана, Тацяна / Татьяна) need no entry.
 *
 * Only true variants of one name are listed: a Belarusian form, its Russian form, and forms
 * used as the official or everyday name of the same person (Зміцер for Дзмітры, Юрась for
 * Юрый, Мікола for Мікалай). Names that merely share an origin are not joined: Алесь is a
 * name of its own (Ales Bialiatski is Алесь in Russian too), not a spelling of Аляксандр.
 * Each form may be written in any script and romanisation; all are matched through their
 * phonetic keys, so one Latin spelling per form is enough.
 */
export interface GivenNameClass {
  id: string;
  forms: readonly string[];
  source: string;
}

const BELARUSIAN_NAME = 'https://en.wikipedia.org/wiki/Belarusian_name';

export const GIVEN_NAME_CLASSES: readonly GivenNameClass[] = [
  {
    id: 'mikalai',
    forms: ['Мікалай', 'Мікола', 'Николай', 'Mikołaj', 'Nikolaj'],
    source: 'https://en.wikipedia.org/wiki/Nicholas (East Slavic forms: Мікалай, Мікола, Николай)',
  },
  {
    id: 'uladzimir',
    forms: ['Уладзімір', 'Уладзімер', 'Владимир', 'Wladimir'],
    source: 'https://en.wikipedia.org/wiki/Vladimir_(name)',
  },
  {
    id: 'uladzislau',
    forms: ['Уладзіслаў', 'Владислав', 'Władysław'],
    source: 'https://en.wikipedia.org/wiki/Vladislav',
  },
  {
    id: 'volha',
    forms: ['Вольга', 'Ольга'],
    source: `${BELARUSIAN_NAME} (Вольга, Volha)`,
  },
  {
    id: 'hanna',
    forms: ['Ганна', 'Анна'],
    source: `${BELARUSIAN_NAME} (Ганна, Hanna)`,
  },
  {
    id: 'aliaksandr',
    forms: ['Аляксандр', 'Аляксандар', 'Александр', 'Alexander'],
    source: `${BELARUSIAN_NAME} (Аляксандр, equivalent to Alexander)`,
  },
  {
    id: 'dzmitry',
    forms: ['Дзмітры', 'Дзмітрый', 'Зміцер', 'Дмитрий', 'Źmicier'],
    source: `${BELARUSIAN_NAME} (Дзмітры, Зміцер)`,
  },
  {
    id: 'yury',
    forms: ['Юры', 'Юрый', 'Юрась', 'Юрий'],
    source: 'https://en.wikipedia.org/wiki/Yury (Belarusian Юры, Юрась)',
  },
  {
    id: 'yauhen',
    forms: ['Яўген', 'Яўгені', 'Евгений'],
    source: 'https://en.wikipedia.org/wiki/Yevgeny',
  },
  {
    id: 'piatro',
    forms: ['Пятро', 'Пётр', 'Piotr'],
    source: 'https://en.wikipedia.org/wiki/Pyotr',
  },
  {
    id: 'anatol',
    forms: ['Анатоль', 'Анатолий'],
    source: 'https://en.wikipedia.org/wiki/Anatoly',
  },
  {
    id: 'vital',
    forms: ['Віталь', 'Віталій', 'Виталий'],
    source: 'https://en.wikipedia.org/wiki/Vitaly',
  },
  {
    id: 'vasil',
    forms: ['Васіль', 'Василий'],
    source: `${BELARUSIAN_NAME} (Васіль)`,
  },
  {
    id: 'kanstantsin',
    forms: ['Канстанцін', 'Кастусь', 'Константин'],
    source: 'https://en.wikipedia.org/wiki/Konstantin (Belarusian Канстанцін, Кастусь)',
  },
  {
    id: 'katsiaryna',
    forms: ['Кацярына', 'Екатерина'],
    source: `${BELARUSIAN_NAME} (Кацярына, equivalent to Catherine)`,
  },
  {
    id: 'leanid',
    forms: ['Леанід', 'Лявон', 'Леонид'],
    source: `${BELARUSIAN_NAME} (Леанід, Лявон)`,
  },
  {
    id: 'yazep',
    forms: ['Язэп', 'Іосіф', 'Иосиф', 'Józef'],
    source: 'https://en.wikipedia.org/wiki/Joseph (Belarusian Язэп, Russian Иосиф)',
  },
];

let byFineKey: Map<string, string[]> | null = null;

function table(): Map<string, string[]> {
  if (byFineKey) return byFineKey;
  const map = new Map<string, string[]>();
  for (const cls of GIVEN_NAME_CLASSES) {
    for (const form of cls.forms) {
      // The fine key, not the skeleton: skeletons of short given names are too coarse
      // (Юры → *r would catch every two-letter name with an r).
      for (const fine of phoneticKeys(form).fine) {
        const ids = map.get(fine) ?? [];
        if (!ids.includes(cls.id)) ids.push(cls.id);
        map.set(fine, ids);
      }
    }
  }
  byFineKey = map;
  return map;
}

/** The given-name classes a word belongs to (usually none or one). */
export function givenNameClasses(word: string): string[] {
  const found = new Set<string>();
  const t = table();
  for (const fine of phoneticKeys(word).fine) for (const id of t.get(fine) ?? []) found.add(id);
  return [...found];
}
