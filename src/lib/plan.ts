import { isLetter, type Answers, type Letter } from './answers';
import { compareTeam, type Member, type QuestionComparison } from './team';

/**
 * "Mijn plan" and the team agenda, derived from answers. Pure. The build cuts every answer's
 * advice into steps (adviceOf) and writes them to a small data file (PlanData); the plan page
 * fetches it only when the reader has answers and shows the steps of the answers given.
 */

/**
 * The sections of an answer the plan shows as steps, by heading (lower case). A: all of its
 * advice as the answer gives it. B ("goed op weg"): its aandachtspunten; a B answer without them
 * gives its advice text itself (B_FALLBACK), for only 5 of the 12 B answers have that section.
 */
export const PLAN_KINDS: Readonly<Record<Letter, readonly string[]>> = {
  A: ['randvoorwaarden', 'slaagfactoren', 'faalfactoren', 'werkvormen', 'tips', 'aandachtspunten'],
  B: ['aandachtspunten', 'werkvormen'],
};
/** What a B answer without aandachtspunten shows: the rest of its advice, as for A. */
const B_FALLBACK = PLAN_KINDS.A;

/** One section of an answer's advice in the plan: its heading and its items, each a step. */
export interface AdviceGroup {
  /** The section's heading as the answer shows it ("Randvoorwaarden"). */
  title: string;
  /** Each list item or paragraph of the section, as HTML, in the source's order. */
  steps: string[];
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The `<h3>` sections of rendered advice: heading text and the HTML up to the next heading. */
function sectionsOf(html: string): { title: string; body: string }[] {
  return html
    .split(/(?=<h3[\s>])/)
    .map((piece) => /^<h3[^>]*>([\s\S]*?)<\/h3>([\s\S]*)$/.exec(piece))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ title: plain(m[1]!), body: m[2]! }));
}

/** The items of a section, in order: every list item and every paragraph, inner HTML, trimmed. */
export function itemsOf(body: string): string[] {
  return [...body.matchAll(/<(li|p)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g)]
    .map((m) => m[2]!.replace(/\s+/g, ' ').trim())
    .filter((item) => plain(item) !== '');
}

/**
 * The steps of an answer: its advice as rendered for the plan (the opening paragraph left out;
 * the plan shows it above the steps), cut into sections of the kinds PLAN_KINDS gives its letter.
 */
export function adviceOf(html: string, letter: Letter): AdviceGroup[] {
  const sections = sectionsOf(html);
  const has = (kinds: readonly string[]) => sections.some((s) => kinds.includes(s.title.toLowerCase()));
  const kinds = letter === 'B' && !has(['aandachtspunten']) ? B_FALLBACK : PLAN_KINDS[letter];
  return sections
    .filter((s) => kinds.includes(s.title.toLowerCase()))
    .map((s) => ({ title: s.title, steps: itemsOf(s.body) }))
    .filter((g) => g.steps.length > 0);
}

/** A step's key, kept with the ticks: the answer's id and the step's place in its plan. */
export const stepKey = (answerId: string, index: number) => `${answerId}.${index}`;
/** The id of the answer a question got: "start/vraag-1" + "A" → "start/vraag-1-a". */
export const answerIdOf = (questionId: string, letter: Letter) => `${questionId}-${letter.toLowerCase()}`;

/**
 * The data file of the plan (/mijn-plan/stappen.json): what the page needs to show any plan,
 * fetched only when there is one to show.
 */
export interface PlanData {
  /** The phases in order, each with its title and its question ids in order. */
  phases: { id: string; title: string; questions: string[] }[];
  /**
   * Per question: its heading and the passages of the other sources that speak to it, best
   * first, each as a list item's HTML (source, linked heading, the part that speaks to the question).
   */
  questions: Record<string, { title: string; passages: { id: string; html: string }[] }>;
  /** Per answer id: its label, its page and that link's text, its opening (plain text) and its steps. */
  answers: Record<string, { label: string; href: string; link: string; lead: string; groups: AdviceGroup[] }>;
  /** The heading above a question's passages. */
  passagesTitle: string;
}

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

/** The most passages of the other sources the plan shows under one question. */
export const MAX_PLAN_PASSAGES = 3;

/**
 * The passages per question of a plan: the first `max` of each question's list (best first)
 * that no earlier question in the plan already shows, so no passage appears twice.
 */
export function pickPassages(
  questionIds: readonly string[],
  candidates: (id: string) => readonly string[],
  max = MAX_PLAN_PASSAGES,
): Map<string, string[]> {
  const shown = new Set<string>();
  const picked = new Map<string, string[]>();
  for (const id of questionIds) {
    const mine = candidates(id)
      .filter((p) => !shown.has(p))
      .slice(0, max);
    mine.forEach((p) => shown.add(p));
    picked.set(id, mine);
  }
  return picked;
}

/** Ticked and total steps of a list of step keys. */
export const countDone = (keys: readonly string[], done: ReadonlySet<string>) => ({
  done: keys.filter((k) => done.has(k)).length,
  total: keys.length,
});

/**
 * "Volgende stap": the first phase (in the plan's order) with a step not yet ticked, and that
 * step; undefined when every step is done.
 */
export function nextStep(
  phases: readonly { phase: string; keys: readonly string[] }[],
  done: ReadonlySet<string>,
): { phase: string; key: string } | undefined {
  for (const { phase, keys } of phases) {
    const key = keys.find((k) => !done.has(k));
    if (key) return { phase, key };
  }
  return undefined;
}

/** The team agenda: the questions the members differ on, the most evenly split first. */
export const teamAgenda = (members: readonly Member[], ids: readonly string[]): QuestionComparison[] =>
  compareTeam(members, ids).filter((row) => row.agreement === 'verschil');
