import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { count, oneOf, someOf, text } from './friendly-errors';
import { PHASES, ROLES, SECTION_KINDS } from './vocabulary';

/**
 * A section of one of the other four sources, in its original order.
 * File: content/secties/<bron>/<volgorde>-<naam>.mdx; the body is the source's own text.
 */
export const sectionSchema = z.strictObject({
  /** The source it belongs to, by id. */
  bron: reference('bronnen'),
  /** Position within the source; sections are shown in this order. Unique per source. */
  volgorde: count('volgorde'),
  /** The heading as the source prints it. */
  titel: text('titel'),
  /** A short title that makes sense out of context, for phase pages and search (ours). */
  korteTitel: z.string().optional(),
  /** The chapter of a long source (an id from the source's `hoofdstukken`). */
  hoofdstuk: z.string().optional(),
  /** What the section is: a step, a recommendation, an interview passage, … */
  soort: oneOf(SECTION_KINDS, 'soort'),
  /**
   * The phases it serves. Write `[]` for a part about the document itself (how it was made,
   * a reading guide, a list of links): it stays on its source's page but on no phase page.
   */
  fasen: z.array(oneOf(PHASES, 'fase'), {
    error: `verwacht een lijst, bijvoorbeeld [${PHASES[0]}], of [] als het deel bij geen fase hoort`,
  }),
  /** The roles it serves: at least one. */
  rollen: someOf(ROLES, 'rol'),
  /**
   * The beslishulp questions this section's own text speaks to, by id (`start/vraag-1`).
   * Answers to these questions show the section's opening words; empty for sections that
   * address no single question.
   */
  vragen: z.array(reference('vragen')).default([]),
});
export type SectionData = z.infer<typeof sectionSchema>;
