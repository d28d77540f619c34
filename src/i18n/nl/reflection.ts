// Part of the dictionary, src/i18n/nl.ts: in a file of its own because a browser script
// imports it (nl.ts says why).

/** Mijn reflectie: the answers given, the share link, and adopting shared answers (overview-element.ts). */
export const reflectionUi = {
  overviewIntro:
    'Hier staan uw antwoorden op de reflectievragen van de beslishulp, per fase, met het begin van het advies bij elk antwoord. Ze staan alleen op dit apparaat.',
  noScript:
    'Uw antwoorden bewaart uw eigen browser; daarvoor is JavaScript nodig. Zonder JavaScript vindt u het advies bij elke vraag via de links hieronder.',
  nothingYet: 'U heeft nog geen vragen beantwoord. Kies een fase en kies bij elke vraag A of B:',
  fullAdvice: (letter: string) => `Lees het hele advies bij antwoord ${letter}`,
  openTitle: 'Nog niet beantwoord',
  /** Template: {naam}. */
  sharedBy: 'U bekijkt de antwoorden van {naam}.',
  sharedByNobody: 'U bekijkt antwoorden die iemand met u deelde.',
  sharedReadOnly: 'Alleen lezen: uw eigen antwoorden op dit apparaat blijven zoals ze zijn.',
  adopt: 'Neem deze antwoorden over als de mijne',
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
  backToOwn: 'Terug naar mijn eigen antwoorden',
  compareInTeam: 'Zet ze naast de antwoorden van andere teamleden',
  /** Template: {probleem} is one of shareProblems. */
  linkUnreadable: 'Deze link kan niet gelezen worden. {probleem} Hieronder staan uw eigen antwoorden.',
  /** Template: {n} answered, of {totaal}. */
  progress: '{n} van {totaal} vragen beantwoord.',
  shareTitle: 'Deel uw antwoorden',
  shareIntro:
    'Deze link bevat uw antwoorden zelf, na het #-teken: dat deel stuurt een browser nooit naar een server. Wie de link opent, ziet uw antwoorden; zijn of haar eigen antwoorden blijven staan.',
  shareName: 'Uw naam in de link (mag leeg blijven)',
  shareLink: 'Link met uw antwoorden',
  copy: 'Kopieer de link',
  copied: 'De link is gekopieerd.',
  copyFailed: 'Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf (Ctrl+C of ⌘C).',
} as const;
