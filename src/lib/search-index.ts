/**
 * The handbook's words, as pure functions (unit-tested): the words of the indexed text, Dutch
 * compounds split into parts that are themselves words of the handbook, and the word list. The
 * Pagefind integration (src/integrations/pagefind.ts) ships what search needs of them beside
 * the index; the indexed text itself stays exactly the text readers get, so nothing that helps
 * matching can reach a filter, a title, an excerpt or a sub-result.
 */

/** Words are runs of letters (diacritics included): "cliënten", "e-health" → "e", "health". */
const WORD = /\p{L}+/gu;

/** The words of a text, in lower case. */
export const words = (text: string): string[] => text.toLowerCase().match(WORD) ?? [];

/** A compound's parts are at least this long; shorter parts ("kar", "de") split too eagerly. */
export const MIN_PART = 4;
/** Only words at least this long are tried as compounds. */
const MIN_COMPOUND = 2 * MIN_PART;
/** Dutch linking letters between the parts of a compound: gegeven·s·uitwisseling, boek·en·kast. */
const LINKS = ['', 's', 'en'];

/**
 * Splits a word into two or more parts that are all in `known`, or returns [] when it cannot.
 * Of several splits, the one with the fewest parts wins, then the longest first part:
 * "samenwerkingsplatform" → ["samenwerking", "platform"].
 */
export function splitCompound(word: string, known: ReadonlySet<string>, depth = 3): string[] {
  if (word.length < MIN_COMPOUND || depth < 2) return [];
  let best: string[] = [];
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = word.slice(0, cut);
    if (!known.has(head)) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, cut)) continue;
      const rest = word.slice(cut + link.length);
      if (rest.length < MIN_PART) continue;
      const tail = known.has(rest) ? [rest] : splitCompound(rest, known, depth - 1);
      if (tail.length === 0) continue;
      const split = [head, ...tail];
      if (best.length === 0 || split.length < best.length) best = split;
    }
  }
  return best;
}

/** Of the compounds that contain a word, at most this many are searched for it (the most used). */
export const MAX_COMPOUNDS = 6;

/**
 * For query-time compound search: each word of the handbook that ends a compound of the
 * handbook, with those compounds, most used first: "uitwisseling" → ["gegevensuitwisseling"].
 * Only the last part: Pagefind finds a word's beginning by itself ("gegevens" finds
 * "gegevensuitwisseling"), and in Dutch the last part says what the compound is.
 */
export function compoundsByPart(counts: ReadonlyMap<string, number>): Record<string, string[]> {
  const known = new Set(counts.keys());
  const byPart = new Map<string, string[]>();
  for (const word of wordList(counts)) {
    const parts = splitCompound(word, known);
    const last = parts.at(-1);
    if (!last) continue;
    const list = byPart.get(last) ?? [];
    if (list.length < MAX_COMPOUNDS) byPart.set(last, [...list, word]);
  }
  return Object.fromEntries([...byPart].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The visible text inside Pagefind's body element(s) of a page, or '' when it is not indexed. */
export function indexedText(html: string): string {
  const start = html.search(/<[^>]+data-pagefind-body/);
  if (start < 0) return '';
  return html
    .slice(start)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/gi, ' ');
}

/**
 * The word list for "Bedoelde u …?": every word of at least `MIN_PART` letters the handbook
 * uses, most frequent first (so that of equally close words the common one is suggested),
 * ties alphabetically, so that two builds write the same file.
 */
export function wordList(counts: ReadonlyMap<string, number>): string[] {
  return [...counts]
    .filter(([w]) => w.length >= MIN_PART)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([w]) => w);
}
