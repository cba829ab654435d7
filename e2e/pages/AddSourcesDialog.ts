import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The Add sources dialog: choose article files (through the file chooser) or paste text. */
export class AddSourcesDialog {
  constructor(readonly page: Page) {}

  get root(): Locator {
    return this.page.getByRole('dialog', { name: 'Add sources' });
  }

  get results(): Locator {
    return this.root.getByRole('status');
  }

  async chooseFiles(paths: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.root.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles(paths);
  }

  async paste(text: string, title = ''): Promise<void> {
    if (title) await this.root.getByRole('textbox', { name: 'Title (optional)' }).fill(title);
    await this.root.getByRole('textbox', { name: 'Pasted text' }).fill(text);
    await this.root.getByRole('button', { name: 'Add pasted text' }).click();
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: 'Close dialog' }).click();
    await expect(this.root).toBeHidden();
  }
}
