import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { count, entryId, oneOf, someOf, text } from './friendly-errors';
import { LINK_WEIGHTS, PHASES, ROLES, SECTION_KINDS } from './vocabulary';

/** One link from a section to a question it helps with. */
const questionLink = z.strictObject(
  {
    /** The question, by id: `<fase>/vraag-<nummer>`, for example `start/vraag-1`. */
    vraag: entryId('vraag', 'start/vraag-1 (<fase>/vraag-<nummer>)').pipe(reference('vragen')),
    /** `kern`: advice, a condition, a pitfall or an example for exactly this question; `achtergrond`: related context. */
    gewicht: oneOf(LINK_WEIGHTS, 'gewicht'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')} in een koppeling; toegestaan: vraag, gewicht`
        : `verwacht per koppeling "vraag: <fase>/vraag-<nummer>" en "gewicht: ${LINK_WEIGHTS.join(' of ')}"`,
  },
);

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
   * The beslishulp questions this section's own text speaks to, each with how much it helps.
   * Answers to these questions show the part of the section that speaks to them; empty for
   * sections that address no single question.
   */
  vragen: z
    .array(questionLink, {
      error: 'verwacht een lijst van koppelingen, bijvoorbeeld\n  - vraag: start/vraag-1\n    gewicht: kern',
    })
    .default([]),
});
export type SectionData = z.infer<typeof sectionSchema>;
