import type { Sha256Many } from '../../shared/bundle/sha256.js';

/** Lowercase hex of a digest. */
function digestHex(digest: ArrayBuffer): string {
  let out = '';
  for (const byte of new Uint8Array(digest)) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * SHA-256 of whole inputs with WebCrypto: native, and all of them asked for at once so they
 * are worked on together. Undefined where the platform has no WebCrypto (a page that is not a
 * secure context); readers then hash in JavaScript.
 */
export const webCryptoSha256Many: Sha256Many | undefined =
  typeof crypto === 'undefined' || typeof crypto.subtle === 'undefined'
    ? undefined
    : async (inputs) => {
        const digests = await Promise.all(
          inputs.map((bytes) => crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)),
        );
        return digests.map(digestHex);
      };
