// Part of the dictionary, src/i18n/nl.ts, which re-exports it: the words a browser script
// writes, in a file of their own so that the script bundles only these (nl.ts says why).

/** "Ik lees als …" on a phase page (role-reader.ts). */
export const roleReaderUi = {
  /** Template: {rol}, {n} shown of {totaal}. */
  roleAnnounce: 'U leest als {rol}: {n} van de {totaal} passages getoond.',
  roleCleared: 'Alle passages worden weer getoond.',
} as const;
