/**
 * "Op deze pagina": the h2/h3 headings of a rendered page, read from its HTML, as a two-level
 * contents list. Reading the HTML (not the content files) covers every page alike, whatever
 * components made its headings. Pure functions, unit-tested.
 */

export interface Heading {
  /** 2 or 3. */
  depth: number;
  /** The heading's id: the link target. */
  id: string;
  /** Its text, tags removed, entities as written in the HTML. */
  text: string;
}

export interface ContentsEntry extends Heading {
  /** The h3 headings under this h2 (an h3 before any h2 stands on its own). */
  children: Heading[];
}

/** Elements that never have a closing tag. */
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const TAG =
  /<!--[\s\S]*?-->|<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ID = /\sid\s*=\s*"([^"]*)"/;
/** Content a reader cannot see or reach: its headings are no place to jump to. */
const SKIP = /\s(hidden|inert|data-toc-skip)(?=[\s=/>]|$)/;

/**
 * The h2/h3 headings with an id in `html`, in order, leaving out those inside an element with
 * `hidden`, `inert` or `data-toc-skip` (the phase page keeps each answer's advice hidden until
 * it is chosen). Expects the well-formed HTML Astro writes.
 */
export function headingsIn(html: string): Heading[] {
  const headings: Heading[] = [];
  const stack: boolean[] = []; // per open element: does it hide its content?
  let hiddenDepth = 0;
  let open: { depth: number; id: string | undefined; start: number; skipped: boolean } | undefined;
  for (const match of html.matchAll(TAG)) {
    const [whole, , slash, rawName, attributes = ''] = match;
    if (!rawName) continue; // comment, script, style, template
    const name = rawName.toLowerCase();
    const heading = /^h[23]$/.test(name);
    if (slash) {
      if (heading && open && !open.skipped && open.id) {
        const inner = html.slice(open.start, match.index);
        const text = inner
          .replace(/<[^>]*>/g, '')
          .replace(/\s+/g, ' ')
          .trim();
        if (text) headings.push({ depth: open.depth, id: open.id, text });
      }
      if (heading) open = undefined;
      if (stack.pop()) hiddenDepth--;
      continue;
    }
    if (VOID.has(name) || whole.endsWith('/>')) continue;
    const hides = SKIP.test(attributes);
    stack.push(hides);
    if (hides) hiddenDepth++;
    if (heading)
      open = {
        depth: Number(name[1]),
        id: ID.exec(attributes)?.[1],
        start: match.index + whole.length,
        skipped: hiddenDepth > 0,
      };
  }
  return headings;
}

/** The contents list for `headings`: h3s nested under their h2; none below `minimum` headings. */
export function contentsOf(headings: readonly Heading[], minimum = 3): ContentsEntry[] {
  if (headings.length < minimum) return [];
  const entries: ContentsEntry[] = [];
  for (const heading of headings) {
    const parent = entries.at(-1);
    if (heading.depth === 3 && parent?.depth === 2) parent.children.push(heading);
    else entries.push({ ...heading, children: [] });
  }
  return entries;
}

/** `html` split right after its first `</h1>`, where the contents list goes (all in `after` when there is none). */
export function splitAfterTitle(html: string): [before: string, after: string] {
  const end = html.search(/<\/h1\s*>/i);
  if (end === -1) return ['', html];
  const at = html.indexOf('>', end) + 1;
  return [html.slice(0, at), html.slice(at)];
}

/**
 * The list items of a contents list as compact HTML (a long chapter has fifty: every byte of
 * markup counts against the page budget). Ids and texts come from the page's own HTML, so
 * they are already escaped.
 */
export function contentsHtml(entries: readonly ContentsEntry[]): string {
  const item = (h: Heading, inner = '') => `<li><a href="#${h.id}">${h.text}</a>${inner}</li>`;
  return entries
    .map((e) => item(e, e.children.length > 0 ? `<ul>${e.children.map((c) => item(c)).join('')}</ul>` : ''))
    .join('');
}
