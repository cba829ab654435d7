import { Decrypter, Encrypter, armor } from 'age-encryption';
import { bundleError } from './bundleError.js';

/**
 * Bundles are encrypted whole in the age format (age-encryption.org/v1) with a passphrase
 * (the scrypt recipient), so a researcher without Kartoteka can open one with the `age`
 * command: `age -d bundle.kartoteka > bundle.zip`.
 */
const AGE_MAGIC = new TextEncoder().encode('age-encryption.org/v1\n');
const ARMOR_MAGIC = new TextEncoder().encode('-----BEGIN AGE ENCRYPTED FILE-----');

/** age's default: about a second and 256 MiB to try one passphrase. */
export const DEFAULT_SCRYPT_WORK_FACTOR = 18;

export function isAgeEncrypted(bytes: Uint8Array): boolean {
  return startsWith(bytes, AGE_MAGIC) || startsWith(skipWhitespace(bytes), ARMOR_MAGIC);
}

export async function encryptWithPassphrase(
  plain: Uint8Array,
  passphrase: string,
  workFactor = DEFAULT_SCRYPT_WORK_FACTOR,
): Promise<Uint8Array> {
  return encrypter(passphrase, workFactor).encrypt(plain);
}

/**
 * Encrypts a stream of chunks as they come, so exporting a large encrypted bundle does not
 * need the whole zip twice in memory.
 */
export async function* encryptChunks(
  chunks: AsyncIterable<Uint8Array>,
  passphrase: string,
  workFactor = DEFAULT_SCRYPT_WORK_FACTOR,
): AsyncGenerator<Uint8Array> {
  const source = chunks[Symbol.asyncIterator]();
  const input = new (webStreams().ReadableStream)({
    async pull(controller) {
      const next = await source.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await source.return?.(undefined);
    },
  });
  const encrypted = (await encrypter(passphrase, workFactor).encrypt(
    input as never,
  )) as unknown as ByteStream;
  const reader = encrypted.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      if (next.value) yield next.value;
    }
  } finally {
    reader.releaseLock();
  }
}

export async function decryptWithPassphrase(
  encrypted: Uint8Array,
  passphrase: string | undefined,
): Promise<Uint8Array> {
  if (passphrase === undefined || passphrase === '') {
    throw bundleError(
      'passphrase-required',
      'this bundle is encrypted: enter its passphrase to open it',
    );
  }
  let file = encrypted;
  if (!startsWith(encrypted, AGE_MAGIC)) {
    try {
      file = armor.decode(new TextDecoder('utf-8', { fatal: true }).decode(encrypted));
    } catch {
      throw bundleError('damaged', 'the encrypted bundle is damaged (its text armor is broken)');
    }
  }
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  try {
    return await d.decrypt(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/no identity matched|invalid header HMAC/.test(message)) {
      throw bundleError(
        'wrong-passphrase',
        'wrong passphrase: this bundle cannot be opened with it',
      );
    }
    if (/work factor is too high/.test(message)) {
      throw bundleError(
        'unsupported',
        'the bundle was encrypted with a passphrase setting too slow to open here',
      );
    }
    if (/not the only one|invalid (stanza|header|version)|recipient/.test(message)) {
      throw bundleError(
        'unsupported',
        'this encrypted file is not passphrase-encrypted, or is damaged',
      );
    }
    throw bundleError('damaged', 'the encrypted bundle is damaged or truncated');
  }
}

function encrypter(passphrase: string, workFactor: number): Encrypter {
  if (passphrase === '') throw new RangeError('an empty passphrase protects nothing');
  const e = new Encrypter();
  e.setScryptWorkFactor(workFactor);
  e.setPassphrase(passphrase);
  return e;
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

function skipWhitespace(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (
    i < bytes.length &&
    i < 1024 &&
    (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)
  )
    i++;
  return bytes.subarray(i);
}

/**
 * The web streams age works with. shared/ declares only a few web globals on purpose, so
 * the shapes used here are spelled out; both hosts (Chromium, Node >= 20) have them.
 */
interface ByteStream {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; releaseLock(): void };
}
interface ByteStreamController {
  enqueue(chunk: Uint8Array): void;
  close(): void;
}
interface ByteStreamSource {
  pull(controller: ByteStreamController): Promise<void>;
  cancel(): Promise<void>;
}
function webStreams(): { ReadableStream: new (source: ByteStreamSource) => ByteStream } {
  return globalThis as unknown as { ReadableStream: new (source: ByteStreamSource) => ByteStream };
}
