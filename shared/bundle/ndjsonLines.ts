import { bundleError } from './bundleError.js';

/**
 * Splits a stream of UTF-8 bytes into lines as they arrive, so a revisions part of hundreds
 * of megabytes is never one string. Lines end with \n (a \r before it is dropped); blank
 * lines are skipped. Invalid UTF-8 and over-long lines are refused with the line number.
 */
export class NdjsonLines {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private pending = '';
  private line = 0;

  constructor(
    private readonly entry: string,
    private readonly maxLineChars: number,
    private readonly onLine: (text: string, line: number) => void,
  ) {}

  push(bytes: Uint8Array): void {
    this.take(this.decode(bytes, true));
  }

  end(): void {
    this.take(this.decode(new Uint8Array(0), false));
    if (this.pending.length > 0) this.emit(this.pending);
    this.pending = '';
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(bytes, { stream });
    } catch {
      throw bundleError('invalid-record', 'is not valid UTF-8 text', {
        entry: this.entry,
        line: this.line + 1,
      });
    }
  }

  private take(text: string): void {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const piece = text.slice(start, nl);
      this.checkLength(this.pending.length + piece.length);
      this.emit(this.pending + piece);
      this.pending = '';
      start = nl + 1;
    }
    const rest = text.slice(start);
    this.checkLength(this.pending.length + rest.length);
    this.pending += rest;
  }

  private checkLength(length: number): void {
    if (length > this.maxLineChars) {
      throw bundleError('too-large', `line longer than ${this.maxLineChars} characters`, {
        entry: this.entry,
        line: this.line + 1,
      });
    }
  }

  private emit(raw: string): void {
    this.line += 1;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.trim().length > 0) this.onLine(text, this.line);
  }
}
