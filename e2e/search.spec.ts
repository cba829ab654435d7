import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { ArchiveApp } from './pages/ArchiveApp.js';
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
