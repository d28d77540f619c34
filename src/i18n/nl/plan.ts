// Part of the dictionary, src/i18n/nl.ts, which re-exports it: the words a browser script
// writes, in a file of their own so that the script bundles only these (nl.ts says why).

/** Mijn plan (plan-element.ts): the steps, their ticks, whose plan it is and when it was made. */
export const planElementUi = {
  /** Template: {naam}. */
  planOf: 'Plan van {naam}',
  /** Template: {datum}. */
  madeOn: 'Gemaakt op {datum}',
  /** Template: {naam}. */
  sharedBy: 'U bekijkt het plan bij de antwoorden van {naam}.',
  sharedByNobody: 'U bekijkt het plan bij antwoorden die iemand met u deelde.',
  linkUnreadable: 'Deze link kan niet gelezen worden. Hieronder staat uw eigen plan.',
  ticksUnreadable: 'De vinkjes in deze link zijn beschadigd; het plan staat hieronder zonder vinkjes.',
  loadFailed: 'Het plan kon niet geladen worden. Probeer het opnieuw door de pagina te verversen.',
  nextTitle: 'Volgende stap',
  /** Template: {fase}, the phase's title. */
  nextIn: '{fase}:',
  allDone: 'Alle stappen van uw plan zijn gedaan.',
  /** Template: {n}, {totaal}. */
  doneCount: '{n} van {totaal} gedaan',
  done: 'gedaan',
  notKept: 'Dit vinkje kon niet bewaard worden: uw browser bewaart nu niets.',
} as const;
