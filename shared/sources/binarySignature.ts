/** File signatures that mark a file as something other than text, with a name a person knows. */
const SIGNATURES: ReadonlyArray<{ bytes: readonly number[]; kind: string }> = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'a PDF document' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    kind: 'a ZIP archive (Word and OpenDocument files are ZIP archives too)',
  },
  { bytes: [0x1f, 0x8b], kind: 'a compressed (gzip) file' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    kind: 'an old Microsoft Office document',
  },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'a program' },
];

/** What kind of binary file `bytes` starts like, or null when no known signature matches. */
export function binarySignature(bytes: Uint8Array): string | null {
  for (const { bytes: sig, kind } of SIGNATURES) {
    if (sig.length <= bytes.length && sig.every((b, i) => bytes[i] === b)) return kind;
  }
  // RIFF containers: WebP images, WAV and AVI files.
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(0, 4)) === 'RIFF') {
    return String.fromCharCode(...bytes.subarray(8, 12)) === 'WEBP'
      ? 'a WebP image'
      : 'a media file';
  }
  return null;
}
