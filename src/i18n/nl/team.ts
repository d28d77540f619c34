// Part of the dictionary, src/i18n/nl.ts: in a file of its own because a browser script
// imports it (nl.ts says why).

/** The team page: answers side by side (team-element.ts). */
export const teamUi = {
  teamTitle: 'Team: antwoorden naast elkaar',
  teamIntro:
    'Ieder teamlid beantwoordt de vragen en deelt de link uit “Mijn reflectie”. Plak hier die links, met een naam erbij, en zie per vraag wie A koos en wie B. De vragen waarover jullie verschillen staan bovenaan: daar begint het gesprek.',
  teamSourceLead: 'Een slaagfactor uit de beslishulp:',
  teamNoScript: 'Het vergelijken gebeurt in uw eigen browser; daarvoor is JavaScript nodig.',
  teamPrivacy: 'De links blijven in deze pagina; er gaat niets naar een server.',
  /** Template: {n}. */
  member: 'Teamlid {n}',
  memberName: 'Naam',
  memberLink: 'Link met antwoorden',
  /** Template: {n}. */
  removeMember: 'Verwijder teamlid {n}',
  addMember: 'Nog een teamlid',
  addMine: 'Voeg mijn eigen antwoorden toe',
  mine: 'Ik',
  compare: 'Vergelijk',
  teamNoLinks: 'Vul minstens één link in om te vergelijken.',
  teamRowProblems: 'Niet elke link kon gelezen worden: zie de melding bij het teamlid.',
  /** Template: {leden}, {verschil} of {totaal}. */
  teamSummary:
    'Aantal teamleden: {leden}. Vragen waarover jullie van mening verschillen: {verschil} van de {totaal}.',
  teamAddress:
    'Het adres van deze pagina bevat nu de vergelijking: bewaar het of stuur het door om er later op terug te komen.',
  teamMembers: 'Vergeleken',
  /** Template: {naam}, {n} of {totaal}. */
  memberAnswered: '{naam}: {n} van {totaal} beantwoord',
  groups: {
    verschil: 'Hier verschillen jullie: bespreek deze eerst',
    open: 'Nog niet iedereen heeft geantwoord',
    eens: 'Hier zijn jullie het eens',
  },
  unanswered: 'Nog niet beantwoord',
  /** Template: {max}. */
  teamFull: 'Een team kan hier hoogstens {max} leden hebben. Verwijder eerst een teamlid.',
  /** Template: {n} members in the link, {max}. */
  teamTooMany:
    'Deze teamlink bevat {n} teamleden; hier kunnen er hoogstens {max} naast elkaar. Vergelijk in kleinere groepen.',
} as const;

export const agendaUi = {
  title: 'Gespreksagenda',
  intro:
    'De vragen waarover jullie van mening verschillen, de meest verdeelde eerst, met de werkvormen die het advies bij antwoord A voorstelt. Druk de agenda af voor het teamoverleg.',
  none: 'Jullie verschillen over geen enkele vraag: er is geen agenda nodig.',
  /** Template: {a} chose A, {b} chose B. */
  split: '{a} × A, {b} × B',
  methods: 'Werkvormen:',
  print: 'Druk de agenda af',
} as const;
