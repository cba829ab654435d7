/**
 * Cross-script keys for one word of a name. See docs/name-matching.md for the rules and the
 * reasons behind them.
 *
 * A word in any script becomes a string of sound classes (the *fine* key): consonants keep
 * their class (ц, ts, c, tz and т all become `t`; х, kh, h, г and g become `h`; ч, č, ch, cz
 * become `č` …), a run of vowels and glides keeps only its last vowel with о folded into а.
 * The *skeleton* is the fine key with every vowel replaced by `*` and a final vowel dropped.
 * Two spellings of one name under the romanisation systems in use, and the Belarusian and
 * Russian forms of one name, have the same skeleton:
 *
 *   Statkevich, Statkievič, Статкевіч, Статкевич → st*tk*v*č
 *   Tsikhanouski, Tikhanovsky, Cichanoŭski, Ціханоўскі, Тихановский → t*h*n*vsk
 *
 * Latin letters that mean different sounds in different systems (ch is ч in English and х in
 * Łacinka; c is ц in Slavic spellings and k in English) give several keys, the most likely
 * first; a name matches when any of its keys meets any of the other's.
 */
export interface PhoneticKeys {
  /** Sound-class strings with vowels (a e i u), one per reading of ambiguous letters. */
  fine: string[];
  /** `fine` with vowels as `*` and no final vowel: the key spellings must share. */
  skeletons: string[];
}

/** Readings kept per word; beyond this the less likely readings of ambiguous letters are dropped. */
const MAX_KEYS = 8;

const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'h',
  д: 'd',
  е: 'je',
  ё: 'jo',
  є: 'je',
  ж: 'ž',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'ji',
  й: 'j',
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
  ў: 'v',
  ф: 'f',
  х: 'h',
  ц: 't',
  ч: 'č',
  ш: 'š',
  щ: 'šč',
  ъ: '',
  ы: 'i',
  ь: '',
  э: 'e',
  ю: 'ju',
  я: 'ja',
};

/**
 * Latin letters with a meaning of their own in Slavic romanisations; kept as they are while
 * other letters lose their diacritics.
 */
const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  č: 'č',
  ĉ: 'č',
  š: 'š',
  ŝ: 'šč',
  ž: 'ž',
  ż: 'ž',
  ŭ: 'v',
  ć: 't',
  ĥ: 'h',
  ĵ: 'j',
  ł: 'l',
  đ: 'd',
  ß: 's',
  ø: 'o',
};

/** Latin letter groups, longest first; each maps to its readings, the most likely first. */
const LATIN_GROUPS: readonly (readonly [string, readonly string[]])[] = [
  ['shch', ['šč']],
  ['szcz', ['šč']],
  ['tsch', ['č']],
  ['dzh', ['dž']],
  ['sch', ['š']],
  ['tch', ['č']],
  ['zh', ['ž']],
  ['kh', ['h']],
  ['ch', ['č', 'h']],
  ['cz', ['č']],
  ['sh', ['š']],
  ['sz', ['š']],
  ['ts', ['t']],
  ['tz', ['t']],
  ['dz', ['d']],
  ['ck', ['tk', 'k']],
  ['ph', ['f']],
  ['th', ['t']],
  ['gh', ['h']],
];

const LATIN_SINGLE: Readonly<Record<string, readonly string[]>> = {
  a: ['a'],
  b: ['b'],
  d: ['d'],
  e: ['e'],
  f: ['f'],
  g: ['h'],
  h: ['h'],
  i: ['i'],
  j: ['j'],
  k: ['k'],
  l: ['l'],
  m: ['m'],
  n: ['n'],
  o: ['o'],
  p: ['p'],
  q: ['k'],
  r: ['r'],
  s: ['s'],
  t: ['t'],
  u: ['u'],
  v: ['v'],
  w: ['v'],
  x: ['ks', 'h'],
  y: ['i'],
  z: ['z'],
};

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const CYRILLIC_LETTER = /\p{Script=Cyrillic}/u;
const MARKS = /\p{M}+/gu;
// Letters of other scripts stand for themselves; modifier letters (ʼ, ʹ) are apostrophes.
const OTHER_LETTER = /[\p{Ll}\p{Lu}\p{Lt}\p{Lo}]/u;

const cache = new Map<string, PhoneticKeys>();
const CACHE_LIMIT = 50_000;

/**
 * The keys of one word (`Statkevich`, `Статкевіч`). Anything that is not a letter is ignored.
 * Results are cached: indexing sees the same names again and again.
 */
export function phoneticKeys(word: string): PhoneticKeys {
  const hit = cache.get(word);
  if (hit) return hit;
  const keys = computeKeys(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, keys);
  return keys;
}

function computeKeys(word: string): PhoneticKeys {
  const readings = expand(segments(baseLetters(word)));
  const fine = unique(readings.map((r) => fineOf(applyContext(r))).filter((f) => f.length > 0));
  const skeletons = unique(fine.map(skeletonOf).filter((s) => s.length > 0));
  return { fine, skeletons };
}

/** Lower-cased letters, Latin letters stripped of diacritics except the meaningful ones. */
function baseLetters(word: string): string {
  let out = '';
  for (const ch of word.toLowerCase()) {
    if (CYRILLIC_LETTER.test(ch) || LATIN_SPECIAL[ch] !== undefined) out += ch;
    else out += ch.normalize('NFKD').replace(MARKS, '');
  }
  return out;
}

/** Each position's readings. */
function segments(base: string): string[][] {
  const segs: string[][] = [];
  let i = 0;
  while (i < base.length) {
    const ch = base[i] ?? '';
    const cyr = CYRILLIC[ch];
    if (cyr !== undefined) {
      // дз is one sound, the Belarusian counterpart of Russian д (Дзмітрый / Дмитрий).
      if (ch === 'д' && base[i + 1] === 'з') {
        segs.push(['d']);
        i += 2;
        continue;
      }
      // тс reads as ц, and Latin spells both ts: Братск and Bratsk must meet.
      if (ch === 'т' && base[i + 1] === 'с') {
        segs.push(['t']);
        i += 2;
        continue;
      }
      if (cyr !== '') segs.push([cyr]);
      i += 1;
      continue;
    }
    const special = LATIN_SPECIAL[ch];
    if (special !== undefined) {
      segs.push([special]);
      i += 1;
      continue;
    }
    const group = LATIN_GROUPS.find(([g]) => base.startsWith(g, i));
    if (group) {
      segs.push([...group[1]]);
      i += group[0].length;
      continue;
    }
    if (ch === 'c') {
      // Bare c: ц in Łacinka, the national system and Polish; k or s in English.
      const next = base[i + 1] ?? '';
      segs.push('eiy'.includes(next) && next !== '' ? ['t', 's'] : ['t', 'k']);
      i += 1;
      continue;
    }
    const single = LATIN_SINGLE[ch];
    if (single !== undefined) segs.push([...single]);
    else if (OTHER_LETTER.test(ch)) segs.push([ch]);
    // Digits, apostrophes and punctuation carry no sound.
    i += 1;
  }
  return segs;
}

/**
 * The readings of the ambiguous Latin letters in Slavic spellings (Łacinka, Polish, Czech, the
 * national system): ch and x as х, c as ц, ck as цк. Their other readings are English ones.
 */
const SLAVIC_READINGS = new Set(['h', 't', 'tk']);

/** A name is spelt in one system: each ambiguous letter read the Slavic way, or the English way. */
function consistentReadings(segs: readonly string[][]): string[] {
  const pick = (slavic: boolean) =>
    segs
      .map((alts) => alts.find((a) => SLAVIC_READINGS.has(a) === slavic) ?? alts[0] ?? '')
      .join('');
  return [pick(true), pick(false)];
}

/**
 * All readings, the most likely (first alternatives) first, at most MAX_KEYS. When there are
 * more, the first ones keep the early letters at their first reading; so that a long name
 * with many ambiguous letters (Chachachajec, Łacinka for Хахахаец) still meets its Cyrillic
 * form, the two readings of one system throughout take the last places if they were cut.
 */
function expand(segs: readonly string[][]): string[] {
  let acc = [''];
  let cut = false;
  for (const alts of segs) {
    const next: string[] = [];
    for (const prefix of acc) {
      for (const alt of alts) {
        if (next.length < MAX_KEYS) next.push(prefix + alt);
        else cut = true;
      }
    }
    acc = next;
  }
  if (!cut) return acc;
  const missing = consistentReadings(segs).filter(
    (r, i, all) => !acc.includes(r) && all.indexOf(r) === i,
  );
  return [...acc.slice(0, MAX_KEYS - missing.length), ...missing];
}

/**
 * Context rules shared by every script:
 * - i after a vowel and not before one is a glide (Siarhei, Nikolai, -iy): `j`;
 * - u after a, e or o and not before a vowel is the Belarusian ў (Tsikhanouski, Paulau): `v`,
 *   so that it meets Russian в (Tikhanovsky, Pavlov).
 */
function applyContext(reading: string): string[] {
  const s = Array.from(reading);
  for (let i = 1; i < s.length; i++) {
    if (s[i] === 'i' && VOWELS.has(s[i - 1] ?? '') && !VOWELS.has(s[i + 1] ?? '')) s[i] = 'j';
  }
  for (let i = 1; i < s.length; i++) {
    if (s[i] === 'u' && 'aeo'.includes(s[i - 1] ?? '-') && !VOWELS.has(s[i + 1] ?? '')) s[i] = 'v';
  }
  return s;
}

/**
 * Glides dropped, each run of vowels reduced to its last vowel (ia, ie, ija, ya → a/e: the
 * softness of a consonant is spelled so many ways that only the vowel is kept), о → а (akanne:
 * Belarusian writes а where Russian writes unstressed о), doubled consonants single.
 */
function fineOf(symbols: readonly string[]): string {
  let out = '';
  let vowel: string | null = null;
  for (const c of symbols) {
    if (c === 'j') continue;
    if (VOWELS.has(c)) {
      vowel = c === 'o' ? 'a' : c;
      continue;
    }
    if (vowel !== null) {
      out += vowel;
      vowel = null;
    }
    if (!out.endsWith(c)) out += c;
  }
  return vowel !== null ? out + vowel : out;
}

/**
 * Vowels as `*`: Belarusian and Russian forms differ mostly in vowels (Калеснікава /
 * Колесникова, Бяляцкі / Беляцкий, Віктар / Віктор). A final vowel is dropped so that
 * Belarusian -ь/-ы/-і and Russian -ий/-ый/-ия endings meet (Анатоль / Анатолий).
 */
export function skeletonOf(fine: string): string {
  let s = '';
  for (const c of fine) s += VOWELS.has(c) ? '*' : c;
  return s.endsWith('*') ? s.slice(0, -1) : s;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
