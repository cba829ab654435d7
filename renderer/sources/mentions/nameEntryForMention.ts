import type { NameEntry } from '../../../shared/model/index.js';
import { foldToken, nameWords, phoneticKeys } from '../../../shared/names/index.js';
import { guessScript } from '../../cases/guessScript';

/**
 * The name entry of a case file that a mention (as written in a source) is a spelling of, to
 * cite the mention as backing it: most words spelled alike, then most words sounding alike,
 * then one in the mention's own script, then a primary name. A mention in a grammatical case
 * or another romanisation still finds the entry it varies ("Статкевича" → Николай Статкевич).
 */
export function nameEntryForMention(
  names: readonly NameEntry[],
  written: string,
): NameEntry | undefined {
  const words = nameWords(written);
  const folded = words.map(foldToken);
  const skeletons = words.map((w) => new Set(phoneticKeys(w).skeletons));
  const script = guessScript(written);
  let best: NameEntry | undefined;
  let bestScore = -1;
  for (const entry of names) {
    const own = nameWords(entry.text);
    const ownFolded = new Set(own.map(foldToken));
    const ownSkeletons = new Set(own.flatMap((w) => phoneticKeys(w).skeletons));
    let score = 0;
    folded.forEach((f, i) => {
      if (ownFolded.has(f)) score += 100;
      else if ([...(skeletons[i] ?? [])].some((k) => ownSkeletons.has(k))) score += 10;
    });
    if (entry.script === script) score += 2;
    if (entry.kind === 'primary') score += 1;
    if (score > bestScore) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}
