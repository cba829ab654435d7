/**
 * Where a DOM selection lies in the source text shown inside `container`, as UTF-16 offsets
 * into that text. The container holds nothing but the text (split into text nodes and
 * <mark> elements), so the length of the text before a boundary point is its offset.
 * Returns null for a collapsed selection or one that does not touch the container; a selection
 * that runs past the text is clipped to it.
 */
export function selectionOffsets(
  container: Node,
  selection: Selection | null,
): { start16: number; end16: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;
  // A selection dragged past either end of the text is clipped to the text.
  const start16 = container.contains(range.startContainer)
    ? offsetOf(container, range.startContainer, range.startOffset)
    : 0;
  const end16 = container.contains(range.endContainer)
    ? offsetOf(container, range.endContainer, range.endOffset)
    : (container.textContent ?? '').length;
  return end16 > start16 ? { start16, end16 } : null;
}

function offsetOf(container: Node, node: Node, offset: number): number {
  const doc = container.ownerDocument ?? document;
  const before = doc.createRange();
  before.setStart(container, 0);
  before.setEnd(node, offset);
  return before.toString().length;
}

/** Selects the UTF-16 range [start16, end16) of the text inside `container`. */
export function selectOffsets(container: Node, start16: number, end16: number): void {
  const doc = container.ownerDocument ?? document;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let at = 0;
  let startSet = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent?.length ?? 0;
    if (!startSet && start16 <= at + length) {
      range.setStart(node, start16 - at);
      startSet = true;
    }
    if (startSet && end16 <= at + length) {
      range.setEnd(node, end16 - at);
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    at += length;
  }
}
