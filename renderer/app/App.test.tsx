// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Db from '../db';
import type { Archive, KartotekaDbOptions } from '../db';

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

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('App while the archive opens', () => {
  it('says it is opening, then how far it has got undoing an import that did not finish', () => {
    act(() => root.render(<App />));
    const status = () => container.querySelector('[role="status"]');
    expect(status()?.textContent).toBe('Opening the archive…');

    act(() => opening.options?.onUndoImport?.({ undone: 3, total: 12 }));
    expect(status()?.textContent).toContain('An import was stopped before it finished');
    expect(status()?.textContent).toContain('3 of 12 steps');
    const bar = container.querySelector('progress');
    expect(bar?.value).toBe(3);
    expect(bar?.max).toBe(12);
  });
});
