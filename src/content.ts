import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { findContentProblems } from './lib/content-rules';
import { findErrataProblems, inFileOrder, stringsIn, type ContentText } from './lib/errata-check';
import { moreForPhase, passagesFor, passageWeight } from './lib/passages';
import { rightsWarnings, WARNING_PREFIX } from './lib/rights';
import { isPhase, PHASES, ROLES, type AnswerLetter, type Phase } from './schemas/vocabulary';

/**
 * The handbook's content as ready, ordered lists. Pages and components import from here
 * and never call getCollection themselves. Loading this module also runs the cross-file
 * rules, so the build stops on the first page that needs content when a rule is broken.
 */

/** A phase whose id is known to be one of PHASES (checked when the content loads). */
export type PhaseEntry = CollectionEntry<'fasen'> & { id: Phase };
export type QuestionEntry = CollectionEntry<'vragen'>;
export type AnswerEntry = CollectionEntry<'antwoorden'>;
export type MethodEntry = CollectionEntry<'werkvormen'>;
export type SourceEntry = CollectionEntry<'bronnen'>;
export type SectionEntry = CollectionEntry<'secties'>;
export type RoleEntry = CollectionEntry<'rollen'>;

const byNumber = (a: { data: { nummer: number } }, b: { data: { nummer: number } }) =>
  a.data.nummer - b.data.nummer;

const hasPhaseId = (entry: CollectionEntry<'fasen'>): entry is PhaseEntry => isPhase(entry.id);
const roleOrder = (id: string) => ROLES.findIndex((role) => role === id);

const allPhases = (await getCollection('fasen')).sort(byNumber);
export const roles = (await getCollection('rollen')).sort((a, b) => roleOrder(a.id) - roleOrder(b.id));
export const sources = (await getCollection('bronnen')).sort(byNumber);
export const questions = (await getCollection('vragen')).sort(
  (a, b) => PHASES.indexOf(a.data.fase) - PHASES.indexOf(b.data.fase) || a.data.nummer - b.data.nummer,
);
export const answers = (await getCollection('antwoorden')).sort(
  (a, b) => a.data.vraag.id.localeCompare(b.data.vraag.id) || a.data.letter.localeCompare(b.data.letter),
);
export const methods = (await getCollection('werkvormen')).sort(
  (a, b) => (a.data.nummer ?? 99) - (b.data.nummer ?? 99) || a.data.titel.localeCompare(b.data.titel, 'nl'),
);
const sourceOrder = new Map(sources.map((s) => [s.id, s.data.nummer]));
export const sections = (await getCollection('secties')).sort(
  (a, b) =>
    (sourceOrder.get(a.data.bron.id) ?? 0) - (sourceOrder.get(b.data.bron.id) ?? 0) ||
    a.data.volgorde - b.data.volgorde,
);
// In the file's order, which is the documents' order (the loader sorts by id).
export const errata = inFileOrder(
  await getCollection('errata'),
  readFileSync(resolve(process.cwd(), 'content/errata.yaml'), 'utf8'),
);

// Every content file as text, with the source it belongs to, for the errata check. The
// beslishulp is the source of the phases, questions, answers and roles.
const contentTexts: ContentText[] = [
  ...[...allPhases, ...questions, ...answers, ...roles].map((e) => ({ e, bron: 'beslishulp' })),
  ...sources.map((e) => ({ e, bron: e.id })),
  ...[...methods, ...sections].map((e) => ({ e, bron: e.data.bron.id })),
].map(({ e, bron }) => ({
  file: e.filePath ?? e.id,
  bron,
  text: [e.body ?? '', ...stringsIn(e.data)].join('\n'),
}));

// Warnings, not errors: the site may be built, but the editors must see what is missing.
for (const warning of rightsWarnings(sources)) console.warn(`${WARNING_PREFIX}${warning}`);

const problems = [
  ...findContentProblems({ phases: allPhases, questions, answers, methods, sources, sections, errata }),
  ...findErrataProblems(errata, contentTexts),
];
if (problems.length > 0) {
  throw new Error(
    `De inhoud in content/ klopt niet (${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}):\n` +
      problems.map((p) => `  - ${p}`).join('\n'),
  );
}

/** Every phase file's name is one of PHASES once the rules above passed; this only types it. */
export const phases = allPhases.filter(hasPhaseId);

// ---- look-ups used by several pages

const find = <T extends { id: string }>(items: T[], id: string, what: string): T => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`${what} "${id}" bestaat niet`);
  return item;
};

export const phaseById = (id: string) => find(phases, id, 'fase');
export const sourceById = (id: string) => find(sources, id, 'bron');
export const methodById = (id: string) => find(methods, id, 'werkvorm');
export const roleById = (id: string) => find(roles, id, 'rol');
export const questionsOf = (phase: Phase) => questions.filter((q) => q.data.fase === phase);
export const answerTo = (question: QuestionEntry, letter: AnswerLetter) =>
  find(answers, `${question.id}-${letter.toLowerCase()}`, 'antwoord');
export const questionOf = (answer: AnswerEntry) => find(questions, answer.data.vraag.id, 'vraag');
export const sectionsOf = (sourceId: string) => sections.filter((s) => s.data.bron.id === sourceId);
export const sectionsForPhase = (phase: Phase) => sections.filter((s) => s.data.fasen.includes(phase));
export const methodsForPhase = (phase: Phase) => methods.filter((m) => m.data.fasen.includes(phase));
export const answersUsingMethod = (methodId: string) =>
  answers.filter((a) => a.data.werkvormen.some((w) => w.id === methodId));
export const errataOf = (sourceId: string) => errata.filter((e) => e.data.bron.id === sourceId);
/** The sections of the other sources that speak to a question (their `vragen`): kern first, then background. */
export const passagesOf = (questionId: string) => passagesFor(sections, questionId);
/** The few passages that help most with a question: its first kern passages, in source order. */
export const bestPassagesOf = (questionId: string, n = 3) =>
  passagesOf(questionId)
    .filter((s) => passageWeight(s, questionId) === 'kern')
    .slice(0, n);
/** The rest of a phase's advice from the other sources, per source; see src/lib/passages.ts. */
export const moreForPhaseOf = (phase: Phase) =>
  moreForPhase(
    sections,
    phase,
    questionsOf(phase).map((q) => q.id),
  );
