import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import AnswerContent from '~/components/AnswerContent.astro';
import PassageList from '~/components/passages/PassageList.astro';
import PlanMethod from '~/components/plan/PlanMethod.astro';
import { answerTo, bestPassagesOf, phases, questionsOf } from '~/content';
import { passagesUi, planUi, reflectionUi, ui } from '~/i18n/nl';
import { adviceOf, answerIdOf, type PlanData } from '~/lib/plan';
import { href, paths } from '~/lib/routes';
import { ANSWER_LETTERS } from '~/schemas/vocabulary';

/**
 * /mijn-plan/stappen.json: every answer's steps and every passage Mijn plan may show, fetched by
 * the plan page only when the reader has answers (the page itself stays small). The advice is
 * rendered by the same components as on the answer pages (Astro's container, with MDX), so
 * links and typography are the same; werkvormen become one linked step each (PlanMethod).
 */
export async function GET() {
  const container = await AstroContainer.create();
  container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
  const data: PlanData = {
    phases: [],
    questions: {},
    answers: {},
    passagesTitle: passagesUi.title,
  };
  for (const phase of phases) {
    const questions = questionsOf(phase.id);
    data.phases.push({
      id: phase.id,
      title: ui.phaseTitle(phase.data),
      questions: questions.map((q) => q.id),
    });
    for (const question of questions) {
      const passages = [];
      // Its kern passages, best first; the page shows the first three not shown under an earlier question.
      for (const section of bestPassagesOf(question.id, Infinity)) {
        const list = await container.renderToString(PassageList, {
          props: { sections: [section], questionId: question.id },
        });
        passages.push({ id: section.id, html: /<li[\s>][\s\S]*<\/li>/.exec(list)![0] });
      }
      data.questions[question.id] = {
        title: `${ui.questionLabel(question.data.nummer)}: ${question.data.vraag}`,
        passages,
      };
      for (const letter of ANSWER_LETTERS) {
        const answer = answerTo(question, letter);
        const html = await container.renderToString(AnswerContent, {
          props: { answer, werkvorm: PlanMethod },
        });
        data.answers[answerIdOf(question.id, letter)] = {
          label: letter === 'A' ? planUi.answerA : planUi.answerB,
          href: href(paths.answer(phase.id, question.data.nummer, letter)),
          link: reflectionUi.fullAdvice(letter),
          lead: answer.data.inleiding,
          groups: adviceOf(html, letter),
        };
      }
    }
  }
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
}
