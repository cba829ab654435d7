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
 */
export function describeNameMatch(
  person: StoredPerson | undefined,
  row: readonly (Hit | undefined)[],
  wordHits: readonly Map<number, Hit>[],
  queryCyrillic: boolean,
): NameMatch {
  const matchedWords = row.flatMap((h, i) => (h ? [i] : []));
  let best: {
    name: StoredName;
    words: number;
    score: number;
    tokens: Set<number>;
    sameScript: boolean;
  } | null = null;
  for (const name of person?.names ?? []) {
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
    if (better) {
      best = { name, words, score, tokens: hitTokens, sameScript };
    }
  }
  const { score, tier } = summarizeHits(row);
  // A small bonus when one written name holds every matched word ("Nikolai Statkevich"
  // against the name "Николай Статкевич", not two words found in two different names).
  const together = best !== null && best.words === matchedWords.length && matchedWords.length > 1;
  const chosen = best;
  let highlights: TextRange[] | undefined;
  return {
    personId: person?.id ?? '',
    score: score + (together ? 0.05 : 0),
    matchedWords,
    tier,
    name: chosen?.name.text ?? '',
    // Worked out when read: a search describes up to three times as many people as it
    // returns, and a full-text query's name look-up keeps only the few it shows, so splitting
    // every candidate's name into words up front was a good part of a query's time.
    // (A structured clone or a spread reads it like any property.)
    get highlights() {
      return (highlights ??= chosen ? highlightsIn(chosen.name, chosen.tokens) : []);
    },
  };
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
