import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { ArchiveApp } from './pages/ArchiveApp.js';
import { DossierDialog } from './pages/DossierDialog.js';
import { capturePrints } from './support/printCapture.js';
import type { PrintedDocument } from './support/printCapture.js';
import { repoRoot } from './support/paths.js';

/**
 * PRODUCT.md workflow 9 in the browser host. There `savePdf` prints the dossier from a hidden
 * iframe; the tests take the document at the moment the app calls print() (support/
 * printCapture.ts, from outside the app) instead of working the print dialog. The PDF itself
 * is checked on the command line's side (cli/dossier), from the same HTML renderer.
 */

const STATKEVICH = 'Mikalai Statkevich';
const STATKEVICH_NAMES = [STATKEVICH, 'Мікалай Статкевіч', 'Николай Статкевич'];
const PRIVATE_NOTE = 'Private — leave out of dossiers.';

interface SampleRevision {
  entity: string;
  recordId: string;
  deleted: boolean;
  data: { caseId?: string; selector?: { exact: string }; names?: { text: string }[] };
}

/** Every quote the sample cites for a case file, read from the sample archive the app opens. */
function sampleQuotes(name: string): string[] {
  const sample = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'assets/sample/sample-archive.json'), 'utf8'),
  ) as { revisions: SampleRevision[] };
  const caseRevision = sample.revisions.find(
    (r) => r.entity === 'case' && r.data.names?.some((n) => n.text === name),
  );
  if (!caseRevision) throw new Error(`${name} is not in the sample archive`);
  const quotes = sample.revisions.flatMap((r) =>
    r.entity === 'citation' && !r.deleted && r.data.caseId === caseRevision.recordId
      ? [r.data.selector?.exact ?? '']
      : [],
  );
  return [...new Set(quotes)].filter(Boolean);
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

async function openSample(page: Page): Promise<ArchiveApp> {
  const app = new ArchiveApp(page);
  await app.open();
  await app.openSampleArchive();
  return app;
}

test("Statkevich's dossier carries his names in every script and the quotes; the options are remembered", async ({
  page,
}) => {
  const printed = await capturePrints(page);
  const app = await openSample(page);
  await app.openCaseFile(STATKEVICH);

  const dialog = await DossierDialog.openForCaseFile(page);
  // Before any dossier: no marking, private notes left out.
  await expect(dialog.confidential).not.toBeChecked();
  await expect(dialog.omitPrivateNotes).toBeChecked();
  await dialog.make();
  await dialog.close();

  const [plain] = await printed();
  expect(plain, 'the dossier handed to print').toBeDefined();
  const text = squash((plain as PrintedDocument).text);
  for (const name of STATKEVICH_NAMES) expect(text).toContain(name);
  const quotes = sampleQuotes(STATKEVICH);
  expect(quotes.length).toBeGreaterThan(5);
  for (const quote of quotes) expect(text, 'a cited quote').toContain(squash(quote));
  expect(text).not.toContain(PRIVATE_NOTE);
  expect(text).not.toMatch(/confidential/i);
  // Markup in the dossier is the app's own; nothing in it may run.
  expect((plain as PrintedDocument).html).not.toMatch(/<script/i);

  const second = await DossierDialog.openForCaseFile(page);
  await second.confidential.check();
  await second.omitPrivateNotes.uncheck();
  await second.make();
  await second.close();
  const marked = (await printed())[1];
  expect(marked, 'the second dossier').toBeDefined();
  expect((marked as PrintedDocument).text).toMatch(/confidential/i);
  expect(squash((marked as PrintedDocument).text)).toContain(PRIVATE_NOTE);

  // The redaction profile is kept in the archive, not in the page.
  await page.reload();
  await app.openCaseFile(STATKEVICH);
  const again = await DossierDialog.openForCaseFile(page);
  await expect(again.confidential).toBeChecked();
  await expect(again.omitPrivateNotes).not.toBeChecked();
});

test('the selected case files export as one combined dossier with contents, or one PDF each', async ({
  page,
}) => {
  const printed = await capturePrints(page);
  const app = await openSample(page);
  for (const name of [STATKEVICH, 'Ihar Losik'])
    await app.main.getByRole('checkbox', { name: `Select ${name}` }).check();

  const combined = await DossierDialog.openForSelected(page);
  await expect(combined.root.getByRole('radio', { name: /One combined PDF/ })).toBeChecked();
  await combined.make();
  await combined.close();
  const docs = await printed();
  expect(docs).toHaveLength(1);
  const text = squash((docs[0] as PrintedDocument).text);
  // innerText shows headings as styled (upper case); the table of contents lists both.
  expect(text).toMatch(/contents no. case file .* 1 Ihar Losik .* 2 Mikalai Statkevich/i);
  for (const name of [...STATKEVICH_NAMES, 'Ihar Losik', 'Ігар Лосік'])
    expect(text).toContain(name);

  const each = await DossierDialog.openForSelected(page);
  await each.layout('One PDF per case file');
  await each.make('2 dossiers were handed to the save dialog.');
  const all = await printed();
  expect(all).toHaveLength(3);
  const [losik, statkevich] = all.slice(1).map((d) => squash(d.text));
  expect(losik).toContain('Ігар Лосік');
  expect(losik).not.toContain('Мікалай Статкевіч');
  expect(statkevich).toContain('Мікалай Статкевіч');
  expect(statkevich).not.toContain('Ігар Лосік');
});
