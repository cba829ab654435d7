import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedSource } from './readSeedSource.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kartoteka-seed-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fileWith(name: string, bytes: Uint8Array): Promise<string> {
  const p = path.join(dir, name);
  await writeFile(p, bytes);
  return p;
}

describe('readSeedSource', () => {
  it('keeps the text exactly, drops only a byte order mark, and hashes what it keeps', async () => {
    const text = ' date 2025-09-11 Мікалай\r\nStatkevich 🙂\n\n';
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const seed = await readSeedSource(await fileWith('bom.txt', withBom));
    expect(seed.text).toBe(text);
    expect(seed.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(seed.length).toBe(Array.from(text).length);
  });

  it('reads the date line as the app does', async () => {
    const text = 'date 2025-09-11 Belarus has released another 52 prisoners.\n';
    const seed = await readSeedSource(await fileWith('dated.txt', new TextEncoder().encode(text)));
    expect(seed.text).toBe(text);
    expect(seed.metadata.date).toBe('2025-09-11');
  });

  it('refuses bytes that are not UTF-8 rather than replacing them, naming the file', async () => {
    const p = await fileWith('latin1.txt', new Uint8Array([0x53, 0x74, 0xe1, 0x74]));
    await expect(readSeedSource(p)).rejects.toThrow(/cannot read seed .*latin1\.txt/);
  });
});
