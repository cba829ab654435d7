import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type DossierLayout = 'One combined PDF with a table of contents' | 'One PDF per case file';

/** The Dossier PDF dialog, opened from a case file or from the case list's selection. */
export class DossierDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: 'Dossier PDF' });
  }

  get confidential(): Locator {
    return this.root.getByRole('checkbox', { name: 'Mark every page CONFIDENTIAL' });
  }

  get omitPrivateNotes(): Locator {
    return this.root.getByRole('checkbox', { name: 'Leave out private notes' });
  }

  /** From the case file shown. */
  static async openForCaseFile(page: Page): Promise<DossierDialog> {
    await page.getByRole('main').getByRole('button', { name: 'Export PDF', exact: true }).click();
    return DossierDialog.opened(page);
  }

  /** From the case list's bulk bar, for the selected case files. */
  static async openForSelected(page: Page): Promise<DossierDialog> {
    await page.getByRole('main').getByRole('button', { name: 'Export PDF of selected' }).click();
    return DossierDialog.opened(page);
  }

  private static async opened(page: Page): Promise<DossierDialog> {
    const dialog = new DossierDialog(page);
    await expect(dialog.root).toBeVisible();
    // The remembered options are shown once read; Make PDF waits for the case data too.
    await expect(dialog.confidential).toBeVisible();
    await expect(dialog.root.getByRole('button', { name: 'Make PDF' })).toBeEnabled({
      timeout: 20_000,
    });
    return dialog;
  }

  async layout(layout: DossierLayout): Promise<void> {
    await this.root.getByRole('radio', { name: layout }).check();
  }

  /** Makes the PDF(s) and waits until the app has handed them all to the save dialog. */
  async make(done: string | RegExp = 'The dossier was handed to the save dialog.'): Promise<void> {
    await this.root.getByRole('button', { name: 'Make PDF' }).click();
    await expect(this.root.getByRole('status')).toContainText(done, { timeout: 30_000 });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: /^(Close|Cancel)$/ }).click();
    await expect(this.root).toBeHidden();
  }
}
