import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { ui } from '~/i18n/nl';
import { serialiseStored, STORAGE_KEY, type Answers } from '~/lib/answers';
import { plainInline } from '~/lib/excerpt';
import { field, questions } from './content';

/**
 * What Mijn plan must show, read straight from the answers' MDX (not from the code that builds
 * the plan): per answer its sections and their items as plain text, werkvormen by title.
 */

/** Every question id in the handbook's order ("start/vraag-1"). */
export const questionIds = () => questions().map((q) => `${q.phase}/vraag-${q.number}`);

const methodTitle = (id: string) => {
  const file = [`werkvormen/${id}.md`, `werkvormen/${id}.mdx`].find((f) => existsSync(`content/${f}`))!;
  const nummer = /^nummer:/m.test(readFileSync(`content/${file}`, 'utf8'))
    ? Number(field(file, 'nummer'))
    : undefined;
  return ui.methodTitle({ nummer, titel: field(file, 'titel') });
};

/** An answer's sections in source order: heading and items (list items, paragraphs, werkvormen). */
export function sourceSections(answerId: string): { title: string; items: string[] }[] {
  const text = readFileSync(`content/antwoorden/${answerId}.mdx`, 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
  return text
    .split(/^### /m)
    .slice(1)
    .map((chunk) => {
      const [title = '', ...lines] = chunk.split('\n');
      const items: string[] = [];
      for (const block of lines.join('\n').split(/\n\s*\n|\n(?=- )/)) {
        const line = block.trim();
        if (!line) continue;
        const method = /^<Werkvorm id="([^"]+)"\s*\/>$/.exec(line);
        items.push(method ? methodTitle(method[1]!) : plainInline(line.replace(/^- /, '')));
      }
      return { title: title.trim(), items };
    });
}

/**
 * The sections the plan must show for an answer (the issue's rule): A all of them; B its
 * aandachtspunten (and werkvormen), or, where it has none, all of them.
 */
export function expectedSections(answerId: string) {
  const all = sourceSections(answerId);
  const isB = answerId.endsWith('-b');
  if (!isB || !all.some((s) => s.title === 'Aandachtspunten')) return all;
  return all.filter((s) => ['Aandachtspunten', 'Werkvormen'].includes(s.title));
}

/** The answer's opening paragraph (frontmatter `inleiding`). */
export const opening = (answerId: string) => field(`antwoorden/${answerId}.mdx`, 'inleiding');

/** Stores these answers in a context, as the phase pages do, before any page of it opens. */
export const storeAnswers = (context: BrowserContext, answers: Answers) =>
  context.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('gezet')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('gezet', '1');
      }
    },
    [STORAGE_KEY, serialiseStored(answers)],
  );

/** The combination of issue 26: start 1A 2B 3A, financiering 1B 2A, platform 1A 2B, implementatie 1B 2A 3A, monitoring 1A 2B. */
export const ISSUE_COMBINATION: Answers = {
  'start/vraag-1': 'A',
  'start/vraag-2': 'B',
  'start/vraag-3': 'A',
  'financiering/vraag-1': 'B',
  'financiering/vraag-2': 'A',
  'platform/vraag-1': 'A',
  'platform/vraag-2': 'B',
  'implementatie/vraag-1': 'B',
  'implementatie/vraag-2': 'A',
  'implementatie/vraag-3': 'A',
  'monitoring/vraag-1': 'A',
  'monitoring/vraag-2': 'B',
};

/** Every question answered with one letter. */
export const allAnswered = (letter: 'A' | 'B'): Answers =>
  Object.fromEntries(questionIds().map((id) => [id, letter]));
