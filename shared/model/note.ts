import { z } from './zod.js';
import { Id } from './ids.js';

/**
 * A note in Markdown on a case file. Rendered only through the sanitising Markdown
 * renderer. A private note is left out of dossiers when the redaction profile says so.
 */
export const Note = z.object({
  id: Id,
  caseId: Id,
  body: z.string().max(200000),
  private: z.boolean(),
});
export type Note = z.infer<typeof Note>;
