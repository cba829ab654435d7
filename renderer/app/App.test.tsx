// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as Db from '../db';
import type { Archive, KartotekaDbOptions } from '../db';
import { reactTestRoot } from '../components/reactTestRoot';

const opening = vi.hoisted(() => ({ options: null as KartotekaDbOptions | null }));
vi.mock('../db', async (importOriginal) => ({
  ...(await importOriginal<typeof Db>()),
  // Never opens: the test looks at what the window shows meanwhile.
  openArchive: (_name: string | undefined, options: KartotekaDbOptions) => {
    opening.options = options;
    return new Promise<Archive>(() => undefined);
  },
}));

const { App } = await import('./App');

const dom = reactTestRoot();

describe('App while the archive opens', () => {
  it('says it is opening, then how far it has got undoing an import that did not finish', () => {
    act(() => dom.root.render(<App />));
    const status = () => dom.container.querySelector('[role="status"]');
    expect(status()?.textContent).toBe('Opening the archive…');

    act(() => opening.options?.onUndoImport?.({ undone: 3, total: 12 }));
    expect(status()?.textContent).toContain('An import was stopped before it finished');
    expect(status()?.textContent).toContain('3 of 12 steps');
    const bar = dom.container.querySelector('progress');
    expect(bar?.value).toBe(3);
    expect(bar?.max).toBe(12);
  });
});
