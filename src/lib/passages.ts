/**
 * Which sections of the other sources a reader meets where: under a question (the sections
 * that name it in `vragen`), and on a phase page (the rest of the phase's advice, folded per
 * source). Pure: it takes plain records, so the rules are unit-tested without Astro.
 */
import { LINK_WEIGHTS, type LinkWeight } from '~/schemas/vocabulary';
import { adviceExcerpt } from './advice-excerpt';
import { QUESTION_TERMS } from './question-terms';

/** A section's link to a question, as in its frontmatter `vragen`. */
export interface QuestionLink {
  vraag: { id: string };
  gewicht: LinkWeight;
}

export interface SectionLike {
  id: string;
  data: { bron: { id: string }; soort: string; fasen: readonly string[]; vragen?: readonly QuestionLink[] };
}

/** Kinds of section that are never advice: they stay in their source, off the phase pages. */
export const NOT_ADVICE_KINDS: readonly string[] = ['colofon', 'literatuur', 'leverancier'];

/**
 * Sections whose kind is wider than their text: leeswijzers, how the document came about,
 * lists of tool titles, organisation profiles and contact blocks. Each with why.
 */
export const NOT_ADVICE: Readonly<Record<string, string>> = {
  'stappenplan/01-wat-is-dit': 'wat het document is',
  'dossier/01-digitaal-samenwerken-in-de-jeugdhulp': 'hoe het dossier tot stand kwam',
  'dossier/12-getuigenissen': 'lijst met titels van getuigenissen',
  'interviews/001-inleiding': 'de deelnemende organisaties',
  'interviews/006-interview-1-aan-z': 'profiel van de organisatie',
  'interviews/020-interview-2-elan': 'profiel van de organisatie',
  'interviews/029-interview-3-incluzio': 'profiel van de organisatie',
  'interviews/037-interview-4-swoa': 'profiel van de organisatie',
  'interviews/050-interview-5-de-smd': 'profiel van de organisatie',
  'toolkit/001-samenvatting': 'samenvatting van de toolkit zelf',
  'toolkit/002-toolkit': 'wat de toolkit is',
  'toolkit/005-inleiding': 'inleiding van de toolkit',
  'toolkit/007-learn-diz': 'hoe de toolkit tot stand kwam',
  'toolkit/009-waarom-deze-toolkit': 'waarom de toolkit er is',
  'toolkit/010-totstandkoming-toolkit': 'totstandkoming',
  'toolkit/011-leeswijzer': 'leeswijzer',
  'toolkit/023-tools-verkenningsfase': 'lijst met titels van hulpmiddelen',
  'toolkit/033-tools-ontwerpfase': 'lijst met titels van hulpmiddelen',
  'toolkit/041-tools-implementatiefase': 'lijst met titels van hulpmiddelen',
  'toolkit/044-tools-evaluatiefase': 'lijst met titels van hulpmiddelen',
  'toolkit/045-ervaringen-van-gemeenten': 'inleiding op de gemeenten',
  'toolkit/073-bronnen-tools-best-practices': 'inleiding op de lijsten met bronnen',
  'toolkit/074-tools': 'lijst met titels van hulpmiddelen',
};

/** Whether a section is advice a phase page may show (it always stays in its source). */
export const isAdvice = (section: SectionLike) =>
  !NOT_ADVICE_KINDS.includes(section.data.soort) && !(section.id in NOT_ADVICE);

/** How much a section helps with a question: its link's weight, or undefined when it is not linked. */
export const passageWeight = (section: SectionLike, questionId: string): LinkWeight | undefined =>
  section.data.vragen?.find((link) => link.vraag.id === questionId)?.gewicht;

/**
 * The sections that speak to a question: the kern passages first, then the background ones,
 * each group in the order the sections come (source order).
 */
export const passagesFor = <T extends SectionLike>(sections: readonly T[], questionId: string): T[] =>
  LINK_WEIGHTS.flatMap((weight) => sections.filter((s) => passageWeight(s, questionId) === weight));

/**
 * The part of a passage (its Markdown body) that speaks to a question, verbatim, with "…" where
 * text is left out; see advice-excerpt.ts for the rule. An unknown question id is a programming
 * mistake and throws.
 */
export function passageExcerpt(body: string, questionId: string): string {
  const terms = QUESTION_TERMS[questionId];
  if (!terms) throw new Error(`passageExcerpt: onbekende vraag "${questionId}"`);
  return adviceExcerpt(body, terms);
}

/**
 * "Meer uit de bronnen over deze fase": the phase's advice sections that are not already shown
 * under one of its questions, grouped per source in source order.
 */
export function moreForPhase<T extends SectionLike>(
  sections: readonly T[],
  phase: string,
  questionIds: readonly string[],
): { sourceId: string; sections: T[] }[] {
  const shown = new Set(questionIds.flatMap((q) => passagesFor(sections, q).map((s) => s.id)));
  const groups = new Map<string, T[]>();
  for (const s of sections) {
    if (!s.data.fasen.includes(phase) || !isAdvice(s) || shown.has(s.id)) continue;
    const group = groups.get(s.data.bron.id) ?? [];
    group.push(s);
    groups.set(s.data.bron.id, group);
  }
  return [...groups].map(([sourceId, list]) => ({ sourceId, sections: list }));
}

/** A heading without its numbering or continuation mark: "4.2.3 Don'ts" and "Conclusie 3" → "don'ts", "conclusie". */
function headingCore(title: string): string {
  // Asked for every section of a source for each passage listed: kept per title.
  let core = headingCores.get(title);
  if (core === undefined)
    headingCores.set(
      title,
      (core = title
        .toLocaleLowerCase('nl')
        .replace(/^(\d+(\.\d+)*\.?\s+|stap \d+:\s*)/, '')
        .replace(/\s*\(vervolg\)$/, '')
        .replace(/\s+\d+$/, '')
        .trim()),
    );
  return core;
}
const headingCores = new Map<string, string>();

/**
 * Whether a passage's heading alone does not tell which part of its source it is, because the
 * source uses the same heading more than once ("Innovatiebudget" in three interviews, "4.2.3 Don'ts"
 * and "4.3.3 Don'ts"). A list then adds our short title beside it, marked as ours.
 */
export function headingIsAmbiguous(
  section: { data: { titel: string } },
  sameSource: readonly { data: { titel: string } }[],
): boolean {
  const core = headingCore(section.data.titel);
  return sameSource.filter((s) => headingCore(s.data.titel) === core).length > 1;
}
