import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// React's act() warns unless it is told it runs in a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/**
 * For component tests (jsdom): each test of the file gets a React root in a fresh element of
 * the document, unmounted and removed after it. Read `container` and `root` inside tests.
 */
export function reactTestRoot(): { readonly container: HTMLDivElement; readonly root: Root } {
  const current = {} as { container: HTMLDivElement; root: Root };
  beforeEach(() => {
    current.container = document.createElement('div');
    document.body.append(current.container);
    current.root = createRoot(current.container);
  });
  afterEach(() => {
    act(() => current.root.unmount());
    current.container.remove();
  });
  return current;
}
