// Part of the dictionary, src/i18n/nl.ts: in a file of its own because a browser script
// imports it (nl.ts says why).

/** "Ik lees als …" on a phase page: the passages narrowed to one role (role-reader.ts). */
export const roleReaderUi = {
  roleLabel: 'Ik lees als',
  roleAll: 'alle rollen',
  roleUndo: 'Toon weer alles',
  /** Template: {rol}, {n} shown of {totaal}. */
  roleAnnounce: 'U leest als {rol}: {n} van de {totaal} passages getoond.',
  roleCleared: 'Alle passages worden weer getoond.',
  roleNoScript: 'Lezen vanuit één rol kan ook zonder JavaScript, via de leesroutes:',
  roleNone: 'Voor deze rol staat hier geen passage apart gemarkeerd.',
} as const;
