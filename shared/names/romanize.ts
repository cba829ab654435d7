/**
 * Romanisation of Belarusian and Russian Cyrillic under the systems names are actually
 * written in. The archive does not need these to *match* names (phoneticKeys does that for
 * any spelling); they produce the spellings a researcher should expect to meet, for the
 * dossier's list of spellings, for suggestions when a case file is created, and for the
 * property tests that check every system's output meets the same key.
 *
 * Sources (tables as published; see docs/name-matching.md):
 * - be-national-2007: Instruction on transliteration of Belarusian geographical names with
 *   letters of Latin script (2000, amended 11 June 2007; UNGEGN 2013).
 * - be-national-2023: the 2023 instruction, which changed г→g, ж→zh, ў→w, ч→ch, ш→sh; х→kh is
 *   our assumption (the published summaries do not give it).
 * - be-lacinka: classical Belarusian Łacinka (ł for hard л).
 * - be-bgn-pcgn: BGN/PCGN 1979 for Belarusian.
 * - be-passport: MVD instruction no. 288 of 9 Oct 2008 (Latin names in Belarusian passports):
 *   Siarhei Tsikhanouski, Maryia Kalesnikava.
 * - be-polish: Polish press spelling of Belarusian names (Cichanouski, Statkiewicz).
 * - ru-bgn-pcgn: BGN/PCGN 1947 for Russian.
 * - ru-icao: ICAO Doc 9303 as used in Russian passports since 2013.
 * - ru-scholarly: scientific transliteration (ISO/R 9 style): Statkevič, Tixanovskij.
 * - ru-press: the English press habit (BGN without ʼ and -iy → -y): Tikhanovsky, Nikolai.
 */
export const ROMANIZATION_SYSTEMS = [
  'be-national-2007',
  'be-national-2023',
  'be-lacinka',
  'be-bgn-pcgn',
  'be-passport',
  'be-polish',
  'ru-bgn-pcgn',
  'ru-icao',
  'ru-scholarly',
  'ru-press',
] as const;
export type RomanizationSystem = (typeof ROMANIZATION_SYSTEMS)[number];

type Iotated = 'е' | 'ё' | 'ю' | 'я' | 'є' | 'ї';

interface SystemTable {
  letters: Readonly<Record<string, string>>;
  /** е ё ю я at the start of a word or after a vowel, ь, ъ, apostrophe, й or ў. */
  initial: Readonly<Record<Iotated, string>>;
  /** е ё ю я after a consonant. */
  soft: Readonly<Record<Iotated, string>>;
  /** consonant + ь written as one letter (зь → ź); the ь is then not written. */
  softPairs?: Readonly<Record<string, string>>;
  /** Łacinka and Polish: л is ł unless soft; after soft l, я ю ё е lose their i. */
  hardL?: boolean;
  /** -ий / -ый at the end of a word, when a system writes it specially. */
  adjectiveEnding?: string;
  /** The initial forms only at the start of a word, the soft ones everywhere else (Maryia). */
  initialOnlyAtStart?: boolean;
}

const COMMON: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  д: 'd',
  з: 'z',
  і: 'i',
  и: 'i',
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
  ф: 'f',
  ы: 'y',
  э: 'e',
  ъ: '',
  "'": '',
  '’': '',
  ʼ: '',
};

const NATIONAL_SOFT = { з: 'ź', с: 'ś', н: 'ń', ц: 'ć', л: 'ĺ', дз: 'dź' };
const IE = { initial: { е: 'je', ё: 'jo', ю: 'ju', я: 'ja', є: 'je', ї: 'ji' } } as const;

const TABLES: Readonly<Record<RomanizationSystem, SystemTable>> = {
  'be-national-2007': {
    letters: {
      ...COMMON,
      г: 'h',
      ґ: 'g',
      ж: 'ž',
      й: 'j',
      ў: 'ŭ',
      х: 'ch',
      ц: 'c',
      ч: 'č',
      ш: 'š',
      ь: 'ʹ',
    },
    initial: IE.initial,
    soft: { е: 'ie', ё: 'io', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
    softPairs: NATIONAL_SOFT,
  },
  'be-national-2023': {
    letters: {
      ...COMMON,
      г: 'g',
      ґ: 'g',
      ж: 'zh',
      й: 'j',
      ў: 'w',
      х: 'kh',
      ц: 'c',
      ч: 'ch',
      ш: 'sh',
      ь: 'ʹ',
    },
    initial: IE.initial,
    soft: { е: 'ie', ё: 'io', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
    softPairs: NATIONAL_SOFT,
  },
  'be-lacinka': {
    letters: {
      ...COMMON,
      г: 'h',
      ґ: 'g',
      ж: 'ž',
      й: 'j',
      ў: 'ŭ',
      х: 'ch',
      ц: 'c',
      ч: 'č',
      ш: 'š',
      ь: '',
    },
    initial: IE.initial,
    soft: { е: 'ie', ё: 'io', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
    softPairs: { з: 'ź', с: 'ś', н: 'ń', ц: 'ć', л: 'l', дз: 'dź' },
    hardL: true,
  },
  'be-bgn-pcgn': {
    letters: {
      ...COMMON,
      г: 'h',
      ґ: 'g',
      ж: 'zh',
      й: 'y',
      ў: 'w',
      х: 'kh',
      ц: 'ts',
      ч: 'ch',
      ш: 'sh',
      ь: "'",
    },
    initial: { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
    soft: { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
  },
  'be-passport': {
    letters: {
      ...COMMON,
      г: 'h',
      ґ: 'g',
      ж: 'zh',
      й: 'i',
      ў: 'u',
      х: 'kh',
      ц: 'ts',
      ч: 'ch',
      ш: 'sh',
      ь: '',
    },
    initial: { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
    soft: { е: 'e', ё: 'io', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
    initialOnlyAtStart: true,
  },
  'be-polish': {
    letters: {
      ...COMMON,
      в: 'w',
      г: 'h',
      ґ: 'g',
      ж: 'ż',
      й: 'j',
      ў: 'u',
      х: 'ch',
      ц: 'c',
      ч: 'cz',
      ш: 'sz',
      ь: '',
    },
    initial: IE.initial,
    soft: { е: 'ie', ё: 'io', ю: 'iu', я: 'ia', є: 'ie', ї: 'i' },
    softPairs: { з: 'ź', с: 'ś', н: 'ń', ц: 'ć', л: 'l', дз: 'dź' },
    hardL: true,
  },
  'ru-bgn-pcgn': {
    letters: {
      ...COMMON,
      г: 'g',
      ж: 'zh',
      й: 'y',
      х: 'kh',
      ц: 'ts',
      ч: 'ch',
      ш: 'sh',
      щ: 'shch',
      ъ: '"',
      ь: "'",
    },
    initial: { е: 'ye', ё: 'yë', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
    soft: { е: 'e', ё: 'ë', ю: 'yu', я: 'ya', є: 'e', ї: 'i' },
  },
  'ru-icao': {
    letters: {
      ...COMMON,
      г: 'g',
      ж: 'zh',
      й: 'i',
      х: 'kh',
      ц: 'ts',
      ч: 'ch',
      ш: 'sh',
      щ: 'shch',
      ъ: 'ie',
      ь: '',
    },
    initial: { е: 'e', ё: 'e', ю: 'iu', я: 'ia', є: 'e', ї: 'i' },
    soft: { е: 'e', ё: 'e', ю: 'iu', я: 'ia', є: 'e', ї: 'i' },
  },
  'ru-scholarly': {
    letters: {
      ...COMMON,
      г: 'g',
      ж: 'ž',
      й: 'j',
      х: 'x',
      ц: 'c',
      ч: 'č',
      ш: 'š',
      щ: 'šč',
      ъ: 'ʺ',
      ь: 'ʹ',
      э: 'è',
    },
    initial: { е: 'e', ё: 'ë', ю: 'ju', я: 'ja', є: 'je', ї: 'ji' },
    soft: { е: 'e', ё: 'ë', ю: 'ju', я: 'ja', є: 'je', ї: 'ji' },
  },
  'ru-press': {
    letters: {
      ...COMMON,
      г: 'g',
      ж: 'zh',
      й: 'i',
      х: 'kh',
      ц: 'ts',
      ч: 'ch',
      ш: 'sh',
      щ: 'shch',
      ь: '',
    },
    initial: { е: 'ye', ё: 'yo', ю: 'yu', я: 'ya', є: 'ye', ї: 'yi' },
    soft: { е: 'e', ё: 'yo', ю: 'yu', я: 'ya', є: 'e', ї: 'i' },
    adjectiveEnding: 'y',
  },
};

const IOTATED = new Set<string>(['е', 'ё', 'ю', 'я', 'є', 'ї']);
const VOWELS = new Set(['а', 'е', 'ё', 'и', 'і', 'о', 'у', 'ы', 'э', 'ю', 'я', 'є', 'ї']);
// After these, е ё ю я are written as at the start of a word (their j is pronounced).
const OPENERS = new Set([...VOWELS, 'ь', 'ъ', "'", '’', 'ʼ', 'й', 'ў']);
const SOFTENERS = new Set(['е', 'ё', 'і', 'ю', 'я', 'ь', 'и', 'є', 'ї']);

/** Romanises `text` (word by word, other characters kept) under `system`. */
export function romanize(text: string, system: RomanizationSystem): string {
  return text.replace(/[\p{Script=Cyrillic}'’ʼ]+/gu, (word) => romanizeWord(word, TABLES[system]));
}

function romanizeWord(word: string, t: SystemTable): string {
  const lower = word.toLowerCase();
  let out = '';
  let i = 0;
  while (i < lower.length) {
    const ch = lower[i] ?? '';
    const prev = lower[i - 1];
    const upper = word[i] !== ch;
    let piece: string;
    let used = 1;
    const pairKey = ch === 'д' && lower[i + 1] === 'з' ? 'дз' : ch;
    const afterPair = lower[i + pairKey.length];
    if (t.adjectiveEnding && /^[иы]й$/u.test(lower.slice(i)) && i > 0) {
      piece = t.adjectiveEnding;
      used = 2;
    } else if (t.softPairs && afterPair === 'ь' && t.softPairs[pairKey] !== undefined) {
      piece = t.softPairs[pairKey] ?? '';
      used = pairKey.length + 1;
    } else if (IOTATED.has(ch)) {
      const key = ch as Iotated;
      const opens = prev === undefined || (!t.initialOnlyAtStart && OPENERS.has(prev));
      if (opens) piece = t.initial[key];
      else if (t.hardL && prev === 'л') piece = t.initial[key].replace(/^j/u, '');
      else piece = t.soft[key];
    } else if (t.hardL && ch === 'л') {
      piece = SOFTENERS.has(lower[i + 1] ?? '') ? 'l' : 'ł';
    } else if (ch === 'д' && lower[i + 1] === 'з') {
      piece = 'dz';
      used = 2;
    } else {
      piece = t.letters[ch] ?? COMMON[ch] ?? ch;
    }
    out += upper ? capitalize(piece) : piece;
    i += used;
  }
  return out;
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
