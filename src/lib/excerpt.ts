/**
 * A section's Markdown body as the reader sees its text: lines without markup, blocks in order,
 * sentence ends, cuts at a word boundary. Pure; advice-excerpt.ts chooses from these what a
 * passage shows, and meta descriptions take their plain text from here.
 */

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
