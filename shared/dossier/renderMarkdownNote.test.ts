import fc from 'fast-check';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { NOTE_ELEMENTS, renderMarkdownNote } from './renderMarkdownNote.js';

interface Parsed {
  tags: string[];
  attributes: { tag: string; name: string; value: string }[];
  text: string;
}

/** The elements, attributes and text a browser would see in the rendered note. */
function parse(html: string): Parsed {
  const out: Parsed = { tags: [], attributes: [], text: '' };
  const parser = new Parser(
    {
      onopentag(tag, attributes) {
        out.tags.push(tag);
        for (const [name, value] of Object.entries(attributes))
          out.attributes.push({ tag, name, value });
      },
      ontext(text) {
        out.text += text;
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return out;
}

const render = (source: string) => renderMarkdownNote(source).value;

describe('renderMarkdownNote', () => {
  it('prints Markdown emphasis as formatting, not asterisks', () => {
    expect(render('Held *incommunicado* since **March**, see `art. 293`.')).toBe(
      '<p>Held <em>incommunicado</em> since <strong>March</strong>, see <code>art. 293</code>.</p>',
    );
  });

  it('keeps paragraphs, lists, block quotes and numbered lists that start elsewhere', () => {
    const html = render('First.\n\nSecond.\n\n- a\n- b\n\n> said so\n\n3. three\n4. four');
    expect(html).toBe(
      '<p>First.</p><p>Second.</p><ul><li>a</li><li>b</li></ul>' +
        '<blockquote><p>said so</p></blockquote><ol start="3"><li>three</li><li>four</li></ol>',
    );
  });

  it('prints a link as its text followed by the address, and no link element', () => {
    const html = render(
      'See [the verdict](https://spring96.org/en/news/1?a=1&b=2) and <https://x.org>.',
    );
    expect(html).toBe(
      '<p>See the verdict <span class="addr">(https://spring96.org/en/news/1?a=1&amp;b=2)</span> and https://x.org.</p>',
    );
    expect(render('![photo of the court](https://tracker.example/p.png)')).not.toContain('<img');
    // Not even a javascript: address can do anything: it is printed, not linked.
    expect(render('[click](javascript:alert(1))')).toBe(
      '<p>click <span class="addr">(javascript:alert(1))</span></p>',
    );
  });

  it('prints a note heading as a bold paragraph, so it stays out of the PDF outline', () => {
    expect(render('# Family')).toBe('<p><strong>Family</strong></p>');
  });

  it.each([
    ['a script', '<script>alert(1)</script>'],
    ['an image with onerror', 'before <img src=x onerror=alert(2)> after'],
    [
      'a raw HTML block',
      '<div onclick="steal()">\n<iframe src="https://evil.example"></iframe>\n</div>',
    ],
    ['a style element', '<style>body{display:none}</style>'],
    ['markup inside code', '`<b>not bold</b>`\n\n```\n<script>x</script>\n```'],
  ])('prints %s as the text it is', (_, source) => {
    const parsed = parse(render(source));
    expect(parsed.tags.every((t) => NOTE_ELEMENTS.has(t))).toBe(true);
    expect(parsed.attributes.filter((a) => a.name !== 'class')).toEqual([]);
    // Every character of the markup is there to read (white space may differ).
    const squeeze = (t: string) => t.replace(/\s+/g, '');
    const typed = source.match(/<[^>\n]*>/g) ?? [];
    expect(typed.length).toBeGreaterThan(0);
    for (const tag of typed) expect(squeeze(parsed.text)).toContain(squeeze(tag));
  });

  it('never produces an element, attribute or URL outside the allowed set, whatever the note', () => {
    const piece = fc.oneof(
      fc.string(),
      fc.constantFrom(
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '<div onclick="x()">',
        '</div>',
        '<a href="javascript:alert(1)">a</a>',
        '<!-- c -->',
        '<![CDATA[x]]>',
        '<style>',
        '**',
        '*',
        '_',
        '`',
        '```\n',
        '~~',
        '[a](',
        '](javascript:alert(1))',
        ')',
        '![i](http://x/y.png)',
        '<https://x.org>',
        '\n\n',
        '\n',
        '> ',
        '- ',
        '1. ',
        '# ',
        '| a | b |\n|---|---|\n',
        '[x]: http://r.org "t"\n',
        '&amp;',
        '&lt;script&gt;',
        '"',
        "'",
        '<',
        '>',
        '\\',
      ),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const parsed = parse(render(pieces.join('')));
        for (const tag of parsed.tags) expect(NOTE_ELEMENTS.has(tag), tag).toBe(true);
        for (const a of parsed.attributes) {
          const allowed =
            (a.name === 'class' && /^(pre|addr)$/.test(a.value)) ||
            (a.tag === 'ol' && a.name === 'start' && /^\d+$/.test(a.value));
          expect(allowed, `${a.tag} ${a.name}="${a.value}"`).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
