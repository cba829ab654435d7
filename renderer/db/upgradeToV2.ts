import type { Transaction } from 'dexie';
import { codePointLength } from '../../shared/anchoring/codePoints.js';
import { sha256Hex } from './sha256Hex.js';

/**
 * v1 → v2: moves every source text, the current ones and those kept in old source revisions,
 * into the content-addressed `sourceTexts` table, gives sources their `sha256`, fills the
 * `sourceSha256` that v1 citations and annotations lacked, and records that every existing
 * revision was made here (origin bundleId null).
 *
 * v1 revisions never left the machine (the prototype had no bundles), so rewriting their
 * `data` into the v2 shape here cannot split a revision between two archives.
 *
 * Runs inside Dexie's upgrade transaction: only database requests may be awaited, which is
 * why hashing is synchronous.
 */

type Row = Record<string, unknown>;

interface V1Revision extends Row {
  id: string;
  entity: string;
  recordId: string;
  at: string;
  data: unknown;
}

const isRow = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Moves `text` out of a v1 source shape; returns the v2 shape, or the value unchanged. */
function moveText(source: Row, texts: Map<string, string>): Row {
  if (typeof source.text !== 'string') return source;
  const { text, ...rest } = source;
  const sha256 = sha256Hex(text);
  texts.set(sha256, text);
  // The length is recomputed from the text: the prototype's count may have been UTF-16 units.
  return { ...rest, sha256, length: codePointLength(text) };
}

function withSourceSha(row: Row, shaOfSource: ReadonlyMap<string, string>): Row {
  if (typeof row.sourceSha256 === 'string' || typeof row.sourceId !== 'string') return row;
  const sha = shaOfSource.get(row.sourceId);
  return sha === undefined ? row : { ...row, sourceSha256: sha };
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  const texts = new Map<string, string>();
  const shaOfSource = new Map<string, string>();

  const revisions = (await tx.table('revisions').toArray()) as V1Revision[];
  // Oldest first, so that a deleted source's latest text version wins in shaOfSource.
  revisions.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  const sourceRevisions = revisions
    .filter((r) => r.entity === 'source' && isRow(r.data))
    .map((r) => {
      const data = moveText(r.data as Row, texts);
      if (typeof data.sha256 === 'string') shaOfSource.set(r.recordId, data.sha256);
      return { ...r, data };
    });

  const sources = ((await tx.table('sources').toArray()) as Row[]).map((s) => moveText(s, texts));
  for (const s of sources) {
    if (typeof s.id === 'string' && typeof s.sha256 === 'string') shaOfSource.set(s.id, s.sha256);
  }

  const anchored = revisions
    .filter((r) => (r.entity === 'citation' || r.entity === 'annotation') && isRow(r.data))
    .map((r) => ({ ...r, data: withSourceSha(r.data as Row, shaOfSource) }));

  await tx.table('sourceTexts').bulkPut([...texts].map(([sha256, text]) => ({ sha256, text })));
  await tx.table('sources').bulkPut(sources);
  await tx.table('revisions').bulkPut([...sourceRevisions, ...anchored]);
  for (const table of ['citations', 'annotations']) {
    const rows = (await tx.table(table).toArray()) as Row[];
    await tx.table(table).bulkPut(rows.map((row) => withSourceSha(row, shaOfSource)));
  }
  await tx
    .table('revisionOrigins')
    .bulkPut(revisions.map((r) => ({ revisionId: r.id, bundleId: null, receivedAt: r.at })));
}
