import { plainInline } from './excerpt';
import { cutAtWord } from './page-title';

/**
 * Meta descriptions: one of its own for every page, taken from the page's content (a question's
 * text, a section's opening words, a werkvorm's aim). Search engines show about 150–160
 * characters, so the text is cut at a word there.
 */
export const MAX_DESCRIPTION_LENGTH = 160;

/**
 * Markdown/MDX as one line of plain text. Block marks (imports, tags, table rows, heading,
 * list and quote marks) go here; inline marks (links, emphasis, entities) are the
 * excerpts' own `plainInline`, so a description reads like a passage's opening.
 */
export function plainText(markdown: string): string {
  return plainInline(
    markdown
      .replace(/^import .*$/gm, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/^\s*\|.*\|\s*$/gm, ' ')
      .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+[.)]|>)\s+/gm, ''),
  );
}

/** A description from one or more parts ("Vraag: …", opening words), joined and cut to length. */
export function metaDescription(...parts: (string | undefined)[]): string {
  const text = parts
    .map((part) => (part ? plainText(part) : ''))
    .filter(Boolean)
    .join(' ');
  return cutAtWord(text, MAX_DESCRIPTION_LENGTH);
}
