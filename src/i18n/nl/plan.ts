// Part of the dictionary, src/i18n/nl.ts: in a file of its own because a browser script
// imports it (nl.ts says why).

export const planUi = {
  title: 'Mijn plan',
  description:
    'Uw plan uit uw eigen antwoorden: randvoorwaarden, tips, werkvormen en wat de andere bronnen zeggen, per fase. Printbaar.',
  intro:
    'Uw plan volgt uit uw antwoorden op de reflectievragen. Bij elk antwoord A: de randvoorwaarden en tips uit de beslishulp, de werkvormen om te doen en wat de andere bronnen erover zeggen. Bij elk antwoord B: de aandachtspunten. Uw antwoorden blijven op dit apparaat.',
  link: 'Mijn plan',
  linkFromPhase: 'Bekijk Mijn plan: wat u met uw antwoorden kunt doen',
  noScript:
    'Mijn plan wordt in uw eigen browser gemaakt uit uw bewaarde antwoorden; daarvoor is JavaScript nodig. Zonder JavaScript vindt u het advies bij elke vraag op de pagina van de fase.',
  nameLabel: 'Uw naam op de afdruk (mag leeg blijven)',
  print: 'Druk het plan af',
  /** Template: {naam}. */
  planOf: 'Plan van {naam}',
  /** Template: {datum}. */
  madeOn: 'Gemaakt op {datum}',
  nothingYet:
    'U heeft nog geen vragen beantwoord. Kies in een fase bij elke vraag A of B; dan vult dit plan zich.',
  openTitle: 'Nog niet beantwoord',
  answerA: 'Antwoord A: er zijn verbetermogelijkheden',
  answerB: 'Antwoord B: we zijn goed op weg',
  methods: 'Werkvormen om te doen',
  passages: 'Wat de andere bronnen hierover zeggen',
  /** Template: {naam}. */
  sharedBy: 'U bekijkt het plan bij de antwoorden van {naam}. Alleen lezen.',
  sharedByNobody: 'U bekijkt het plan bij antwoorden die iemand met u deelde. Alleen lezen.',
  backToOwn: 'Naar mijn eigen plan',
  linkUnreadable: 'Deze link kan niet gelezen worden. Hieronder staat uw eigen plan.',
} as const;
