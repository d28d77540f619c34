import { z } from 'astro/zod';
import { text } from './friendly-errors.ts';

/** Where the search synonyms live, from the project root. */
export const SYNONYMS_FILE = 'content/zoeken/synoniemen.yaml';

/**
 * The search synonyms. File: SYNONYMS_FILE, checked with all other content before every build
 * (scripts/check-content.ts) and read by the Pagefind integration (src/integrations/pagefind.ts).
 */
export const synonymGroupSchema = z.strictObject({
  /** Why these terms belong together, for the next editor, e.g. "Vlaams en Nederlands". */
  waarom: text('waarom'),
  /**
   * Two or more words or short phrases a reader may use for the same thing, e.g.
   * [vorming, scholing, training]. A search for one also finds pages that use another.
   */
  termen: z
    .array(text('term'), { error: 'termen: verwacht een lijst, bijvoorbeeld [vorming, scholing, training]' })
    .min(2, { error: 'termen: noem minstens twee termen die hetzelfde betekenen' })
    .refine((terms) => new Set(terms.map((t) => t.toLowerCase())).size === terms.length, {
      error: 'termen: een term staat twee keer in deze groep',
    }),
});

/** The whole file: a list of synonym groups. */
export const synonymsSchema = z.array(synonymGroupSchema, {
  error: 'verwacht een lijst van groepen, elk met "waarom" en "termen"',
});
export type SynonymGroupData = z.infer<typeof synonymGroupSchema>;
