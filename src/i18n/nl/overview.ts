// Part of the dictionary, src/i18n/nl.ts, which re-exports it: the words a browser script
// writes, in a file of their own so that the script bundles only these (nl.ts says why).

/** Mijn reflectie (overview-element.ts): whose answers are shown, adopting them, copying the link. */
export const overviewUi = {
  /** Template: {naam}. */
  sharedBy: 'U bekijkt de antwoorden van {naam}.',
  sharedByNobody: 'U bekijkt antwoorden die iemand met u deelde.',
  /** Template: {probleem} is one of shareProblems. */
  linkUnreadable: 'Deze link kan niet gelezen worden. {probleem} Hieronder staan uw eigen antwoorden.',
  /** Template: {n} answered, of {totaal}. */
  progress: '{n} van {totaal} vragen beantwoord.',
  /** Template: {eigen} and {gedeeld} answered, of {totaal}. */
  adoptConfirm:
    'Uw eigen antwoorden op dit apparaat vervangen door deze? U had {eigen} van de {totaal} vragen beantwoord; in de link zijn het er {gedeeld}.',
  /** Template: {eigen} answers kept, {nu} of {totaal} on today's questions, {oud} on removed ones, {gedeeld} in the link. */
  adoptConfirmRemoved:
    'Uw eigen antwoorden op dit apparaat vervangen door deze? Aantal antwoorden op dit apparaat: {eigen} ({nu} op de {totaal} vragen van nu, {oud} op vragen die niet meer in het handboek staan; die laatste blijven apart bewaard). Aantal in de link: {gedeeld}.',
  adoptYes: 'Ja, vervang mijn antwoorden',
  adopted: 'De antwoorden zijn overgenomen en op dit apparaat bewaard.',
  /** Template: {reden}. */
  adoptedNotKept:
    'De antwoorden zijn overgenomen op deze pagina, maar niet op dit apparaat bewaard: {reden}.',
  copied: 'De link is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf (Ctrl+C of ⌘C).',
} as const;
