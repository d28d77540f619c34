import { editDistance } from './edit-distance';
import { paths, questionAnchor, sectionAnchor } from './routes';

/**
 * Links to an anchor (`/fasen/start/#vraag-1`) checked with the other content, before the
 * build: so a broken anchor is reported in the same run as a schema mistake. Pure: the content
 * check gives it the heading ids of every content file (the ids the pages give them, from
 * src/lib/markdown-plugins.mjs) and the ids the code in src/ may write.
 *
 * What a page shows is known here only in part (a werkvorm's text also appears inside answers,
 * components add ids of their own), so an anchor is reported only when it exists nowhere: not
 * on the linked page as far as the content tells, not under any content heading, question or
 * section anywhere, and not an id the code may write. Everything else is left to the link check
 * after the build (src/integrations/link-check.ts), which sees the real pages.
 */

/** One content file with the ids of its headings, as the pages give them. */
export interface FileAnchors {
  collection: string;
  /** The entry's id: "start/vraag-1-a", "dossier/02-stel-een-implementatieteam-samen". */
  id: string;
  headings: string[];
}

/** What the content says about the entries a page is made of (only the fields used here). */
export interface AnchorContent {
  questions: { id: string; data: { fase: string; nummer: number } }[];
  answers: { id: string; data: { vraag: { id: string }; letter: string } }[];
  sections: { id: string; data: { bron: { id: string }; hoofdstuk?: string | undefined } }[];
}

/** The anchors the content gives each page it is sure about, by page address. */
export function contentAnchorsByPage(content: AnchorContent, files: FileAnchors[]): Map<string, Set<string>> {
  const byPage = new Map<string, Set<string>>();
  const add = (page: string, ids: Iterable<string>) => {
    const set = byPage.get(page) ?? new Set<string>();
    for (const id of ids) set.add(id);
    byPage.set(page, set);
  };
  const headingsOf = (collection: string, id: string) =>
    files.find((f) => f.collection === collection && f.id === id)?.headings ?? [];
  for (const f of files) {
    if (f.collection === 'fasen') add(paths.phase(f.id), f.headings);
    if (f.collection === 'werkvormen') add(paths.method(f.id), f.headings);
    if (f.collection === 'rollen') add(paths.role(f.id), f.headings);
    if (f.collection === 'bronnen') add(paths.source(f.id), f.headings);
  }
  for (const q of content.questions) {
    add(paths.phase(q.data.fase), [questionAnchor(q.data.nummer)]);
    for (const a of content.answers.filter((answer) => answer.data.vraag.id === q.id)) {
      const letter = a.data.letter.toUpperCase() as 'A' | 'B';
      add(paths.answer(q.data.fase, q.data.nummer, letter), headingsOf('antwoorden', a.id));
      add(paths.phase(q.data.fase), headingsOf('antwoorden', a.id));
    }
  }
  for (const s of content.sections) {
    const ids = [sectionAnchor(s.id), ...headingsOf('secties', s.id)];
    add(paths.source(s.data.bron.id), ids);
    if (s.data.hoofdstuk) add(paths.chapter(s.data.bron.id, s.data.hoofdstuk), ids);
  }
  return byPage;
}

/**
 * The ids the code in src/ may write, from its text: `id="zoekterm"` as such, and templates
 * such as id={`fase-${phase}`} or `boekje-${name}` as patterns (fase-…, boekje-…). A template
 * whose fixed parts have no letter (`${a}-${b}`) would match anything, so it is left out.
 */
export function codeIdPatterns(sources: string[]): RegExp[] {
  const patterns: RegExp[] = [];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const text of sources) {
    for (const m of text.matchAll(/\bid="([A-Za-z][\w-]*)"/g))
      patterns.push(new RegExp(`^${escape(m[1]!)}$`));
    for (const m of text.matchAll(/`((?:[a-z0-9-]|\$\{[^}`]*\})+)`/g)) {
      const parts = m[1]!.split(/\$\{[^}`]*\}/);
      if (parts.length < 2 || !/[a-z]/.test(parts.join(''))) continue;
      patterns.push(new RegExp(`^${parts.map(escape).join('.+')}$`));
    }
  }
  return patterns;
}

/**
 * What is wrong with the anchor of a link to `page`, in Dutch with the nearest anchors that do
 * exist there, or undefined when it exists or may exist (see the top of this file).
 */
export function anchorProblem(
  written: string,
  page: string,
  anchor: string,
  byPage: Map<string, Set<string>>,
  code: RegExp[],
): string | undefined {
  const here = byPage.get(page) ?? new Set<string>();
  if (here.has(anchor)) return undefined;
  // A question's anchor is certain: its phase page has one per question, and only there.
  const questionOnPhase = /^\/fasen\/[^/]+\/$/.test(page) && /^vraag-\d+$/.test(anchor);
  if (!questionOnPhase) {
    for (const ids of byPage.values()) if (ids.has(anchor)) return undefined;
    if (code.some((pattern) => pattern.test(anchor))) return undefined;
  }
  const nearest = [...here]
    .map((id) => ({ id, d: editDistance(anchor, id) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, 3)
    .map(({ id }) => `#${id}`);
  return `link ${written}: anker #${anchor} bestaat niet op ${page}${nearest.length ? `; bedoelt u ${nearest.join(' of ')}?` : ''}`;
}
