import AxeBuilder from '@axe-core/playwright';
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { ArchiveApp } from './pages/ArchiveApp.js';
import { SearchPage } from './pages/SearchPage.js';
import { SourcePage } from './pages/SourcePage.js';

/**
 * The search box (issue 3): results as one types, grouped, across scripts and typos, and a
 * phrase from an article leading to that article.
 */

function resultGroup(app: ArchiveApp, name: string): Locator {
  return app.page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name });
}

test('the search box finds people across scripts and typos, and articles by a phrase', async ({
  page,
}) => {
  // Opening the sample archive alone can take half a minute on a busy machine.
  test.setTimeout(120_000);
  const app = new ArchiveApp(page);
  await app.open();
  await app.openSampleArchive();

  await app.searchBox.fill('Статкевич');
  const cases = resultGroup(app, 'Case files');
  await expect(cases.getByRole('option').first()).toContainText('Mikalai Statkevich');
  await expect(cases.getByRole('option').first().locator('mark').first()).toBeVisible();
  await app.screenshot('search-01-statkevich');

  await app.searchBox.fill('Lasik');
  await expect(cases.getByRole('option').first()).toContainText('Ihar Losik');

  await app.searchBox.fill('sentenced to three years in prison and a steep fine');
  const sources = resultGroup(app, 'Sources');
  const article = sources.getByRole('option').first();
  await expect(article).toContainText('Belarus pardons 18 more prisoners');
  await expect(article.locator('mark').first()).toBeVisible();
  await app.screenshot('search-02-phrase');

  // The keyboard reaches the same result: down to it, Enter opens it.
  await app.searchBox.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
  await app.searchBox.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
  await article.click();
  const source = new SourcePage(page);
  await expect(source.heading).toContainText('Belarus pardons 18 more prisoners');
  await expect(source.text).toContainText('sentenced to three years in prison and a steep fine');
  // The matched passage is marked as the current one and scrolled into view.
  const passage = source.text.locator('mark.hl-match.hl-active').first();
  await expect(passage).toBeInViewport();
  expect('sentenced to three years in prison and a steep fine').toContain(
    (await passage.innerText()).trim(),
  );
  await app.screenshot('search-03-source-passage');
});

test('filters on the search page narrow the results, and stay through a reload and back', async ({
  page,
}) => {
  // Two axe-core passes as well as the sample archive: slow on a busy machine.
  test.setTimeout(240_000);
  const app = new ArchiveApp(page);
  await app.open();
  await app.openSampleArchive();
  const search = new SearchPage(page);
  await search.searchFor('released');
  await expect(search.groupHeading('Case files')).toHaveText('Case files (7)');
  await expect(
    search.group('Case files').getByRole('link', { name: 'Mikalai Statkevich' }),
  ).toBeVisible();
  await expect(search.group('Sources')).toBeVisible();

  // Status: only the people whose current status is released; sources have no status.
  await search.choose('Status', 'Released');
  await expect(search.chip('Status: Released')).toBeVisible();
  await expect(search.groupHeading('Case files')).toHaveText('Case files (6)');
  await expect(
    search.group('Case files').getByRole('link', { name: 'Mikalai Statkevich' }),
  ).toBeHidden();
  await expect(search.group('Case files').getByRole('link', { name: 'Ihar Losik' })).toBeVisible();
  await expect(search.groupHeading('Sources')).toBeHidden();

  // And a tag on top of it: the journalists among them.
  await search.choose('Tag', 'journalist');
  await expect(search.chip('Tag: journalist')).toBeVisible();
  await expect.poll(() => search.titles('Case files')).toEqual(['Ihar Losik']);
  await expect(page).toHaveURL(/status=released/);
  await app.screenshot('search-filters');

  // The filters live in the address: a reload keeps them, and so does going back to the page.
  await page.reload();
  await expect(search.chip('Tag: journalist')).toBeVisible();
  await expect(search.filters.getByRole('combobox', { name: 'Status' })).toHaveValue('released');
  await expect.poll(() => search.titles('Case files')).toEqual(['Ihar Losik']);
  await search.group('Case files').getByRole('link', { name: 'Ihar Losik' }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Ihar Losik');
  await page.goBack();
  await expect(search.chip('Status: Released')).toBeVisible();
  await expect.poll(() => search.titles('Case files')).toEqual(['Ihar Losik']);
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);

  // A chip removes its filter; the keyboard stays on the chips.
  await search.removeFilter('Tag: journalist');
  await expect(search.chip('Tag: journalist')).toBeHidden();
  await expect(search.groupHeading('Case files')).toHaveText('Case files (6)');
  await expect(
    search.activeFilters.getByRole('button', { name: 'Remove filter Status: Released' }),
  ).toBeFocused();
  await search.clearFilters();
  await expect(search.activeFilters).toBeHidden();
  await expect(search.groupHeading('Case files')).toHaveText('Case files (7)');

  // Publisher and dates narrow the sources.
  await search.searchFor('prisoners');
  const allSources = (await search.titles('Sources')).length;
  expect(allSources).toBeGreaterThan(2);
  await search.choose('Publisher', 'bne IntelliNews');
  await expect(search.chip('Publisher: bne IntelliNews')).toBeVisible();
  await expect
    .poll(() => search.titles('Sources'))
    .toEqual(['[Belarus releases another 52 prisoners after negotiations with the US]']);
  await search.removeFilter('Publisher: bne IntelliNews');
  await search.dateBound('From').fill('2026');
  await expect(search.chip('From: 2026')).toBeVisible();
  await expect
    .poll(async () => (await search.titles('Sources')).sort())
    .toEqual([
      'Belarus releases 250 political prisoners',
      '[Belarus pardons 18 more prisoners in its rapprochement with the United States]',
    ]);
  // Not yet a date: nothing changes until it is one.
  await search.dateBound('To').fill('2026-1');
  await expect(search.dateBound('To')).toHaveAttribute('aria-invalid', 'true');
  await expect(search.chip('To:')).toBeHidden();
  await search.dateBound('To').fill('2026-12');
  await expect(search.chip('To: 2026-12')).toBeVisible();
  await expect(search.dateBound('To')).not.toHaveAttribute('aria-invalid');
  await expect(new AxeBuilder({ page }).analyze().then((r) => r.violations)).resolves.toEqual([]);
});

test('cross-script matching can be turned off for a query', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new ArchiveApp(page);
  await app.open();
  await app.openSampleArchive();
  const search = new SearchPage(page);
  // Belyatsky: the Russian Беляцкий in Latin letters. The case file has Ales Bialiatski,
  // Алесь Бяляцкі and Алесь Беляцкий, not this spelling, and the sources do not use it.
  await search.searchFor('Belyatsky');
  const bialiatski = search.group('Case files').getByRole('link', { name: 'Ales Bialiatski' });
  await expect(bialiatski).toBeVisible();
  await expect(search.crossScript).toBeChecked();

  await search.crossScript.uncheck();
  await expect(bialiatski).toBeHidden();
  await expect(search.main.getByRole('status')).toHaveText(/Nothing found/);
  await expect(page).toHaveURL(/names=off/);
  await page.reload();
  await expect(search.crossScript).not.toBeChecked();
  await expect(search.main.getByRole('status')).toHaveText(/Nothing found/);

  await search.crossScript.check();
  await expect(bialiatski).toBeVisible();
});

test('following a quoted phrase marks the whole phrase in the source', async ({ page }) => {
  test.setTimeout(120_000);
  const app = new ArchiveApp(page);
  await app.open();
  await app.openSampleArchive();
  const phrase = 'sentenced to three years in prison and a steep fine';
  await app.searchBox.fill(`"${phrase}"`);
  const article = resultGroup(app, 'Sources').getByRole('option').first();
  await expect(article).toContainText('Belarus pardons 18 more prisoners');
  await article.click();
  const source = new SourcePage(page);
  await expect(source.heading).toContainText('Belarus pardons 18 more prisoners');
  await expect(source.text.locator('mark.hl-active').first()).toBeInViewport();
  expect(await source.activePassage()).toBe(phrase);
  await app.screenshot('search-04-whole-phrase');
});
