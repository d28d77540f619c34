import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * What the tests read from content/ instead of repeating it: question texts, counts, titles.
 * An editor's legitimate change (a question reworded, one added) then never breaks a test.
 * Plain text reading of the frontmatter; the schemas guarantee its shape.
 */

/** One frontmatter field of a file under content/ ("vragen/start/vraag-1.md", "vraag"). */
export function field(file: string, name: string): string {
  const text = readFileSync(join('content', file), 'utf8');
  const value = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1];
  if (value === undefined) throw new Error(`content/${file} has no field ${name}`);
  return value.trim().replace(/^(["'])(.*)\1$/, '$2');
}

/** The questions, in phase order as the site shows them: { phase, number, text }. */
export function questions(): { phase: string; number: number; text: string }[] {
  const phases = globSync('*.mdx', { cwd: 'content/fasen' })
    .map((f) => ({ id: f.replace(/\.mdx$/, ''), nummer: Number(field(`fasen/${f}`, 'nummer')) }))
    .sort((a, b) => a.nummer - b.nummer);
  return phases.flatMap(({ id }) =>
    globSync('*.md', { cwd: join('content/vragen', id) })
      .map((f) => ({
        phase: id,
        number: Number(field(`vragen/${id}/${f}`, 'nummer')),
        text: field(`vragen/${id}/${f}`, 'vraag'),
      }))
      .sort((a, b) => a.number - b.number),
  );
}

/** How many questions a phase has, or all phases together. */
export const questionCount = (phase?: string) =>
  questions().filter((q) => phase === undefined || q.phase === phase).length;

/** The phases and their number of questions, in order: { start: 3, … }. */
export const questionsPerPhase = (): Record<string, number> =>
  Object.fromEntries(questions().map((q) => [q.phase, questionCount(q.phase)]));
