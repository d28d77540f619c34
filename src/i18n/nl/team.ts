// Part of the dictionary, src/i18n/nl.ts, which re-exports it: the words a browser script
// writes, in a file of their own so that the script bundles only these (nl.ts says why).

/** The team page: the comparison (team-element.ts) and the conversation agenda (agenda-element.ts). */
export const teamUi = {
  /** Template: {n}. */
  member: 'Teamlid {n}',
  /** Template: {n}. */
  removeMember: 'Verwijder teamlid {n}',
  mine: 'Ik',
  teamNoLinks: 'Vul minstens één link in om te vergelijken.',
  teamRowProblems: 'Niet elke link kon gelezen worden: zie de melding bij het teamlid.',
  /** Template: {leden}, {verschil} of {totaal}. */
  teamSummary:
    'Aantal teamleden: {leden}. Vragen waarover jullie van mening verschillen: {verschil} van de {totaal}.',
  /** Template: {naam}, {n} of {totaal}. */
  memberAnswered: '{naam}: {n} van {totaal} beantwoord',
  /** Template: {max}. */
  teamFull: 'Een team kan hier hoogstens {max} leden hebben. Verwijder eerst een teamlid.',
  /** Template: {n} members in the link, {max}. */
  teamTooMany:
    'Deze teamlink bevat {n} teamleden; hier kunnen er hoogstens {max} naast elkaar. Vergelijk in kleinere groepen.',
  /** Template: {a} chose A, {b} chose B. */
  split: '{a} × A, {b} × B',
} as const;
