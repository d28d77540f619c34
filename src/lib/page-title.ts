/**
 * The text of a page's <title>: "Pagina · Handboek Digitaal Samenwerken". Browsers show about
 * 60–70 characters in a tab or a search result and screen readers read the title first, so it
 * stays within 70 (html-validate's long-title rule). The site name is always there (a shared
 * link or a search result must say where it leads); a page title too long for both is cut at a
 * word boundary with "…". The start carries the distinguishing part ("Reflectie 3 · Vraag 2 ·
 * Antwoord B: …"), so cutting the end keeps titles unique.
 */
export const MAX_TITLE_LENGTH = 70;

const SEPARATOR = ' · ';

export function pageTitle(title: string, siteTitle: string, max = MAX_TITLE_LENGTH): string {
  const full = `${title}${SEPARATOR}${siteTitle}`;
  if (htmlLength(full) <= max) return full;
  // Room for the page title: what the site name leaves, less what "&" costs as "&amp;".
  const room = max - SEPARATOR.length - siteTitle.length - (htmlLength(title) - title.length);
  return `${cutAtWord(title, room)}${SEPARATOR}${siteTitle}`;
}

/** Length as written in HTML, which the validator counts: "&" is "&amp;", "<" is "&lt;". */
const htmlLength = (text: string) => text.replace(/&/g, '&amp;').replace(/[<>]/g, '&lt;').length;

/** The text cut to at most `max` characters at a word boundary, ending in "…" when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const atWord = (space > 0 ? cut.slice(0, space) : cut).replace(/[\s,.;:?!·–-]+$/, '');
  return `${atWord || cut}…`;
}
