/**
 * Errata stay applied: every correction in content/errata.yaml must be in the text of its
 * source, and the original (wrong) text nowhere in the handbook's content. Pure: it gets the
 * content as plain records and returns messages; src/content.ts stops the build on any.
 * The errata table itself (content/errata.yaml) is not content text, so it may show both.
 */

export interface ErratumInput {
  id: string;
  data: { bron: { id: string }; origineel: string; correctie: string };
}

/** One content file as text: its body and every text value of its frontmatter. */
export interface ContentText {
  /** The file, for the message, e.g. "content/secties/dossier/02-….md". */
  file: string;
  /** The source the text belongs to, by id. */
  bron: string;
  text: string;
}

/**
 * Text as a reader sees it, for comparison: link texts without their targets, no HTML tags,
 * no Markdown emphasis or escapes,
 * one space for any run of white space. Line breaks in the file must not hide an original.
 */
export function plainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every string inside a frontmatter value (nested lists and objects included). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

export function findErrataProblems(errata: ErratumInput[], texts: ContentText[]): string[] {
  const problems: string[] = [];
  const plain = texts.map((t) => ({ ...t, plain: plainText(t.text) }));
  for (const e of errata) {
    const original = plainText(e.data.origineel);
    const correction = plainText(e.data.correctie);
    // A correction may contain its original ("2.1" → "2.1.1"): look for the original outside it.
    const undone = plain.filter((t) => t.plain.split(correction).join(' ').includes(original));
    for (const t of undone)
      problems.push(
        `${t.file}: bevat nog "${original}", de fout die content/errata.yaml (${e.id}) verbetert; schrijf "${correction}"`,
      );
    // Where the original is back, that message already says what to write: one problem, one message.
    const own = plain.filter((t) => t.bron === e.data.bron.id);
    if (undone.length === 0 && !own.some((t) => t.plain.includes(correction)))
      problems.push(
        `content/errata.yaml (${e.id}): correctie: "${correction}" staat nergens in de tekst van bron ${e.data.bron.id}; verbeter de tekst, of pas de correctie aan zodat ze woord voor woord overeenkomt`,
      );
  }
  return problems;
}

/**
 * Errata in the order of their file: the loader hands them over sorted by id, but the table
 * on a source's page must follow the document, and content/errata.yaml is kept in that order.
 */
export function inFileOrder<T extends { id: string }>(items: T[], fileText: string): T[] {
  const at = (id: string) => {
    const i = fileText.search(
      new RegExp(`\\bid:\\s*["']?${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[,}\\n]`),
    );
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...items].sort((a, b) => at(a.id) - at(b.id));
}
