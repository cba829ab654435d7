import type { SourceMetadata } from './sourceImportResult.js';
import { HtmlMetadataCollector } from './HtmlMetadataCollector.js';
import { TextSink } from './TextSink.js';
import { tokenizeHtml } from './tokenizeHtml.js';

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/));

/** Elements whose content is never article text: code, styling, embedded documents, controls. */
const DROPPED = words(
  'head script style noscript template iframe frame frameset noembed noframes svg ' +
    'math object canvas audio video select button textarea datalist nav dialog',
);
const VOID = words(
  'area base br col embed hr img input link meta param source track wbr keygen ' +
    'basefont bgsound frame image',
);
/** Blocks set off by a blank line. */
const PARAGRAPH = words(
  'p h1 h2 h3 h4 h5 h6 blockquote pre ul ol dl table figure section article aside ' +
    'header footer main hr address details fieldset form hgroup listing xmp plaintext ' +
    'center body',
);
/** Blocks set off by a line break. */
const LINE = words('div li tr dt dd summary legend figcaption caption option tbody thead tfoot');
const CELL = new Set(['td', 'th']);
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext']);
/** What may stand in <head>; anything else ends it, as in a browser. */
const HEAD_CONTENT = words('title meta link style script base noscript template');

export interface HtmlText {
  /** The page as plain text: the article when the page marks one. */
  text: string;
  /** What the page's markup says about it; fields it does not say are empty. */
  metadata: SourceMetadata;
}

interface Frame {
  name: string;
  dropped: boolean;
}

/**
 * Reduces an HTML page to its plain text, without a DOM and without keeping any markup.
 * Only text nodes are ever output: scripts, styles, embedded documents and attributes
 * (event handlers, javascript: links) never reach the text, so hostile markup comes out as
 * inert words. When the page has an <article> (or else a <main>) with enough text, that is
 * the text, leaving navigation, related links and comments behind.
 */
export function htmlToText(html: string): HtmlText {
  const meta = new HtmlMetadataCollector();
  const body = new TextSink();
  const main = new TextSink();
  const articles: TextSink[] = [];
  const stack: Frame[] = [];
  const openCount = new Map<string, number>();
  let dropped = 0;
  let preformatted = 0;
  let foreign = 0;
  let inArticle = 0;
  let inMain = 0;

  const sinks = (): TextSink[] => {
    const active = [body];
    if (inMain > 0) active.push(main);
    const article = articles.at(-1);
    if (inArticle > 0 && article) active.push(article);
    return active;
  };
  const blockEdge = (name: string) => {
    if (dropped > 0) return;
    if (PARAGRAPH.has(name)) for (const s of sinks()) s.block(2);
    else if (LINE.has(name)) for (const s of sinks()) s.block(1);
    else if (CELL.has(name)) for (const s of sinks()) s.space();
  };
  const count = (name: string, delta: number) =>
    openCount.set(name, (openCount.get(name) ?? 0) + delta);

  const pop = () => {
    const frame = stack.pop();
    if (!frame) return;
    count(frame.name, -1);
    if (frame.dropped) dropped--;
    if (PREFORMATTED.has(frame.name)) preformatted--;
    if (frame.name === 'svg' || frame.name === 'math') foreign--;
    if (frame.name === 'article') inArticle--;
    if (frame.name === 'main') inMain--;
    meta.closed(frame.name);
    blockEdge(frame.name);
  };
  const popThrough = (name: string) => {
    if ((openCount.get(name) ?? 0) === 0) return false;
    while (stack.length > 0 && stack.at(-1)?.name !== name) pop();
    pop();
    return true;
  };

  tokenizeHtml(html, {
    open(name, attributes) {
      if (name === 'body' || (stack.at(-1)?.name === 'head' && !HEAD_CONTENT.has(name)))
        popThrough('head');
      meta.opened(name, attributes, {
        dropped: dropped > 0,
        foreign: foreign > 0,
        inArticle: inArticle > 0,
      });
      if (name === 'br') {
        if (dropped === 0) for (const s of sinks()) s.lineBreak();
        return;
      }
      blockEdge(name);
      if (VOID.has(name)) return;
      const isDropped = DROPPED.has(name);
      stack.push({ name, dropped: isDropped });
      count(name, 1);
      if (isDropped) dropped++;
      if (PREFORMATTED.has(name)) preformatted++;
      if (name === 'svg' || name === 'math') foreign++;
      if (name === 'main') inMain++;
      if (name === 'article' && inArticle++ === 0) articles.push(new TextSink());
    },
    close(name) {
      // An end tag with no open element: </p> and </br> still break the line, as in browsers.
      if (popThrough(name)) return;
      if (name === 'br') {
        if (dropped === 0) for (const s of sinks()) s.lineBreak();
      } else blockEdge(name);
    },
    text(text) {
      meta.text(text, dropped > 0);
      if (dropped > 0) return;
      for (const s of sinks()) s.text(text, preformatted > 0);
    },
    inForeignContent: () => foreign > 0,
  });
  while (stack.length > 0) pop();

  return { text: chooseText(body, main, articles), metadata: meta.result() };
}

/**
 * The longest <article> when it holds at least a third of the text of <main> (or of the page)
 * or enough to be an article on its own; else <main> on the same terms; else the whole page.
 * A page that marks only a teaser or a comment as <article> keeps its full text.
 */
function chooseText(body: TextSink, main: TextSink, articles: readonly TextSink[]): string {
  const enough = (part: TextSink, whole: TextSink) =>
    part.length >= 500 || part.length * 3 >= whole.length;
  const longest = articles.reduce<TextSink | null>(
    (a, b) => (a === null || b.length > a.length ? b : a),
    null,
  );
  const outer = main.length > 0 ? main : body;
  if (longest && longest.length > 0 && enough(longest, outer)) return longest.toString();
  if (main.length > 0 && enough(main, body)) return main.toString();
  return body.toString();
}
