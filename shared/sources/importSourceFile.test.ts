import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_TEXT_BYTES, Source } from '../model/source.js';
import { importSourceFile } from './importSourceFile.js';
import { importSourceFiles } from './importSourceFiles.js';
import type {
  SourceImportResult,
  SourceImportSuccess,
  SourceMetadata,
} from './sourceImportResult.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const seedsDir = path.resolve(repoRoot, '../shared/seeds');
const seedFiles = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const utf8 = (s: string) => new TextEncoder().encode(s);

function expectSuccess(r: SourceImportResult): SourceImportSuccess {
  if (!r.ok) throw new Error(`expected a success, got ${r.reason}: ${r.message}`);
  return r;
}

// What a careful reader takes from each seed as it stands. Empty where the file does not
// say it plainly: 000 has an AP *photo* credit and a bare "TALLINN –" dateline, which do not
// make AP its publisher; 002 names no year, author or (for sure) outlet.
const EXPECTED: Record<string, SourceMetadata> = {
  '000': {
    title:
      "Belarus' authoritarian president has pardoned 18 more prisoners as part of his recent effort at a rapprochement with…",
    publisher: '',
    author: '',
    date: '2026-03-06',
    url: '',
  },
  '001': {
    title: 'Belarus’ authoritarian leader pardons 42 imprisoned activists',
    publisher: 'Associated Press',
    author: 'Yuras Karmanau',
    date: null,
    url: '',
  },
  '002': {
    title:
      'Belarus has released another 52 prisoners following negotiations with the US , with President Alexander Lukashenko…',
    publisher: '',
    author: '',
    date: null,
    url: '',
  },
  '003': {
    title: 'Belarus releases 250 political prisoners',
    publisher: 'AP Brief',
    author: 'TA',
    date: null,
    url: '',
  },
  '004': {
    title:
      'That would be a big win for Lukashenko, who has ruled his nation of 9.5 million with an iron fist for more than three…',
    publisher: 'Associated Press',
    author: '',
    date: '2025-09-11',
    url: '',
  },
};

describe('importSourceFile on the seed articles', () => {
  it('has an expectation for every seed', () => {
    expect(seedFiles.map((f) => f.slice(0, 3))).toEqual(Object.keys(EXPECTED));
  });

  for (const file of seedFiles) {
    it(`imports ${file} exactly, with its metadata`, async () => {
      const bytes = readFileSync(path.join(seedsDir, file));
      const r = expectSuccess(await importSourceFile(file, bytes));
      const decoded = bytes.toString('utf8');
      expect(r.text).toBe(decoded);
      expect(r.format).toBe('txt');
      expect(r.fileName).toBe(file);
      // The hash is of the stored text's UTF-8 bytes: here the file's own bytes.
      expect(r.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(r.length).toBe(Array.from(decoded).length);
      expect(r.metadata).toEqual(EXPECTED[file.slice(0, 3)]);
      const source = Source.safeParse({
        id: '00000000-0000-4000-8000-000000000000',
        sha256: r.sha256,
        ...r.metadata,
        format: r.format,
        fileName: r.fileName,
        addedAt: '2026-01-01T00:00:00.000Z',
        length: r.length,
      });
      expect(source.success).toBe(true);
    });
  }

  it('never takes the photographer of an AP photo for the author', async () => {
    const file = seedFiles.find((f) => f.startsWith('000')) as string;
    const r = expectSuccess(await importSourceFile(file, readFileSync(path.join(seedsDir, file))));
    expect(r.text).toContain('(AP Photo/Pavel Bednyakov, Pool)');
    expect(r.metadata.author).toBe('');
  });

  it('recognises the same text imported twice by its hash', async () => {
    const file = seedFiles[1] as string;
    const bytes = readFileSync(path.join(seedsDir, file));
    const a = expectSuccess(await importSourceFile(file, bytes));
    const b = expectSuccess(await importSourceFile('copy.md', bytes));
    expect(b.sha256).toBe(a.sha256);
  });
});

describe('importSourceFile keeps text exact', () => {
  it('drops a UTF-8 byte order mark and nothing else; CRLF line endings stay', async () => {
    const r = expectSuccess(
      await importSourceFile(
        'a.txt',
        new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Ігар Лосік\r\n\r\nTEXT 🙂\r\n')]),
      ),
    );
    expect(r.text).toBe('Ігар Лосік\r\n\r\nTEXT 🙂\r\n');
    expect(r.length).toBe(22);
    expect(r.sha256).toBe(
      createHash('sha256').update('Ігар Лосік\r\n\r\nTEXT 🙂\r\n', 'utf8').digest('hex'),
    );
  });

  it('keeps a Markdown file as written', async () => {
    const md =
      '---\ntitle: "Statkevich refuses to leave"\ndate: 2025-09-11\n---\n\n# Heading\n\n**Bold** text.\n';
    const r = expectSuccess(await importSourceFile('note.md', utf8(md)));
    expect(r.format).toBe('md');
    expect(r.text).toBe(md);
    expect(r.metadata).toMatchObject({ title: 'Statkevich refuses to leave', date: '2025-09-11' });
  });

  it('accepts UTF-16 with a byte order mark, little- and big-endian', async () => {
    const text = 'Мікалай Статкевіч 🙂\n';
    const units = Array.from(text, (c) => c).flatMap((c) =>
      Array.from({ length: c.length }, (_, i) => c.charCodeAt(i)),
    );
    const le = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = new Uint8Array([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    for (const bytes of [le, be]) {
      const r = expectSuccess(await importSourceFile('utf16.txt', bytes));
      expect(r.text).toBe(text);
      expect(r.sha256).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });

  it('reduces an HTML page to text and reads its metadata', async () => {
    const html =
      '<html><head><title>Ignored | Site</title><meta property="og:title" content="Losik released">' +
      '<meta property="og:site_name" content="RFE/RL"></head><body><article><h1>Losik released</h1>' +
      '<p>Ihar Losik was freed.</p></article></body></html>';
    const r = expectSuccess(await importSourceFile('page.HTM', utf8(html)));
    expect(r.format).toBe('html');
    expect(r.text).toBe('Losik released\n\nIhar Losik was freed.');
    expect(r.metadata).toMatchObject({ title: 'Losik released', publisher: 'RFE/RL' });
  });
});

describe('importSourceFile refuses bad files with a message that names them', () => {
  const cases: Array<[string, string, Uint8Array, string]> = [
    ['an empty file', 'empty.txt', new Uint8Array(), 'empty'],
    ['a file of whitespace', 'blank.txt', utf8(' \n\t\r\n  \u00a0\n'), 'empty'],
    ['a byte order mark alone', 'bom.txt', new Uint8Array([0xef, 0xbb, 0xbf]), 'empty'],
    [
      'a PNG named .txt',
      'photo.txt',
      new Uint8Array([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
      ]),
      'binary',
    ],
    ['a file with NUL bytes', 'nul.txt', new Uint8Array([0x61, 0x62, 0, 0x63]), 'binary'],
    ['control characters', 'ctl.txt', utf8('a\u0001b\u0002c\u0003d\u0004e\u0005f'), 'binary'],
    [
      'invalid UTF-8',
      'cp1251.txt',
      new Uint8Array([0x41, 0x0a, 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2]),
      'not_utf8',
    ],
    ['a truncated UTF-8 sequence', 'cut.md', new Uint8Array([0x41, 0xd0]), 'not_utf8'],
    ['damaged UTF-16', 'odd.txt', new Uint8Array([0xff, 0xfe, 0x41]), 'not_utf8'],
    ['an unknown extension', 'report.docx', utf8('text'), 'unsupported_type'],
    ['a PDF', 'report.pdf', utf8('%PDF-1.7'), 'unsupported_type'],
    [
      'an HTML page with no text',
      'empty.html',
      utf8('<html><script>x()</script><img src=a></html>'),
      'empty',
    ],
  ];
  for (const [label, name, bytes, reason] of cases) {
    it(`refuses ${label}`, async () => {
      const r = await importSourceFile(name, bytes);
      expect(r).toMatchObject({ ok: false, fileName: name, reason });
      if (!r.ok) {
        expect(r.message).toContain(`“${name}”`);
        expect(r.message.length).toBeGreaterThan(40);
      }
    });
  }

  it('says where invalid UTF-8 starts and what to do', async () => {
    const r = await importSourceFile(
      'cp1251.txt',
      new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0xcf, 0xf0]),
    );
    expect(r).toMatchObject({ ok: false, reason: 'not_utf8' });
    if (!r.ok) expect(r.message).toMatch(/line 3.*save it as UTF-8/);
  });

  it('names the kind of binary file', async () => {
    const r = await importSourceFile(
      'scan.txt',
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
    );
    expect(r).toMatchObject({ ok: false, reason: 'binary' });
    if (!r.ok) expect(r.message).toContain('a JPEG image');
  });

  it('refuses a file over MAX_SOURCE_TEXT_BYTES and accepts one at the limit', async () => {
    const big = new Uint8Array(MAX_SOURCE_TEXT_BYTES + 1).fill(0x61);
    const r = await importSourceFile('big.txt', big);
    expect(r).toMatchObject({ ok: false, reason: 'too_large' });
    if (!r.ok) expect(r.message).toContain('5.0 MB');
    const atLimit = expectSuccess(await importSourceFile('limit.txt', big.subarray(1)));
    expect(atLimit.length).toBe(MAX_SOURCE_TEXT_BYTES);
  });

  it('refuses an HTML page whose text alone is over the limit', async () => {
    const paragraph = `<p>${'word '.repeat(1000)}</p>`;
    const html = paragraph.repeat(Math.ceil(MAX_SOURCE_TEXT_BYTES / 5000) + 1);
    const r = await importSourceFile('huge.html', utf8(html));
    expect(r).toMatchObject({ ok: false, reason: 'too_large' });
  });
});

describe('importSourceFiles', () => {
  it('returns one result per file, in order, whatever fails', async () => {
    const seed = seedFiles[3] as string;
    const results = await importSourceFiles([
      { name: 'empty.txt', bytes: new Uint8Array() },
      { name: seed, bytes: readFileSync(path.join(seedsDir, seed)) },
      { name: 'photo.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
      {
        name: 'photo.txt',
        bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]),
      },
      { name: 'bad.txt', bytes: new Uint8Array([0xc3, 0x28]) },
      { name: 'page.html', bytes: utf8('<p>Ales Bialiatski was released.</p>') },
      { name: 'pasted.md', bytes: utf8('# Kolesnikova\n\nMaria Kolesnikova was freed.') },
    ]);
    expect(results.map((r) => [r.fileName, r.ok ? r.format : r.reason])).toEqual([
      ['empty.txt', 'empty'],
      [seed, 'txt'],
      ['photo.png', 'unsupported_type'],
      ['photo.txt', 'binary'],
      ['bad.txt', 'not_utf8'],
      ['page.html', 'html'],
      ['pasted.md', 'md'],
    ]);
    expect(results[6]).toMatchObject({ metadata: { title: 'Kolesnikova' } });
  });

  it('turns an unexpected error into a failure for that file only', async () => {
    const broken = {
      name: 'broken.txt',
      get bytes(): Uint8Array {
        throw new Error('the disk went away');
      },
    };
    const results = await importSourceFiles([broken, { name: 'ok.txt', bytes: utf8('Text') }]);
    expect(results[0]).toMatchObject({ ok: false, reason: 'unreadable' });
    if (results[0] && !results[0].ok) expect(results[0].message).toContain('the disk went away');
    expect(results[1]).toMatchObject({ ok: true, text: 'Text' });
  });
});
