/**
 * Stand-ins for `astro:content` and `astro/loaders` when scripts/check-content.ts loads
 * src/content.config.ts in plain Node: a collection keeps its loader's settings and schema,
 * and `reference()` gives the `{ id, collection }` Astro gives, noting each use so the
 * checker can tell the editor about a reference to an entry that does not exist.
 */
import { z } from 'astro/zod';

/** References seen while one entry is parsed; the checker empties it before each entry. */
export const referencesSeen = [];

export const defineCollection = (config) => config;

export const reference = (collection) =>
  z.string().transform((id) => {
    referencesSeen.push({ collection, id });
    return { id, collection };
  });

export const glob = ({ base, pattern }) => ({ kind: 'glob', base, pattern });
export const file = (path) => ({ kind: 'file', path });
