import { foldToken } from './foldText.js';

/**
 * The grammatical gender a surname's ending shows, for telling a man's surname from his
 * wife's or sister's: Ціханоўскі / Тихановский / Tsikhanouski / Tikhanovsky are masculine,
 * Ціханоўская / Тихановская / Tsikhanouskaya / Cichanouska feminine; Калеснікаў / Kalesnikau /
 * Kolesnikov masculine, Калеснікава / Колесникова / Kalesnikava feminine; Путин / Putin
 * masculine, Путина / Putina feminine. Both spell the same phonetic skeleton, so the skeleton
 * alone cannot tell them apart.
 *
 * Endings read (on the folded word, Belarusian, Russian, Ukrainian and Latin spellings):
 *
 * - adjectival -скі/-ский/-ski/-sky/-skij (and -цкі, -cki) against -ская/-skaya/-skaja/-ska,
 *   with the feminine case endings -ской/-скую/-скай (the masculine ones, -ского/-скому,
 *   do not meet the name's skeleton anyway, but are read too);
 * - possessive -ов/-ев/-аў/-оў/-ov/-ev/-au/-ou/-ow against -ова/-ева/-ава/-ova/-eva/-ava/-owa,
 *   with the feminine -овой/-авай;
 * - -ин/-ін/-ын/-in/-yn against -ина/-іна/-ына/-ina/-yna, with the feminine -иной/-інай.
 *
 * Everything else is `null`: -ич/-ič/-vich has no feminine form, and most surnames (Losik,
 * Babaryka, Statkevich) show no gender.
 *
 * A word of running Russian or Belarusian text is read more cautiously than a name as a case
 * file spells it: there the masculine genitive and accusative of -ов/-ин surnames are spelled
 * like the feminine nominative (арест Павлова, "Pavlov's arrest"; затрымалі Калеснікава), so
 * a Cyrillic -ова/-ева/-ава/-ина/-іна/-ына in a text shows no gender (`'text'`), while the
 * same word as a name (nominative, `'name'`) is feminine. Latin spellings are not declined.
 */
export type SurnameGender = 'masculine' | 'feminine';

const FEMININE: readonly RegExp[] = [
  // -ская, -ской, -скую, -скай, -скою (folded: й → и), Ukrainian -ська
  /[сцз]ь?к(?:ая|а|ои|ую|аи|аю|ою)$/u,
  // -skaya, -skaja, -skaia, -ska (Polish), -skiej (Polish genitive)
  /[scz]k(?:aya|aja|aia|a|iej)$/u,
  // -ова, -ева, -ава, -ёва and their oblique forms -овой, -авай
  /[оеа]в(?:а|ои|аи|ою|аю)$/u,
  /[oea][vw]a$/u,
  // -ина, -іна, -ына, -иной, -інай
  /[иіы]н(?:а|ои|аи|ою|аю)$/u,
  /[iy]na$/u,
];

const MASCULINE: readonly RegExp[] = [
  // -скі, -ский, -ськии, -ского, -скага, -скому, -скім
  /[сцз]ь?к(?:і|и|ии|іи|ыи|ого|ага|ому|аму|им|ім|ым)$/u,
  // -ski, -sky, -skiy, -skij, -skii, -skyi, -skyy, -cki
  /[scz]k(?:i|y|iy|ij|ii|yi|yj|yy)$/u,
  // -ов, -ев, -ав, -оў, -аў, -еў (folded ў → у), -овым, -авым
  /[оеа](?:в|у|вым)$/u,
  // -ov, -ev, -av, -ow, -ew, -au, -ou, -eu, -off, -eff
  /[oea](?:v|w|u|ff)$/u,
  // -ин, -ін, -ын
  /[иіы]н$/u,
  /[iy]n$/u,
];

/** Cyrillic -ова/-ина endings, a masculine genitive as much as a feminine nominative in a text. */
const DECLINED_AMBIGUOUS = /(?:[оеа]в|[иіы]н)а$/u;

/**
 * The gender a surname's ending shows, or null when it shows none. `as`: 'name' for a name as
 * written in a case file (nominative), 'text' for a word of a source's text (maybe declined).
 */
export function surnameGender(word: string, as: 'name' | 'text' = 'name'): SurnameGender | null {
  const folded = foldToken(word);
  if (Array.from(folded).length < 4) return null;
  if (as === 'text' && DECLINED_AMBIGUOUS.test(folded)) return null;
  if (FEMININE.some((re) => re.test(folded))) return 'feminine';
  if (MASCULINE.some((re) => re.test(folded))) return 'masculine';
  return null;
}
