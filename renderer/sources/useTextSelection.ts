import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { selectionOffsets } from './selectionOffsets';

export interface TextSelection {
  start16: number;
  end16: number;
}

/**
 * The passage selected in the source text, kept while focus moves to the toolbar or a
 * dialog (which moves the document's selection away). It is dropped when the person clicks
 * or selects elsewhere in the text, or calls clear().
 */
export function useTextSelection(container: RefObject<HTMLElement | null>): {
  selection: TextSelection | null;
  clear: () => void;
} {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    const onChange = () => {
      const el = container.current;
      if (!el) return;
      const current = document.getSelection();
      const offsets = selectionOffsets(el, current);
      if (offsets) {
        setSelection((prev) =>
          prev && prev.start16 === offsets.start16 && prev.end16 === offsets.end16 ? prev : offsets,
        );
      } else if (current && current.anchorNode && el.contains(current.anchorNode)) {
        setSelection(null);
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [container]);
  return { selection, clear: () => setSelection(null) };
}
