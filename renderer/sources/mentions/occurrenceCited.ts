import type { CitationView } from '../../db';
import type { Occurrence } from './MentionFinder';

/**
 * Whether a case file already cites this occurrence: one of its anchored citations in this
 * source quotes a passage holding it, whichever fact the citation backs.
 */
export function occurrenceCited(
  citations: readonly CitationView[],
  caseId: string,
  o: Occurrence,
): boolean {
  return citations.some(
    (c) =>
      c.caseId === caseId &&
      c.anchor.status === 'anchored' &&
      c.anchor.start16 <= o.start16 &&
      o.end16 <= c.anchor.end16,
  );
}
