import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { count, oneOf, someOf, text } from './friendly-errors';
import { METHOD_KINDS, PHASES, ROLES } from './vocabulary';

/** A werkvorm (work method or tool). File: content/werkvormen/<id>.mdx; the body is its text. */
export const methodSchema = z.strictObject({
  /** The name, without "Werkvorm n:", e.g. "Gedeeld probleembeeld". */
  titel: text('titel'),
  /** The number the beslishulp gives it (1 to 8); absent for tools of the other sources. */
  nummer: count('nummer').optional(),
  /** The source that describes it, by id (content/bronnen/<id>.mdx). */
  bron: reference('bronnen'),
  /**
   * What it is in its source: methode (a way of working a team can carry out), instrument
   * (a model, list or questionnaire), theorie, or voorbeeld (how one organisation did it).
   */
  soort: oneOf(METHOD_KINDS, 'soort'),
  /** Where in the source it stands, in words, e.g. "Reflectie 1, vraag 2, antwoord A". */
  plaats: z.string().optional(),
  /** The section of the source that describes it (content/secties/<bron>/<file>), if it has one. */
  sectie: reference('secties').optional(),
  /** The phases it serves. */
  fasen: someOf(PHASES, 'fase'),
  /** The roles it serves; empty means everyone. */
  rollen: z.array(oneOf(ROLES, 'rol')).default([]),
});
export type MethodData = z.infer<typeof methodSchema>;
