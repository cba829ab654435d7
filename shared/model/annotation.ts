import { z } from './zod.js';
import { Id, Sha256Hex } from './ids.js';
import { TextSelector } from './selector.js';

/** A highlighted passage of a source, with a note. Anchored exactly like a citation. */
export const Annotation = z.object({
  id: Id,
  sourceId: Id,
  selector: TextSelector,
  sourceSha256: Sha256Hex,
  note: z.string().max(20000),
});
export type Annotation = z.infer<typeof Annotation>;
