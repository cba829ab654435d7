import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { expect, test } from './support/fixtures.js';
import { ArchiveApp } from './pages/ArchiveApp.js';
import { CaseFilePage } from './pages/CaseFilePage.js';
import { screenshotDir } from './support/paths.js';

/**
 * Mentions on a source (issue 3, item 3): the people in the archive an article names, in
 * whatever spelling, and the names that match no case file, each one step from a citation.
 */
test('a source lists who it mentions; a mention is cited, linked or starts a case file', async ({
  page,
}) => {
  // Three axe-core passes over a long article take a while on a busy machine.
  test.setTimeout(240_000);
  const app = new ArchiveApp(page);
  await app.open();
  await app.openSampleArchive();
  const source = await app.openSource(/pardons 42 imprisoned activists/);
  const mentions = source.mentions;
  await expect(mentions.getByRole('heading', { name: 'Mentions' })).toBeVisible();

  // A known person, with their case file, the spellings used here and each occurrence.
  const zyankovich = source.mentionedPerson('Yuras Zyankovich');
  await expect(zyankovich).toBeVisible({ timeout: 30_000 });
  await expect(zyankovich.getByRole('link', { name: 'Yuras Zyankovich' })).toHaveAttribute(
    'href',
    /#\/cases\//,
  );
  const occurrences = zyankovich.getByRole('list', { name: 'Occurrences of Yuras Zyankovich' });
  await expect(occurrences.getByRole('listitem')).toHaveCount(2);
  await zyankovich.getByRole('button', { name: 'Show occurrence 2: Zyankovich' }).click();
  expect(await source.activePassage()).toBe('Zyankovich');

  // What the sample already cites is shown as cited.
  await expect(occurrences.getByText('Cited')).toHaveCount(2);
  await expect(zyankovich).toContainText('2 of 2 cited');

  // Names that match no case file.
  const karbalevich = source.unknownName('Valery Karbalevich');
  const sapelka = source.unknownName('Pavel Sapelka');
  await expect(karbalevich).toBeVisible();
  await expect(sapelka).toContainText('once');
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);
  await mentions.screenshot({ path: path.join(screenshotDir, 'mentions.png') });

  // Link to case file: pick the case file, the spelling joins its names, the passage is cited.
  await karbalevich.getByRole('button', { name: 'Link to case file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link “Valery Karbalevich” to a case file' });
  await expect(dialog.getByRole('figure')).toContainText('political analyst Valery Karbalevich');
  await dialog.getByRole('searchbox', { name: 'Filter case files' }).fill('Бяляцкі');
  await expect(dialog.getByRole('listbox', { name: 'Case file' }).getByRole('option')).toHaveText([
    'Ales Bialiatski',
  ]);
  await expect(
    dialog.getByRole('checkbox', { name: 'Add “Valery Karbalevich” to the case file’s names' }),
  ).toBeChecked();
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);
  await dialog.getByRole('button', { name: 'Link and cite' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    mentions.getByRole('status').filter({ hasText: 'linked to Ales Bialiatski' }),
  ).toBeVisible();
  // Now a spelling of a known person, already cited.
  const bialiatski = source.mentionedPerson('Ales Bialiatski');
  await expect(bialiatski).toContainText('Valery Karbalevich');
  await expect(karbalevich).toHaveCount(0);

  // Start case file: one step, a new case file with the mention cited.
  await sapelka.getByRole('button', { name: 'Start case file' }).click();
  const started = mentions
    .getByRole('status')
    .filter({ hasText: 'Case file Pavel Sapelka started' });
  await expect(started).toBeVisible();
  // Now known, and "Sapelka" alone is his name too; the first occurrence is the one cited.
  const newPerson = source.mentionedPerson('Pavel Sapelka');
  await expect(newPerson).toContainText('1 of 3 cited');
  // Cite another occurrence for him: one step, and it shows as cited.
  await newPerson.getByRole('button', { name: 'Cite occurrence 3 for Pavel Sapelka' }).click();
  await expect(newPerson).toContainText('2 of 3 cited');
  await expect(
    mentions.getByRole('status').filter({ hasText: 'Cited for Pavel Sapelka' }),
  ).toBeVisible();
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);

  // The citations are on the case files.
  await source.mentions.getByRole('link', { name: 'Pavel Sapelka', exact: true }).click();
  const sapelkaFile = new CaseFilePage(page);
  await expect(sapelkaFile.heading).toHaveText('Pavel Sapelka');
  const sapelkaCitations = sapelkaFile.citationsIn('Names');
  await expect(sapelkaCitations).toHaveCount(2);
  const back = await sapelkaFile.followCitation(sapelkaCitations.first());
  expect(await back.activePassage()).toContain('Pavel Sapelka, a rights activist with Viasna');
  await page.goBack();
  const second = await sapelkaFile.followCitation(sapelkaFile.citationsIn('Names').last());
  expect(await second.activePassage()).toContain('Sapelka added');

  const bialiatskiFile = await app.openCaseFile('Ales Bialiatski');
  await expect(bialiatskiFile.section('Names')).toContainText('Valery Karbalevich');
  const linked = await bialiatskiFile.followCitation(bialiatskiFile.citationsIn('Names').last());
  expect(await linked.activePassage()).toContain('political analyst Valery Karbalevich');
});
