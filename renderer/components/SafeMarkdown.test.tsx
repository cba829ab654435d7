// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { SafeMarkdown, markdownToSafeHtml } from './SafeMarkdown';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const HOSTILE = [
  '# Note',
  '',
  'Before <img src=x onerror=alert(1)> after.',
  '',
  '<script>alert(2)</script>',
  '',
  '[click me](javascript:alert(3)) and <a href="javascript:alert(4)">raw link</a>',
  '',
  '<iframe src="https://example.org"></iframe><svg onload=alert(5)></svg>',
  '',
  '<p style="background:url(https://tracker.example/x)" onclick="alert(6)">styled</p>',
  '',
  '[a source](https://example.org/article) and **bold**',
].join('\n');

function render(source: string): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(<SafeMarkdown source={source} />));
  return host;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('SafeMarkdown', () => {
  it('renders Markdown', () => {
    const host = render('Some **bold** and a [link](https://example.org).');
    expect(host.querySelector('strong')?.textContent).toBe('bold');
    expect(host.querySelector('a')?.getAttribute('href')).toBe('https://example.org');
    expect(host.querySelector('a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('keeps a hostile note inert', () => {
    const host = render(HOSTILE);
    expect(host.querySelector('script, iframe, svg, img, style, object, embed')).toBeNull();
    for (const el of host.querySelectorAll('*')) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(attr.name).not.toBe('style');
        expect(attr.value.toLowerCase()).not.toContain('javascript:');
      }
    }
    const hrefs = Array.from(host.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://example.org/article']);
    // Raw HTML shows as the text it is: readable, and never parsed as markup.
    expect(host.textContent).toContain('Before <img src=x onerror=alert(1)> after.');
    expect(host.textContent).toContain('<script>alert(2)</script>');
    expect(host.textContent).toContain('styled');
  });

  it('never hands raw markup to the HTML parser', () => {
    const html = markdownToSafeHtml(
      '<img src=x onerror=alert(1)>[x](javascript:alert(1)) ![pic](https://example.org/p.png)',
    );
    expect(html).not.toMatch(/<img|<script|javascript:|<[^>]*\son\w+=/i);
    expect(html).toContain('pic');
  });
});
