import { z } from '../../shared/model/zod.js';
import { Actor, Id, IsoDateTime } from '../../shared/model/index.js';

/**
 * What the archive remembers about bundles, kept in the settings table (local knowledge that
 * never travels): the exports made here, what each colleague is known to hold, and the
 * bundles imported here, so history can say "came with Anna's bundle of 2 March".
 * Every value is parsed when read: a damaged row is ignored rather than trusted.
 */

export const BundleScopeKind = z.enum(['archive', 'cases', 'changes']);
export type BundleScopeKind = z.infer<typeof BundleScopeKind>;

/** One bundle exported (and saved) here. */
export const ExportRecord = z.object({
  bundleId: Id,
  at: IsoDateTime,
  scope: BundleScopeKind,
  /** The colleague it was made for, as typed; null when none was named. */
  colleague: z.string().trim().min(1).max(200).nullable(),
  revisions: z.number().int().min(0),
  texts: z.number().int().min(0),
  encrypted: z.boolean(),
  fileName: z.string().max(300),
});
export type ExportRecord = z.infer<typeof ExportRecord>;

/**
 * What one colleague is known to hold after the bundles sent to them: the heads (frontier) of
 * every revision they received. Ancestors are implied, so this stays one id per record at
 * most, and "changes since" is everything that is neither these nor their ancestors.
 */
export const SentToRecord = z.object({
  colleague: z.string().trim().min(1).max(200),
  bundleId: Id,
  at: IsoDateTime,
  frontier: z.array(Id),
});
export type SentToRecord = z.infer<typeof SentToRecord>;

/** One bundle imported here: who made it and when, for history and conflict views. */
export const ReceivedRecord = z.object({
  bundleId: Id,
  exportedBy: Actor,
  createdAt: IsoDateTime,
  importedAt: IsoDateTime,
  fileName: z.string().max(300),
  scope: BundleScopeKind,
});
export type ReceivedRecord = z.infer<typeof ReceivedRecord>;

/** The settings key of the export log (newest first, at most EXPORT_LOG_SIZE entries). */
export const EXPORT_LOG_KEY = 'bundles.exports';
export const EXPORT_LOG_SIZE = 200;

/**
 * A colleague's name as a key: the same person typed as "Anna" or " anna" is one colleague.
 * NFC first, so a name typed with combining accents matches the precomposed one.
 */
export function colleagueKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function sentToKey(colleague: string): string {
  return `bundles.sentTo:${colleagueKey(colleague)}`;
}

export function receivedKey(bundleId: string): string {
  return `bundles.received:${bundleId}`;
}
