import { ANSWER_LETTERS, type AnswerLetter } from '~/schemas/vocabulary';

/**
 * Pure helpers for navigation: previous/next, grouping. They take plain data so they can be
 * unit-tested without Astro.
 */

/** The item before and after `id` in `items`, for "vorige / volgende" links. */
export function neighbours<T extends { id: string }>(
  items: readonly T[],
  id: string,
): { previous?: T; next?: T } {
  const i = items.findIndex((item) => item.id === id);
  if (i === -1) return {};
  const result: { previous?: T; next?: T } = {};
  if (i > 0) result.previous = items[i - 1]!;
  if (i < items.length - 1) result.next = items[i + 1]!;
  return result;
}

/** Groups items by a key, keeping the order of first appearance of each key and of items. */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): [K, T[]][] {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return [...groups];
}

/** A role's reading path: for each phase in order, the items tagged for that role and phase. */
export function readingPath<T extends { phases: readonly string[]; roles: readonly string[] }>(
  phases: readonly string[],
  role: string,
  items: readonly T[],
): { phase: string; items: T[] }[] {
  return phases.map((phase) => ({
    phase,
    items: items.filter(
      (item) => item.phases.includes(phase) && (item.roles.length === 0 || item.roles.includes(role)),
    ),
  }));
}

/** One link of a side navigation, with the links under it; `current` marks the reader's page. */
export interface NavLink {
  label: string;
  /** From the site root, as `paths` gives it; the component adds the base path. */
  path: string;
  current?: boolean;
  children?: NavLink[];
}

/** A question as the navigation needs it. */
export interface NavQuestion {
  phase: string;
  number: number;
  label: string;
}

/**
 * The side navigation of the phases: each phase with its questions under it, the phase of the
 * current page marked, and on an answer page its question too. Questions link to their place on
 * the phase page (`questionPath`), so the list works without JavaScript.
 */
export function phaseNav(
  phases: readonly { id: string; label: string; path: string }[],
  questions: readonly NavQuestion[],
  questionPath: (phase: string, number: number) => string,
  current: { phase: string; question?: number },
): NavLink[] {
  return phases.map((phase) => ({
    label: phase.label,
    path: phase.path,
    current: phase.id === current.phase && current.question === undefined,
    children: questions
      .filter((q) => q.phase === phase.id)
      .map((q) => ({
        label: q.label,
        path: questionPath(q.phase, q.number),
        current: phase.id === current.phase && q.number === current.question,
      })),
  }));
}

/** A chapter of a long source as navigation needs it; `deelVan` names the chapter a sub-chapter belongs to. */
export interface NavChapter {
  id: string;
  titel: string;
  deelVan?: string | undefined;
}

/** The sub-chapters of chapter `id`, in order (none for most chapters). */
export function chapterParts<T extends NavChapter>(chapters: readonly T[], id: string): T[] {
  return chapters.filter((c) => c.deelVan === id);
}

/** The chapter `chapter` is a sub-chapter of, if any. */
export function chapterParent<T extends NavChapter>(
  chapters: readonly T[],
  chapter: NavChapter,
): T | undefined {
  return chapter.deelVan === undefined ? undefined : chapters.find((c) => c.id === chapter.deelVan);
}

/** A source's chapters as a side navigation, sub-chapters under their chapter, the current one marked. */
export function chapterNav(
  chapters: readonly NavChapter[],
  chapterPath: (id: string) => string,
  current?: string,
): NavLink[] {
  const link = (c: NavChapter): NavLink => ({
    label: c.titel,
    path: chapterPath(c.id),
    current: c.id === current,
  });
  return chapters
    .filter((c) => chapterParent(chapters, c) === undefined)
    .map((c) => {
      const parts = chapterParts(chapters, c.id);
      return parts.length > 0 ? { ...link(c), children: parts.map(link) } : link(c);
    });
}

/**
 * The answers in reading order: phase by phase (in the order given), question by question,
 * A before B. Each gets an `id` ("start/vraag-2-b") for `neighbours()`.
 */
export function answerOrder<Q extends { phase: string; number: number }>(
  phases: readonly string[],
  questions: readonly Q[],
  letters: readonly AnswerLetter[] = ANSWER_LETTERS,
): (Q & { id: string; letter: AnswerLetter })[] {
  return phases.flatMap((phase) =>
    questions
      .filter((q) => q.phase === phase)
      .sort((a, b) => a.number - b.number)
      .flatMap((q) =>
        letters.map((letter) => ({
          ...q,
          letter,
          id: `${phase}/vraag-${q.number}-${letter.toLowerCase()}`,
        })),
      ),
  );
}
