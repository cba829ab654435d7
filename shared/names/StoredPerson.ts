import type { NameScript } from '../model/caseFile.js';
import { type PackedStrings, packStrings, unpackStrings } from './packedStrings.js';
import { asUint8Array, asUint32Array } from './typedArrays.js';

export interface StoredName {
  text: string;
  script: NameScript | null;
  kind: 'primary' | 'alias' | null;
  /** The name's words as tokens of the vocabulary, in order. */
  tokens: number[];
}

export interface StoredPerson {
  no: number;
  id: string;
  names: StoredName[];
  /** Tokens that are surnames (or patronymics, or single-word names) for this person. */
  surnames: Set<number>;
}

/** Every person as saved: one entry per person, per name, per name word, in arrays. */
export interface PackedPersons {
  /** A person's number in the restored index is their place here. */
  ids: PackedStrings;
  /** Names per person. */
  nameCounts: Uint32Array;
  texts: PackedStrings;
  /** Index in SCRIPTS / KINDS. */
  scripts: Uint8Array;
  kinds: Uint8Array;
  /** Words per name. */
  tokenCounts: Uint32Array;
  tokens: Uint32Array;
}

const SCRIPTS = [
  null,
  'be',
  'ru',
  'latin',
  'other',
] as const satisfies readonly (NameScript | null)[];
const KINDS = [null, 'primary', 'alias'] as const;

export function packPersons(persons: Iterable<StoredPerson>): PackedPersons {
  // Plain loops into typed arrays: TypedArray.from with a mapping function is several times
  // slower, and this runs on every save.
  const list = [...persons];
  let nameTotal = 0;
  let tokenTotal = 0;
  for (const p of list) {
    nameTotal += p.names.length;
    for (const n of p.names) tokenTotal += n.tokens.length;
  }
  const nameCounts = new Uint32Array(list.length);
  const texts: string[] = [];
  const scripts = new Uint8Array(nameTotal);
  const kinds = new Uint8Array(nameTotal);
  const tokenCounts = new Uint32Array(nameTotal);
  const tokens = new Uint32Array(tokenTotal);
  let name = 0;
  let token = 0;
  list.forEach((p, i) => {
    nameCounts[i] = p.names.length;
    for (const n of p.names) {
      texts.push(n.text);
      scripts[name] = SCRIPTS.indexOf(n.script);
      kinds[name] = KINDS.indexOf(n.kind);
      tokenCounts[name] = n.tokens.length;
      for (const t of n.tokens) tokens[token++] = t;
      name++;
    }
  });
  return {
    ids: packStrings(list.map((p) => p.id)),
    nameCounts,
    texts: packStrings(texts),
    scripts,
    kinds,
    tokenCounts,
    tokens,
  };
}

/**
 * Saved people, kept packed after a restore and made into objects one at a time when asked
 * for (a search describes a few dozen people; a restore need not make 10,000).
 */
export class RestoredPersons {
  readonly ids: string[];
  private readonly packed: PackedPersons;
  /**
   * Where each name's text starts in `packed.texts.chars` (one more entry than names): a
   * name's text is cut out when its person is made into an object, not at the restore (L's
   * 10,000 people have some 30,000 names).
   */
  private readonly textStart: Uint32Array;
  /** Where each person's names start (one more entry than people). */
  private readonly nameStart: Uint32Array;
  /** Where each name's tokens start (one more entry than names). */
  private readonly tokenStart: Uint32Array;

  /** Throws when the arrays do not add up or name a token `isToken` rejects. */
  constructor(saved: PackedPersons, isToken: (token: number) => boolean) {
    const fail = () => new Error('the saved people of the name index do not add up');
    const packed: PackedPersons = {
      ...saved,
      nameCounts: asUint32Array(saved.nameCounts),
      scripts: asUint8Array(saved.scripts),
      kinds: asUint8Array(saved.kinds),
      tokenCounts: asUint32Array(saved.tokenCounts),
      tokens: asUint32Array(saved.tokens),
    };
    this.packed = packed;
    this.ids = unpackStrings(packed.ids);
    const textLengths = asUint32Array(packed.texts.lengths);
    this.textStart = prefixSums(textLengths);
    const people = this.ids.length;
    const names = textLengths.length;
    if (this.textStart[names] !== packed.texts.chars.length) throw fail();
    if (
      packed.nameCounts.length !== people ||
      packed.scripts.length !== names ||
      packed.kinds.length !== names ||
      packed.tokenCounts.length !== names
    ) {
      throw fail();
    }
    this.nameStart = prefixSums(packed.nameCounts);
    this.tokenStart = prefixSums(packed.tokenCounts);
    if (this.nameStart[people] !== names || this.tokenStart[names] !== packed.tokens.length)
      throw fail();
    for (let i = 0; i < names; i++) {
      if (SCRIPTS[packed.scripts[i] as number] === undefined) throw fail();
      if (KINDS[packed.kinds[i] as number] === undefined) throw fail();
    }
    for (const t of packed.tokens) if (!isToken(t)) throw fail();
  }

  get count(): number {
    return this.ids.length;
  }

  /** Calls `f` with each token of person `p`'s names (repeats included). */
  forEachToken(p: number, f: (token: number) => void): void {
    const from = this.tokenStart[this.nameStart[p] as number] as number;
    const to = this.tokenStart[this.nameStart[p + 1] as number] as number;
    for (let i = from; i < to; i++) f(this.packed.tokens[i] as number);
  }

  names(p: number): StoredName[] {
    const out: StoredName[] = [];
    for (let n = this.nameStart[p] as number; n < (this.nameStart[p + 1] as number); n++) {
      const from = this.tokenStart[n] as number;
      const to = this.tokenStart[n + 1] as number;
      const tokens = new Array<number>(to - from);
      for (let i = from; i < to; i++) tokens[i - from] = this.packed.tokens[i] as number;
      out.push({
        text: this.packed.texts.chars.slice(this.textStart[n], this.textStart[n + 1]),
        script: SCRIPTS[this.packed.scripts[n] as number] ?? null,
        kind: KINDS[this.packed.kinds[n] as number] ?? null,
        tokens,
      });
    }
    return out;
  }
}

function prefixSums(counts: Uint32Array): Uint32Array {
  const out = new Uint32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) out[i + 1] = (out[i] as number) + (counts[i] as number);
  return out;
}
