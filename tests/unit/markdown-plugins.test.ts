import { ui } from '~/i18n/nl';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../support/markdown';

const render = (markdown: string) => renderMarkdown(markdown, { base: '/handboek/' });

describe('markdown plugins', () => {
  it('gives site links the base path and marks external links', async () => {
    const html = await render(
      '[werkvorm 2](/werkvormen/vind-samen-je-why/) en [SAM](https://www.sam-vzw.be/)',
    );
    expect(html).toContain('href="/handboek/werkvormen/vind-samen-je-why/"');
    expect(html).toMatch(/<a href="https:\/\/www\.sam-vzw\.be\/"[^>]*class="extern"/);
    // The label a reader sees (and a screen reader hears) comes from the dictionary, inside the link.
    const link = html.match(/<a href="https:\/\/www\.sam-vzw\.be\/"[^>]*>(.*?)<\/a>/)?.[1] ?? '';
    expect(link).toContain('SAM<span class="extern-label" data-pagefind-ignore');
    expect(link).toContain(ui.external);
  });

  it('stops on a placeholder link from the PDF and says which link and what to write instead', async () => {
    await expect(render('Zie [Logt u even in](#).')).rejects.toThrow(
      /vraag-1-a\.mdx: link "Logt u even in" zonder doel \("#"\)\. Schrijf de tekst zonder link/,
    );
    await expect(render('Zie [hier]().')).rejects.toThrow(/link "hier" zonder doel \(""\)/);
  });

  it('gives headings ids scoped to their file, so several answers can share a page', async () => {
    const html = await render('### Randvoorwaarden\n\n### Tips\n\n### Tips');
    expect(html).toContain('id="start-vraag-1-a-randvoorwaarden"');
    expect(html).toContain('id="start-vraag-1-a-tips"');
    expect(html).toContain('id="start-vraag-1-a-tips-2"');
  });

  it('writes the numbers of an ordered list as text, from its start number', async () => {
    const html = await render('4. Vierde\n5. Vijfde\n\n- los');
    expect(html).toMatch(
      /<ol start="4" class="numbered">\s*<li><span class="list-number">4\. <\/span>Vierde<\/li>\s*<li><span class="list-number">5\. <\/span>Vijfde/,
    );
    expect(html).toMatch(/<ul>\s*<li>los<\/li>/);
  });
});
