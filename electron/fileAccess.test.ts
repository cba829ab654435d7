import { execFileSync } from 'node:child_process';
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  truncate,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileCapped, writeFileAtomically } from './fileAccess.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kartoteka-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readFileCapped', () => {
  it('reads a whole file up to and including the limit', async () => {
    const file = path.join(dir, 'article.txt');
    await writeFile(file, 'Мікалай Статкевіч');
    const size = Buffer.byteLength('Мікалай Статкевіч');
    const read = await readFileCapped(file, size);
    expect(read.ok && Buffer.from(read.bytes).toString('utf8')).toBe('Мікалай Статкевіч');
  });

  it('reads an empty file', async () => {
    const file = path.join(dir, 'empty.txt');
    await writeFile(file, '');
    expect(await readFileCapped(file, 10)).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });

  it('refuses a file one byte over the limit without reading it', async () => {
    const file = path.join(dir, 'big.zip');
    await writeFile(file, '');
    await truncate(file, 1001); // sparse: costs no disk
    expect(await readFileCapped(file, 1000)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('refuses directories, devices and FIFOs', async () => {
    expect(await readFileCapped(dir, 10)).toEqual({ ok: false, reason: 'notAFile' });
    if (process.platform === 'win32') return;
    const zero = path.join(dir, 'zero.txt');
    await symlink('/dev/zero', zero);
    expect(await readFileCapped(zero, 10)).toEqual({ ok: false, reason: 'notAFile' });
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    expect(await readFileCapped(fifo, 10)).toEqual({ ok: false, reason: 'notAFile' });
  });

  it('reports a missing file as unreadable', async () => {
    expect(await readFileCapped(path.join(dir, 'gone.txt'), 10)).toEqual({
      ok: false,
      reason: 'unreadable',
    });
  });
});

describe('writeFileAtomically', () => {
  it('writes the bytes and leaves no temporary file', async () => {
    const file = path.join(dir, 'dossier.pdf');
    await writeFileAtomically(file, new Uint8Array([37, 80, 68, 70]));
    expect(await readFile(file)).toEqual(Buffer.from('%PDF'));
    expect(await readdir(dir)).toEqual(['dossier.pdf']);
  });

  it('replaces an existing file whole', async () => {
    const file = path.join(dir, 'archive.kartoteka');
    await writeFile(file, 'old contents that are longer than the new ones');
    await writeFileAtomically(file, new TextEncoder().encode('new'));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['archive.kartoteka']);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(
      writeFileAtomically(path.join(dir, 'missing', 'x.pdf'), new Uint8Array([1])),
    ).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  it('leaves the old file and no debris when the rename fails', async () => {
    // A directory in the target's place: the temp file is written, the rename fails.
    const target = path.join(dir, 'taken');
    await writeFile(path.join(dir, 'keep.txt'), 'keep');
    await mkdir(path.join(target, 'inner'), { recursive: true });
    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(['keep.txt', 'taken']);
  });
});
