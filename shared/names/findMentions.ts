import type { PersonNames, WordMatch } from './NameIndex.js';
import { NameIndex, nameWords } from './NameIndex.js';
import { capitalisedRuns, personLikeNames } from './personLikeNames.js';
import { phoneticKeys } from './phoneticKeys.js';
import { foldToken } from './foldText.js';
import { givenNameClasses } from './givenNameVariants.js';
import type { SurnameGender } from './surnameGender.js';
import { surnameGender } from './surnameGender.js';

/** A stretch of a text, in code points (end exclusive), with the words it covers. */
export interface TextMention {
  start: number;
  end: number;
  text: string;
}

export interface PersonMentions {
  personId: string;
  mentions: TextMention[];
}

export interface UnknownName {
  /** The name as first written in the text. */
  name: string;
  mentions: TextMention[];
}

export interface FoundMentions {
  /** Known people the text mentions, in order of first mention. */
  people: PersonMentions[];
  /** Person-like names that match nobody, spellings of one name grouped, in order of first mention. */
  unknown: UnknownName[];
}

export interface FindMentionsOptions {
  /** Match spellings in other scripts and romanisations. Default true. */
  crossScript?: boolean;
}

/**
 * The people a text mentions, in whatever spelling, and the names in it that belong to no
 * one in the archive yet.
 *
 * A mention is a run of capitalised words each matching the same person (exact spelling,
 * same phonetic skeleton, or an equivalent given name; no typo tolerance, a published text is
 * taken as written) that contains at least one word that is not only a given name of that
 * person: "Mikalai Statkevich", "Statkevich", "Nikolai Statkevich", but not "Mikalai" alone.
 * When two people match the same words equally well (two Babarykas and the text says only
 * "Babaryka") the mention is listed for both.
 *
 * Two checks keep a relative from being taken for the person, whose surname has the same
 * phonetic skeleton (Sviatlana Tsikhanouskaya for Siarhei Tsikhanouski):
 * - a surname whose ending shows a gender (surnameGender.ts) that none of the person's
 *   surnames has is not that person: "Tsikhanouskaya" or "Тихановская" is not Siarhei
 *   Tsikhanouski, "Kalesnikau" is not Maria Kalesnikava (a Cyrillic "Калеснікава" in a text
 *   may be a man's genitive, so it is not taken as a woman's name: see surnameGender);
 * - a given name right before the match in the same run that is not one of the person's (a
 *   name of the given-name table, or a given name of someone in the archive) means another
 *   person: "Sviatlana Tsikhanouski" is not Siarhei.
 * Words so rejected are free to be listed as a name that matches nobody.
 */
export function findMentions(
  text: string,
  people: NameIndex | readonly PersonNames[],
  options: FindMentionsOptions = {},
): FoundMentions {
  const index = people instanceof NameIndex ? people : indexOf(people);
  const crossScript = options.crossScript ?? true;
  const byPerson = new Map<string, TextMention[]>();
  const taken: TextMention[] = [];
  const gendersOf = surnameGendersOf(index);

  for (const run of capitalisedRuns(text)) {
    const matches = run.map((w) => index.matchTextWord(w.bare, crossScript));
    const words = run.map((w) => w.bare);
    let i = 0;
    while (i < run.length) {
      const blocks = blocksAt(matches, i).filter((b) => fits(b, i, words, matches, gendersOf));
      const best = blocks[0];
      if (!best) {
        i++;
        continue;
      }
      const first = run[i];
      const last = run[i + best.length - 1];
      if (first && last) {
        const end = last.possessive ? last.span.end - 2 : last.span.end;
        const mention = {
          start: first.span.start,
          end,
          text: text.slice(
            first.span.start16,
            last.possessive ? last.span.end16 - 2 : last.span.end16,
          ),
        };
        taken.push(mention);
        for (const b of blocks) {
          if (b.length !== best.length || Math.abs(b.score - best.score) > 1e-9) continue;
          const list = byPerson.get(b.personId) ?? [];
          list.push(mention);
          byPerson.set(b.personId, list);
        }
      }
      i += best.length;
    }
  }

  const unknown = new Map<string, UnknownName>();
  for (const c of personLikeNames(text)) {
    if (taken.some((m) => m.start < c.end && c.start < m.end)) continue;
    const key = c.words.map((w) => phoneticKeys(w).skeletons[0] ?? foldToken(w)).join(' ');
    const mention = { start: c.start, end: c.end, text: c.name };
    const entry = unknown.get(key);
    if (entry) entry.mentions.push(mention);
    else unknown.set(key, { name: c.name, mentions: [mention] });
  }

  return {
    people: [...byPerson].map(([personId, mentions]) => ({ personId, mentions })),
    unknown: [...unknown.values()],
  };
}

interface Block {
  personId: string;
  length: number;
  score: number;
}

/**
 * For each person matching word `i`, the longest stretch of words from `i` all matching that
 * person, if it holds a word that is not only a given name; best (longest, then highest
 * score) first.
 */
function blocksAt(matches: readonly WordMatch[][], i: number): Block[] {
  const blocks: Block[] = [];
  for (const m of matches[i] ?? []) {
    let length = 0;
    let score = 0;
    let identifying = false;
    for (let j = i; j < matches.length; j++) {
      const hit = matches[j]?.find((x) => x.personId === m.personId);
      if (!hit) break;
      length++;
      score += hit.score;
      if (!hit.givenOnly) identifying = true;
    }
    if (identifying) blocks.push({ personId: m.personId, length, score });
  }
  return blocks.sort((a, b) => b.length - a.length || b.score - a.score);
}

/**
 * Whether a block of words that all match one person can be that person: no surname in it
 * shows a gender none of the person's surnames has, and no given name of someone else comes
 * right before it.
 */
function fits(
  block: Block,
  i: number,
  words: readonly string[],
  matches: readonly WordMatch[][],
  gendersOf: (personId: string) => ReadonlySet<SurnameGender>,
): boolean {
  const genders = gendersOf(block.personId);
  if (genders.size > 0) {
    for (let j = i; j < i + block.length; j++) {
      const hit = matches[j]?.find((x) => x.personId === block.personId);
      if (!hit || hit.givenOnly) continue;
      const gender = surnameGender(words[j] ?? '', 'text');
      if (gender !== null && !genders.has(gender)) return false;
    }
  }
  const before = words[i - 1];
  const beforeMatches = matches[i - 1] ?? [];
  if (
    before !== undefined &&
    !beforeMatches.some((x) => x.personId === block.personId) &&
    isGivenName(before, beforeMatches)
  )
    return false;
  return true;
}

/** A word of a text that is a given name: in the given-name table, or someone's given name. */
function isGivenName(word: string, matches: readonly WordMatch[]): boolean {
  if (matches.some((x) => x.givenOnly)) return true;
  return givenNameClasses(word.normalize('NFC').toLowerCase()).length > 0;
}

/**
 * The genders the surnames of a person show (Ціханоўскі: masculine; Калеснікава: feminine;
 * Statkevich: none), read from the names indexed for the person, cached for one text. A
 * surname is a word of a name that is not in the given-name table and is not the first of
 * several words, as NameIndex decides.
 */
function surnameGendersOf(index: NameIndex): (personId: string) => ReadonlySet<SurnameGender> {
  const cache = new Map<string, ReadonlySet<SurnameGender>>();
  return (personId) => {
    let genders = cache.get(personId);
    if (!genders) {
      const found = new Set<SurnameGender>();
      for (const name of index.namesOf(personId)) {
        const words = nameWords(name.text);
        words.forEach((w, k) => {
          if (k === 0 && words.length > 1) return;
          if (givenNameClasses(w.normalize('NFC').toLowerCase()).length > 0) return;
          const gender = surnameGender(w);
          if (gender) found.add(gender);
        });
      }
      genders = found;
      cache.set(personId, genders);
    }
    return genders;
  };
}

function indexOf(people: readonly PersonNames[]): NameIndex {
  const index = new NameIndex();
  for (const p of people) index.update(p);
  return index;
}
