import { PDFDict, PDFName, PDFNumber, PDFRef, type PDFDocument } from 'pdf-lib';

const N = (name: string) => PDFName.of(name);

/**
 * Chromium nests the bookmarks as the headings nest, so a book with one title heading (h1) gets
 * one top-level bookmark with everything under it. For the whole-handbook book the parts
 * (contents, introduction, one per source) should be the top level: this lifts the children
 * of a single top-level bookmark one level up and drops the title's own bookmark (it points at
 * the cover, page 1). Returns the number of bookmarks now at the top level (0: nothing changed).
 */
export function liftSingleRootOutline(doc: PDFDocument): number {
  const outlines = doc.catalog.lookup(N('Outlines'));
  if (!(outlines instanceof PDFDict)) return 0;
  const first = outlines.get(N('First'));
  if (!(first instanceof PDFRef) || outlines.get(N('Last')) !== first) return 0;
  const root = doc.context.lookup(first, PDFDict);
  const childFirst = root.get(N('First'));
  const childLast = root.get(N('Last'));
  if (!(childFirst instanceof PDFRef) || !(childLast instanceof PDFRef)) return 0;
  const outlinesRef = doc.catalog.get(N('Outlines'));
  let lifted = 0;
  for (let ref: unknown = childFirst; ref instanceof PDFRef;) {
    const item = doc.context.lookup(ref, PDFDict);
    item.set(N('Parent'), outlinesRef!);
    lifted++;
    ref = item.get(N('Next'));
  }
  outlines.set(N('First'), childFirst);
  outlines.set(N('Last'), childLast);
  // Count: the visible bookmarks; the title was one of them.
  const count = outlines.lookup(N('Count'));
  if (count instanceof PDFNumber)
    outlines.set(N('Count'), PDFNumber.of(Math.max(lifted, count.asNumber() - 1)));
  doc.context.delete(first);
  return lifted;
}
