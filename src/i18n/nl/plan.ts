// Part of the dictionary, src/i18n/nl.ts, which re-exports it: the words a browser script
// writes, in a file of their own so that the script bundles only these (nl.ts says why).

/** Mijn plan (plan-element.ts): whose plan it is and when it was made, for the printed plan. */
export const planElementUi = {
  /** Template: {naam}. */
  planOf: 'Plan van {naam}',
  /** Template: {datum}. */
  madeOn: 'Gemaakt op {datum}',
  /** Template: {naam}. */
  sharedBy: 'U bekijkt het plan bij de antwoorden van {naam}. Alleen lezen.',
  sharedByNobody: 'U bekijkt het plan bij antwoorden die iemand met u deelde. Alleen lezen.',
  linkUnreadable: 'Deze link kan niet gelezen worden. Hieronder staat uw eigen plan.',
} as const;
