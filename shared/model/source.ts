import { z } from './zod.js';
import { Id, IsoDateTime, Sha256Hex } from './ids.js';
import { PartialDate } from './partialDate.js';

/**
 * A source: an article or document the archive cites. Its exact text lives in the
 * content-addressed SourceText table under `sha256`, so metadata can be edited (and merged)
 * without copying the text, and an old version of a text stays available to the citations
 * that were made on it.
 */
export const SOURCE_FORMATS = ['txt', 'md', 'html', 'paste'] as const;

export const Source = z.object({
  id: Id,
  sha256: Sha256Hex,
  title: z.string().max(1000),
  publisher: z.string().max(500),
  author: z.string().max(500),
  date: PartialDate.nullable(),
  url: z
    .string()
    .max(4000)
    .refine((u) => u === '' || /^https?:\/\//i.test(u), {
      message: 'must be an http(s) URL or empty',
    }),
  format: z.enum(SOURCE_FORMATS),
  /** The file it was imported from, or '' for pasted text. */
  fileName: z.string().max(500),
  addedAt: IsoDateTime,
  /** Length of the text in Unicode code points. */
  length: z.number().int().min(0),
});
export type Source = z.infer<typeof Source>;

/** Limit on one source text: 5 MB of UTF-8 is far beyond any article. */
export const MAX_SOURCE_TEXT_BYTES = 5 * 1024 * 1024;

export const SourceText = z.object({
  sha256: Sha256Hex,
  text: z.string().max(MAX_SOURCE_TEXT_BYTES),
});
export type SourceText = z.infer<typeof SourceText>;

/**
 * A source text as its UTF-8 bytes: how the archive stores it, and how a bundle's checked
 * texts are handed to it. Only ever made from a text whose hash and UTF-8 were checked.
 */
export interface Utf8SourceText {
  sha256: string;
  utf8: Uint8Array;
}
