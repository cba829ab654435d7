import { SampleArchive } from '../../shared/model/index.js';
import { t } from '../i18n/t';

/** A problem with the shipped sample itself; its message already says what to do. */
export class SampleArchiveError extends Error {
  override name = 'SampleArchiveError';
}

export type SampleProgress =
  | { step: 'fetching'; loaded: number; total: number | null }
  | { step: 'checking' }
  | { step: 'writing'; records: number };

/**
 * Reads the sample archive that ships with the build (dist/renderer/sample/…), reporting
 * progress as it goes, and checks it against the schema before anything is written.
 * The URL is relative so it resolves under app://kartoteka/ and the web host alike.
 */
export async function loadSampleArchive(
  onProgress: (p: SampleProgress) => void,
): Promise<SampleArchive> {
  const response = await fetch('./sample/sample-archive.json', { cache: 'no-cache' });
  if (!response.ok)
    throw new SampleArchiveError(t('sample.missing', { status: `HTTP ${response.status}` }));
  const total = Number(response.headers.get('Content-Length')) || null;
  const text = await readWithProgress(response, (loaded) =>
    onProgress({ step: 'fetching', loaded, total }),
  );
  onProgress({ step: 'checking' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SampleArchiveError(t('sample.invalid', { reason: String(error) }));
  }
  const parsed = SampleArchive.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new SampleArchiveError(
      t('sample.invalid', {
        reason: first ? `${first.path.join('.')}: ${first.message}` : 'unknown',
      }),
    );
  }
  onProgress({ step: 'writing', records: parsed.data.revisions.length });
  return parsed.data;
}

async function readWithProgress(
  response: Response,
  onBytes: (loaded: number) => void,
): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onBytes(loaded);
  }
  const all = new Uint8Array(loaded);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(all);
}
