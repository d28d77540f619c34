import { describe, expect, it } from 'vitest';
import { wrapRawTables } from '~/lib/markdown-plugins.mjs';
import { renderMarkdown } from '../support/markdown';

const render = (markdown: string) =>
  renderMarkdown(markdown, { path: '/x/content/secties/toolkit/017-verkennen.md' });

describe('scrollable tables', () => {
  it('puts a table in a focusable region named after its caption', async () => {
    const html = await render(
      '<table><caption>Activiteiten in de verkenningsfase</caption><tr><td>x</td></tr></table>',
    );
    expect(html).toMatch(
      /<section class="table-scroll" aria-label="Activiteiten in de verkenningsfase" tabindex="0"><table>/,
    );
  });

  it('names a table without caption "Tabel", and wraps Markdown tables too', async () => {
    const html = await render('| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toMatch(/<section class="table-scroll" aria-label="Tabel" tabindex="0">\s*<table>/);
  });
});

describe('wrapRawTables', () => {
  it('wraps each HTML table of a raw block and escapes the caption for the attribute', () => {
    const html = wrapRawTables(
      '<p>x</p><table><caption>Kosten &amp; "baten"</caption></table>\n<table class="t"><tr><td>1</td></tr></table>',
    );
    expect(html).toBe(
      '<p>x</p><section class="table-scroll" aria-label="Kosten &amp; &quot;baten&quot;" tabindex="0"><table><caption>Kosten &amp; "baten"</caption></table></section>\n' +
        '<section class="table-scroll" aria-label="Tabel" tabindex="0"><table class="t"><tr><td>1</td></tr></table></section>',
    );
  });
});
