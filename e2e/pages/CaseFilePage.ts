import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { SourcePage } from './SourcePage.js';

/** A case file as shown: its heading, its sections (regions) and its numbered citations. */
export class CaseFilePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  section(name: string): Locator {
    return this.page.getByRole('main').getByRole('region', { name });
  }

  citation(number: number): Locator {
    return this.page
      .getByRole('main')
      .getByRole('link', { name: `Citation ${number}`, exact: true });
  }

  citationsIn(section: string): Locator {
    return this.section(section).getByRole('link', { name: /^Citation \d+$/ });
  }

  async followCitation(link: Locator): Promise<SourcePage> {
    await link.click();
    const source = new SourcePage(this.page);
    await expect(source.text).toBeVisible();
    return source;
  }
}
