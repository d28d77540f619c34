/**
 * The closed sets of the handbook, defined once. Schemas, pages, filters and checks all
 * read them from here, so adding a value is a one-line change with its label beside it.
 */

/** The five parts ("reflecties") of the beslishulp, in their reading order. */
export const PHASES = ['start', 'financiering', 'platform', 'implementatie', 'monitoring'] as const;
export type Phase = (typeof PHASES)[number];

/** Who a piece of advice speaks to. `gemeente` is the reader of the toolkit (source 004). */
export const ROLES = [
  'burger',
  'zorgprofessional',
  'welzijnsprofessional',
  'platformontwikkelaar',
  'financier',
  'gemeente',
] as const;
export type Role = (typeof ROLES)[number];

/** A guard for a closed set: `isPhase(id)` narrows a string to Phase without a cast. */
export const memberOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    values.some((v) => v === value);

export const isPhase = memberOf(PHASES);
export const isRole = memberOf(ROLES);

/** A: "er zijn verbetermogelijkheden"; B: "goed op weg". The source always gives A first. */
export const ANSWER_LETTERS = ['A', 'B'] as const;
export type AnswerLetter = (typeof ANSWER_LETTERS)[number];
export const isAnswerLetter = memberOf(ANSWER_LETTERS);

/** The headings an answer of the beslishulp can have, in the order the source usually uses. */
export const ANSWER_SECTION_KINDS = [
  'randvoorwaarden',
  'slaagfactoren',
  'faalfactoren',
  'tips',
  'werkvormen',
  'aandachtspunten',
] as const;
export type AnswerSectionKind = (typeof ANSWER_SECTION_KINDS)[number];
export const isAnswerSectionKind = memberOf(ANSWER_SECTION_KINDS);

/**
 * What an entry of the werkvormen collection is in its source: a method a team can carry out,
 * an instrument (a model, list or questionnaire), a theory, or an example of one organisation.
 */
export const METHOD_KINDS = ['methode', 'instrument', 'theorie', 'voorbeeld'] as const;
export type MethodKind = (typeof METHOD_KINDS)[number];

/** What a section of one of the other sources is; also a search filter ("soort"). */
export const SECTION_KINDS = [
  'inleiding',
  'stap',
  'aanbeveling',
  'theorie',
  'interview',
  'conclusie',
  'toolkit',
  'praktijkvoorbeeld',
  'leverancier',
  'hulpmiddel',
  'literatuur',
  'colofon',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/**
 * How much a section of another source helps with a question it is linked to: `kern` gives
 * advice, a condition, a pitfall or a concrete example for exactly that question; `achtergrond`
 * is related context. Answer pages show kern first and fold the background.
 */
export const LINK_WEIGHTS = ['kern', 'achtergrond'] as const;
export type LinkWeight = (typeof LINK_WEIGHTS)[number];

/** Kinds of whole pages, beside the kinds of the sources' sections; together the search filter "soort". */
export const PAGE_KINDS = [
  'vraag en antwoord',
  'werkvorm',
  'fase',
  'leesroute',
  'bron',
  'overzicht',
] as const;
export type SearchKind = (typeof PAGE_KINDS)[number] | SectionKind;
