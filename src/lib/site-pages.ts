import { editDistance } from './edit-distance';
import { paths } from './routes';
import { ANSWER_LETTERS, isPhase, type AnswerLetter } from '~/schemas/vocabulary';

/**
 * Every page the site will have, computed from the content the way the pages' getStaticPaths
 * compute them (with the same `paths` of src/lib/routes.ts), and the check of a link an editor
 * wrote in content/ against that list. Pure: scripts/check-content.ts gives it the entries and
 * the file names under src/pages/, so a broken page link is reported at its .md/.mdx line
 * together with every other content problem, before anything is built. Anchors (#…) are left
 * to the link check after the build (src/integrations/link-check.ts), which sees the real ids.
 */

/** The content a page list needs, shaped as Astro's entries (only the fields used here). */
export interface SiteContent {
  phases: { id: string }[];
  questions: { id: string; data: { fase: string; nummer: number } }[];
  answers: { data: { vraag: { id: string }; letter: AnswerLetter } }[];
  methods: { id: string }[];
  sources: { id: string; data: { hoofdstukken: { id: string }[] } }[];
  roles: { id: string }[];
}

/**
 * The pages of each dynamic route in src/pages/, as its getStaticPaths makes them. A new
 * dynamic route needs a line here (tests/unit/site-pages.test.ts fails until it has one).
 */
const DYNAMIC_ROUTES: Record<string, (c: SiteContent) => string[]> = {
  'fasen/[fase]/index.astro': (c) => c.phases.filter((p) => isPhase(p.id)).map((p) => paths.phase(p.id)),
  'fasen/[fase]/meer.astro': (c) => c.phases.filter((p) => isPhase(p.id)).map((p) => paths.phaseMore(p.id)),
  'fasen/[fase]/[vraag]/[letter].astro': (c) =>
    c.answers.flatMap((a) => {
      const q = c.questions.find((question) => question.id === a.data.vraag.id);
      return q ? [paths.answer(q.data.fase, q.data.nummer, a.data.letter)] : [];
    }),
  'boekjes/[fase].astro': (c) => c.phases.filter((p) => isPhase(p.id)).map((p) => paths.bookletPage(p.id)),
  'werkvormen/[id].astro': (c) => c.methods.map((m) => paths.method(m.id)),
  'rollen/[rol].astro': (c) => c.roles.map((r) => paths.role(r.id)),
  'bronnen/[bron]/index.astro': (c) => c.sources.map((s) => paths.source(s.id)),
  'bronnen/[bron]/[hoofdstuk].astro': (c) =>
    c.sources.flatMap((s) => s.data.hoofdstukken.map((h) => paths.chapter(s.id, h.id))),
};

/** The dynamic routes this module knows, by their file under src/pages/. */
export const dynamicRoutes = () => Object.keys(DYNAMIC_ROUTES);

/**
 * The address of a page file under src/pages/ without parameters ("team.astro" → "/team/",
 * "fasen/index.astro" → "/fasen/"), or undefined for what is no page to link to: the 404 page
 * and endpoints (.ts/.js files that make other files).
 */
export function staticPagePath(file: string): string | undefined {
  const match = /^(.*?)(?:\/?index)?\.(astro|md|mdx|html)$/.exec(file.split('\\').join('/'));
  if (!match || match[1] === '404' || match[1] === '500') return undefined;
  return match[1] ? `/${match[1]}/` : '/';
}

/**
 * Every page of the site, sorted: the page files of src/pages/ (`pageFiles`, relative to it)
 * with the content's entries filled into the dynamic ones. Throws on a dynamic route that
 * DYNAMIC_ROUTES does not know (a developer's change, caught by the unit test).
 */
export function sitePages(content: SiteContent, pageFiles: string[]): string[] {
  const pages = new Set<string>();
  for (const raw of pageFiles) {
    const file = raw.split('\\').join('/');
    if (!/\.(astro|md|mdx|html)$/.test(file) || file.split('/').some((part) => part.startsWith('_')))
      continue;
    if (file.includes('[')) {
      const route = DYNAMIC_ROUTES[file];
      if (!route) throw new Error(`src/lib/site-pages.ts: no pages known for the route src/pages/${file}`);
      for (const page of route(content)) pages.add(page);
      continue;
    }
    const page = staticPagePath(file);
    if (page) pages.add(page);
  }
  return [...pages].sort();
}

/**
 * Where pages will be once a broken file is fixed: a file whose frontmatter the check could not
 * read or accept is no entry, but the editor means its pages to exist, so links to them are no
 * problem of their own. Their addresses come from the file's name; where that does not give
 * them all (a source's chapters), everything under the file's address is accepted.
 */
export function pagesOfBrokenFiles(broken: { collection: string; id: string }[]): {
  pages: string[];
  prefixes: string[];
} {
  const pages: string[] = [];
  const prefixes: string[] = [];
  for (const { collection, id } of broken) {
    if (collection === 'fasen') pages.push(paths.phase(id), paths.bookletPage(id));
    else if (collection === 'werkvormen') pages.push(paths.method(id));
    else if (collection === 'rollen') pages.push(paths.role(id));
    else if (collection === 'bronnen') prefixes.push(paths.source(id));
    else if (collection === 'vragen' || collection === 'antwoorden') {
      // A question's id is "fase/vraag-n", an answer's "fase/vraag-n-a" (the rules check this).
      const match = /^([^/]+)\/vraag-(\d+)(?:-([ab]))?$/.exec(id);
      if (!match) prefixes.push(paths.phase(id.split('/')[0]!));
      else
        for (const letter of match[3] ? [match[3].toUpperCase() as AnswerLetter] : ANSWER_LETTERS)
          pages.push(paths.answer(match[1]!, Number(match[2]), letter));
    }
  }
  return { pages, prefixes };
}

/**
 * The existing page nearest to a path that does not exist: among the pages in the same folder
 * when there are any ("/fasen/strat/" → the phases), else among all; fewest edits first.
 */
export function nearestPage(path: string, pages: string[]): string | undefined {
  const folder = path.replace(/[^/]+\/?$/, '');
  const siblings = pages.filter(
    (p) => p !== folder && p.startsWith(folder) && !p.slice(folder.length, -1).includes('/'),
  );
  const candidates = siblings.length > 0 && folder !== '/' ? siblings : pages;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const page of candidates) {
    const d = editDistance(path, page);
    if (d < bestDistance) [best, bestDistance] = [page, d];
  }
  return best;
}

/**
 * What is wrong with a link written in content/, in Dutch with a fix, or undefined when it is
 * fine or not this check's business. Checked: site-root paths (`/werkvormen/nudge/`) without a
 * file extension; the #anchor is left off (the link check after the build knows the ids).
 * Not checked: external and mailto links, relative links, and files (`/boekjes/start.pdf`).
 * `pending` are addresses under which a broken file's pages will be (pagesOfBrokenFiles).
 */
export function linkProblem(
  url: string,
  pages: ReadonlySet<string>,
  pending: { pages: string[]; prefixes: string[] } = { pages: [], prefixes: [] },
): string | undefined {
  const written = url.trim();
  if (!written.startsWith('/') || written.startsWith('//')) return undefined;
  let path = written.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    return `link ${written}: geen geldig adres (een % zonder twee cijfers erna?)`;
  }
  if (/\.[a-z0-9]+$/i.test(path)) return undefined;
  const known = (p: string) =>
    pages.has(p) || pending.pages.includes(p) || pending.prefixes.some((prefix) => p.startsWith(prefix));
  if (known(path)) return undefined;
  if (!path.endsWith('/') && known(`${path}/`))
    return `link ${written}: mist de slash aan het eind; schrijf ${path}/ (de adressen van pagina's eindigen op /)`;
  const nearest = nearestPage(path.endsWith('/') ? path : `${path}/`, [...pages]);
  return `link ${written}: die pagina bestaat niet${nearest ? `; bedoelt u ${nearest}?` : ''}`;
}
