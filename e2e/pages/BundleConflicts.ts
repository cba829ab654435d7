import type { Locator, Page } from '@playwright/test';

/** A case file's conflicts: each conflicting fact with its versions side by side. */
export class BundleConflicts {
  constructor(readonly page: Page) {}

  /** The conflict panel (a region named "1 conflict", "2 conflicts"…). */
  get panel(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: /^\d+ conflicts?$/ });
  }

  /** One conflicting field or entry, by its label ("Occupation", "Names: Statkievič"). */
  conflict(label: string): Locator {
    return this.panel.getByRole('group', { name: label, exact: true });
  }

  /** One side of a conflict, by who made it ("Version by Anna, …"). */
  version(conflict: Locator, author: string): Locator {
    return conflict.getByRole('article', { name: new RegExp(`^Version by ${author},`) });
  }

  async keep(conflict: Locator, author: string): Promise<void> {
    await this.version(conflict, author).getByRole('button', { name: 'Keep this version' }).click();
  }

  /** The History section, opened. */
  async history(): Promise<Locator> {
    const section = this.page.getByRole('main').getByRole('region', { name: 'History' });
    const details = section.locator('details');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
      await section.locator('summary').click();
    return section;
  }
}
