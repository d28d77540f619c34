/**
 * The text of a page's <title>. Browsers show about 60–70 characters in a tab or a search
 * result and screen readers read the title first, so it stays within 70 (html-validate's
 * long-title rule): "Pagina · Handboek" when that fits; else the page title alone; else the
 * page title cut at a word boundary with "…". The start carries the distinguishing part
 * ("Reflectie 3 · Vraag 2 · Antwoord B: …"), so cutting the end keeps titles unique.
 */
export const MAX_TITLE_LENGTH = 70;

export function pageTitle(title: string, siteTitle: string, max = MAX_TITLE_LENGTH): string {
  const full = `${title} · ${siteTitle}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,.;:?!·–-]+$/, '');
  return `${atWord || cut}…`;
}
