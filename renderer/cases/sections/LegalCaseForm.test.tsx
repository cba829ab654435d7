// @vitest-environment jsdom
import { act, useState } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { errorIdFor } from '../../components/form/FieldErrors';
import { emptyLegalCase, type LegalCaseDraft } from './legalCaseDraft';
import { LegalCaseForm } from './LegalCaseForm';
import { reactTestRoot } from '../../components/reactTestRoot';

const dom = reactTestRoot();
let latest: LegalCaseDraft;
let removed = 0;

function Harness({ initial }: { initial: LegalCaseDraft }) {
  const [draft, setDraft] = useState(initial);
  latest = draft;
  return (
    <LegalCaseForm
      legal={draft}
      index={0}
      update={(change) => setDraft((d) => change(d))}
      onRemove={() => removed++}
    />
  );
}

function field(label: string, nth = 0): HTMLInputElement {
  const labels = [...dom.container.querySelectorAll('label')].filter(
    (l) => l.textContent?.trim() === label,
  );
  const id = labels[nth]?.htmlFor;
  const input = id ? dom.container.ownerDocument.getElementById(id) : null;
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement))
    throw new Error(`no field labelled ${label} #${nth}`);
  return input as HTMLInputElement;
}

/** Types like a person: React listens for input events and reads the value set natively. */
function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'value')?.set;
  act(() => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function click(name: string) {
  const button = [...dom.container.querySelectorAll('button')].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name,
  );
  if (!button) throw new Error(`no button ${name}`);
  act(() => button.click());
}

beforeEach(() => {
  removed = 0;
});

describe('LegalCaseForm', () => {
  const initial: LegalCaseDraft = {
    ...emptyLegalCase(),
    articles: [
      { code: 'BY-CC', article: '342', part: '1' },
      { code: 'BY-CC', article: '361', part: '' },
    ],
    fines: [{ amount: '100', currency: 'BYN', text: '' }],
  };

  it('edits one field of one list entry and leaves the others as they were', () => {
    act(() => dom.root.render(<Harness initial={initial} />));
    type(field('Part', 1), '3');
    type(field('Court'), 'Minsk City Court');
    type(field('Currency'), 'EUR');
    expect(latest.articles).toEqual([
      { code: 'BY-CC', article: '342', part: '1' },
      { code: 'BY-CC', article: '361', part: '3' },
    ]);
    expect(latest.court).toBe('Minsk City Court');
    expect(latest.fines).toEqual([{ amount: '100', currency: 'EUR', text: '' }]);
  });

  it('adds and removes entries, and removes the whole legal case through its own button', () => {
    act(() => dom.root.render(<Harness initial={initial} />));
    click('Remove article 1');
    expect(latest.articles).toEqual([{ code: 'BY-CC', article: '361', part: '' }]);
    click('Add fine');
    expect(latest.fines).toHaveLength(2);
    expect(latest.fines[1]).toEqual({ amount: '', currency: 'BYN', text: '' });
    expect(removed).toBe(0);
    click('Remove legal case 1');
    expect(removed).toBe(1);
  });

  it('gives every field the validation path the model uses, so errors land on it', () => {
    act(() => dom.root.render(<Harness initial={initial} />));
    // Years are stored as sentence.months; the error summary links to the field by this path.
    const controlOf = (path: string) => `${errorIdFor('form', path)}-control`;
    expect(field('Years').id).toBe(controlOf('legalCases.0.sentence.months'));
    expect(field('Part', 1).id).toBe(controlOf('legalCases.0.articles.1.part'));
    expect(field('Currency').id).toBe(controlOf('legalCases.0.fines.0.currency'));
  });
});
