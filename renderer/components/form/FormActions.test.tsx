// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FormActions, FormError } from './FormActions';

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

const buttons = () => [...container.querySelectorAll('button')];

describe('FormActions', () => {
  it('puts submit first, disables it while busy, and cancels through its own button', () => {
    let cancelled = 0;
    act(() =>
      root.render(
        <FormActions submitLabel="Save" onCancel={() => cancelled++} busy hint="Ctrl+Enter" />,
      ),
    );
    const [submit, cancel] = buttons();
    expect(submit?.type).toBe('submit');
    expect(submit?.textContent).toBe('Save');
    expect(submit?.disabled).toBe(true);
    expect(cancel?.type).toBe('button');
    act(() => cancel?.click());
    expect(cancelled).toBe(1);
    expect(container.textContent).toContain('Ctrl+Enter');
  });

  it('lets submit be pressed when not busy', () => {
    act(() => root.render(<FormActions submitLabel="Create" onCancel={() => undefined} />));
    expect(buttons()[0]?.disabled).toBe(false);
  });
});

describe('FormError', () => {
  it('announces an error and renders nothing without one', () => {
    act(() => root.render(<FormError error="The name is missing." />));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('The name is missing.');
    act(() => root.render(<FormError error={null} />));
    expect(container.querySelector('[role="alert"]')).toBeNull();
  });
});
