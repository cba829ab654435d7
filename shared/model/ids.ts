import { z } from './zod.js';
import { newId } from './newId.js';

/** A stable record id: a random UUID, never reused, the same in every archive. */
export const Id = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
    message: 'must be a UUID',
  });
export type Id = z.infer<typeof Id>;

export { newId };

/** A moment, as an ISO 8601 UTC timestamp with milliseconds (what Date#toISOString gives). */
export const IsoDateTime = z.iso.datetime({ offset: false, precision: 3 });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

export function nowIso(): IsoDateTime {
  return new Date().toISOString();
}

/** SHA-256 as 64 lowercase hex digits. */
export const Sha256Hex = z
  .string()
  .regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 hex digest' });
export type Sha256Hex = z.infer<typeof Sha256Hex>;
