import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { oneOf, text } from './friendly-errors';
import { ANSWER_LETTERS } from './vocabulary';

/**
 * The advice for one answer to a question. File: content/antwoorden/<fase>/vraag-<n>-<a|b>.mdx.
 * The body holds the sections as `## Randvoorwaarden`, `## Tips`, … in the source's order;
 * werkvormen appear in it as `<Werkvorm id="…" />` and are listed in `werkvormen` too.
 */
export const answerSchema = z.strictObject({
  /** The question answered, as its id: "<fase>/vraag-<nummer>", e.g. "start/vraag-1". */
  vraag: reference('vragen'),
  /** A ("er zijn verbetermogelijkheden") or B ("goed op weg"). */
  letter: oneOf(ANSWER_LETTERS, 'antwoordletter'),
  /** The opening paragraph of the advice, word for word; shown in "Mijn reflectie". */
  inleiding: text('inleiding'),
  /** Every werkvorm the advice prints or points to, by id (content/werkvormen/<id>.mdx). */
  werkvormen: z.array(reference('werkvormen')).default([]),
});
export type AnswerData = z.infer<typeof answerSchema>;
