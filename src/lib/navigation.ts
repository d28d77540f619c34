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
