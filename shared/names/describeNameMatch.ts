import { foldToken } from './foldText.js';
import type { Hit } from './matchNameWord.js';
import type { NameMatch, NameTier, TextRange } from './NameMatch.js';
import type { StoredName, StoredPerson } from './StoredPerson.js';
import { wordSpans } from './wordSpans.js';

const TIER_STRENGTH: Readonly<Record<NameTier, number>> = {
  exact: 3,
  prefix: 2,
  variant: 2,
  fuzzy: 1,
};
const CYRILLIC = /\p{Script=Cyrillic}/u;
/** Added to a person's score when one written name holds every matched word. */
export const TOGETHER_BONUS = 0.05;

/** Whether a query (its words as typed) is written in Cyrillic: names are then shown so. */
export function isCyrillicQuery(words: readonly string[]): boolean {
  return words.some((w) => CYRILLIC.test(w));
}

/** How many query words a person matched, the sum of their scores, and the weakest tier. */
export function summarizeHits(row: readonly (Hit | undefined)[]): {
  coverage: number;
  score: number;
  tier: NameTier;
} {
  let coverage = 0;
  let score = 0;
  let tier: NameTier = 'exact';
  for (const h of row) {
    if (!h) continue;
    coverage++;
    score += h.score;
    if (TIER_STRENGTH[h.tier] < TIER_STRENGTH[tier] || (h.tier === 'variant' && tier === 'prefix'))
      tier = h.tier;
  }
  return { coverage, score, tier };
}

/**
 * The result for one person: the name entry that matched best (most words, then score, then
 * the script the user typed in), its highlighted words, the tier.
 *
 * Only the score is worked out up front: a search describes up to three times as many people
 * as it returns, and a full-text query's name look-up asks for 200 people and shows the few
 * its page holds, so choosing every candidate's best name (a pass over all its names with a
 * set and a script test each) was a good part of a query's time. The name and its highlights
 * are chosen when first read (a structured clone or a spread reads them like any property).
 */
export function describeNameMatch(
  person: StoredPerson | undefined,
  row: readonly (Hit | undefined)[],
  wordHits: readonly Map<number, Hit>[],
  queryCyrillic: boolean,
): NameMatch {
  const matchedWords = row.flatMap((h, i) => (h ? [i] : []));
  const names = person?.names ?? [];
  const { score, tier } = summarizeHits(row);
  // A small bonus when one written name holds every matched word ("Nikolai Statkevich"
  // against the name "Николай Статкевич", not two words found in two different names).
  const together =
    matchedWords.length > 1 && names.some((n) => holdsAll(n, matchedWords, wordHits));
  let chosen: BestName | null | undefined;
  let highlights: TextRange[] | undefined;
  const best = () =>
    chosen === undefined ? (chosen = bestName(names, row, wordHits, queryCyrillic)) : chosen;
  return {
    personId: person?.id ?? '',
    score: score + (together ? TOGETHER_BONUS : 0),
    matchedWords,
    tier,
    get name() {
      return best()?.name.text ?? '';
    },
    get highlights() {
      const b = best();
      return (highlights ??= b ? highlightsIn(b.name, b.tokens) : []);
    },
  };
}

interface BestName {
  name: StoredName;
  words: number;
  score: number;
  tokens: Set<number>;
  sameScript: boolean;
}

/** Whether one name holds a word met by each of the matched query words. */
function holdsAll(
  name: StoredName,
  matchedWords: readonly number[],
  wordHits: readonly Map<number, Hit>[],
): boolean {
  return matchedWords.every((i) => {
    const hits = wordHits[i];
    return hits !== undefined && name.tokens.some((t) => (hits.get(t)?.score ?? 0) > 0);
  });
}

/** The name that matched most words, then the best score, then in the script typed in. */
function bestName(
  names: readonly StoredName[],
  row: readonly (Hit | undefined)[],
  wordHits: readonly Map<number, Hit>[],
  queryCyrillic: boolean,
): BestName | null {
  let best: BestName | null = null;
  for (const name of names) {
    const hitTokens = new Set<number>();
    let words = 0;
    let score = 0;
    wordHits.forEach((hits, i) => {
      let wordBest = 0;
      for (const t of name.tokens) {
        const h = hits.get(t);
        if (h) {
          hitTokens.add(t);
          wordBest = Math.max(wordBest, h.score);
        }
      }
      if (wordBest > 0 && row[i]) {
        words++;
        score += wordBest;
      }
    });
    const sameScript = CYRILLIC.test(name.text) === queryCyrillic;
    const better =
      !best ||
      words > best.words ||
      (words === best.words && score > best.score + 1e-9) ||
      // On a tie, show the name in the script the user typed in.
      (words === best.words &&
        Math.abs(score - best.score) <= 1e-9 &&
        sameScript &&
        !best.sameScript);
    if (better) best = { name, words, score, tokens: hitTokens, sameScript };
  }
  return best;
}

function highlightsIn(name: StoredName, tokens: ReadonlySet<number>): TextRange[] {
  const spans = wordSpans(name.text).filter((w) => foldToken(w.text) !== '');
  const out: TextRange[] = [];
  spans.forEach((span, i) => {
    const t = name.tokens[i];
    if (t !== undefined && tokens.has(t)) out.push({ start: span.start, end: span.end });
  });
  return out;
}
