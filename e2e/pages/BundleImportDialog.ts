import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The Import bundle dialog: the file chooser opens straight from the button; then the
 * passphrase (for an encrypted bundle), the preview, Apply and the summary.
 */
export class BundleImportDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: 'Import bundle' });
  }

  /** Clicks Import bundle (header, or first run) and chooses the file. */
  static async open(page: Page, filePath: string): Promise<BundleImportDialog> {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import bundle' }).first().click();
    await (await chooser).setFiles(filePath);
    const dialog = new BundleImportDialog(page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  get passphraseField(): Locator {
    return this.root.getByLabel('Passphrase', { exact: true });
  }

  async unlock(passphrase: string): Promise<void> {
    await this.passphraseField.fill(passphrase);
    await this.root.getByRole('button', { name: 'Open', exact: true }).click();
  }

  get applyButton(): Locator {
    return this.root.getByRole('button', { name: 'Apply', exact: true });
  }

  /** Waits for the preview (decrypting and checking a large bundle takes a while). */
  async expectPreview(): Promise<void> {
    await expect(this.applyButton).toBeVisible({ timeout: 120_000 });
  }

  /** The count the preview shows for one kind of change: New, Changed, Conflicts, … */
  total(change: 'New' | 'Changed' | 'Conflicts' | 'Deleted' | 'Unchanged'): Locator {
    return this.root
      .locator('.import-total')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${change}$`) }) })
      .locator('dd');
  }

  /** The list of one kind of record and change, e.g. ('Case files', 'Conflicts'). */
  list(kind: string, change: string): Locator {
    return this.root.getByRole('list', { name: new RegExp(`^${kind}: ${change} \\(\\d+\\)$`) });
  }

  get alert(): Locator {
    return this.root.getByRole('alert');
  }

  async apply(): Promise<void> {
    await this.applyButton.click();
    await expect(this.root.getByRole('button', { name: 'Close', exact: true })).toBeVisible({
      timeout: 60_000,
    });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.root).toBeHidden();
  }

  async cancel(): Promise<void> {
    await this.root.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}
