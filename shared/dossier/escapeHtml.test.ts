import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escapeHtml.js';
import { joinHtml, markup, trustedHtml } from './safeHtml.js';

describe('escapeHtml', () => {
  it('turns every markup character into an entity', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    );
  });

  it('leaves hostile markup with no tag, attribute or style break-out', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '</style><script>alert(1)</script>',
      '" onmouseover="alert(1)',
      "' autofocus onfocus='alert(1)",
      '<!-- --><svg onload=alert(1)>',
    ];
    for (const h of hostile) {
      const out = escapeHtml(h);
      expect(out).not.toMatch(/[<>"']/);
      // Inside an attribute the value cannot end the attribute or the element.
      const attr = `<a title="${out}">`;
      expect(attr.match(/"/g)).toHaveLength(2);
    }
  });

  it('escapes an ampersand first, so entities in data stay visible as typed', () => {
    expect(escapeHtml('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('keeps Cyrillic and other text as it is', () => {
    expect(escapeHtml('Мікалай Статкевіч — Statkevič')).toBe('Мікалай Статкевіч — Statkevič');
  });
});

describe('markup template', () => {
  it('escapes every interpolated string and keeps the literal markup', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(markup`<p class="n">${name}</p>`.value).toBe(
      '<p class="n">&lt;img src=x onerror=alert(1)&gt;</p>',
    );
  });

  it('nests fragments without escaping them twice and drops empty values', () => {
    const inner = markup`<b>${'a&b'}</b>`;
    expect(markup`<p>${inner}${null}${false}${undefined}${[inner, 'x<y']}${3}</p>`.value).toBe(
      '<p><b>a&amp;b</b><b>a&amp;b</b>x&lt;y3</p>',
    );
  });

  it('escapes the separator of joinHtml and passes trusted markup through', () => {
    expect(joinHtml(['<a>', markup`<i>b</i>`], ' & ').value).toBe('&lt;a&gt; &amp; <i>b</i>');
    expect(trustedHtml('<hr>').value).toBe('<hr>');
  });
});
