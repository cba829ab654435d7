import { foldToken } from './foldText.js';
import { wordSpans } from './wordSpans.js';

/** The words of a name or query as written ("Aleś Bialacki" → Aleś, Bialacki). */
export function nameWords(text: string): string[] {
  return wordSpans(text)
    .map((w) => w.text)
    .filter((w) => foldToken(w) !== '');
}

/** A word lower-cased and composed, apostrophes dropped, diacritics kept: the token's identity. */
export function wordForm(word: string): string {
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼʹ`´‘]/gu, '');
}
