/**
 * Pure helpers of "take it along" (issue 27): figures the build measures after the pages are
 * written (the size of the whole-book PDF and EPUB, what the offline copy costs) go into
 * empty `<span data-size-of="key">` placeholders the pages rendered for them.
 */

/** A size as a reader reads it: "2,1" (MB, one decimal, Dutch comma); at least "0,1". */
export function megabytes(bytes: number): string {
  return Math.max(0.1, bytes / (1024 * 1024))
    .toFixed(1)
    .replace('.', ',');
}

/** The placeholder a page renders for a figure; its text is filled in by `fillSizes`. */
export const SIZE_ATTRIBUTE = 'data-size-of';

/**
 * Puts each figure's text in its placeholders (again, if the page was filled before).
 * Keys without a text keep their placeholder as it is.
 */
export function fillSizes(html: string, texts: Readonly<Record<string, string>>): string {
  return html.replace(
    new RegExp(`(<span ${SIZE_ATTRIBUTE}="([^"]+)"[^>]*>)[^<]*(</span>)`, 'g'),
    (whole, open: string, key: string, close: string) =>
      texts[key] === undefined ? whole : `${open}${escapeText(texts[key])}${close}`,
  );
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
