import type { TextToLoad } from '../../shared/search/index.js';
import type { SearchSource } from '../db/searchSource';
import { TEXT_PACK_PREFIX, TextPack, type TextPackSave } from './TextPack';

/** Texts read from the database at once when the pack is filled in the background. */
const FILL_READ = 100;
/** Texts deflated between two pauses (about 5 ms of work). */
const FILL_STEP = 10;

export interface WorkerTextsOptions {
  source: SearchSource;
  /** Awaited between steps of the fill, so searches are answered meanwhile. */
  pause: () => Promise<void>;
  /** Whether every indexed source's text is in the pack (reported in the index status). */
  onHeld: (held: boolean) => void;
  /** The fill added texts: the pack should be saved. */
  onAdded: () => void;
  closed: () => boolean;
}

/**
 * The search worker's source texts: from its text pack (TextPack), the others from the
 * database; the pack read back once and filled in the background with the texts it lacks.
 */
export class WorkerTexts {
  private readonly pack = new TextPack();
  private read = false;
  private filling = false;
  private fillAgain = false;

  constructor(private readonly options: WorkerTextsOptions) {}

  has(sha256: string): boolean {
    return this.pack.has(sha256);
  }

  /** Texts from the pack, the others from the database. */
  async load(wanted: readonly TextToLoad[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const missing: TextToLoad[] = [];
    for (const t of wanted) {
      const text = this.pack.text(t.sha256);
      if (text === undefined) missing.push(t);
      else out.set(t.sourceId, text);
    }
    if (missing.length === 0) return out;
    for (const [id, text] of await this.options.source.loadTexts(missing)) out.set(id, text);
    return out;
  }

  /** Only the texts the pack holds: no database read (for the worker's warm-up searches). */
  loadHeld(wanted: readonly TextToLoad[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const t of wanted) {
      const text = this.pack.text(t.sha256);
      if (text !== undefined) out.set(t.sourceId, text);
    }
    return Promise.resolve(out);
  }

  /** Takes in the saved pack, once; chunks that cannot be read are deleted at the next save. */
  async readSaved(): Promise<void> {
    if (this.read) return;
    this.read = true;
    try {
      for await (const rows of this.options.source.readParts(TEXT_PACK_PREFIX)) {
        for (const { key, value } of rows) this.pack.restore(key, value);
      }
    } catch (error) {
      // Texts not in the pack are read from the database.
      console.warn('could not read the text pack', error);
    }
    performance.mark('search-worker: text pack read');
  }

  /** What the next save of the index writes and deletes for the pack (see TextPack.planSave). */
  planSave(live: ReadonlySet<string> | null): TextPackSave {
    return this.pack.planSave(live);
  }

  /**
   * Puts into the pack, in the background, the texts of `live()` (the indexed sources' texts)
   * that it lacks: after a rebuild or a catch-up, and for an index saved before the pack
   * existed. Not in the worker's queue: changes are indexed meanwhile, and `settle` does not
   * wait for it. Deflating costs about 0.5 ms a text in Chromium (L's 50,000: some 25 s of
   * one core), so it is done a few texts at a time, and a search waits for at most one step.
   */
  fill(live: () => Set<string> | null): void {
    if (this.filling) {
      this.fillAgain = true;
      return;
    }
    this.filling = true;
    void this.fillOnce(live)
      .catch((error: unknown) => console.warn('could not fill the text pack', error))
      .finally(() => {
        this.filling = false;
        if (this.fillAgain && !this.options.closed()) {
          this.fillAgain = false;
          this.fill(live);
        }
      });
  }

  private async fillOnce(live: () => Set<string> | null): Promise<void> {
    const { source, pause, onHeld, onAdded, closed } = this.options;
    const hashes = live();
    if (hashes === null) return;
    const missing = [...hashes].filter((h) => !this.pack.has(h));
    onHeld(missing.length === 0);
    let added = 0;
    for (let i = 0; i < missing.length; i += FILL_READ) {
      if (closed() || this.pack.full) return;
      const texts = [...(await source.loadTextBytes(missing.slice(i, i + FILL_READ)))];
      for (let j = 0; j < texts.length; j += FILL_STEP) {
        if (closed()) return;
        for (const [sha256, text] of texts.slice(j, j + FILL_STEP)) this.pack.add(sha256, text);
        added += Math.min(FILL_STEP, texts.length - j);
        await pause();
      }
    }
    if (added > 0) onAdded();
    performance.mark('search-worker: text pack filled');
    onHeld(!this.pack.full);
  }
}
