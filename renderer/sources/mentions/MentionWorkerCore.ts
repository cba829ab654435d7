import { NameIndex, type PersonName } from '../../../shared/names/index.js';
import type { CaseNames } from '../../db/caseNameQueries';
import type { MentionSource, SavedIndexSnapshot } from '../../db/mentionSource';
import { INDEX_KEYS, savedNamesOf, savedStampOf } from '../../search/savedIndexMeta';
import { MentionFinder } from './MentionFinder';
import type { SourceMentions } from './MentionIndex';

/**
 * The mention worker's logic, apart from the messages (testable without a Worker). The names
 * are those the search worker saves with its index (the people part's name index: same saved
 * form, same version checks), brought up to date from the change journal: only the case files
 * the journal names are read. Every case file is read and indexed only when no current index
 * is saved. When the search worker saves again (it prunes the journal rows it saved), the
 * names are restored afresh from the new save, so a row pruned before it was seen here is
 * never missed.
 */
export class MentionWorkerCore {
  private finder = new MentionFinder();
  /** Journal rows whose changes the finder holds. */
  private applied = new Set<string>();
  /** The save the names came from (null: none was current: built from the case files). */
  private stamp: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private catchUpQueued = false;
  private stopWatching: (() => void) | null = null;
  /** Bumped whenever names change; 0 until the names are in. */
  revision = 0;

  constructor(
    private readonly source: MentionSource,
    private readonly onChanged: (revision: number) => void,
  ) {}

  /** Loads the names, then follows the journal. */
  start(): Promise<void> {
    const loaded = this.enqueue(() => this.load());
    this.stopWatching = this.source.watch(() => this.requestCatchUp());
    return loaded;
  }

  /** The people and unknown names `text` mentions, once the names are in. */
  async find(text: string): Promise<SourceMentions> {
    await this.enqueue(() => Promise.resolve());
    const found = this.finder.find(text);
    const cases = await this.source.caseNames(found.people.map((p) => p.personId));
    return {
      people: found.people.flatMap((p) => {
        const person = cases.get(p.personId);
        return person ? [{ person, occurrences: p.occurrences }] : [];
      }),
      unknown: found.unknown,
      revision: this.revision,
    };
  }

  /** Resolves once every change heard of so far is in. */
  settle(): Promise<void> {
    return this.enqueue(() => this.catchUp());
  }

  close(): void {
    this.stopWatching?.();
    this.source.close();
  }

  requestCatchUp(): void {
    if (this.catchUpQueued) return;
    this.catchUpQueued = true;
    void this.enqueue(() => {
      this.catchUpQueued = false;
      return this.catchUp();
    });
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch((error: unknown) => console.error('mention names update failed', error));
    return run;
  }

  /** Restores the saved names (or builds them) and applies the journal written since. */
  private async load(): Promise<void> {
    const saved = await this.source.readSaved({ meta: INDEX_KEYS.meta, people: INDEX_KEYS.people });
    const names = savedNamesOf(saved.meta, saved.people);
    let restored: NameIndex | null = null;
    if (names) {
      try {
        restored = NameIndex.fromJSON(names);
      } catch (error) {
        console.warn('building the mention names: the saved ones could not be read', error);
      }
    }
    this.applied = new Set();
    this.stamp = savedStampOf(saved.meta);
    if (restored) {
      this.finder = new MentionFinder(restored);
      await this.apply(saved);
    } else {
      await this.buildAll(saved);
    }
    this.changed();
  }

  /** Every case file's names; the journal as read before covers what they hold. */
  private async buildAll(saved: SavedIndexSnapshot): Promise<void> {
    const people = await this.source.allCaseNames();
    this.finder = new MentionFinder();
    this.finder.apply({ upserts: people.map(personOf), removals: [] });
    for (const key of saved.journal.rowKeys) this.applied.add(key);
  }

  private async catchUp(): Promise<void> {
    const saved = await this.source.readSaved({ meta: INDEX_KEYS.meta });
    const stamp = savedStampOf(saved.meta);
    if (stamp !== this.stamp && stamp !== null) {
      // Saved since: rows may have been pruned into it before they were read here.
      await this.load();
      return;
    }
    this.stamp = stamp;
    if (await this.apply(saved)) this.changed();
  }

  /** Applies the journal's rows not applied yet; true when any name changed. */
  private async apply(saved: SavedIndexSnapshot): Promise<boolean> {
    const ids = new Set<string>();
    let everything = false;
    saved.journal.rowKeys.forEach((key, i) => {
      const entry = saved.journal.entries[i];
      if (this.applied.has(key) || !entry) return;
      this.applied.add(key);
      if (entry.table !== 'cases') return;
      if (entry.keys === null) everything = true;
      else for (const id of entry.keys) ids.add(id);
    });
    if (everything) {
      await this.buildAll(saved);
      return true;
    }
    if (ids.size === 0) return false;
    const cases = await this.source.caseNames([...ids]);
    const upserts = [];
    const removals = [];
    for (const id of ids) {
      const c = cases.get(id);
      if (!c) removals.push(id);
      else if (!sameNames(this.finder.namesOf(id), c)) upserts.push(personOf(c));
    }
    this.finder.apply({ upserts, removals });
    return upserts.length > 0 || removals.length > 0;
  }

  private changed(): void {
    this.revision++;
    this.onChanged(this.revision);
  }
}

function personOf(c: CaseNames): { id: string; names: PersonName[] } {
  return {
    id: c.id,
    names: c.names.map((n) => ({ text: n.text, script: n.script, kind: n.kind })),
  };
}

function sameNames(indexed: readonly PersonName[], c: CaseNames): boolean {
  return (
    indexed.length === c.names.length &&
    indexed.every((n, i) => {
      const m = c.names[i];
      return m !== undefined && n.text === m.text && n.script === m.script && n.kind === m.kind;
    })
  );
}
