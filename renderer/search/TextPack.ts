import { deflateSync, inflateSync } from 'fflate';

/** Keys of the pack's saved chunks in the searchIndex table: the prefix and a number. */
export const TEXT_PACK_PREFIX = 'textpack:';

/** One saved chunk: texts deflated one by one, so that one can be read without the others. */
export interface TextPackChunk {
  format: 'kartoteka-text-pack';
  version: 1;
  /** The texts' SHA-256s, in the order of their bytes. */
  hashes: string[];
  /** Where each text's deflated UTF-8 ends in `bytes`. */
  ends: Uint32Array;
  /** Each text's length in UTF-8 bytes: inflating into a buffer of known size is ten times faster in Chromium. */
  sizes: Uint32Array;
  bytes: Uint8Array;
}

/** Writes one chunk, once it holds about this many deflated bytes, and starts the next. */
const CHUNK_BYTES = 1 << 20;
/**
 * Deflated bytes the pack holds at most: L's 50,000 articles take 34 MB. An archive beyond it
 * reads the texts that do not fit from the database, as every text was read before the pack.
 */
const DEFAULT_BUDGET = 256 * 2 ** 20;
/** Saved chunks are rewritten once this share of their bytes is no longer needed. */
const WASTE_SHARE = 0.25;
const SHA256 = /^[0-9a-f]{64}$/;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** One text as held: deflated UTF-8, and its length inflated. */
interface Packed {
  bytes: Uint8Array;
  size: number;
}

interface Chunk {
  key: string;
  hashes: string[];
  texts: Packed[];
  bytes: number;
  /** How many of its texts are saved under `key`. */
  saved: number;
}

/** What one save writes and deletes; `commit` once it is written. */
export interface TextPackSave {
  put: Map<string, TextPackChunk>;
  remove: string[];
  commit(): void;
}

/**
 * The source texts the search worker reads for snippets and phrase checks, deflated and held
 * in its memory, so that a search does not wait for IndexedDB: reading the texts of a page of
 * hits took 34 of the 50 ms the slowest searches on data set L took (session 10's trace), and
 * inflating one takes 0.13-0.2 ms in Chromium.
 *
 * Texts are kept by their SHA-256, the key the archive stores them under: a text never changes
 * under its hash, so the pack is a cache that cannot go stale, only hold texts no source uses
 * any more, which a save drops (rewriting the chunks) once they are a quarter of it. The
 * worker fills it in the background after indexing (WorkerTexts.fill) and saves
 * its chunks with the index, in the same transaction; a text not in the pack is read from the
 * database as before.
 */
export class TextPack {
  private readonly entries = new Map<string, Packed>();
  private chunks: Chunk[] = [];
  private open: Chunk | null = null;
  private nextNumber = 0;
  private held = 0;
  /** Saved keys that could not be read: deleted by the next save. */
  private readonly damaged = new Set<string>();

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  get size(): number {
    return this.entries.size;
  }

  /** Deflated bytes held. */
  get bytes(): number {
    return this.held;
  }

  /** No more texts are added. */
  get full(): boolean {
    return this.held >= this.budget;
  }

  has(sha256: string): boolean {
    return this.entries.has(sha256);
  }

  /** Keeps a text, given as a string or its UTF-8 bytes (once per hash; not when the pack is full). */
  add(sha256: string, text: string | Uint8Array): void {
    if (this.entries.has(sha256) || this.held >= this.budget) return;
    // Level 1: the ratio of level 6 within 2 %, at the least cost (the worker fills the pack
    // in the background, about 0.5 ms a 4 KB text in Chromium).
    const utf8 = typeof text === 'string' ? encoder.encode(text) : text;
    const packed = { bytes: deflateSync(utf8, { level: 1 }), size: utf8.length };
    const chunk = this.openChunk();
    chunk.hashes.push(sha256);
    chunk.texts.push(packed);
    chunk.bytes += packed.bytes.length;
    this.entries.set(sha256, packed);
    this.held += packed.bytes.length;
    if (chunk.bytes >= CHUNK_BYTES) this.open = null;
  }

  /** The text with this hash, or undefined when the pack lacks it (or holds it damaged). */
  text(sha256: string): string | undefined {
    const packed = this.entries.get(sha256);
    if (packed === undefined) return undefined;
    try {
      const utf8 = inflateSync(packed.bytes, { out: new Uint8Array(packed.size) });
      // A damaged text may inflate to fewer bytes than it had.
      if (utf8.length !== packed.size) throw new Error('a packed text is damaged');
      return decoder.decode(utf8);
    } catch {
      // Read from the database instead, from now on.
      this.entries.delete(sha256);
      this.held -= packed.bytes.length;
      return undefined;
    }
  }

  /** Takes in a saved chunk; false (and the key deleted at the next save) when unreadable. */
  restore(key: string, value: unknown): boolean {
    const number = numberOf(key);
    if (number === null) return false;
    this.nextNumber = Math.max(this.nextNumber, number + 1);
    const chunk = chunkOf(value);
    if (chunk === null) {
      this.damaged.add(key);
      return false;
    }
    const restored: Chunk = { key, hashes: [], texts: [], bytes: 0, saved: chunk.hashes.length };
    viewsOf(chunk).forEach((packed, i) => {
      const sha256 = chunk.hashes[i] as string;
      restored.hashes.push(sha256);
      restored.texts.push(packed);
      restored.bytes += packed.bytes.length;
      if (this.entries.has(sha256)) return;
      this.entries.set(sha256, packed);
      this.held += packed.bytes.length;
    });
    this.chunks.push(restored);
    return true;
  }

  /**
   * What to write for the texts added since the last save, and, when `live` (the hashes the
   * index's sources have) shows that a quarter of the saved bytes serve no source, the whole
   * pack rewritten without them. Nothing changes here until `commit`: a save that fails is
   * planned again, whole, next time.
   */
  planSave(live: ReadonlySet<string> | null): TextPackSave {
    const remove = [...this.damaged];
    const forgotten = new Set(remove);
    if (live !== null && this.wasteful(live)) return this.planRewrite(live, remove);
    const put = new Map<string, TextPackChunk>();
    const saving = this.chunks.filter((c) => c.saved < c.hashes.length);
    for (const chunk of saving) put.set(chunk.key, serialize(chunk.hashes, chunk.texts));
    const counts = saving.map((c) => c.hashes.length);
    return {
      put,
      remove,
      commit: () => {
        saving.forEach((chunk, i) => (chunk.saved = counts[i] as number));
        for (const key of forgotten) this.damaged.delete(key);
      },
    };
  }

  private wasteful(live: ReadonlySet<string>): boolean {
    let total = 0;
    let needed = 0;
    const counted = new Set<string>();
    for (const chunk of this.chunks) {
      chunk.hashes.forEach((sha256, i) => {
        const length = (chunk.texts[i] as Packed).bytes.length;
        total += length;
        if (!live.has(sha256) || counted.has(sha256)) return;
        counted.add(sha256);
        needed += length;
      });
    }
    // Many small chunks (a few texts added in each session) are merged too.
    const tooMany = this.chunks.length > 16 + 2 * Math.ceil(total / CHUNK_BYTES);
    return total - needed > total * WASTE_SHARE || tooMany;
  }

  /** Every text a source still has, in new chunks; every old chunk deleted. */
  private planRewrite(live: ReadonlySet<string>, remove: string[]): TextPackSave {
    const old = [...this.chunks];
    const kept = new Map<string, Packed>();
    for (const chunk of old) {
      chunk.hashes.forEach((sha256, i) => {
        if (live.has(sha256) && this.entries.has(sha256))
          kept.set(sha256, chunk.texts[i] as Packed);
      });
    }
    const fresh: Chunk[] = [];
    let number = this.nextNumber;
    let current: Chunk | null = null;
    for (const [sha256, packed] of kept) {
      if (current === null || current.bytes >= CHUNK_BYTES) {
        current = { key: keyOf(number++), hashes: [], texts: [], bytes: 0, saved: 0 };
        fresh.push(current);
      }
      current.hashes.push(sha256);
      current.texts.push(packed);
      current.bytes += packed.bytes.length;
    }
    this.nextNumber = number;
    // Texts added while this is saved go to a chunk of their own, which the rewrite keeps.
    this.open = null;
    const put = new Map(fresh.map((c) => [c.key, serialize(c.hashes, c.texts)] as const));
    const forgotten = new Set(remove);
    return {
      put,
      remove: [...remove, ...old.map((c) => c.key)],
      commit: () => {
        const later = this.chunks.filter((c) => !old.includes(c));
        // Held as views of the chunks just written, so the old chunks' buffers can go.
        for (const c of fresh) {
          c.texts = viewsOf(put.get(c.key) as TextPackChunk);
          c.saved = c.hashes.length;
          c.texts.forEach((packed, i) => this.entries.set(c.hashes[i] as string, packed));
        }
        this.chunks = [...fresh, ...later];
        for (const key of forgotten) this.damaged.delete(key);
        const still = new Set(this.chunks.flatMap((c) => c.hashes));
        for (const [sha256, packed] of this.entries) {
          if (still.has(sha256)) continue;
          this.entries.delete(sha256);
          this.held -= packed.bytes.length;
        }
      },
    };
  }

  private openChunk(): Chunk {
    if (this.open === null) {
      this.open = { key: keyOf(this.nextNumber++), hashes: [], texts: [], bytes: 0, saved: 0 };
      this.chunks.push(this.open);
    }
    return this.open;
  }
}

/** Zero-padded, so that the keys sort in the order the chunks were made. */
const keyOf = (n: number) => `${TEXT_PACK_PREFIX}${n.toString().padStart(8, '0')}`;

function numberOf(key: string): number | null {
  if (!key.startsWith(TEXT_PACK_PREFIX)) return null;
  const n = Number(key.slice(TEXT_PACK_PREFIX.length));
  return Number.isSafeInteger(n) && n >= 0 ? n : null;
}

function serialize(hashes: readonly string[], texts: readonly Packed[]): TextPackChunk {
  const ends = new Uint32Array(texts.length);
  const sizes = new Uint32Array(texts.length);
  const bytes = new Uint8Array(texts.reduce((sum, t) => sum + t.bytes.length, 0));
  let at = 0;
  texts.forEach((t, i) => {
    bytes.set(t.bytes, at);
    at += t.bytes.length;
    ends[i] = at;
    sizes[i] = t.size;
  });
  return { format: 'kartoteka-text-pack', version: 1, hashes: [...hashes], ends, sizes, bytes };
}

/** Each text's bytes in a chunk, as views of its buffer. */
function viewsOf(chunk: TextPackChunk): Packed[] {
  let start = 0;
  return Array.from(chunk.ends, (end, i) => {
    const bytes = chunk.bytes.subarray(start, end);
    start = end;
    return { bytes, size: chunk.sizes[i] as number };
  });
}

/** A saved chunk as written by `serialize`, or null. */
function chunkOf(value: unknown): TextPackChunk | null {
  if (typeof value !== 'object' || value === null) return null;
  const c = value as Partial<TextPackChunk>;
  if (c.format !== 'kartoteka-text-pack' || c.version !== 1) return null;
  if (!Array.isArray(c.hashes) || !(c.ends instanceof Uint32Array)) return null;
  if (!(c.bytes instanceof Uint8Array) || c.ends.length !== c.hashes.length) return null;
  if (!(c.sizes instanceof Uint32Array) || c.sizes.length !== c.hashes.length) return null;
  let previous = 0;
  for (const end of c.ends) {
    if (end < previous || end > c.bytes.length) return null;
    previous = end;
  }
  if (!c.hashes.every((h) => typeof h === 'string' && SHA256.test(h))) return null;
  return c as TextPackChunk;
}
