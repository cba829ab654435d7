/**
 * Same-script normalisation: the form two spellings must share to count as the *same*
 * spelling. Unicode NFKD, diacritics dropped (č→c, ł→l, ŭ→u, ё→е, й→и), case folded,
 * apostrophes and punctuation removed. It never changes the script: Cyrillic stays
 * Cyrillic. Crossing scripts is the job of `phoneticKeys`.
 */

// Letters NFKD does not decompose but readers treat as a base letter with a mark.
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
};

const MARKS = /\p{M}+/gu;
// Apostrophes and primes: some are modifier *letters* in Unicode (ʼ U+02BC, ʹ U+02B9), so they
// are removed by name rather than as punctuation.
const APOSTROPHES = /['’ʼʹ`´‘]/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const UNDECOMPOSED_LETTERS = /[łđøßıæœ]/gu;

/**
 * One word folded: `Statkevič` → `statkevic`, `Мар'я` → `маря`, `Ё` → `е`.
 * Everything that is not a letter or digit disappears, so `Ales'` → `ales`.
 */
export function foldToken(token: string): string {
  return token
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTERS, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, '')
    .replace(NOT_LETTER_OR_DIGIT, '');
}

/** A whole text folded word by word, words joined by one space: `"Aleś  Bialacki"` → `"ales bialacki"`. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(UNDECOMPOSED_LETTERS, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, '')
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
}
