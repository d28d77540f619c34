import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { text } from './friendly-errors';

/** A correction of an obvious error in a source's text. File: content/errata.yaml */
export const erratumSchema = z.strictObject({
  /** A unique name for the correction, e.g. "beslishulp-werkroutines" (the file loader needs it). */
  id: text('id'),
  /** The source corrected, by id. */
  bron: reference('bronnen'),
  /** Where, in words a reader can find, e.g. "Reflectie 4, vraag 1, antwoord A, tips". */
  plaats: text('plaats'),
  /** The text as the source prints it. */
  origineel: text('origineel'),
  /** The text as the handbook shows it. */
  correctie: text('correctie'),
});
export type ErratumData = z.infer<typeof erratumSchema>;
