import { Tokenizer } from 'htmlparser2';
import type { TokenizerCallbacks } from 'htmlparser2';

export interface HtmlEvents {
  /** A start tag, lowercased, with its attributes (names lowercased, first one wins). */
  open(name: string, attributes: ReadonlyMap<string, string>): void;
  /** An end tag, lowercased, as written: it may close nothing or several elements. */
  close(name: string): void;
  /** Text with entities decoded. */
  text(text: string): void;
  /** Whether the tokenizer is inside <svg> or <math>, where <title> and <style> are not special. */
  inForeignContent(): boolean;
}

/**
 * Runs htmlparser2's tokenizer over `html` and reports tags and text, nothing more. The
 * tokenizer is used without htmlparser2's Parser because the Parser keeps its open elements
 * in an array it shifts and unshifts: a hostile page of a few hundred thousand nested tags
 * then takes minutes. The caller keeps its own stack (see htmlToText).
 */
export function tokenizeHtml(html: string, events: HtmlEvents): void {
  let tagName = '';
  let attributes = new Map<string, string>();
  let attributeName = '';
  let attributeValue = '';
  const slice = (start: number, end: number) => html.slice(start, end);
  const callbacks: TokenizerCallbacks = {
    ontext: (start, end) => events.text(slice(start, end)),
    ontextentity: (cp) => events.text(String.fromCodePoint(cp)),
    onopentagname: (start, end) => {
      tagName = slice(start, end).toLowerCase();
      attributes = new Map();
    },
    onattribname: (start, end) => {
      attributeName = slice(start, end).toLowerCase();
      attributeValue = '';
    },
    onattribdata: (start, end) => {
      attributeValue += slice(start, end);
    },
    onattribentity: (cp) => {
      attributeValue += String.fromCodePoint(cp);
    },
    onattribend: () => {
      if (!attributes.has(attributeName)) attributes.set(attributeName, attributeValue);
      attributeValue = '';
    },
    onopentagend: () => events.open(tagName, attributes),
    // HTML ignores the slash of <div/>; void elements close themselves anyway.
    onselfclosingtag: () => events.open(tagName, attributes),
    onclosetag: (start, end) => events.close(slice(start, end).toLowerCase()),
    oncomment: () => undefined,
    oncdata: () => undefined,
    ondeclaration: () => undefined,
    onprocessinginstruction: () => undefined,
    onend: () => undefined,
    isInForeignContext: () => events.inForeignContent(),
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
