import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { ui } from '~/i18n/nl';
import { handbookMarkdown } from '~/lib/markdown-plugins.mjs';

/**
 * Markdown as the site renders it: Astro's Sätteri processor with the handbook's plugins, as
 * astro.config.mjs sets them up. `path` is the file the text stands in (it scopes heading ids).
 */
export async function renderMarkdown(
  markdown: string,
  { base = '/', path = '/x/content/antwoorden/start/vraag-1-a.mdx' } = {},
): Promise<string> {
  const processor = await createSatteriMarkdownProcessor({
    ...handbookMarkdown({ base, externalLabel: ui.external, oursLabels: ui.oursTable }),
    syntaxHighlight: false,
  });
  return (await processor.render(markdown, { fileURL: new URL(`file://${path}`) })).code;
}
