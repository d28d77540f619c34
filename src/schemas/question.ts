import { z } from 'astro/zod';
import { count, oneOf, text } from './friendly-errors';
import { PHASES } from './vocabulary';

/** A reflection question of the beslishulp. File: content/vragen/<fase>/vraag-<nummer>.md */
export const questionSchema = z.strictObject({
  /** The phase (reflectie) the question belongs to. */
  fase: oneOf(PHASES, 'fase'),
  /** Its number within the phase, as "Vraag 2"; unique per phase. */
  nummer: count('nummer'),
  /** The question, word for word. */
  vraag: text('vraag'),
  /**
   * Example statements the source prints under answer A and answer B (reflecties 2 and 3).
   * The source does not say who spoke them, so no role is attached.
   */
  stellingen: z
    .strictObject({
      /** Statements that go with A (room for improvement). */
      A: z.array(text('stelling')).default([]),
      /** Statements that go with B (well on the way). */
      B: z.array(text('stelling')).default([]),
    })
    .optional(),
});
export type QuestionData = z.infer<typeof questionSchema>;
