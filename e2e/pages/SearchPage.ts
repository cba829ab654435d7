import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

type FilterList = 'Status' | 'Tag' | 'Article' | 'Publisher';
type ResultGroup = 'Case files' | 'Sources' | 'Notes';

/** The search page (#/search?q=…): results by group, the filter controls and their chips. */
export class SearchPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1 });
  }

  get filters(): Locator {
    return this.main.getByRole('group', { name: 'Filters' });
  }

  get crossScript(): Locator {
    return this.filters.getByRole('switch', { name: 'Match across scripts' });
  }

  get activeFilters(): Locator {
    return this.main.getByRole('list', { name: 'Active filters' });
  }

  /** Opens the page from the search box, through the results' "Show all results" link. */
  async searchFor(query: string): Promise<void> {
    const box = this.page.getByRole('searchbox', { name: 'Search' });
    await box.fill(query);
    await this.page.getByRole('link', { name: 'Show all results' }).click();
    await expect(this.page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
    await expect(this.heading).toHaveText(`Results for “${query}”`);
  }

  async choose(filter: FilterList, label: string): Promise<void> {
    await this.filters.getByRole('combobox', { name: filter }).selectOption({ label });
  }

  dateBound(which: 'From' | 'To'): Locator {
    return this.filters.getByRole('textbox', { name: which });
  }

  chip(label: string): Locator {
    return this.activeFilters.getByRole('listitem').filter({ hasText: label });
  }

  async removeFilter(label: string): Promise<void> {
    await this.activeFilters.getByRole('button', { name: `Remove filter ${label}` }).click();
  }

  async clearFilters(): Promise<void> {
    await this.main.getByRole('button', { name: 'Clear filters' }).click();
  }

  /** A group of results; its heading says how many there are, e.g. "Case files (6)". */
  group(name: ResultGroup): Locator {
    return this.main.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  groupHeading(name: ResultGroup): Locator {
    return this.main.getByRole('heading', { level: 2, name: new RegExp(`^${name} \\(`) });
  }

  /** The titles of a group's results, in order. */
  async titles(name: ResultGroup): Promise<string[]> {
    return this.group(name).getByRole('link').allInnerTexts();
  }
}
