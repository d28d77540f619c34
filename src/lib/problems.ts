/**
 * One form for every content problem the build finds (schema, cross-file rule, YAML, MDX,
 * broken link): the file under content/, the line where it is known, a Dutch sentence, and
 * optionally the tool's original message. The report groups them by file and ends with a
 * count, because the editor reads the end of the output first.
 */

export interface Problem {
  /** The source file, relative to the project: "content/vragen/start/vraag-2.md". */
  file: string;
  /** 1-based line in that file, when it can be known. */
  line?: number | undefined;
  /** What is wrong and what is allowed or how to fix it, in Dutch. */
  message: string;
  /** The original (often English) message of the tool, shown below the Dutch sentence. */
  detail?: string | undefined;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 problemen in 2 bestanden". */
export function problemCount(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `${plural(problems.length, 'probleem', 'problemen')} in ${plural(files, 'bestand', 'bestanden')}`;
}

/** What the editor does once the mistakes are fixed: build again, or (in dev) just save. */
export const AFTER_BUILD = 'draai `npm run build` opnieuw';
export const AFTER_DEV = 'sla het bestand op: de pagina ververst dan vanzelf';

/** The first line of the report: "De inhoud in content/ klopt niet: 1 probleem in 1 bestand." */
export function reportTitle(problems: Problem[], title = 'De inhoud in content/ klopt niet'): string {
  return `${title}: ${problemCount(problems)}.`;
}

/** The report under its title: problems grouped by file (name order), by line, the count last. */
export function reportBody(problems: Problem[], afterwards = AFTER_BUILD): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const lines: string[] = [];
  for (const file of [...byFile.keys()].sort()) {
    lines.push(file);
    const sorted = byFile.get(file)!.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    for (const p of sorted) {
      lines.push(`  ${p.line ? `regel ${p.line}: ` : ''}${p.message}`);
      if (p.detail) for (const d of p.detail.trim().split('\n')) lines.push(`      ${d}`);
    }
    lines.push('');
  }
  const fix = problems.length === 1 ? 'Verbeter het' : 'Verbeter ze';
  lines.push(`${problemCount(problems)}. ${fix} en ${afterwards}.`);
  return lines.join('\n');
}

/** The whole report, ready to print: its title, a blank line, its body. */
export function formatProblems(
  problems: Problem[],
  title = 'De inhoud in content/ klopt niet',
  afterwards = AFTER_BUILD,
): string {
  return `${reportTitle(problems, title)}\n\n${reportBody(problems, afterwards)}`;
}

/**
 * A message of the cross-file rules ("content/x.md: veld: tekst") as a Problem. The file is
 * everything before the first ": " (a rule may add " (id)" after it, as errata do).
 */
export function problemFromRule(message: string): Problem {
  const match = /^(content\/[^\s:]+)(?: \(([^)]*)\))?: ([\s\S]*)$/.exec(message);
  if (!match) return { file: 'content/', message };
  const [, file, item, rest] = match;
  return { file: file!, message: item ? `(${item}) ${rest}` : rest! };
}

/**
 * The line of a frontmatter field in a file's text: "veld: …" at the start of a line within
 * the leading `---` block, or undefined. For YAML lists of objects (errata), `- { id: x` finds
 * the item's line.
 */
export function lineOfField(text: string, field: string, item?: string): number | undefined {
  const lines = text.split('\n');
  const pattern = item
    ? new RegExp(`^\\s*-\\s*\\{?\\s*id:\\s*["']?${escape(item)}["']?[\\s,}]`)
    : new RegExp(`^${escape(field)}\\s*:`);
  const index = lines.findIndex((l) => pattern.test(l));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * The line of a nested frontmatter field, by the path zod gives ("vragen", 1, "gewicht"): the
 * field, then the n-th item of its list, then the key inside that item. Where the YAML is
 * written inline (`vragen: [a, b]`) the deepest line found is given.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const lines = text.split('\n');
  const indent = (l: string) => l.length - l.trimStart().length;
  const first = lineOfField(text, String(path[0] ?? ''));
  if (first === undefined) return undefined;
  let start: number = first - 1;
  let end: number = start + 1;
  while (
    end < lines.length &&
    (indent(lines[end]!) > 0 || lines[end]!.startsWith('- ') || !lines[end]!.trim())
  )
    end++;
  for (const key of path.slice(1)) {
    const from: number = start + 1;
    const block: { l: string; i: number }[] = lines.slice(from, end).map((l, n) => ({ l, i: from + n }));
    if (typeof key === 'number') {
      const items = block.filter(({ l }) => /^\s*- /.test(l));
      const level = Math.min(...items.map(({ l }) => indent(l)));
      const own = items.filter(({ l }) => indent(l) === level);
      const item = own[key];
      if (!item) break;
      start = item.i;
      end = own[key + 1]?.i ?? end;
    } else {
      const found = block.find(({ l }) => new RegExp(`^\\s*(?:- )?${escape(String(key))}\\s*:`).test(l));
      if (!found) break;
      start = found.i;
    }
  }
  return start + 1;
}

/** The 1-based line of the first occurrence of `needle` in `text`, or undefined. */
export function lineOf(text: string, needle: string): number | undefined {
  const at = text.indexOf(needle);
  return at < 0 ? undefined : text.slice(0, at).split('\n').length;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
