import { createHash } from 'node:crypto';
import { withBase } from './base-path.mjs';
import { addTableHeaders } from './table-headers.mjs';
import { typography } from './typography.mjs';
/**
 * Plugins for Sätteri, Astro's Markdown processor, for every Markdown/MDX file of the handbook.
 * Sätteri parses in Rust; a plugin visits the nodes of one type and changes them through `ctx`.
 * Plain JavaScript because astro.config.mjs loads it before TypeScript is set up.
 */

/**
 * The handbook's Markdown processing, for Astro's processor (astro.config.mjs) and the tests:
 * curly quotes (src/lib/typography.mjs, which follows SmartyPants and knows the Dutch ’s, so
 * Sätteri's own smart punctuation stays off), then on the HTML tree the site links, heading
 * ids, list numbers and table regions below, and last the label of captions and headers that
 * are ours (after the scroll region took its name from the caption).
 * @param {{ base: string, externalLabel: string, oursLabels: { caption: string, captionAndHeaders: string } }} options
 */
export function handbookMarkdown({ base, externalLabel, oursLabels }) {
  return {
    mdastPlugins: [typography],
    hastPlugins: [
      siteLinks({ base, externalLabel }),
      scopedHeadingIds,
      visibleListNumbers,
      scrollableTables,
      markOursPlugin(oursLabels),
    ],
    features: { smartPunctuation: false },
  };
}

/**
 * hast plugin for the links written in Markdown (`[text](url)`):
 * - Site links are written from the site root (`/werkvormen/gedeeld-probleembeeld/`) so the
 *   same text works on the answer page and inside the phase page; here they get the base path.
 * - External links get class "extern" and, when `externalLabel` is given, that text after the
 *   link text (" ↗ (externe website)" from the dictionary), kept out of the search index.
 * - Placeholder links (`[text](#)` or an empty target), left over from the PDFs, stop the build:
 *   they must be plain text.
 * @param {{ base?: string, externalLabel?: string }} [options]
 */
export function siteLinks(options = {}) {
  const base = options.base ?? '/';
  const label = options.externalLabel;
  return {
    name: 'handboek-site-links',
    element: {
      filter: ['a'],
      /** @param {any} node @param {any} ctx */
      visit(node, ctx) {
        const url = String(node.properties?.href ?? '').trim();
        if (url === '' || url === '#') {
          // Sätteri gives nodes no line unless a plugin asks (which slows every parse): the link's
          // text finds it. The content check, which runs first, names the line.
          const path = ctx.fileURL ? decodeURIComponent(ctx.fileURL.pathname) : '(Markdown)';
          throw new Error(
            `${path}: link "${ctx.textContent(node)}" zonder doel ("${url}"). ` +
              'Schrijf de tekst zonder link, of geef het echte adres (/pad/ binnen de site, https://… erbuiten).',
          );
        }
        if (!/^https?:\/\//.test(url)) return void ctx.setProperty(node, 'href', withBase(base, url));
        ctx.setProperty(node, 'className', ['extern']);
        ctx.setProperty(node, 'rel', ['external']);
        if (label)
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'span',
            properties: { className: ['extern-label'], dataPagefindIgnore: '' },
            children: [{ type: 'text', value: label }],
          });
      },
    },
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

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * hast plugin: heading ids that are unique across the whole site. A phase page shows the
 * advice of several answers, and each has a "Randvoorwaarden"; so every id starts with the
 * file's place in content/ ("start-vraag-1-a-randvoorwaarden"). Astro keeps ids that exist.
 * @param {{ fileURL?: URL }} document
 */
export function scopedHeadingIds({ fileURL }) {
  const scope = headingScope(fileURL ? decodeURIComponent(fileURL.pathname) : '');
  /** @type {Set<string>} */
  const used = new Set();
  return {
    name: 'handboek-heading-ids',
    element: {
      filter: HEADINGS,
      /** @param {any} node @param {any} ctx */
      visit(node, ctx) {
        if (typeof node.properties?.id !== 'string')
          ctx.setProperty(node, 'id', headingId(scope, ctx.textContent(node), used));
      },
    },
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
 * hast plugin: the numbers of ordered lists become text ("4. ") instead of CSS markers.
 * The sources refer to their numbered items ("conclusie 4", "stap 3"), and a number that is
 * only a list marker is lost when a reader copies the text or a tool reads it.
 */
export const visibleListNumbers = {
  name: 'handboek-list-numbers',
  element: {
    filter: ['ol'],
    /** @param {any} node @param {any} ctx */
    visit(node, ctx) {
      let n = Number(node.properties?.start ?? 1);
      ctx.setProperty(node, 'className', [...(node.properties?.className ?? []), 'numbered']);
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
        ctx.prependChild(first?.type === 'element' && first.tagName === 'p' ? first : item, number);
        n++;
      }
    },
  },
};

/**
 * hast plugin: every table sits in a region (a <section> with a name, html-validate's
 * preferred form of role="region") that scrolls sideways on its own, so a wide
 * table never makes the whole page wider than a 320 px screen (WCAG 1.4.10, reflow). The
 * region can take keyboard focus (tabindex 0) so it can be scrolled without a mouse, and is
 * named after the table's caption so a screen reader says what the scrolling area holds.
 * Tables written as HTML inside Markdown reach the plugins as raw text, so those are wrapped as text.
 */
export const scrollableTables = {
  name: 'handboek-scrollable-tables',
  element: {
    filter: ['table'],
    /** @param {any} node @param {any} ctx */
    visit(node, ctx) {
      const caption = node.children.find(
        (/** @type {any} */ c) => c.type === 'element' && c.tagName === 'caption',
      );
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['table-scroll'],
          ariaLabel: tableLabel(caption ? ctx.textContent(caption) : ''),
          tabIndex: 0,
        },
        children: [],
      });
    },
  },
  /** @param {any} node @param {any} ctx */
  raw(node, ctx) {
    if (/<table[\s>]/i.test(node.value)) ctx.setProperty(node, 'value', wrapRawTables(node.value));
  },
};

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
 * hast plugin: captions and column headers that the handbook added to a source's table are
 * marked `data-ours` in the content; readers must see they are ours, not the source's. A marked
 * caption gets a small label after its text, naming the marked headers too when the table has
 * them; marked headers get class "ours-part". The labels come from src/i18n/nl.ts through
 * astro.config.mjs. Tables in the content are HTML, which reaches the plugins as raw text.
 * @param {{ caption: string, captionAndHeaders: string }} labels
 */
export function markOursPlugin(labels) {
  return {
    name: 'handboek-mark-ours',
    /** @param {any} node @param {any} ctx */
    raw(node, ctx) {
      if (/\sdata-ours[\s>]/.test(node.value)) ctx.setProperty(node, 'value', markOurs(node.value, labels));
    },
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
