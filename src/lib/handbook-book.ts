/**
 * Pure helpers for the whole handbook as one book (src/pages/boekjes/handboek.astro, printed to
 * dist/boekjes/handboek.pdf and packed as dist/boekjes/handboek.epub). The book puts the text of
 * many site pages on one page, so ids must stay unique and links to those pages must go to
 * their place inside the book. They work on Astro's rendered HTML, where attribute values are
 * always double-quoted and escaped.
 */

/** The id of a part of the book (a source, a phase, a chapter of a source). */
export const bookAnchor = (...names: string[]) => `boek-${names.join('-')}`;

/** Attributes whose value is one id or a list of ids on the same page. */
const ID_ATTRIBUTES = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'headers'];

/**
 * Gives every id in `html` the prefix, and every reference to one of those ids (labels, ARIA,
 * table headers, "#…" links), so that the text of several pages can stand on one page.
 * References to ids outside `html` stay as they are.
 */
export function prefixIds(html: string, prefix: string): string {
  if (!prefix) return html;
  const own = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const add = (id: string) => (own.has(id) ? `${prefix}${id}` : id);
  const references = new RegExp(`(\\s(?:${ID_ATTRIBUTES.join('|')}))="([^"]+)"`, 'g');
  return html
    .replace(
      references,
      (_, name: string, value: string) => `${name}="${value.split(/\s+/).map(add).join(' ')}"`,
    )
    .replace(/(\shref)="#([^"]+)"/g, (_, name: string, id: string) => `${name}="#${add(id)}"`);
}

/** A page of the site whose text the book holds: where it starts, and the prefix of its ids. */
export interface BookPage {
  /** The page's path from the site root, as in src/lib/routes.ts: "/bronnen/dossier/". */
  path: string;
  /** The id in the book where the page's text starts. */
  anchor: string;
  /** The prefix the page's own ids carry in the book ("" when they are unchanged). */
  prefix: string;
}

/**
 * Points every link to a page the book holds at its place in the book: "/handboek/bronnen/
 * dossier/#kosten" becomes "#dossier-kosten" when the book has that id, else the start of that
 * page's text. Links to other pages of the site and to other hosts stay as they are (the PDF
 * printer and the EPUB writer decide about those).
 */
export function bookLinks(html: string, pages: readonly BookPage[], base: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const byPath = new Map(pages.map((p) => [p.path, p]));
  return html.replace(/(\shref)="([^"#]*)(#[^"]*)?"/g, (whole, name: string, path: string, hash = '') => {
    if (!path.startsWith(base)) return whole;
    const page = byPath.get(`/${path.slice(base.length)}`);
    if (!page) return whole;
    const target = hash ? `${page.prefix}${safeDecode(hash.slice(1))}` : '';
    return `${name}="#${target && ids.has(target) ? target : page.anchor}"`;
  });
}

/** A fragment as the id it names ("%C3%A9" → "é"); a malformed escape as written. */
function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
