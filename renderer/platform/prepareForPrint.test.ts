import { describe, expect, it } from 'vitest';
import { prepareForPrint } from './prepareForPrint';

describe('prepareForPrint', () => {
  it('lifts styles out and drops scripts', () => {
    const html = [
      '<!DOCTYPE html><html><head><style>body{font-family:"X"}</style>',
      '<script>alert(1)</script></head>',
      '<body><p class="a" style="color:red">It&#39;s &quot;quoted&quot; style=&quot;x&quot;</p>',
      '<STYLE media="print">@page{margin:1cm}</STYLE></body></html>',
    ].join('');
    const out = prepareForPrint(html);
    expect(out.css).toBe('body{font-family:"X"}\n@page{margin:1cm}');
    expect(out.html).not.toMatch(/<style|<script|\sstyle="/i);
    expect(out.html).toContain('<p class="a" data-print-style="0">');
    // Escaped text that merely looks like an attribute is left alone.
    expect(out.html).toContain('style=&quot;x&quot;');
    expect(out.inlineStyles.get(0)).toBe('color:red');
  });
});
