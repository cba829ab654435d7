import { prepareForPrint } from './prepareForPrint';
import type { PrintableDocument } from './prepareForPrint';

/**
 * The web host's stand-in for "save as PDF": the document is printed from a hidden,
 * script-less iframe (sandboxed, same origin so its styles can be applied), and the
 * browser's print dialog offers "Save as PDF".
 *
 * A blob: iframe inherits the app's Content-Security-Policy, which forbids <style>
 * elements, style attributes and data: fonts. So the document's styles are applied through
 * the CSSOM instead (constructed stylesheets, element.style) and its embedded fonts are
 * handed to the FontFace API as bytes: the same look, and nothing the policy has to block.
 */
export async function printHtml(html: string): Promise<void> {
  const printable = prepareForPrint(html);
  const url = URL.createObjectURL(new Blob([printable.html], { type: 'text/html' }));
  const frame = document.createElement('iframe');
  frame.className = 'print-frame';
  frame.title = 'Print preview';
  frame.setAttribute('aria-hidden', 'true');
  frame.sandbox.add('allow-same-origin', 'allow-modals');
  try {
    await new Promise<void>((resolve, reject) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.addEventListener('error', () => reject(new Error('the print frame did not load')));
      frame.src = url;
      document.body.append(frame);
    });
    const win = frame.contentWindow;
    if (!win) throw new Error('the print frame has no window');
    await applyStyles(win, printable);
    win.print();
  } finally {
    URL.revokeObjectURL(url);
    // Chromium's print() returns once the dialog is closed; give it a moment all the same.
    setTimeout(() => frame.remove(), 1000);
  }
}

async function applyStyles(win: Window, printable: PrintableDocument): Promise<void> {
  const doc = win.document;
  const FrameSheet = (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet;
  const FrameFontFace = (win as unknown as { FontFace: typeof FontFace }).FontFace;
  const sheet = new FrameSheet();
  sheet.replaceSync(printable.css);
  for (let i = sheet.cssRules.length - 1; i >= 0; i--) {
    const rule = sheet.cssRules[i];
    if (
      !(
        rule instanceof
        (win as unknown as { CSSFontFaceRule: typeof CSSFontFaceRule }).CSSFontFaceRule
      )
    )
      continue;
    const face = fontFaceFromRule(rule, FrameFontFace);
    sheet.deleteRule(i);
    if (face) doc.fonts.add(face);
  }
  doc.adoptedStyleSheets = [sheet];
  for (const [index, cssText] of printable.inlineStyles) {
    const el = doc.querySelector<HTMLElement>(`[data-print-style="${index}"]`);
    // Through the CSSOM, which the policy does not restrict (a style attribute it would).
    if (el) el.style.cssText = cssText;
  }
  await Promise.all(Array.from(doc.fonts).map((f) => f.load().catch(() => undefined)));
}

/** A FontFace made from an @font-face rule whose source is an embedded base64 font. */
function fontFaceFromRule(rule: CSSFontFaceRule, Face: typeof FontFace): FontFace | null {
  const src = rule.style.getPropertyValue('src');
  const match = /url\(\s*["']?data:[^;,]*;base64,([A-Za-z0-9+/=\s]+)["']?\s*\)/.exec(src);
  if (!match?.[1]) return null;
  const binary = atob(match[1].replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const family = rule.style.getPropertyValue('font-family').replace(/^["']|["']$/g, '');
  const descriptors: FontFaceDescriptors = {};
  const weight = rule.style.getPropertyValue('font-weight');
  const style = rule.style.getPropertyValue('font-style');
  const range = rule.style.getPropertyValue('unicode-range');
  if (weight) descriptors.weight = weight;
  if (style) descriptors.style = style;
  if (range) descriptors.unicodeRange = range;
  return new Face(family, bytes.buffer, descriptors);
}
