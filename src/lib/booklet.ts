/**
 * Pure helpers for the per-phase booklets (src/pages/boekjes/[fase].astro). They take plain
 * data so they can be unit-tested without Astro.
 */

/** Ids of the booklet's own chapters carry a prefix, so they never meet a content heading id. */
export const chapterAnchor = (name: string) => `boekje-${name}`;

/** A question's chapter, and the advice of one of its answers inside it. */
export const questionChapter = (number: number) => chapterAnchor(`vraag-${number}`);
export const answerAnchor = (number: number, letter: string) =>
  chapterAnchor(`vraag-${number}-${letter.toLowerCase()}`);

/** Where a werkvorm stands in the booklet's werkvormen chapter. */
export const methodAnchor = (methodId: string) => `werkvorm-${methodId}`;

/**
 * Moves every heading in rendered HTML `by` levels down (h3 → h4), never past h6, so that
 * content written for a page of its own fits under the booklet's chapter headings and the
 * PDF's bookmarks nest properly. Safe on Astro's output: text "<h3" is always escaped there.
 */
export function shiftHeadings(html: string, by: number): string {
  if (by === 0) return html;
  return html.replace(
    /<(\/?)h([1-6])(?=[\s>])/g,
    (_, slash: string, level: string) => `<${slash}h${Math.min(6, Number(level) + by)}`,
  );
}

/**
 * The werkvormen a booklet prints: those its answers refer to and those tagged for the phase,
 * each once, in the handbook's order of werkvormen (`allInOrder`).
 */
export function bookletMethodIds(
  allInOrder: readonly string[],
  referenced: readonly string[],
  forPhase: readonly string[],
): string[] {
  const wanted = new Set([...referenced, ...forPhase]);
  return allInOrder.filter((id) => wanted.has(id));
}

/** The sources a booklet draws on, each once, in the handbook's order of sources. */
export function bookletSourceIds(allInOrder: readonly string[], used: readonly string[]): string[] {
  const wanted = new Set(used);
  return allInOrder.filter((id) => wanted.has(id));
}
