// What HTML collapses outside <pre>; the no-break space too, so that quotes and searches in
// the stored text are not tripped by an invisible difference.
const COLLAPSIBLE = /[ \t\n\r\f\u00a0]+/g;

/**
 * Builds the plain text of (a part of) an HTML page: whitespace collapsed within a block,
 * one line break or a blank line between blocks, never leading or trailing blank space.
 */
export class TextSink {
  private readonly parts: string[] = [];
  /** 0: none, 1: a line break, 2: a blank line before the next text. */
  private pendingBreak = 0;
  private pendingSpace = false;
  /** UTF-16 length written so far, to compare the parts of a page. */
  length = 0;

  text(raw: string, preformatted: boolean): void {
    if (preformatted) {
      if (raw === '') return;
      this.flushSeparator(false);
      this.push(raw.replace(/\r\n?/g, '\n'));
      return;
    }
    const collapsed = raw.replace(COLLAPSIBLE, ' ');
    if (collapsed === '') return;
    const core = collapsed.replace(/^ /, '').replace(/ $/, '');
    if (core === '') {
      this.pendingSpace = true;
      return;
    }
    this.flushSeparator(collapsed.startsWith(' '));
    this.push(core);
    this.pendingSpace = collapsed.endsWith(' ');
  }

  /** A block starts or ends here: 1 for a line break, 2 for a new paragraph. */
  block(strength: 1 | 2): void {
    this.pendingBreak = Math.max(this.pendingBreak, strength);
    this.pendingSpace = false;
  }

  /** <br>: a line break, and a second one in a row makes a blank line. */
  lineBreak(): void {
    this.pendingBreak = this.pendingBreak >= 1 ? 2 : 1;
    this.pendingSpace = false;
  }

  /** Between table cells: words must not run together. */
  space(): void {
    if (this.pendingBreak === 0) this.pendingSpace = true;
  }

  toString(): string {
    return this.parts.join('');
  }

  private flushSeparator(leadingSpace: boolean): void {
    if (this.length > 0) {
      if (this.pendingBreak > 0) this.push(this.pendingBreak === 2 ? '\n\n' : '\n');
      else if (this.pendingSpace || leadingSpace) this.push(' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = false;
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }
}
