import { z } from './zod.js';
import { Id, Sha256Hex } from './ids.js';
import { FactRef } from './caseFile.js';
import { TextSelector } from './selector.js';

/** A quote from a source that backs one fact of one case file. */
export const Citation = z.object({
  id: Id,
  caseId: Id,
  fact: FactRef,
  sourceId: Id,
  selector: TextSelector,
  /** SHA-256 of the source text the quote was taken from. */
  sourceSha256: Sha256Hex,
  note: z.string().max(5000),
});
export type Citation = z.infer<typeof Citation>;
