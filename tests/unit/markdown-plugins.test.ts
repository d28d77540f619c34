import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { ui } from '~/i18n/nl';
import { describe, expect, it, vi } from 'vitest';
import {
  rehypeScopedHeadingIds,
  rehypeVisibleListNumbers,
  remarkSiteLinks,
} from '~/lib/markdown-plugins.mjs';

async function render(
  markdown: string,
  base = '/handboek/',
  path = '/x/content/antwoorden/start/vraag-1-a.mdx',
) {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [[remarkSiteLinks, { base, externalLabel: ui.external }]],
    rehypePlugins: [rehypeScopedHeadingIds, rehypeVisibleListNumbers],
  } as never);
  return (await processor.render(markdown, { fileURL: new URL(`file://${path}`) } as never)).code;
}

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

  it('stops on a placeholder link from the PDF and says what to write instead', async () => {
    // The Markdown processor also logs the error it rethrows, stack and all; the test expects
    // the error, so it keeps that log out of the output and checks it is the same message.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(render('Zie [Logt u even in](#).')).rejects.toThrow(
        /link zonder doel \("#"\)\. Schrijf de tekst zonder link/,
      );
      for (const [first] of logged.mock.calls) expect(String(first)).toContain('link zonder doel');
    } finally {
      logged.mockRestore();
    }
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
