import fs from 'node:fs/promises';
import type { Browser, BrowserContext, Page, TestInfo } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { ArchiveApp } from './pages/ArchiveApp.js';
import { CaseFilePage } from './pages/CaseFilePage.js';
import { BundleExportDialog } from './pages/BundleExportDialog.js';
import type { SavedBundle } from './pages/BundleExportDialog.js';
import { BundleImportDialog } from './pages/BundleImportDialog.js';
import { BundleConflicts } from './pages/BundleConflicts.js';
import { readBundle } from '../shared/bundle/readBundle.js';
import { writeBundle } from '../shared/bundle/writeBundle.js';
import { generateDataset } from '../scripts/bench/generateDataset.js';

/**
 * PRODUCT.md workflow 8 in the browser host: researchers who never share a server exchange
 * bundle files. Each researcher is a browser context of their own (their own IndexedDB). A
 * bundle leaves one archive as a download and enters the other through the file chooser.
 */

const STATKEVICH = 'Mikalai Statkevich';
const ANNA_OCCUPATION = 'Opposition politician; leader of the Belarusian Social Democratic Party';
const BORIS_OCCUPATION = 'Former army officer and presidential candidate in 2010';
const BORIS_ALIAS = 'Mikałaj Statkievič';

interface Researcher {
  name: string;
  page: Page;
  app: ArchiveApp;
  context: BrowserContext;
  /** Requests that left the machine and CSP violations, checked at the end like the fixture does. */
  problems: string[];
}

/**
 * A researcher's own profile: a fresh browser context whose every page is watched the way
 * support/fixtures.ts watches the default page (no request may leave 127.0.0.1, no CSP
 * violation).
 */
async function researcher(browser: Browser, testInfo: TestInfo, name: string): Promise<Researcher> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  const problems: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    const local =
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '127.0.0.1');
    if (!local) problems.push(`request left the machine: ${request.url()}`);
  });
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text()))
      problems.push(`CSP: ${message.text()}`);
  });
  const app = new ArchiveApp(page);
  await page.goto('/');
  await expect(app.searchBox).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: 'Change your name' }).click();
  const dialog = page.getByRole('dialog', { name: 'Your name in the archive' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByText(`Working as ${name}`)).toBeVisible();
  return { name, page, app, context, problems };
}

/**
 * Opens the sample archive. Writing it takes a while on a loaded machine, longer than the
 * page object's default wait, so this waits for the case list with more patience.
 */
async function openSample(r: Researcher): Promise<void> {
  await r.page.getByRole('button', { name: 'Open sample archive' }).click();
  await expect(r.app.main.getByText('10 case files')).toBeVisible({ timeout: 90_000 });
}

async function finish(...people: Researcher[]): Promise<void> {
  for (const p of people) {
    expect(p.problems, `${p.name}: requests off the machine or CSP violations`).toEqual([]);
    await p.context.close();
  }
}

async function editOccupation(caseFile: CaseFilePage, occupation: string): Promise<void> {
  const identity = caseFile.section('Identity');
  await identity.getByRole('button', { name: 'Edit Identity' }).click();
  await identity.getByRole('textbox', { name: 'Occupation' }).fill(occupation);
  await identity.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(identity).toContainText(occupation);
}

async function addAlias(caseFile: CaseFilePage, alias: string): Promise<void> {
  const names = caseFile.section('Names');
  await names.getByRole('button', { name: 'Edit Names' }).click();
  await names.getByRole('button', { name: 'Add name' }).click();
  await names
    .getByRole('textbox', { name: /^Name \d+$/ })
    .last()
    .fill(alias);
  await names
    .getByRole('combobox', { name: /^Kind \d+$/ })
    .last()
    .selectOption({ label: 'Alias' });
  await names.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(names).toContainText(alias);
}

/** Exports what changed since the last bundle to `colleague` (everything, the first time). */
async function exportChanges(from: Researcher, colleague: string, testInfo: TestInfo) {
  const dialog = await BundleExportDialog.open(from.page);
  await dialog.scope('Only what changed since the last bundle to a colleague');
  await dialog.colleague(colleague);
  const saved = await dialog.save(testInfo);
  await dialog.close();
  return saved;
}

async function importAndApply(into: Researcher, bundle: SavedBundle): Promise<BundleImportDialog> {
  const dialog = await BundleImportDialog.open(into.page, bundle.path);
  await dialog.expectPreview();
  return dialog;
}

/** The case file as a reader sees it: heading and every section of facts (not its history). */
async function visibleCaseFile(caseFile: CaseFilePage): Promise<string> {
  const parts = [await caseFile.heading.innerText()];
  for (const section of [
    'Names',
    'Identity',
    'Status and timeline',
    'Legal cases',
    'Places of detention',
    'Affiliations',
    'Tags',
    'Citations',
  ]) {
    const region =
      section === 'Citations'
        ? caseFile.page.getByRole('complementary', { name: 'Citations' })
        : caseFile.section(section);
    parts.push(await region.innerText());
  }
  return parts.join('\n');
}

test('two researchers edit the same fact, exchange bundles both ways, resolve the conflict and end identical', async ({
  browser,
}, testInfo) => {
  test.setTimeout(300_000);
  const anna = await researcher(browser, testInfo, 'Anna');
  const boris = await researcher(browser, testInfo, 'Boris');
  for (const r of [anna, boris]) await openSample(r);

  // Concurrent edits: both change Statkevich's occupation; Boris also adds an alias.
  await editOccupation(await anna.app.openCaseFile(STATKEVICH), ANNA_OCCUPATION);
  const borisCase = await boris.app.openCaseFile(STATKEVICH);
  await editOccupation(borisCase, BORIS_OCCUPATION);
  await addAlias(borisCase, BORIS_ALIAS);

  const fromAnna = await exportChanges(anna, 'Boris', testInfo);
  expect(fromAnna.fileName).toMatch(/\.kartoteka$/);
  const fromBoris = await exportChanges(boris, 'Anna', testInfo);

  // Each imports the other's bundle: the preview announces the conflict before anything changes.
  for (const [into, bundle] of [
    [boris, fromAnna],
    [anna, fromBoris],
  ] as const) {
    const dialog = await importAndApply(into, bundle);
    await expect(dialog.list('Case files', 'Conflicts')).toContainText(
      `${STATKEVICH} — conflict in Occupation`,
    );
    await into.app.screenshot(`bundle-preview-${into.name.toLowerCase()}`);
    await dialog.apply();
    await expect(dialog.root).toContainText('Imported');
    await dialog.close();
  }

  // Both see the two versions side by side; the alias merged without a conflict.
  for (const r of [anna, boris]) {
    await r.app.goToSection('Case files');
    const row = r.app.main.getByRole('row').filter({ hasText: STATKEVICH });
    await expect(row).toContainText('Conflict');
    const caseFile = await r.app.openCaseFile(STATKEVICH);
    const conflicts = new BundleConflicts(r.page);
    await expect(conflicts.panel).toBeVisible();
    await expect(conflicts.panel.getByRole('group')).toHaveCount(1);
    const occupation = conflicts.conflict('Occupation');
    await expect(conflicts.version(occupation, 'Anna')).toContainText(ANNA_OCCUPATION);
    await expect(conflicts.version(occupation, 'Boris')).toContainText(BORIS_OCCUPATION);
    await expect(conflicts.version(occupation, 'Boris')).toContainText(
      r.name === 'Anna' ? 'came in the bundle Boris exported' : 'made in this archive',
    );
    await expect(caseFile.section('Names')).toContainText(BORIS_ALIAS);
  }
  await anna.app.screenshot('bundle-conflict');

  // Anna keeps Boris's version; the conflict is gone and her history says who did what.
  const conflicts = new BundleConflicts(anna.page);
  await conflicts.keep(conflicts.conflict('Occupation'), 'Boris');
  await expect(conflicts.panel).toBeHidden();
  await expect(
    anna.page.getByRole('status').filter({ hasText: 'Conflicts resolved' }),
  ).toBeVisible();
  const annaCase = new CaseFilePage(anna.page);
  await expect(annaCase.section('Identity')).toContainText(BORIS_OCCUPATION);
  const history = await conflicts.history();
  await expect(history.getByRole('listitem').first()).toContainText('Anna resolved a conflict');
  await expect(history).toContainText('came in the bundle Boris exported');

  // The resolution travels to Boris in a changes bundle.
  const settled = await exportChanges(anna, 'Boris', testInfo);
  const dialog = await importAndApply(boris, settled);
  await expect(dialog.list('Case files', 'Changed')).toContainText(STATKEVICH);
  await dialog.apply();
  await dialog.close();

  const annaView = await visibleCaseFile(await anna.app.openCaseFile(STATKEVICH));
  const borisView = await visibleCaseFile(await boris.app.openCaseFile(STATKEVICH));
  for (const r of [anna, boris]) await expect(new BundleConflicts(r.page).panel).toBeHidden();
  expect(borisView).toContain(BORIS_OCCUPATION);
  expect(borisView).toContain(BORIS_ALIAS);
  expect(borisView).toBe(annaView);
  await finish(anna, boris);
});

test('importing the same bundle twice changes nothing the second time', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const anna = await researcher(browser, testInfo, 'Anna');
  const boris = await researcher(browser, testInfo, 'Boris');
  await openSample(anna);
  await editOccupation(await anna.app.openCaseFile(STATKEVICH), ANNA_OCCUPATION);
  const exportDialog = await BundleExportDialog.open(anna.page);
  await expect(exportDialog.summary).toContainText('Case files: 10');
  const bundle = await exportDialog.save(testInfo);
  await exportDialog.close();

  // Boris starts from an empty archive: Import bundle is on the first-run screen.
  const first = await importAndApply(boris, bundle);
  await expect(first.list('Case files', 'New')).toContainText(STATKEVICH);
  await first.apply();
  await first.close();
  await boris.app.goToSection('Case files');
  await expect(boris.app.main.getByText('10 case files')).toBeVisible();

  const again = await importAndApply(boris, bundle);
  await expect(again.root).toContainText('Nothing new: your archive already holds everything');
  await expect(again.total('New')).toHaveText('0');
  await expect(again.total('Changed')).toHaveText('0');
  await expect(again.total('Conflicts')).toHaveText('0');
  await again.apply();
  await expect(again.root).toContainText('Nothing changed');
  await again.close();
  await expect(boris.app.main.getByText('10 case files')).toBeVisible();
  const caseFile = await boris.app.openCaseFile(STATKEVICH);
  await expect(caseFile.section('Identity')).toContainText(ANNA_OCCUPATION);
  await expect(new BundleConflicts(boris.page).panel).toBeHidden();
  await finish(anna, boris);
});

test('a damaged or invalid bundle is refused with what is wrong and where, and changes nothing', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const anna = await researcher(browser, testInfo, 'Anna');
  await openSample(anna);
  const exportDialog = await BundleExportDialog.open(anna.page);
  const bundle = await exportDialog.save(testInfo);
  await exportDialog.close();

  // Cut short, as a copy interrupted half-way.
  const truncated = testInfo.outputPath('truncated.kartoteka');
  await fs.writeFile(truncated, bundle.bytes.subarray(0, Math.floor(bundle.bytes.length * 0.6)));
  const cut = await BundleImportDialog.open(anna.page, truncated);
  await expect(cut.alert).toContainText('“truncated.kartoteka” cannot be imported.');
  await expect(cut.alert).toContainText('Nothing in your archive was changed.');
  await cut.close();

  // A record that breaks the model: the message names the entry, the line and the field.
  const read = await readBundle(new Uint8Array(bundle.bytes));
  const at = read.revisions.findIndex((r) => r.entity === 'case' && !r.deleted);
  const bad = read.revisions.map((r, i) =>
    i === at ? { ...r, data: { ...(r.data as object), occupation: 42 } } : r,
  );
  const invalid = testInfo.outputPath('invalid.kartoteka');
  await fs.writeFile(
    invalid,
    await writeBundle(
      { revisions: bad, texts: read.texts },
      {
        producer: { app: 'Hand-made', version: '1' },
        exportedBy: read.manifest.exportedBy,
        scope: { kind: 'archive' },
        validate: false,
      },
    ),
  );
  const wrong = await BundleImportDialog.open(anna.page, invalid);
  await expect(wrong.alert).toContainText(/records\/revisions\.ndjson line \d+: data\.occupation/);
  await expect(wrong.alert).toContainText('Nothing in your archive was changed.');
  await anna.app.screenshot('bundle-invalid');
  await wrong.close();

  // Not a bundle at all.
  const text = testInfo.outputPath('notes.txt');
  await fs.writeFile(text, 'Just some notes, not a bundle.');
  const notBundle = await BundleImportDialog.open(anna.page, text);
  await expect(notBundle.alert).toContainText('not a Kartoteka bundle');
  await notBundle.close();

  await anna.app.goToSection('Case files');
  await expect(anna.app.main.getByText('10 case files')).toBeVisible();
  const caseFile = await anna.app.openCaseFile(STATKEVICH);
  await expect(caseFile.section('Identity')).not.toContainText('42');
  await finish(anna);
});

test('an encrypted bundle opens with its passphrase, and a wrong one is refused', async ({
  browser,
}, testInfo) => {
  // age's scrypt is deliberately slow, and runs three times here (encrypt, wrong, right).
  test.setTimeout(300_000);
  const anna = await researcher(browser, testInfo, 'Anna');
  const boris = await researcher(browser, testInfo, 'Boris');
  await openSample(anna);
  const exportDialog = await BundleExportDialog.open(anna.page);
  await exportDialog.encrypt('correct horse battery staple');
  const bundle = await exportDialog.save(testInfo);
  await exportDialog.close();
  expect(bundle.fileName).toMatch(/\.kartoteka\.age$/);
  expect(bundle.bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');

  const dialog = await BundleImportDialog.open(boris.page, bundle.path);
  await expect(dialog.passphraseField).toBeVisible();
  await dialog.unlock('correct horse battery stable');
  await expect(dialog.root.getByRole('alert')).toContainText('Wrong passphrase', {
    timeout: 120_000,
  });
  await expect(dialog.passphraseField).toHaveValue('');
  await dialog.unlock('correct horse battery staple');
  await dialog.expectPreview();
  await expect(dialog.root).toContainText('It was encrypted.');
  await dialog.apply();
  await dialog.close();
  await boris.app.goToSection('Case files');
  await expect(boris.app.main.getByText('10 case files')).toBeVisible();
  await finish(anna, boris);
});

/** What IndexedDB holds, read by a page of the app's origin that is not the app (nothing opens or repairs the archive first). */
async function storedWithoutTheApp(page: Page): Promise<{ cases: number; pending: boolean }> {
  await page.goto('/sample/sample-archive.json');
  return page.evaluate(
    () =>
      new Promise<{ cases: number; pending: boolean }>((resolve, reject) => {
        const open = indexedDB.open('kartoteka');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'stagedImport'], 'readonly');
          const cases = tx.objectStore('cases').count();
          const pending = tx.objectStore('stagedImport').get('pending');
          tx.oncomplete = () => {
            db.close();
            resolve({ cases: cases.result, pending: pending.result !== undefined });
          };
        };
      }),
  );
}

test('an import cut off by closing the window is undone when the archive opens again, and can then be applied whole', async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  // A colleague's archive of 600 case files, made by the benchmark's generator: applied in
  // dozens of transactions, so closing the window lands between two of them.
  const dataset = await generateDataset({ cases: 600, sources: 1200, citations: 2400 }, 7);
  const large = testInfo.outputPath('large.kartoteka');
  await fs.writeFile(
    large,
    await writeBundle(
      { revisions: dataset.revisions, texts: dataset.texts },
      {
        producer: { app: 'Kartoteka benchmark', version: '1' },
        exportedBy: { id: '00000000-0000-4000-8000-00000000be0c', name: 'Benchmark' },
        scope: { kind: 'archive' },
      },
    ),
  );
  const anna = await researcher(browser, testInfo, 'Anna');
  await openSample(anna);

  const dialog = await BundleImportDialog.open(anna.page, large);
  await dialog.expectPreview();
  await dialog.applyButton.click();
  // As soon as some records are stored, and long before all of them are, the window goes.
  await anna.page.waitForFunction(
    () => {
      const bar = document.querySelector<HTMLProgressElement>(
        'progress[aria-label^="Storing the new revisions"]',
      );
      return bar !== null && bar.value > 0 && bar.value < bar.max;
    },
    undefined,
    { polling: 'raf', timeout: 120_000 },
  );
  await anna.page.close();

  // Half of the import is on disk, marked unfinished: what a crash or a full disk leaves too.
  const page = await anna.context.newPage();
  const cutOff = await storedWithoutTheApp(page);
  expect(cutOff.pending).toBe(true);
  expect(cutOff.cases).toBeGreaterThan(10);

  // The app opens the archive as it was before the import.
  const app = new ArchiveApp(page);
  await page.goto('/');
  await app.goToSection('Case files');
  await expect(app.main.getByText('10 case files')).toBeVisible({ timeout: 60_000 });
  expect(await storedWithoutTheApp(page)).toEqual({ cases: 10, pending: false });

  // And the same bundle then applies whole.
  await page.goto('/');
  const again = await BundleImportDialog.open(page, large);
  await again.expectPreview();
  await again.apply();
  await again.close();
  await app.goToSection('Case files');
  await expect(app.main.getByText('610 case files')).toBeVisible({ timeout: 60_000 });
  await finish(anna);
});
