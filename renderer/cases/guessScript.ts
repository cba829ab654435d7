import type { NameScript } from '../../shared/model/index.js';

/**
 * A first guess at the script of a typed name, which the person can change: letters only
 * Belarusian uses (і, ў) or only Russian uses (и, щ, ъ) decide between the two Cyrillics.
 */
export function guessScript(name: string): NameScript {
  if (/[ўЎіІ]/.test(name)) return 'be';
  if (/[иИщЩъЪ]/.test(name)) return 'ru';
  if (/[\u0400-\u04ff]/.test(name)) return 'ru';
  if (/^[\p{Script=Latin}\s'’.-]+$/u.test(name.trim())) return 'latin';
  return /\p{Script=Latin}/u.test(name) ? 'latin' : 'other';
}
