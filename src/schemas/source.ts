import { z } from 'astro/zod';
import { count, text } from './friendly-errors';

const chapterId = (what: string) =>
  z.string().regex(/^[a-z0-9-]+$/, { error: `${what}: alleen kleine letters, cijfers en koppeltekens` });

/**
 * A chapter of a long source: sections name it by `id` and get a page of their own. A chapter
 * too long for one page is read in its sub-chapters: each is a chapter of its own with
 * `deelVan`, listed right after it, and the chapter's page keeps its opening text and lists them.
 */
const chapterSchema = z.strictObject({
  /** Part of the chapter's address, e.g. "h3-stappenplan"; lowercase letters, digits and hyphens. */
  id: chapterId('hoofdstuk-id'),
  /** The chapter title as the source prints it, e.g. "3.1 Verkennen" for a sub-chapter. */
  titel: text('hoofdstuktitel'),
  /**
   * For a sub-chapter: the id of the chapter it belongs to, e.g. "h3-aanpak". It follows that
   * chapter (or its other sub-chapters) directly in the list; one level only.
   */
  deelVan: chapterId('deelVan').optional(),
});

/** Permission to reproduce a source: recorded (who, when) or explicitly not recorded. */
const permissionSchema = z.union(
  [
    z.literal('niet vastgelegd'),
    z.strictObject({
      /** Who gave the permission: person and organisation holding the rights. */
      door: text('toestemming.door'),
      /** When, as on the letter or e-mail, e.g. "2026-11-20". */
      datum: text('toestemming.datum'),
      /** How it was given and where it is kept, e.g. "per e-mail, in het projectarchief". */
      hoe: z.string().optional(),
    }),
  ],
  {
    error: 'toestemming: schrijf "niet vastgelegd", of { door: wie gaf toestemming, datum: wanneer }',
  },
);

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
  /** Authors and partners as the document names them; empty when it names none (say who led it below). */
  auteurs: z.array(text('auteur')).default([]),
  /** Who led the project, where the document names project leads rather than authors. */
  projectleiding: z.array(text('projectleider')).default([]),
  /** Publisher(s) as printed. */
  uitgever: text('uitgever'),
  /** Year or date of publication, as the document gives it (e.g. "2024"), or "datum niet vermeld". */
  datum: text('datum'),
  /** The rights statement (licence or copyright line); where the document has none, say so. */
  rechten: text('rechten'),
  /** A disclaimer the document prints (not a rights statement), word for word. */
  disclaimer: z.string().optional(),
  /**
   * Permission to reproduce the document here: who gave it and when, or "niet vastgelegd".
   * Never fill this in without a written permission; the build warns while a source that
   * reserves all rights has none.
   */
  toestemming: permissionSchema,
  /** One sentence (ours) on what this source brings to the handbook. */
  bijdrage: text('bijdrage'),
  /** The name of the text file this source was converted from, which the coverage check compares with. */
  seed: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, {
    error: 'seed: de bestandsnaam van de brontekst, bv. 001_fae33c40b280b881.txt',
  }),
  /** A block the document prints at its very end (e.g. a contact block), shown after its sections. */
  afsluiting: z
    .strictObject({
      /** Its heading as printed, e.g. "Contact". */
      titel: text('afsluiting.titel'),
      /** Its paragraphs, word for word, in order. */
      alineas: z
        .array(text('afsluiting.alinea'))
        .min(1, { error: 'afsluiting.alineas: noem minstens één alinea' }),
    })
    .optional(),
  /**
   * Headings the document prints over a run of sections, by their `volgorde` (from–to),
   * e.g. { titel: "10 aanbevelingen bij implementatie", van: 2, tot: 11 }.
   */
  delen: z
    .array(
      z.strictObject({
        /** The heading as printed. */
        titel: text('delen.titel'),
        /** `volgorde` of its first section. */
        van: count('delen.van'),
        /** `volgorde` of its last section. */
        tot: count('delen.tot'),
      }),
    )
    .default([]),
  /** Chapters, for long sources read page by page; empty means one page for the whole source. */
  hoofdstukken: z.array(chapterSchema).default([]),
});
export type SourceData = z.infer<typeof sourceSchema>;
