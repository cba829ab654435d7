/**
 * Name material for generated people: given names with their Belarusian Cyrillic, Russian
 * Cyrillic and Latin forms (the Latin forms as the press writes them), and surnames built
 * from Belarusian Cyrillic stems and endings, romanised and russified by the regular
 * correspondences. Generated people therefore have names in three scripts that relate the
 * way real ones do, without any real person's name.
 */
export interface GivenName {
  be: string;
  ru: string;
  latinBe: string;
  latinRu: string;
  gender: 'female' | 'male';
}

export const GIVEN_NAMES: readonly GivenName[] = [
  { be: 'Мікалай', ru: 'Николай', latinBe: 'Mikalai', latinRu: 'Nikolai', gender: 'male' },
  { be: 'Сяргей', ru: 'Сергей', latinBe: 'Siarhei', latinRu: 'Sergey', gender: 'male' },
  { be: 'Віктар', ru: 'Виктор', latinBe: 'Viktar', latinRu: 'Viktor', gender: 'male' },
  { be: 'Ігар', ru: 'Игорь', latinBe: 'Ihar', latinRu: 'Igor', gender: 'male' },
  { be: 'Алесь', ru: 'Алесь', latinBe: 'Ales', latinRu: 'Ales', gender: 'male' },
  { be: 'Андрэй', ru: 'Андрей', latinBe: 'Andrei', latinRu: 'Andrey', gender: 'male' },
  { be: 'Алег', ru: 'Олег', latinBe: 'Aleh', latinRu: 'Oleg', gender: 'male' },
  { be: 'Раман', ru: 'Роман', latinBe: 'Raman', latinRu: 'Roman', gender: 'male' },
  { be: 'Павел', ru: 'Павел', latinBe: 'Pavel', latinRu: 'Pavel', gender: 'male' },
  { be: 'Дзмітрый', ru: 'Дмитрий', latinBe: 'Dzmitry', latinRu: 'Dmitry', gender: 'male' },
  { be: 'Уладзімір', ru: 'Владимир', latinBe: 'Uladzimir', latinRu: 'Vladimir', gender: 'male' },
  { be: 'Аляксандр', ru: 'Александр', latinBe: 'Aliaksandr', latinRu: 'Aleksandr', gender: 'male' },
  { be: 'Юрась', ru: 'Юрий', latinBe: 'Yuras', latinRu: 'Yury', gender: 'male' },
  { be: 'Максім', ru: 'Максим', latinBe: 'Maksim', latinRu: 'Maksim', gender: 'male' },
  { be: 'Васіль', ru: 'Василий', latinBe: 'Vasil', latinRu: 'Vasily', gender: 'male' },
  { be: 'Яўген', ru: 'Евгений', latinBe: 'Yauhen', latinRu: 'Evgeny', gender: 'male' },
  { be: 'Марыя', ru: 'Мария', latinBe: 'Maryia', latinRu: 'Maria', gender: 'female' },
  { be: 'Святлана', ru: 'Светлана', latinBe: 'Sviatlana', latinRu: 'Svetlana', gender: 'female' },
  { be: 'Вольга', ru: 'Ольга', latinBe: 'Volha', latinRu: 'Olga', gender: 'female' },
  { be: 'Таццяна', ru: 'Татьяна', latinBe: 'Tatsiana', latinRu: 'Tatiana', gender: 'female' },
  { be: 'Алена', ru: 'Елена', latinBe: 'Alena', latinRu: 'Elena', gender: 'female' },
  { be: 'Наталля', ru: 'Наталья', latinBe: 'Natallia', latinRu: 'Natalia', gender: 'female' },
  { be: 'Ксенія', ru: 'Ксения', latinBe: 'Ksenia', latinRu: 'Kseniya', gender: 'female' },
  {
    be: 'Кацярына',
    ru: 'Екатерина',
    latinBe: 'Katsiaryna',
    latinRu: 'Ekaterina',
    gender: 'female',
  },
  { be: 'Ірына', ru: 'Ирина', latinBe: 'Iryna', latinRu: 'Irina', gender: 'female' },
  { be: 'Юлія', ru: 'Юлия', latinBe: 'Yulia', latinRu: 'Yulia', gender: 'female' },
  { be: 'Ганна', ru: 'Анна', latinBe: 'Hanna', latinRu: 'Anna', gender: 'female' },
  { be: 'Дар\u2019я', ru: 'Дарья', latinBe: 'Daria', latinRu: 'Daria', gender: 'female' },
];

/** Surname stems in Belarusian Cyrillic. */
export const SURNAME_STEMS: readonly string[] = [
  'Стат',
  'Лас',
  'Бяр',
  'Кал',
  'Мар',
  'Зян',
  'Пад',
  'Хам',
  'Сап',
  'Кар',
  'Тал',
  'Жук',
  'Шаў',
  'Дуб',
  'Гар',
  'Лук',
  'Зал',
  'Вас',
  'Баб',
  'Пят',
  'Сям',
  'Кавал',
  'Мацк',
  'Рудз',
  'Саба',
  'Ляв',
  'Цып',
  'Грыш',
  'Арл',
  'Бел',
  'Чар',
  'Сакал',
  'Крав',
  'Мельн',
  'Шыл',
  'Бурл',
  'Някр',
  'Давыд',
  'Хвост',
  'Зуб',
  'Ганч',
  'Аст',
  'Вярб',
  'Ждан',
  'Кудр',
  'Лыс',
  'Палт',
  'Скар',
];

/** Endings, with their feminine forms (or the same form where the ending does not change). */
export const SURNAME_ENDINGS: readonly { male: string; female: string }[] = [
  { male: 'кевіч', female: 'кевіч' },
  { male: 'ік', female: 'ік' },
  { male: 'ук', female: 'ук' },
  { male: 'оўскі', female: 'оўская' },
  { male: 'енка', female: 'енка' },
  { male: 'ыч', female: 'ыч' },
  { male: 'анаў', female: 'анава' },
  { male: 'ецкі', female: 'ецкая' },
  { male: 'ко', female: 'ко' },
  { male: 'ян', female: 'ян' },
  { male: 'ель', female: 'ель' },
  { male: 'ош', female: 'ош' },
];

/** Belarusian Cyrillic to Russian Cyrillic by the regular correspondences (a rough model). */
export function russify(be: string): string {
  return be
    .replace(/([сц])кі$/, '$1кий')
    .replace(/дз/g, 'д')
    .replace(/Дз/g, 'Д')
    .replace(/ц(?=[іяею])/g, 'т')
    .replace(/ў/g, 'в')
    .replace(/э/g, 'е')
    .replace(/і/g, 'и')
    .replace(/І/g, 'И')
    .replace(/ы(?=ч$)/g, 'и')
    .replace(/ан(а[ўв]|ава)$/g, (m) => (m.endsWith('ава') ? 'онова' : 'онов'));
}

const BE_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'ie',
  ё: 'io',
  ж: 'zh',
  з: 'z',
  і: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
  и: 'i',
  '\u2019': '',
};

const RU_TO_LATIN: Record<string, string> = {
  ...BE_TO_LATIN,
  г: 'g',
  е: 'e',
  и: 'i',
  й: 'y',
  х: 'kh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ю: 'yu',
  я: 'ya',
  ё: 'yo',
};

function romanise(text: string, table: Record<string, string>): string {
  let out = '';
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const mapped = table[lower] ?? ch;
    out +=
      ch !== lower && mapped.length > 0 ? mapped.charAt(0).toUpperCase() + mapped.slice(1) : mapped;
  }
  return out;
}

/** Press-style romanisation of Belarusian (BGN/PCGN-like: Tsikhanouski). */
export function romaniseBelarusian(be: string): string {
  return romanise(be, BE_TO_LATIN).replace(/ii\b/g, 'i').replace(/^Ie/, 'Ye');
}

/** Press-style romanisation of Russian (Tikhanovsky). */
export function romaniseRussian(ru: string): string {
  return romanise(ru, RU_TO_LATIN).replace(/iy\b/g, 'y').replace(/yy\b/g, 'y');
}
