import fs from 'node:fs/promises';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect } from '@playwright/test';

/** A bundle as saved by the browser host (a download). */
export interface SavedBundle {
  path: string;
  fileName: string;
  bytes: Buffer;
}

export type ExportScope =
  | 'The whole archive'
  | 'Chosen case files'
  | 'Only what changed since the last bundle to a colleague';

/** The Export bundle dialog: scope, colleague, passphrase, and the file it saves. */
export class BundleExportDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: 'Export bundle' });
  }

  static async open(page: Page): Promise<BundleExportDialog> {
    await page.getByRole('banner').getByRole('button', { name: 'Export bundle' }).click();
    const dialog = new BundleExportDialog(page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  async scope(scope: ExportScope): Promise<void> {
    await this.root.getByRole('radio', { name: scope }).check();
  }

  async colleague(name: string): Promise<void> {
    await this.root.getByRole('combobox', { name: /^Colleague/ }).fill(name);
  }

  async encrypt(passphrase: string, repeat = passphrase): Promise<void> {
    await this.root.getByRole('checkbox', { name: 'Encrypt with a passphrase' }).check();
    await this.root.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.root.getByLabel('Repeat passphrase', { exact: true }).fill(repeat);
  }

  get summary(): Locator {
    return this.root.locator('.export-summary');
  }

  /** Saves the bundle and returns the downloaded file, kept in the test's output folder. */
  async save(testInfo: TestInfo): Promise<SavedBundle> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await this.root.getByRole('button', { name: 'Save bundle' }).click();
    const file = await download;
    const fileName = file.suggestedFilename();
    const path = testInfo.outputPath(`${testInfo.testId}-${Date.now()}-${fileName}`);
    await file.saveAs(path);
    await expect(this.root.getByText(`Bundle saved as ${fileName}.`)).toBeVisible({
      timeout: 30_000,
    });
    return { path, fileName, bytes: await fs.readFile(path) };
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(this.root).toBeHidden();
  }
}
