import fs from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './support/fixtures.js';
import { ArchiveApp } from './pages/ArchiveApp.js';
import { AddSourcesDialog } from './pages/AddSourcesDialog.js';
import { seedsDir } from './support/paths.js';

/**
 * The foundation's workflows (PRODUCT.md 1–4) as a researcher goes through them. Every test
 * starts from an empty archive (a fresh browser context) and fails if a request leaves the
 * machine or the Content-Security-Policy is violated (support/fixtures.ts).
 */

const SEED_004 = path.join(seedsDir, '004_4f51b33c03dd0b8c.txt');

test('the sample archive opens, and a fact of Statkevich leads to the highlighted words that state it', async ({
  page,
}) => {
  const app = new ArchiveApp(page);
  await app.open();
  await expect(page.getByRole('button', { name: 'Open sample archive' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add sources' }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import bundle' }).first()).toBeVisible();
  await app.screenshot('01-first-run');

  await app.openSampleArchive();
  await expect(app.main.getByText('10 case files')).toBeVisible();
  await app.screenshot('02-case-files');

  const statkevich = await app.openCaseFile('Mikalai Statkevich');
  await expect(statkevich.section('Names')).toContainText('Мікалай Статкевіч');
  await expect(statkevich.section('Names')).toContainText('Николай Статкевич');
  await expect(statkevich.section('Identity')).toContainText('1956');
  await app.screenshot('03-case-file');

  const source = await statkevich.followCitation(statkevich.citationsIn('Identity').first());
  await expect(source.heading).toContainText('Belavia');
  expect(await source.activePassage()).toBe('the 69-year-old');
  await expect(source.text.locator('mark.hl-active').first()).toBeInViewport();
  await app.screenshot('04-source-highlighted');
});

test("Losik's sentence is cited to the sentence in the article", async ({ page }) => {
  const app = new ArchiveApp(page);
  await app.open();
  await app.openSampleArchive();
  const losik = await app.openCaseFile('Ihar Losik');
  await expect(losik.section('Names')).toContainText('Ігар Лосік');
  const legalCase = losik.section('Legal cases');
  await expect(legalCase).toContainText('15 years');
  // The legal case carries several citations (charges, sentence, date); one of them must be
  // the sentence as the article words it.
  const citations = losik.citationsIn('Legal cases');
  await expect(citations.first()).toBeVisible();
  const count = await citations.count();
  expect(count).toBeGreaterThan(1);
  const passages: string[] = [];
  for (let i = 0; i < count; i++) {
    const source = await losik.followCitation(citations.nth(i));
    passages.push(await source.activePassage());
    await page.goBack();
    await expect(losik.heading).toHaveText('Ihar Losik');
  }
  expect(passages).toContain('He was sentenced to 15 years in prison in December 2021.');
});

test('an article added twice is recognised the second time, and a bad file is refused by name', async ({
  page,
}, testInfo) => {
  const app = new ArchiveApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Add sources' }).first().click();
  const dialog = new AddSourcesDialog(page);

  await dialog.chooseFiles([SEED_004]);
  await expect(dialog.results).toContainText('1 added, 0 already there, 0 not added.');

  const empty = testInfo.outputPath('empty-article.txt');
  const binary = testInfo.outputPath('photo.txt');
  await fs.writeFile(empty, '');
  await fs.writeFile(
    binary,
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  );
  await dialog.chooseFiles([SEED_004, empty, binary]);
  // The results of both choices stay listed in the dialog, so the counts add up.
  await expect(dialog.results).toContainText('1 added, 1 already there, 2 not added.');
  await expect(dialog.results).toContainText('Already in the archive as');
  await expect(dialog.results).toContainText('empty-article.txt');
  await expect(dialog.results).toContainText('photo.txt');
  await app.screenshot('05-add-sources');
  await dialog.close();

  await app.goToSection('Sources');
  await expect(app.main.getByRole('link', { name: /Belavia|That would be a big win/ })).toHaveCount(
    1,
  );
});

test('a new case file and a citation of a selected passage survive a reload', async ({ page }) => {
  const app = new ArchiveApp(page);
  await app.open();
  await page.getByRole('button', { name: 'Add sources' }).first().click();
  const dialog = new AddSourcesDialog(page);
  await dialog.chooseFiles([SEED_004]);
  await expect(dialog.results).toContainText('1 added');
  await dialog.close();

  await app.newCaseFile('Kristina Belikova', 'Latin');
  const source = await app.openSource(/Belavia|That would be a big win/);
  const quote = 'Kristina Belikova, the Lithuanian Foreign Ministry spokeswoman';
  await source.select(quote);
  const cite = await source.citeSelection();
  await expect(cite).toContainText(quote);
  await cite.getByRole('searchbox', { name: 'Type to filter case files' }).fill('Belikova');
  await cite
    .getByRole('listbox', { name: 'Case file' })
    .selectOption({ label: 'Kristina Belikova' });
  await cite.getByRole('combobox', { name: 'Fact' }).selectOption({ label: 'Name' });
  await cite.getByRole('combobox', { name: 'Entry' }).selectOption({ index: 1 });
  await app.screenshot('06-cite-dialog');
  await cite.getByRole('button', { name: 'Save citation' }).click();
  await expect(cite).toBeHidden();

  await page.reload();
  const caseFile = await app.openCaseFile('Kristina Belikova');
  const followed = await caseFile.followCitation(caseFile.citationsIn('Names').first());
  expect(await followed.activePassage()).toBe(quote);
});
