import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_TEXT_BYTES } from '../model/source.js';
import { importPastedText } from './importPastedText.js';

describe('importPastedText', () => {
  it('keeps pasted text exactly, reads its metadata and hashes it', async () => {
    const text =
      'Belarus frees Statkevich\r\nTALLINN, Estonia (AP) — Мікалай Статкевіч 🙂 was freed.\r\n';
    const r = await importPastedText(text);
    expect(r).toMatchObject({
      ok: true,
      fileName: '',
      format: 'paste',
      text,
      length: Array.from(text).length,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      metadata: {
        title: 'Belarus frees Statkevich',
        publisher: 'Associated Press',
        author: '',
        date: null,
        url: '',
      },
    });
  });

  it('replaces a lone surrogate so the text and its UTF-8 hash agree', async () => {
    const r = await importPastedText('half \ud83d emoji');
    expect(r).toMatchObject({ ok: true, text: 'half \ufffd emoji' });
    if (r.ok)
      expect(r.sha256).toBe(createHash('sha256').update('half \ufffd emoji', 'utf8').digest('hex'));
  });

  it('refuses empty, binary-looking and oversized pastes with a message', async () => {
    for (const [text, reason] of [
      ['', 'empty'],
      [' \n\t ', 'empty'],
      ['a\u0000b', 'binary'],
      ['x'.repeat(MAX_SOURCE_TEXT_BYTES + 1), 'too_large'],
      ['ж'.repeat(MAX_SOURCE_TEXT_BYTES / 2 + 1), 'too_large'],
    ] as const) {
      const r = await importPastedText(text);
      expect(r).toMatchObject({ ok: false, fileName: '', reason });
      if (!r.ok) expect(r.message).toMatch(/^The pasted text/);
    }
  });

  it('titles a paste without a usable line "Pasted text"', async () => {
    expect(await importPastedText('By JANE DOE')).toMatchObject({
      ok: true,
      metadata: { title: 'Pasted text' },
    });
  });
});
