import { z } from 'astro/zod';
import { count, text } from './friendly-errors';

/** A chapter of a long source: sections name it by `id` and get a page of their own. */
const chapterSchema = z.strictObject({
  /** Part of the chapter's address, e.g. "h3-stappenplan"; lowercase letters, digits and hyphens. */
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'hoofdstuk-id: alleen kleine letters, cijfers en koppeltekens' }),
  /** The chapter title as the source prints it. */
  titel: text('hoofdstuktitel'),
});

/** One of the five source documents, with its credits. The body holds its colofon. */
export const sourceSchema = z.strictObject({
  /** Order on the sources page, 1 to 5. */
  nummer: count('nummer'),
  /** The document's title as printed. */
  titel: text('titel'),
  /** A short name for lists and filters, e.g. "Stappenplan". */
  korteTitel: text('korteTitel'),
  /** Subtitle, where the document has one. */
  ondertitel: z.string().optional(),
  /** Authors and partners as the document names them. */
  auteurs: z.array(text('auteur')).min(1, { error: 'auteurs: noem minstens één auteur of partner' }),
  /** Publisher(s) as printed. */
  uitgever: text('uitgever'),
  /** Year or date of publication, as the document gives it (e.g. "2024"), or "onbekend". */
  datum: text('datum'),
  /** The rights statement (licence or copyright line); where the document has none, say so. */
  rechten: text('rechten'),
  /** One sentence (ours) on what this source brings to the handbook. */
  bijdrage: text('bijdrage'),
  /** The name of the text file this source was converted from, which the coverage check compares with. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, {
    error: 'seed: de bestandsnaam van de brontekst, bv. 001_fae33c40b280b881.txt',
  }),
  /** Chapters, for long sources read page by page; empty means one page for the whole source. */
  hoofdstukken: z.array(chapterSchema).default([]),
});
export type SourceData = z.infer<typeof sourceSchema>;
