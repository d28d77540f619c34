/**
 * Typographic quotes, dashes and ellipses in the Markdown of the handbook: 'ja' → ‘ja’,
 * "ja" → “ja”, collega's → collega’s, -- → —, ... → …
 *
 * The rules are SmartyPants' (what Astro's remark-smartypants applied; the site's text stayed
 * byte for byte the same when this replaced it), worked on the characters themselves, in a few
 * milliseconds: remark-smartypants parsed every document twice into a natural-language tree,
 * about a second of every build. Sätteri's own smart punctuation is not used: it makes -- an
 * en dash where SmartyPants makes an em dash.
 *
 * As SmartyPants does, the text of a paragraph, heading or table cell is read as one string,
 * across emphasis and links (so ‘**burning platform.**’ gets its quotes right), inline code
 * counts as a word and is never changed, and the text of <script> and <style> is left alone.
 * Plain JavaScript because astro.config.mjs loads it before TypeScript is set up.
 */

const OPEN = { '"': '“', "'": '‘' };
const CLOSE = { '"': '”', "'": '’' };

/** @param {string | undefined} c */
const isWordChar = (c) => c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
/** @param {string | undefined} c */
const isSpace = (c) => c !== undefined && /\s/.test(c);

/**
 * The next token after position `i`, as a natural-language parser splits text: a word (a run
 * of letters and digits), white space, or one punctuation mark. Undefined at the end.
 * @param {string} text @param {number} i
 * @returns {{ kind: 'word' | 'space' | 'mark', value: string, end: number } | undefined}
 */
function tokenAt(text, i) {
  if (i >= text.length) return undefined;
  const c = text[i];
  const kind = isWordChar(c) ? 'word' : isSpace(c) ? 'space' : 'mark';
  if (kind === 'mark') return { kind, value: c, end: i + 1 };
  const test = kind === 'word' ? isWordChar : isSpace;
  let end = i + 1;
  while (end < text.length && test(text[end])) end++;
  return { kind, value: text.slice(i, end), end };
}

/**
 * The quote at `i` (' or ") as opening or closing, by the rules of SmartyPants: a quote
 * between two words is an apostrophe (collega’s, zo’n), one before a word after a space or a
 * mark opens (‘ja), one after a word closes (ja’), and 's at the start of a word is the
 * Dutch elision (’s avonds).
 * @param {string} text @param {number} i
 */
function quoteAt(text, i) {
  const quote = /** @type {'"' | "'"} */ (text[i]);
  const before = text[i - 1];
  const next = tokenAt(text, i + 1);
  const afterNext = next && tokenAt(text, next.end);
  // A quote followed by a mark that is not the start of a word closes (‘ja.’ “!” …).
  if (next?.kind === 'mark' && afterNext?.kind !== 'word') return CLOSE[quote];
  // Nested quotes before a word: both open ("'Quoted' words").
  if (next?.kind === 'mark' && (next.value === '"' || next.value === "'")) return OPEN[quote];
  // A decade: ’80s.
  if (next?.kind === 'word' && /^\d\ds$/.test(next.value)) return CLOSE[quote];
  // 's at the start of a word, after a space or at the start: the elision ’s (’s avonds).
  if (quote === "'" && next?.value === 's' && (before === undefined || isSpace(before))) return CLOSE[quote];
  if (before !== undefined && !isWordChar(before) && next?.kind === 'word') return OPEN[quote];
  if (before !== undefined && isWordChar(before)) return CLOSE[quote];
  if (!next || next.kind === 'space') return CLOSE[quote];
  return OPEN[quote];
}

/**
 * Curly quotes for every straight quote in `text` (the characters after nested quotes that
 * open are handled in turn, so "'x' y" gives “‘x’ y).
 * @param {string} text
 */
export function smartQuotes(text) {
  if (!/['"]/.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    out += c === '"' || c === "'" ? quoteAt(text, i) : c;
  }
  return out;
}

/**
 * Dashes and ellipses within one piece of text: -- → —, ... (or . . .) → …
 * @param {string} text
 */
export function smartPunctuation(text) {
  return text
    .replace(/(?<!-)--(?!-)/g, '—')
    .replace(/\.{3,}/g, '…')
    .replace(/\.(?:[ \t]+\.){2,}/g, '…')
    .replace(/``/g, '“');
}

const SKIPPED_ELEMENTS = new Set(['script', 'style']);
/** @param {any} node */
const isSkipped = (node) => node.type === 'mdxJsxTextElement' && SKIPPED_ELEMENTS.has(node.name);

/**
 * Sätteri visitor for one block (paragraph, heading or table cell): the block is read as one
 * string, so quotes pair across emphasis and links. A block starts fresh: a quote at its start
 * opens. Text nodes whose text changes get the new text through `ctx`.
 * @param {any} block @param {any} ctx
 */
function typographyOfBlock(block, ctx) {
  /** @type {{ node: any, start: number }[]} */
  const texts = [];
  let joined = ' ';
  /** @param {any} node */
  const visit = (node) => {
    if (node.type === 'text') {
      texts.push({ node, start: joined.length });
      joined += node.value;
    } else if (node.type === 'inlineCode') {
      // Inline code stands in as letters: it reads as a word and is never changed.
      joined += 'A'.repeat(node.value.length);
    }
    // The text of <script> and <style> is left alone, but the text around it reads across it.
    if (Array.isArray(node.children) && !isSkipped(node)) for (const child of node.children) visit(child);
  };
  for (const child of block.children ?? []) visit(child);
  const quoted = smartQuotes(joined);
  for (const { node, start } of texts) {
    const value = smartPunctuation(quoted.slice(start, start + node.value.length));
    if (value !== node.value) ctx.setProperty(node, 'value', value);
  }
}

/** Sätteri mdast plugin: see the top of this file. */
export const typography = {
  name: 'handboek-typography',
  paragraph: typographyOfBlock,
  heading: typographyOfBlock,
  tableCell: typographyOfBlock,
};
