import type { WriteProblem } from '~/lib/answer-storage';

// Part of the dictionary, src/i18n/nl.ts, which re-exports it: the words a browser script
// writes, in a file of their own so that the script bundles only these (nl.ts says why).

/**
 * Choosing and keeping an answer: what the scripts of a phase page (question-element.ts,
 * progress-element.ts, route-element.ts), of an answer page (save-element.ts) and "Alles
 * wissen" (reset.ts) say.
 */
export const answerUi = {
  yourAnswer: (letter: string) => `Uw antwoord: ${letter} (bewaard op dit apparaat).`,
  announceChosen: (question: string, letter: string) => `${question}: antwoord ${letter} gekozen en bewaard.`,
  announceCleared: (question: string) => `${question}: antwoord gewist.`,
  /** Template: {fase} answered in this phase. */
  progressPhase: (total: number) => `In deze fase {fase} van ${total}.`,
  /** Template: {n} answered. */
  progressAll: (total: number) => `In totaal {n} van ${total} vragen beantwoord.`,
  /** On the route (PhaseRoute.astro). Template: {n} answered of the phase's questions. */
  routeCount: (total: number) => `{n} van ${total} beantwoord`,
  /** In place of the advice when its answer page could not be fetched (offline, say); its link follows. */
  adviceNotLoaded: 'Het advies kon hier niet geladen worden. U leest het op zijn eigen pagina:',
  /** Above the link in a folded group of "Meer uit de bronnen" when its list could not be fetched. */
  moreNotLoaded: 'De lijst kon hier niet geladen worden. U vindt haar op een eigen pagina:',
  resetConfirm: 'Alle antwoorden op dit apparaat wissen? Dit kunt u niet ongedaan maken.',
  resetYes: 'Ja, wis alles',
  /** Asked after resetConfirm when steps of Mijn plan are ticked. Template: {n}. */
  resetTicksConfirm: 'In Mijn plan zijn {n} stappen afgevinkt als gedaan. Wilt u die ook wissen?',
  resetTicksYes: 'Ja, wis ook de vinkjes',
  resetTicksNo: 'Nee, bewaar de vinkjes',
  resetDone: 'Alle antwoorden zijn gewist.',
  savedThis: (letter: string) => `Antwoord ${letter} is uw bewaarde antwoord op deze vraag.`,
  savedOther: (letter: string) => `U had antwoord ${letter} bewaard.`,
  /** Why an answer was not kept, to finish a sentence (WriteProblem in src/lib/answer-storage.ts). */
  notKeptReason: {
    vol: 'de opslag van deze browser is vol',
    geen: 'deze browser laat het handboek niets bewaren',
  } satisfies Record<WriteProblem, string>,
  /** Template: {reden}. */
  announceNotKept: (question: string, letter: string) =>
    `${question}: antwoord ${letter} gekozen, maar niet op dit apparaat bewaard: {reden}.`,
  /** Template: {reden}. */
  announceClearedNotKept: (question: string) =>
    `${question}: antwoord gewist op deze pagina, maar niet op dit apparaat: {reden}.`,
  /** Template: {reden}. */
  yourAnswerNotKept: (letter: string) => `Uw antwoord: ${letter} (niet bewaard op dit apparaat: {reden}).`,
  /** Template: {reden}. */
  savedThisNotKept: (letter: string) =>
    `Antwoord ${letter} is gekozen, maar niet op dit apparaat bewaard: {reden}.`,
} as const;
