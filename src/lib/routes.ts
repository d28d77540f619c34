import { withBase } from './base-path.mjs';
import type { AnswerLetter } from '~/schemas/vocabulary';

/**
 * Every address of the site, built in one place. Paths are written from the site root;
 * `href()` adds the base path (BASE_PATH at build time) so hosting under a sub-path works.
 */
export const paths = {
  home: () => '/',
  phases: () => '/fasen/',
  phase: (phase: string) => `/fasen/${phase}/`,
  /** "Meer uit de bronnen" of a phase, its lists unfolded (the phase page fetches them from here). */
  phaseMore: (phase: string) => `/fasen/${phase}/meer/`,
  question: (phase: string, number: number) => `/fasen/${phase}/#${questionAnchor(number)}`,
  answer: (phase: string, number: number, letter: AnswerLetter) =>
    `/fasen/${phase}/vraag-${number}/${letter.toLowerCase()}/`,
  methods: () => '/werkvormen/',
  method: (id: string) => `/werkvormen/${id}/`,
  sources: () => '/bronnen/',
  source: (id: string) => `/bronnen/${id}/`,
  chapter: (sourceId: string, chapterId: string) => `/bronnen/${sourceId}/${chapterId}/`,
  roles: () => '/rollen/',
  role: (role: string) => `/rollen/${role}/`,
  reflection: () => '/mijn-reflectie/',
  plan: () => '/mijn-plan/',
  team: () => '/team/',
  search: () => '/zoeken/',
  bookletPage: (phase: string) => `/boekjes/${phase}/`,
  bookletPdf: (phase: string) => `/boekjes/${phase}.pdf`,
  accessibility: () => '/toegankelijkheid/',
  privacy: () => '/privacy/',
};

/** The id of a question's block on its phase page. */
export const questionAnchor = (number: number) => `vraag-${number}`;

/** A section's anchor: its file name without the leading order number ("03-stap-1" → "stap-1"). */
export function sectionAnchor(sectionId: string): string {
  const name = sectionId.split('/').pop() ?? sectionId;
  return name.replace(/^\d+-/, '');
}

/** Where a section is read: the source page, or its chapter page for long sources. */
export function sectionPath(sourceId: string, sectionId: string, chapterId?: string): string {
  const page = chapterId ? paths.chapter(sourceId, chapterId) : paths.source(sourceId);
  return `${page}#${sectionAnchor(sectionId)}`;
}

/** Adds the base path the site is built for. */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  return withBase(base, path);
}
