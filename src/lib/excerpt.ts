/**
 * A passage's opening words, verbatim: the first sentence or two of a section's Markdown body,
 * without markup, cut at a word boundary with "…" when the text goes on. Pure, so the answer
 * pages, the phase pages, the role pages and Mijn plan all quote a passage the same way.
 */

/** How long an opening may be, in characters, before it is cut. */
export const EXCERPT_MAX = 240;
/** Below this length a first block (a list's lead-in, a one-line heading-like line) takes the next one along. */
const SHORT_BLOCK = 80;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** One line of Markdown as the reader sees it: no emphasis, link targets, tags or escapes. */
export function plainInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/<(https?:[^>\s]+)>/g, '$1') // autolinks
    .replace(/<[^>]+>/g, '') // inline HTML (<sup>, <wbr>)
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_]([^*_\s][^*_]*?)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/&(#\d+|[a-z]+);/g, (all, name: string) =>
      name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : (ENTITIES[name] ?? all),
    )
    .replace(/\\([\\`*_{}[\]()#+\-.!>|])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The body as blocks of plain text, in order: paragraphs, list items (an ordered item keeps
 * its number, as the site shows it), quotes. Headings are left out, and so are tables and raw
 * HTML blocks: an opening is prose.
 */
export const plainBlocks = (markdown: string): string[] =>
  blocksAndBreaks(markdown)
    .filter((b) => b.kind === 'prose')
    .map((b) => b.text);

export interface Block {
  text: string;
  kind: 'prose' | 'heading' | 'break';
  /** A list item (of a bulleted or numbered list), not a paragraph. */
  item?: boolean;
}

/** Every block in order (exported for the passage excerpts of advice-excerpt.ts): prose, headings (their text), and breaks where a table or HTML stands. */
export function blocksAndBreaks(markdown: string): Block[] {
  const blocks: Block[] = [];
  let current: string[] = [];
  let inItem = false;
  const flush = () => {
    const text = plainInline(current.join(' '));
    if (text) blocks.push({ text, kind: 'prose', item: inItem });
    current = [];
    inItem = false;
  };
  for (const raw of markdown.split('\n')) {
    // A backslash at the end of a line is a hard line break, not text.
    const line = raw
      .replace(/^\s*(>\s?)+/, '')
      .trimEnd()
      .replace(/\\$/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    if (/^\s*#{1,6}\s/.test(line)) {
      flush();
      blocks.push({ text: plainInline(line.replace(/^\s*#+\s*/, '')), kind: 'heading' });
      continue;
    }
    if (/^\s*</.test(line) || /^\s*\|/.test(line)) {
      flush();
      blocks.push({ text: '', kind: 'break' });
      continue;
    }
    const item = /^\s*(?:[-*+]|(\d+)[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      inItem = true;
      current.push(item[1] ? `${item[1]}. ${item[2]}` : item[2]!);
      continue;
    }
    current.push(line.trim());
  }
  flush();
  return blocks;
}

/**
 * Where the sentences of a text end (offsets just after the closing punctuation and any closing
 * quote). A sentence ends where a capital follows; not after a list number ("2. Nog …") or a
 * one-letter abbreviation. The text's end closes the last one.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const end = /[.!?…]+['’"”)]*(?=\s+['‘"“(]?[A-ZÀ-Ý])/g;
  let from = 0;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (/(^|\s)(\d+|\p{L})$/u.test(text.slice(from, m.index))) continue;
    from = m.index + m[0].length;
    ends.push(from);
  }
  ends.push(text.length);
  return ends;
}

/** Cuts a text at the last word boundary at or before `max` characters. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = Math.max(cut.lastIndexOf(' '), cut.lastIndexOf('\n'));
  return (space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:–-]+$/, '');
}

/**
 * The opening words of a Markdown body: whole sentences while they fit in `max` characters
 * (at most two), else the first sentence cut at a word boundary; "…" marks that the passage
 * goes on. A very short first block (a lead-in such as "Maak afspraken:") takes the next along;
 * blocks stay on lines of their own ("\n"), so a list still reads as one.
 */
export function excerpt(markdown: string, max = EXCERPT_MAX): string {
  const all = blocksAndBreaks(markdown);
  // From the first prose block (a heading before it is left out) up to a table or HTML block;
  // a later heading stays in, as a line of its own, as the page shows it.
  const first = all.findIndex((b) => b.kind === 'prose');
  if (first === -1) return '';
  const stop = all.findIndex((b, i) => i > first && b.kind === 'break');
  const blocks = all.slice(first, stop === -1 ? undefined : stop).map((b) => b.text);
  const more = all.slice(first + blocks.length).some((b) => b.text);
  let text = blocks[0]!;
  let used = 1;
  while (text.length < SHORT_BLOCK && used < blocks.length) text += `\n${blocks[used++]}`;
  const ends = sentenceEnds(text).slice(0, 2);
  const fitting = ends.filter((e) => e <= max);
  const opening =
    fitting.length > 0 ? text.slice(0, fitting.at(-1)).trim() : cutAtWord(text.slice(0, ends[0]), max);
  const goesOn = opening.length < text.length || used < blocks.length || more;
  return goesOn ? `${opening} …` : opening;
}
