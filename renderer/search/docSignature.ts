/**
 * A short fingerprint of an index document (FNV-1a over its JSON), so the index can tell
 * which records changed since it was saved without keeping their texts twice.
 */
export function docSignature(doc: unknown): string {
  const json = JSON.stringify(doc);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${json.length}`;
}
