import { createHash } from 'node:crypto';
import { withBase } from './base-path.mjs';
import { addTableHeaders } from './table-headers.mjs';
/**
 * remark plugin for every Markdown/MDX file of the handbook.
 * - Site links are written from the site root (`/werkvormen/gedeeld-probleembeeld/`) so the
 *   same text works on the answer page and inside the phase page; here they get the base path.
 * - External links get class "extern" and, when `externalLabel` is given, that text after the
 *   link text (" ↗ (externe website)" from the dictionary), kept out of the search index.
 * - Placeholder links (`[text](#)` or an empty target), left over from the PDFs, stop the build:
 *   they must be plain text.
 * Plain JavaScript because astro.config.mjs loads it before TypeScript is set up.
 */

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
  visit(node);
  if (Array.isArray(node.children)) for (const child of node.children) walk(child, visit);
}

/** @param {{ base?: string, externalLabel?: string }} [options] */
export function remarkSiteLinks(options = {}) {
  const base = options.base ?? '/';
  const label = options.externalLabel;
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    walk(tree, (node) => {
      if (node.type !== 'link') return;
      const url = String(node.url ?? '').trim();
      if (url === '' || url === '#') {
        const line = node.position?.start?.line ?? '?';
        throw new Error(
          `${file.path}:${line}: link zonder doel ("${url}"). ` +
            'Schrijf de tekst zonder link, of geef het echte adres (/pad/ binnen de site, https://… erbuiten).',
        );
      }
      if (/^https?:\/\//.test(url)) {
        node.data ??= {};
        node.data.hProperties = { ...node.data.hProperties, className: ['extern'], rel: 'external' };
        if (label && Array.isArray(node.children))
          node.children.push({
            type: 'text',
            value: label,
            data: { hName: 'span', hProperties: { className: ['extern-label'], dataPagefindIgnore: '' } },
          });
      } else {
        node.url = withBase(base, url);
      }
    });
  };
}

/** @param {string} text */
export function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** @param {any} node @returns {string} */
function textOf(node) {
  if (node.type === 'text') return node.value;
  return Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

/**
 * rehype plugin: heading ids that are unique across the whole site. A phase page shows the
 * advice of several answers, and each has a "Randvoorwaarden"; so every id starts with the
 * file's place in content/ ("start-vraag-1-a-randvoorwaarden"). Astro keeps ids that exist.
 */
export function rehypeScopedHeadingIds() {
  /** @param {any} tree @param {any} file */
  return (tree, file) => {
    const scope = headingScope(String(file.path ?? file.history?.[0] ?? ''));
    /** @type {Set<string>} */
    const used = new Set();
    walk(tree, (node) => {
      if (node.type !== 'element' || !/^h[1-6]$/.test(node.tagName)) return;
      node.properties ??= {};
      if (typeof node.properties.id === 'string') return;
      node.properties.id = headingId(scope, textOf(node), used);
    });
  };
}

/**
 * The first part of a content file's heading ids: its path inside its collection folder
 * ("…/content/antwoorden/start/vraag-1-a.mdx" → "start-vraag-1-a"). The content check
 * (scripts/check-content.ts) gives headings the same ids, to check links to them before a build.
 * @param {string} path
 */
export function headingScope(path) {
  const inContent = path.split(/[\\/]content[\\/]/).pop() ?? path;
  return slugify(inContent.replace(/^[^\\/]+[\\/]/, '').replace(/\.(md|mdx)$/, ''));
}

/**
 * The id of a heading with this text, unique among the ids `used` so far in its file.
 * @param {string} scope @param {string} text @param {Set<string>} used
 */
export function headingId(scope, text, used) {
  let id = `${scope}-${slugify(text) || 'kop'}`;
  for (let n = 2; used.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
  used.add(id);
  return id;
}

/**
 * rehype plugin: the numbers of ordered lists become text ("4. ") instead of CSS markers.
 * The sources refer to their numbered items ("conclusie 4", "stap 3"), and a number that is
 * only a list marker is lost when a reader copies the text or a tool reads it.
 */
export function rehypeVisibleListNumbers() {
  /** @param {any} tree */
  return (tree) => {
    walk(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'ol') return;
      let n = Number(node.properties?.start ?? 1);
      node.properties = {
        ...node.properties,
        className: [...(node.properties?.className ?? []), 'numbered'],
      };
      for (const item of node.children) {
        if (item.type !== 'element' || item.tagName !== 'li') continue;
        const number = {
          type: 'element',
          tagName: 'span',
          properties: { className: ['list-number'] },
          children: [{ type: 'text', value: `${n}. ` }],
        };
        // A "loose" list item starts with a <p>: put the number inside it, so it stays on one line.
        const first = item.children.find(
          (/** @type {any} */ c) => c.type === 'element' || (c.type === 'text' && c.value.trim()),
        );
        if (first?.type === 'element' && first.tagName === 'p') first.children.unshift(number);
        else item.children.unshift(number);
        n++;
      }
    });
  };
}

/**
 * rehype plugin: every table sits in a region (a <section> with a name, html-validate's
 * preferred form of role="region") that scrolls sideways on its own, so a wide
 * table never makes the whole page wider than a 320 px screen (WCAG 1.4.10, reflow). The
 * region can take keyboard focus (tabindex 0) so it can be scrolled without a mouse, and is
 * named after the table's caption so a screen reader says what the scrolling area holds.
 * Tables written as HTML inside Markdown reach rehype as raw text, so those are wrapped as text.
 */
export function rehypeScrollableTables() {
  /** @param {any} tree */
  return (tree) => {
    /** @type {any[]} */
    const parents = [];
    walk(tree, (node) => {
      if (node.type === 'raw' && /<table[\s>]/i.test(node.value)) node.value = wrapRawTables(node.value);
      if (node.children?.some((/** @type {any} */ c) => c.type === 'element' && c.tagName === 'table'))
        parents.push(node);
    });
    // Wrapped after the walk, so the walk never meets a wrapper it just made.
    for (const parent of parents) {
      parent.children = parent.children.map((/** @type {any} */ child) => {
        if (child.type !== 'element' || child.tagName !== 'table') return child;
        const caption = child.children.find(
          (/** @type {any} */ c) => c.type === 'element' && c.tagName === 'caption',
        );
        return {
          type: 'element',
          tagName: 'section',
          properties: {
            className: ['table-scroll'],
            ariaLabel: tableLabel(caption ? textOf(caption) : ''),
            tabIndex: 0,
          },
          children: [child],
        };
      });
    }
  };
}

/** @param {string} caption */
function tableLabel(caption) {
  return caption.replace(/\s+/g, ' ').trim() || 'Tabel';
}

/** Tables with this many columns print on a landscape page (see print.css, `.table-wide`). */
export const WIDE_TABLE_COLUMNS = 6;

/** The same wrapper around each `<table>…</table>` in a piece of raw HTML. @param {string} html */
export function wrapRawTables(html) {
  return html.replace(/<table[\s>][\s\S]*?<\/table>/gi, (raw) => {
    const caption = /<caption[^>]*>([\s\S]*?)<\/caption>/i.exec(raw)?.[1] ?? '';
    const text = caption.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&');
    // Short ids (every data cell lists three): a hash of the caption keeps them unique on a page.
    const table = addTableHeaders(raw, `t${createHash('sha256').update(text).digest('hex').slice(0, 6)}`);
    // Six columns or more do not fit a portrait page with whole words: print.css turns the page.
    const columns = (/<thead[\s\S]*?<\/thead>/i.exec(raw)?.[0].match(/<th[\s>]/gi) ?? []).length;
    const className = columns >= WIDE_TABLE_COLUMNS ? 'table-scroll table-wide' : 'table-scroll';
    const label = tableLabel(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return `<section class="${className}" aria-label="${label}" tabindex="0">${table}</section>`;
  });
}

/**
 * rehype plugin: captions and column headers that the handbook added to a source's table are
 * marked `data-ours` in the content; readers must see they are ours, not the source's. A marked
 * caption gets a small label after its text, naming the marked headers too when the table has
 * them; marked headers get class "ours-part". The labels come from src/i18n/nl.ts through
 * astro.config.mjs. Tables in the content are HTML, which reaches rehype as raw text.
 * @param {{ caption: string, captionAndHeaders: string }} labels
 */
export function rehypeMarkOurs(labels) {
  /** @param {any} tree */
  return (tree) => {
    walk(tree, (node) => {
      if (node.type === 'raw' && /\sdata-ours[\s>]/.test(node.value))
        node.value = markOurs(node.value, labels);
    });
  };
}

/** @param {string} html @param {{ caption: string, captionAndHeaders: string }} labels */
export function markOurs(html, labels) {
  const escape = (/** @type {string} */ s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return html.replace(/<table[\s>][\s\S]*?<\/table>/gi, (table) => {
    const headers = /<th\b[^>]*\sdata-ours[\s>]/.test(table);
    const label = headers ? labels.captionAndHeaders : labels.caption;
    return table
      .replace(
        /<caption([^>]*?)\sdata-ours>([\s\S]*?)<\/caption>/i,
        (_, attributes, text) =>
          `<caption${attributes}>${text} <small class="ours-label">(${escape(label)})</small></caption>`,
      )
      .replace(/<th([^>]*?)\sdata-ours>/g, '<th$1 class="ours-part">');
  });
}
