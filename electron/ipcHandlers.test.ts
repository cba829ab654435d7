import type {
  OpenDialogOptions,
  OpenDialogReturnValue,
  SaveDialogOptions,
  SaveDialogReturnValue,
} from 'electron';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DESKTOP_CHANNELS, MAX_OPEN_BYTES } from '../shared/platform/desktopApi.js';
import { readFileCapped, writeFileAtomically } from './fileAccess.js';
import {
  createIpcHandlers,
  registerIpcHandlers,
  type IpcDeps,
  type IpcMainLike,
} from './ipcHandlers.js';
import type { SenderFrame } from './isTrustedSender.js';

const APP_FRAME: SenderFrame = { url: 'app://kartoteka/', parent: null };

/** Real file functions on a temp folder; dialogs and the outside world are recorded fakes. */
interface Harness {
  deps: IpcDeps;
  openDialogs: OpenDialogOptions[];
  saveDialogs: SaveDialogOptions[];
  printed: string[];
  confirmed: string[];
  opened: string[];
  /** What the next dialogs answer. */
  nextOpen: OpenDialogReturnValue;
  nextSave: SaveDialogReturnValue;
  confirmAnswer: boolean;
}

let dir: string;
let h: Harness;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kartoteka-ipc-'));
  const harness: Harness = {
    openDialogs: [],
    saveDialogs: [],
    printed: [],
    confirmed: [],
    opened: [],
    nextOpen: { canceled: true, filePaths: [] },
    nextSave: { canceled: true, filePath: '' },
    confirmAnswer: true,
    deps: {
      showOpenDialog: async (options) => {
        harness.openDialogs.push(options);
        return harness.nextOpen;
      },
      showSaveDialog: async (options) => {
        harness.saveDialogs.push(options);
        return harness.nextSave;
      },
      readFileCapped,
      writeFile: writeFileAtomically,
      defaultDirectory: dir,
      printToPdf: async (html) => {
        harness.printed.push(html);
        return new TextEncoder().encode(`%PDF-1.7 ${html.length}`);
      },
      confirmOpenExternal: async (url) => {
        harness.confirmed.push(url.href);
        return harness.confirmAnswer;
      },
      openExternal: async (href) => {
        harness.opened.push(href);
      },
      appInfo: { version: '0.1.0', platform: 'linux' },
    },
  };
  h = harness;
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const handlers = () => createIpcHandlers(h.deps);
/** A files:open answer, read back through the channel's response schema. */
const openFiles = async (request: unknown) =>
  DESKTOP_CHANNELS.openFiles.response.parse(await handlers().openFiles(APP_FRAME, request));

describe('sender check', () => {
  const untrusted: (SenderFrame | null)[] = [
    null,
    { url: 'app://kartoteka/frame.html', parent: APP_FRAME },
    { url: 'https://example.org/', parent: null },
    { url: 'file:///home/user/evil.html', parent: null },
    { url: 'app://kartoteka.evil/', parent: null },
    { url: 'kartoteka-print://document/abc', parent: null },
  ];

  it('refuses every channel from anything but the app main frame, before touching anything', async () => {
    const all = handlers();
    for (const sender of untrusted) {
      await expect(all.openFiles(sender, { purpose: 'sources', multiple: true })).rejects.toThrow(
        /refused/,
      );
      await expect(
        all.saveFile(sender, {
          suggestedName: 'a.kartoteka',
          kind: 'bundle',
          bytes: new Uint8Array(1),
        }),
      ).rejects.toThrow(/refused/);
      await expect(
        all.savePdf(sender, { html: '<p>x</p>', suggestedName: 'a.pdf' }),
      ).rejects.toThrow(/refused/);
      await expect(all.openExternal(sender, { url: 'https://example.org/' })).rejects.toThrow(
        /refused/,
      );
      await expect(all.appInfo(sender, {})).rejects.toThrow(/refused/);
    }
    expect(h.openDialogs).toEqual([]);
    expect(h.saveDialogs).toEqual([]);
    expect(h.printed).toEqual([]);
    expect(h.confirmed).toEqual([]);
  });
});

describe('argument parsing', () => {
  const bytes = new Uint8Array([1, 2, 3]);
  const protoPolluted = JSON.parse(
    '{"purpose":"sources","multiple":false,"__proto__":{"polluted":true}}',
  );

  it.each([
    ['openFiles', undefined],
    ['openFiles', null],
    ['openFiles', 'sources'],
    ['openFiles', []],
    ['openFiles', { purpose: 'sources' }],
    ['openFiles', { purpose: 'everything', multiple: true }],
    ['openFiles', { purpose: 'sources', multiple: 'yes' }],
    ['openFiles', { purpose: 'sources', multiple: true, path: '/etc/passwd' }],
    ['openFiles', { purpose: 'sources', multiple: true, defaultPath: '/home' }],
    ['openFiles', protoPolluted],
    ['saveFile', { suggestedName: 'a.kartoteka', kind: 'bundle', bytes: [1, 2, 3] }],
    ['saveFile', { suggestedName: 'a.kartoteka', kind: 'bundle', bytes: 'AQID' }],
    ['saveFile', { suggestedName: 'a.kartoteka', kind: 'exe', bytes }],
    ['saveFile', { suggestedName: '../../.bashrc', kind: 'bundle', bytes }],
    ['saveFile', { suggestedName: '/etc/cron.d/x', kind: 'bundle', bytes }],
    ['saveFile', { suggestedName: 'C:\\Windows\\x.kartoteka', kind: 'bundle', bytes }],
    ['saveFile', { suggestedName: 'a\u0000.kartoteka', kind: 'bundle', bytes }],
    ['saveFile', { suggestedName: '..', kind: 'bundle', bytes }],
    ['saveFile', { suggestedName: '', kind: 'bundle', bytes }],
    ['saveFile', { suggestedName: `${'a'.repeat(300)}.kartoteka`, kind: 'bundle', bytes }],
    ['saveFile', { suggestedName: 'a.kartoteka', kind: 'bundle', bytes, filePath: '/tmp/x' }],
    ['savePdf', { html: 42, suggestedName: 'a.pdf' }],
    ['savePdf', { html: '<p>x</p>', suggestedName: 'dir/a.pdf' }],
    ['savePdf', { html: '<p>x</p>', suggestedName: 'a.pdf', url: 'https://example.org' }],
    ['openExternal', { url: 42 }],
    ['openExternal', { url: `https://example.org/${'a'.repeat(5000)}` }],
    ['openExternal', { url: 'https://example.org', confirm: false }],
    ['appInfo', { secret: true }],
    ['appInfo', 'info'],
  ] as const)('%s refuses %j', async (method, request) => {
    await expect(handlers()[method](APP_FRAME, request)).rejects.toThrow(/invalid request/);
    expect(h.openDialogs).toEqual([]);
    expect(h.saveDialogs).toEqual([]);
    expect(h.printed).toEqual([]);
    expect(h.confirmed).toEqual([]);
    expect(await readdir(dir)).toEqual([]);
  });

  it('says what is wrong', async () => {
    await expect(handlers().openFiles(APP_FRAME, { purpose: 'x', multiple: true })).rejects.toThrow(
      /files:open: invalid request[\s\S]*purpose/,
    );
  });
});

describe('openFiles', () => {
  const pick = (...names: string[]) => {
    h.nextOpen = { canceled: false, filePaths: names.map((n) => path.join(dir, n)) };
  };

  it('returns nothing when the dialog is cancelled', async () => {
    expect(await handlers().openFiles(APP_FRAME, { purpose: 'sources', multiple: true })).toEqual({
      files: [],
      skipped: [],
    });
  });

  it('opens the dialog with the filters of the purpose', async () => {
    await handlers().openFiles(APP_FRAME, { purpose: 'sources', multiple: true });
    await handlers().openFiles(APP_FRAME, { purpose: 'bundle', multiple: false });
    const [sources, bundle] = h.openDialogs;
    expect(sources?.filters?.flatMap((f) => f.extensions)).toEqual([
      'txt',
      'md',
      'markdown',
      'html',
      'htm',
    ]);
    expect(sources?.properties).toEqual(['openFile', 'multiSelections', 'dontAddToRecent']);
    expect(bundle?.filters?.flatMap((f) => f.extensions)).toEqual(['kartoteka', 'zip', 'age']);
    expect(bundle?.properties).toEqual(['openFile', 'dontAddToRecent']);
  });

  it('returns names and bytes of the picked files, never their paths', async () => {
    await writeFile(path.join(dir, 'nasha-niva.txt'), 'date 2025-09-11\nStatkevich');
    await writeFile(path.join(dir, 'rferl.html'), '<p>Losik</p>');
    pick('nasha-niva.txt', 'rferl.html');
    const result = await handlers().openFiles(APP_FRAME, { purpose: 'sources', multiple: true });
    expect(result).toEqual({
      files: [
        {
          name: 'nasha-niva.txt',
          bytes: new Uint8Array(Buffer.from('date 2025-09-11\nStatkevich')),
        },
        { name: 'rferl.html', bytes: new Uint8Array(Buffer.from('<p>Losik</p>')) },
      ],
      skipped: [],
    });
    expect(JSON.stringify(result)).not.toContain(dir);
  });

  it('takes only the first file when one was asked for', async () => {
    await writeFile(path.join(dir, 'a.kartoteka'), 'A');
    await writeFile(path.join(dir, 'b.kartoteka'), 'B');
    pick('a.kartoteka', 'b.kartoteka');
    const result = await handlers().openFiles(APP_FRAME, { purpose: 'bundle', multiple: false });
    expect(result).toMatchObject({ files: [{ name: 'a.kartoteka' }], skipped: [] });
  });

  it('skips a file over the size limit of the purpose and says so', async () => {
    await writeFile(path.join(dir, 'ok.txt'), 'small');
    await writeFile(path.join(dir, 'huge.txt'), '');
    await truncate(path.join(dir, 'huge.txt'), MAX_OPEN_BYTES.sources + 1);
    await writeFile(path.join(dir, 'limit.txt'), '');
    await truncate(path.join(dir, 'limit.txt'), MAX_OPEN_BYTES.sources);
    pick('ok.txt', 'huge.txt', 'limit.txt');
    const result = await openFiles({ purpose: 'sources', multiple: true });
    expect(result.files.map((f) => f.name)).toEqual(['ok.txt', 'limit.txt']);
    expect(result.files[1]?.bytes.length).toBe(MAX_OPEN_BYTES.sources);
    expect(result.skipped).toEqual([{ name: 'huge.txt', reason: 'tooLarge' }]);
  });

  it('skips a file that vanished or is a folder', async () => {
    pick('gone.txt');
    h.nextOpen.filePaths.push(dir);
    const result = await openFiles({ purpose: 'sources', multiple: true });
    expect(result.skipped).toEqual([
      { name: 'gone.txt', reason: 'unreadable' },
      { name: path.basename(dir), reason: 'notAFile' },
    ]);
  });
});

describe('saveFile', () => {
  const request = {
    suggestedName: 'archive-2026-01.kartoteka',
    kind: 'bundle',
    bytes: new Uint8Array([80, 75, 3, 4]),
  };

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await handlers().saveFile(APP_FRAME, request)).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes the bytes where the user chose', async () => {
    h.nextSave = { canceled: false, filePath: path.join(dir, 'chosen.kartoteka') };
    expect(await handlers().saveFile(APP_FRAME, request)).toEqual({ saved: true });
    expect(new Uint8Array(await readFile(path.join(dir, 'chosen.kartoteka')))).toEqual(
      request.bytes,
    );
    expect(h.saveDialogs[0]).toMatchObject({
      defaultPath: path.join(dir, 'archive-2026-01.kartoteka'),
      properties: ['showOverwriteConfirmation', 'createDirectory', 'dontAddToRecent'],
    });
  });

  it('offers a name with an extension of the right kind', async () => {
    await handlers().saveFile(APP_FRAME, { ...request, suggestedName: '.bashrc' });
    await handlers().saveFile(APP_FRAME, {
      ...request,
      suggestedName: 'notes.desktop',
      kind: 'pdf',
    });
    await handlers().saveFile(APP_FRAME, { ...request, suggestedName: 'Export.KARTOTEKA.AGE' });
    expect(h.saveDialogs.map((d) => path.basename(d.defaultPath ?? ''))).toEqual([
      '.bashrc.kartoteka',
      'notes.desktop.pdf',
      'Export.KARTOTEKA.AGE',
    ]);
  });

  it('reports a failed write as an error', async () => {
    h.nextSave = { canceled: false, filePath: path.join(dir, 'no-such-folder', 'x.kartoteka') };
    await expect(handlers().saveFile(APP_FRAME, request)).rejects.toThrow();
  });
});

describe('savePdf', () => {
  const request = {
    html: '<!doctype html><h1>Мікалай Статкевіч</h1>',
    suggestedName: 'statkevich.pdf',
  };

  it('writes exactly what printToPdf returned', async () => {
    const target = path.join(dir, 'statkevich.pdf');
    h.nextSave = { canceled: false, filePath: target };
    expect(await handlers().savePdf(APP_FRAME, request)).toEqual({ saved: true });
    expect(h.printed).toEqual([request.html]);
    expect(await readFile(target, 'utf8')).toBe(`%PDF-1.7 ${request.html.length}`);
    expect(h.saveDialogs[0]?.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    expect(await handlers().savePdf(APP_FRAME, request)).toEqual({ saved: false });
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not ask where to save when printing fails', async () => {
    h.deps.printToPdf = async () => {
      throw new Error('Printing the PDF timed out');
    };
    await expect(handlers().savePdf(APP_FRAME, request)).rejects.toThrow(/timed out/);
    expect(h.saveDialogs).toEqual([]);
  });
});

describe('openExternal', () => {
  it('opens an https URL after the user confirms', async () => {
    expect(
      await handlers().openExternal(APP_FRAME, { url: 'https://spring96.org/en/news' }),
    ).toEqual({
      opened: true,
    });
    expect(h.confirmed).toEqual(['https://spring96.org/en/news']);
    expect(h.opened).toEqual(['https://spring96.org/en/news']);
  });

  it('does not open when the user declines', async () => {
    h.confirmAnswer = false;
    expect(await handlers().openExternal(APP_FRAME, { url: 'https://example.org/' })).toEqual({
      opened: false,
    });
    expect(h.opened).toEqual([]);
  });

  it.each([
    'http://example.org/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'app://kartoteka/',
    'smb://host/share',
    'https://user:pw@example.org/',
    'not a url',
  ])('refuses %s without asking', async (url) => {
    expect(await handlers().openExternal(APP_FRAME, { url })).toEqual({ opened: false });
    expect(h.confirmed).toEqual([]);
    expect(h.opened).toEqual([]);
  });
});

describe('appInfo', () => {
  it('returns only the declared fields', async () => {
    h.deps.appInfo = Object.assign(
      { version: '0.1.0', platform: 'linux' },
      { userData: '/home/x' },
    );
    expect(await handlers().appInfo(APP_FRAME, {})).toEqual({
      version: '0.1.0',
      platform: 'linux',
    });
  });
});

describe('registerIpcHandlers', () => {
  type Listener = Parameters<IpcMainLike['handle']>[1];

  function register(): Map<string, Listener> {
    const registered = new Map<string, Listener>();
    registerIpcHandlers(
      {
        handle(channel, listener) {
          if (registered.has(channel)) throw new Error(`twice: ${channel}`);
          registered.set(channel, listener);
        },
      },
      handlers(),
    );
    return registered;
  }

  it('registers exactly the channels of DESKTOP_CHANNELS', () => {
    expect([...register().keys()].sort()).toEqual(
      Object.values(DESKTOP_CHANNELS)
        .map((c) => c.channel)
        .sort(),
    );
  });

  it('passes the sender frame and the one argument to the guarded handler', async () => {
    const listener = register().get('app:info');
    expect(await listener?.({ senderFrame: APP_FRAME }, {})).toEqual({
      version: '0.1.0',
      platform: 'linux',
    });
    await expect(listener?.({ senderFrame: null }, {})).rejects.toThrow(/refused/);
  });

  it('refuses a call with more or fewer arguments than the preload sends', async () => {
    const listener = register().get('app:info');
    await expect(listener?.({ senderFrame: APP_FRAME })).rejects.toThrow(/exactly one argument/);
    await expect(listener?.({ senderFrame: APP_FRAME }, {}, '/etc/passwd')).rejects.toThrow(
      /exactly one argument/,
    );
  });
});
