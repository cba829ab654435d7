import type { BundleManifest, BundleScope } from '../../shared/bundle/bundleManifest.js';
import { selectChangedSince } from '../../shared/bundle/selectChangedSince.js';
import { selectForCases } from '../../shared/bundle/selectForCases.js';
import type { BundleSelection } from '../../shared/bundle/selectForCases.js';
import { writeBundleStream } from '../../shared/bundle/writeBundleStream.js';
import type { BundleProgress } from '../../shared/bundle/writeBundleOptions.js';
import type { Revision } from '../../shared/model/index.js';
import type { Archive, BundleScopeKind, ExportRecord, SentToRecord } from '../db';
import { bundleStoreOf } from '../db';
import { bundleFileName } from './bundleFileName';
import { knownFrontier } from './knownFrontier';
import { workerDeflater } from './workerDeflater';
import { yieldToWindow } from './yieldToWindow';

/**
 * Deflate level of the app's bundles, for what fflate deflates: the revisions parts (and
 * everything where no deflate worker starts). fflate's level 3 against its default 6, on the
 * benchmark's data set S (32 MB of entries): about a quarter less CPU time for a file 3 %
 * larger (6.33 MB against 6.14 MB); levels 1–2 save no more time and lose more size. Texts
 * and attachments are deflated by the platform's CompressionStream at zlib's own level (see
 * deflateRequests.ts).
 */
const COMPRESSION_LEVEL = 3;

export interface ExportRequest {
  scope: BundleScopeKind;
  /** scope 'cases': the case files chosen. */
  caseIds: readonly string[];
  /** Who it is for; required for scope 'changes'. */
  colleague: string | null;
  /** Encrypt with age under this passphrase; null: not encrypted. */
  passphrase: string | null;
}

export type ExportProgress =
  | { step: 'reading' }
  | { step: 'writing'; phase: BundleProgress['phase']; done: number; total: number | null }
  | { step: 'encrypting' };

export interface ExportDeps {
  producer: { app: string; version: string };
  /** age encryption of the finished zip (off the window's thread in the app). */
  encrypt: (bytes: Uint8Array, passphrase: string) => Promise<Uint8Array>;
  onProgress?: (progress: ExportProgress) => void;
}

export interface ExportedBundle {
  bytes: Uint8Array;
  manifest: BundleManifest;
  fileName: string;
  /** To pass to BundleStore.recordExport once the file is saved (not before: a cancelled save sent nothing). */
  record: ExportRecord;
  /** What the colleague holds once they import it; null when no colleague was named. */
  frontier: string[] | null;
}

/**
 * The revisions and texts a request selects from a snapshot of the archive: everything;
 * the chosen case files with all they need; or what the colleague does not hold yet.
 * Pure, so the dialog can show what would go before anything is written.
 */
export function selectionFor(
  request: ExportRequest,
  snapshot: { revisions: readonly Revision[]; textHashes: readonly string[] },
  previous: SentToRecord | null,
): BundleSelection {
  if (request.scope === 'archive')
    return { revisions: [...snapshot.revisions], textHashes: [...snapshot.textHashes] };
  if (request.scope === 'cases') return selectForCases(snapshot.revisions, request.caseIds);
  return selectChangedSince(snapshot.revisions, previous?.frontier ?? []);
}

/** Why a request cannot be exported as it stands, or null. */
export function exportProblem(request: ExportRequest): 'noCases' | 'noColleague' | null {
  if (request.scope === 'cases' && request.caseIds.length === 0) return 'noCases';
  if (request.scope === 'changes' && !request.colleague?.trim()) return 'noColleague';
  return null;
}

/**
 * Makes a bundle of the archive as the request says, ready to save: the zip written with
 * the shared writer (yielding to the window now and then so progress can paint), then
 * encrypted when a passphrase is given. Nothing is recorded here: the caller records the
 * export once the file is really saved.
 */
export async function exportBundle(
  archive: Archive,
  request: ExportRequest,
  deps: ExportDeps,
): Promise<ExportedBundle> {
  const progress = deps.onProgress ?? (() => undefined);
  progress({ step: 'reading' });
  const store = bundleStoreOf(archive);
  const actor = await archive.settings.getActor();
  const colleague = request.colleague?.trim() || null;
  const problem = exportProblem(request);
  if (problem)
    throw new Error(problem === 'noCases' ? 'no case file chosen' : 'no colleague named');
  const [revisions, textHashes, previous] = await Promise.all([
    store.allRevisions(),
    request.scope === 'archive' ? store.allTextHashes() : Promise.resolve([]),
    colleague ? store.lastSentTo(colleague) : Promise.resolve(null),
  ]);
  const selection = selectionFor(request, { revisions, textHashes }, previous);
  const scope: BundleScope = { kind: request.scope };
  if (request.scope === 'cases') scope.caseIds = [...new Set(request.caseIds)];
  if (request.scope === 'changes' && previous)
    scope.since = { bundleId: previous.bundleId, at: previous.at };
  if (colleague) scope.recipient = colleague;

  const chunks: Uint8Array[] = [];
  let length = 0;
  const textTotal = selection.textHashes.length;
  // Compression (most of the work) on a second core, while this thread reads and serializes.
  const deflater = workerDeflater();
  const manifest = await writeBundleStream(
    { revisions: selection.revisions, texts: store.texts(selection.textHashes) },
    {
      producer: deps.producer,
      exportedBy: actor,
      scope,
      compressionLevel: COMPRESSION_LEVEL,
      deflater,
      onProgress: (p) =>
        progress({
          step: 'writing',
          phase: p.phase,
          done: p.done,
          total: p.total ?? (p.phase === 'texts' ? textTotal : null),
        }),
    },
    async (chunk) => {
      chunks.push(chunk);
      length += chunk.length;
      await yieldToWindow();
    },
  ).finally(() => deflater.close());
  let bytes = concat(chunks, length);
  const passphrase = request.passphrase ?? '';
  if (passphrase !== '') {
    progress({ step: 'encrypting' });
    bytes = await deps.encrypt(bytes, passphrase);
  }
  const encrypted = passphrase !== '';
  const fileName = bundleFileName({
    exportedBy: actor.name,
    colleague,
    scope: request.scope,
    at: new Date(manifest.createdAt),
    encrypted,
  });
  return {
    bytes,
    manifest,
    fileName,
    record: {
      bundleId: manifest.bundleId,
      at: manifest.createdAt,
      scope: request.scope,
      colleague,
      revisions: selection.revisions.length,
      texts: manifest.counts.texts,
      encrypted,
      fileName,
    },
    frontier: colleague
      ? knownFrontier(revisions, previous?.frontier ?? [], selection.revisions)
      : null,
  };
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}
