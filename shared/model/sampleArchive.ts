import { z } from './zod.js';
import { Revision } from './revision.js';
import { SourceText } from './source.js';

/**
 * The sample archive shipped in assets/: revisions and source texts, exactly what a bundle
 * import applies. Its revision ids and times are fixed, so two researchers who both open the
 * sample and later exchange bundles hold the very same revisions and see no conflict.
 */
export const SampleArchive = z.object({
  format: z.literal('kartoteka-sample'),
  version: z.literal(1),
  texts: z.array(SourceText),
  revisions: z.array(Revision),
});
export type SampleArchive = z.infer<typeof SampleArchive>;
