import { z } from './zod.js';
import { Id } from './ids.js';

/** A term of the archive's managed tag vocabulary. Case files refer to tags by id. */
export const Tag = z.object({
  id: Id,
  name: z.string().trim().min(1).max(100),
  description: z.string().max(2000),
});
export type Tag = z.infer<typeof Tag>;
