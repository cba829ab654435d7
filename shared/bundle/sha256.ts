import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** An incremental SHA-256: entries are hashed as they stream, never held whole for it. */
export interface Sha256Stream {
  update(bytes: Uint8Array): void;
  /** Lowercase hex. */
  digestHex(): string;
}

/**
 * Makes a hash stream. The default is pure JavaScript (works in the renderer); a host with a
 * faster native hash (Node's crypto in the CLI) passes its own.
 */
export type Sha256Factory = () => Sha256Stream;

/**
 * A host's SHA-256 of many whole inputs at once, lowercase hex, in order: WebCrypto's digest
 * where there is one, native and several times faster than the JavaScript hash, but only for
 * whole inputs and only asynchronously. For the many small entries of a bundle (texts).
 */
export type Sha256Many = (inputs: readonly Uint8Array[]) => Promise<string[]>;

export const defaultSha256: Sha256Factory = () => {
  const h = nobleSha256.create();
  return {
    update: (bytes) => void h.update(bytes),
    digestHex: () => bytesToHex(h.digest()),
  };
};

export function sha256Hex(bytes: Uint8Array, factory: Sha256Factory = defaultSha256): string {
  const h = factory();
  h.update(bytes);
  return h.digestHex();
}
