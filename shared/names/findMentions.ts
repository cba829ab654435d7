import type { PersonNames, WordMatch } from './NameIndex.js';
import { NameIndex } from './NameIndex.js';
import { capitalisedRuns, personLikeNames } from './personLikeNames.js';
import { phoneticKeys } from './phoneticKeys.js';
import { foldToken } from './foldText.js';

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

  for (const run of capitalisedRuns(text)) {
    const matches = run.map((w) => index.matchTextWord(w.bare, crossScript));
    let i = 0;
    while (i < run.length) {
      const blocks = blocksAt(matches, i);
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

function indexOf(people: readonly PersonNames[]): NameIndex {
  const index = new NameIndex();
  for (const p of people) index.update(p);
  return index;
}
