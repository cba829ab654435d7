// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { selectorFromRange, anchorSelector } from '../../shared/anchoring/anchorSelector';
import { selectionOffsets, selectOffsets } from './selectionOffsets';

/** The source text as HighlightedText renders it: text nodes and marks, nothing else. */
function render(parts: (string | { mark: string })[]): HTMLElement {
  const container = document.createElement('div');
  for (const part of parts) {
    if (typeof part === 'string') container.append(document.createTextNode(part));
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.mark;
      container.append(mark);
    }
  }
  document.body.append(container);
  return container;
}

function firstChild(node: Node): Node {
  if (!node.firstChild) throw new Error('empty node');
  return node.firstChild;
}

describe('selectionOffsets', () => {
  it('measures a selection across marks in UTF-16 units, with Cyrillic and emoji', () => {
    const text = 'Статкевіч 🙂 was released; Лосік 🇧🇾 too.';
    const at = text.indexOf('was');
    const container = render([
      text.slice(0, 5),
      { mark: text.slice(5, at + 4) },
      text.slice(at + 4),
    ]);
    selectOffsets(container, at, text.indexOf(';'));
    const offsets = selectionOffsets(container, document.getSelection());
    expect(offsets).toEqual({ start16: at, end16: text.indexOf(';') });
    if (!offsets) throw new Error('no selection');
    const selector = selectorFromRange(text, offsets.start16, offsets.end16);
    expect(selector.exact).toBe('was released');
    // Positions in the selector count code points: the emoji before counts once.
    expect(selector.start).toBe(Array.from(text.slice(0, at)).length);
    expect(anchorSelector(text, selector)).toMatchObject({ status: 'anchored', start16: at });
  });

  it('clips a selection that runs past the end of the text', () => {
    const container = render(['first ', { mark: 'second' }]);
    const after = render(['after']);
    const range = document.createRange();
    range.setStart(firstChild(container), 2);
    range.setEnd(firstChild(after), 3);
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    expect(selectionOffsets(container, document.getSelection())).toEqual({ start16: 2, end16: 12 });
  });

  it('ignores a collapsed selection and one outside the text', () => {
    const container = render(['some text']);
    selectOffsets(container, 2, 2);
    expect(selectionOffsets(container, document.getSelection())).toBeNull();
    const other = render(['elsewhere']);
    selectOffsets(other, 0, 4);
    expect(selectionOffsets(container, document.getSelection())).toBeNull();
  });
});
