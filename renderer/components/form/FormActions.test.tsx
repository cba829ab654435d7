// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { FormActions, FormError } from './FormActions';
import { reactTestRoot } from '../reactTestRoot';

const dom = reactTestRoot();

const buttons = () => [...dom.container.querySelectorAll('button')];

describe('FormActions', () => {
  it('puts submit first, disables it while busy, and cancels through its own button', () => {
    let cancelled = 0;
    act(() =>
      dom.root.render(
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
    expect(dom.container.textContent).toContain('Ctrl+Enter');
  });

  it('lets submit be pressed when not busy', () => {
    act(() => dom.root.render(<FormActions submitLabel="Create" onCancel={() => undefined} />));
    expect(buttons()[0]?.disabled).toBe(false);
  });
});

describe('FormError', () => {
  it('announces an error and renders nothing without one', () => {
    act(() => dom.root.render(<FormError error="The name is missing." />));
    expect(dom.container.querySelector('[role="alert"]')?.textContent).toBe('The name is missing.');
    act(() => dom.root.render(<FormError error={null} />));
    expect(dom.container.querySelector('[role="alert"]')).toBeNull();
  });
});
