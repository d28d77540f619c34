import { z } from 'astro/zod';
import { count, someOf, text } from './friendly-errors';
import { ROLES } from './vocabulary';

/** A phase: one of the five parts of the beslishulp. The file name is the phase id. */
export const phaseSchema = z.strictObject({
  /** Position in the handbook, 1 to 5, as "Reflectie 1" in the source. */
  nummer: count('nummer').max(5, { error: 'een fase heeft een nummer van 1 tot en met 5' }),
  /** The full title as the source prints it, e.g. "Start samenwerking, visieontwikkeling en belanghebbenden". */
  titel: text('titel'),
  /** A short name for menus and buttons, e.g. "Start". */
  korteTitel: text('korteTitel'),
  /** The roles the source introduces under "Even voorstellen" for this part. */
  rollen: someOf(ROLES, 'rol'),
});
export type PhaseData = z.infer<typeof phaseSchema>;
