import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** A source: its details, its exact text with highlighted passages, and the cite toolbar. */
export class SourcePage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  get details(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Source details' });
  }

  get text(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Text' });
  }

  /** The passage the user arrived at: the marks of the active citation, joined. */
  async activePassage(): Promise<string> {
    const marks = this.text.locator('mark.hl-active');
    await expect(marks.first()).toBeVisible();
    return (await marks.allTextContents()).join('');
  }

  /** Selects the first occurrence of `phrase` in the source text, as a drag of the mouse would. */
  async select(phrase: string): Promise<void> {
    const found = await this.text.evaluate((root, wanted) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let full = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const node = n as Text;
        if (node.parentElement?.closest('[role="toolbar"]')) continue;
        nodes.push(node);
        full += node.data;
      }
      const at = full.indexOf(wanted);
      if (at < 0) return false;
      const locate = (offset: number): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error('offset outside the text');
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + wanted.length));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      document.dispatchEvent(new Event('selectionchange'));
      return true;
    }, phrase);
    expect(found, `"${phrase}" in the source text`).toBe(true);
  }

  /** The Mentions panel: known people the text names, and names matching no case file. */
  get mentions(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Mentions' });
  }

  /** A known person in Mentions, found by the case file's display name. */
  mentionedPerson(displayName: string): Locator {
    return this.mentions
      .getByRole('list', { name: 'People in the archive' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: displayName, exact: true }) });
  }

  /** A name in Mentions that matches no case file. */
  unknownName(name: string): Locator {
    return this.mentions
      .getByRole('list', { name: 'Names not in the archive' })
      .getByRole('listitem')
      .filter({ hasText: name });
  }

  async citeSelection(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Cite selection' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Cite selection' });
    await expect(dialog).toBeVisible();
    return dialog;
  }
}
