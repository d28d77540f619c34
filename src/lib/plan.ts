import { isLetter, type Answers, type Letter } from './answers';
import { compareTeam, type Member, type QuestionComparison } from './team';

/**
 * "Mijn plan" and the team agenda, derived from answers. Pure: the plan page renders every
 * part of every answer once, hidden, and its element shows what these functions pick.
 */

/** What the plan shows of an answer, by the answer section's heading (lower case). */
export const PLAN_PARTS: Readonly<Record<Letter, readonly string[]>> = {
  // For A: the conditions and tips as the source gives them; werkvormen and passages come beside them.
  A: ['randvoorwaarden', 'tips'],
  // For B ("goed op weg"): what to keep an eye on.
  B: ['aandachtspunten'],
};

export interface PlanStep {
  id: string;
  letter: Letter;
}
export interface Plan {
  /** Phases in the handbook's order, each with its answered questions in order; empty phases left out. */
  phases: { phase: string; steps: PlanStep[] }[];
  /** Questions without an answer, in the handbook's order. */
  open: string[];
}

/** The plan for a set of answers: `questions` in the handbook's order (phase, then number). */
export function derivePlan(answers: Answers, questions: readonly { id: string; phase: string }[]): Plan {
  const phases: Plan['phases'] = [];
  const open: string[] = [];
  for (const q of questions) {
    const letter = answers[q.id];
    if (!isLetter(letter)) {
      open.push(q.id);
      continue;
    }
    let group = phases.at(-1);
    if (group?.phase !== q.phase) phases.push((group = { phase: q.phase, steps: [] }));
    group.steps.push({ id: q.id, letter });
  }
  return { phases, open };
}

/**
 * The parts of an answer's rendered advice whose `<h3>` heading is one of `kinds`, each from its
 * heading up to the next; headings move one level down (the plan puts them under a question).
 */
export function pickParts(html: string, kinds: readonly string[]): string {
  const pieces = html.split(/(?=<h3[\s>])/);
  return pieces
    .filter((piece) => {
      const heading = /^<h3[^>]*>([\s\S]*?)<\/h3>/.exec(piece);
      return (
        heading &&
        kinds.includes(
          heading[1]!
            .replace(/<[^>]+>/g, '')
            .trim()
            .toLowerCase(),
        )
      );
    })
    .map((piece) => piece.replace(/^<h3([^>]*)>([\s\S]*?)<\/h3>/, '<h4$1>$2</h4>'))
    .join('');
}

/** The team agenda: the questions the members differ on, the most evenly split first. */
export const teamAgenda = (members: readonly Member[], ids: readonly string[]): QuestionComparison[] =>
  compareTeam(members, ids).filter((row) => row.agreement === 'verschil');
