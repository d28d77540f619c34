import { z } from 'astro/zod';
import { text } from './friendly-errors';

/** A role a reader can have. The file name is the role id; the body is our short introduction. */
export const roleSchema = z.strictObject({
  /** The role in the plural, as the source names the group, e.g. "Zorgprofessionals". */
  titel: text('titel'),
  /** One sentence (ours, not the sources') that says who this reading path is for. */
  voorWie: text('voorWie'),
});
export type RoleData = z.infer<typeof roleSchema>;
