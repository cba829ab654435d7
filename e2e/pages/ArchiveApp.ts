import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import path from 'node:path';
import { screenshotDir } from '../support/paths.js';
import { AddSourcesDialog } from './AddSourcesDialog.js';
import { CaseFilePage } from './CaseFilePage.js';
import { SourcePage } from './SourcePage.js';

/**
 * The application as a person meets it: the header's actions, the navigation, and the
 * first-run screen. Page objects find everything by role and accessible name, the names
 * PRODUCT.md gives the controls.
 */
export class ArchiveApp {
  constructor(readonly page: Page) {}

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search' });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.searchBox).toBeVisible();
  }

  async openSampleArchive(): Promise<void> {
    await this.page.getByRole('button', { name: 'Open sample archive' }).click();
    // Writing the sample takes a few seconds on a slow, busy machine; progress is shown meanwhile.
    await expect(this.main.getByRole('heading', { name: 'Case files', level: 1 })).toBeVisible({
      timeout: 30_000,
    });
  }

  async goToSection(name: 'Case files' | 'Sources' | 'Tags'): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name })
      .click();
    await expect(this.main.getByRole('heading', { name, level: 1 })).toBeVisible();
  }

  async openCaseFile(displayName: string): Promise<CaseFilePage> {
    await this.goToSection('Case files');
    await this.main.getByRole('link', { name: displayName, exact: true }).click();
    const caseFile = new CaseFilePage(this.page);
    await expect(caseFile.heading).toHaveText(displayName);
    return caseFile;
  }

  async openSource(title: string | RegExp): Promise<SourcePage> {
    await this.goToSection('Sources');
    await this.main.getByRole('link', { name: title }).first().click();
    const source = new SourcePage(this.page);
    await expect(source.text).toBeVisible();
    return source;
  }

  async addSources(): Promise<AddSourcesDialog> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Add sources' }).click();
    const dialog = new AddSourcesDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  async newCaseFile(name: string, script: string): Promise<CaseFilePage> {
    await this.page.getByRole('banner').getByRole('button', { name: 'New case file' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New case file' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
    await dialog.getByRole('combobox', { name: 'Script' }).selectOption({ label: script });
    await dialog.getByRole('button', { name: 'Create case file' }).click();
    const caseFile = new CaseFilePage(this.page);
    await expect(caseFile.heading).toHaveText(name);
    return caseFile;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: false });
  }
}
