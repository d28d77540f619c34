/**
 * `npm run check:content`, and the first step of every `npm run build` and `npm run dev`
 * (src/integrations/content-check.ts): reads every file of content/ the way the collections in
 * src/content.config.ts do, and reports ALL problems at once, each with its file and line:
 * YAML and MDX syntax, the schemas, duplicate ids, duplicate titles, references to entries that
 * do not exist, every cross-file rule of src/lib/content-rules.ts, links to site pages that do
 * not exist (src/lib/site-pages.ts) and to #anchors that exist nowhere (src/lib/content-anchors.ts;
 * the link check after the build checks every anchor again on the real pages).
 * A file whose frontmatter cannot be read counts as what it is (its id from its path), so each
 * mistake gives one message and the count counts mistakes.
 *
 * Runs in plain Node 22 with scripts/lib/content-hooks.mjs (no Astro, about half a second):
 *   node --import ./scripts/lib/content-hooks.mjs scripts/check-content.ts [--json | --pages]
 * Exit 0 when the content is right; 1 with the report (or the problems as JSON with --json).
 * --pages prints the addresses of every page the content makes, as JSON (for the tests).
 */
import { globSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error js-yaml ships no types; it is the parser Astro uses for frontmatter
import yaml from 'js-yaml';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { z } from 'astro/zod';
import { findContentProblems } from '../src/lib/content-rules.ts';
import { findErrataProblems, stringsIn } from '../src/lib/errata-check.ts';
import {
  formatProblems,
  lineOf,
  lineOfField,
  lineOfPath,
  problemFromRule,
  type Problem,
} from '../src/lib/problems.ts';
import { SYNONYMS_FILE, synonymsSchema } from '../src/schemas/synonyms.ts';
import { linkProblem, pagesOfBrokenFiles, sitePages, type SiteContent } from '../src/lib/site-pages.ts';
import {
  anchorProblem,
  codeIdPatterns,
  contentAnchorsByPage,
  type AnchorContent,
  type FileAnchors,
} from '../src/lib/content-anchors.ts';
import { headingId, headingScope } from '../src/lib/markdown-plugins.mjs';
import { referencesSeen } from './lib/astro-stand-in.mjs';

interface Entry {
  id: string;
  collection: string;
  filePath: string;
  text: string;
  body?: string;
  data: Record<string, unknown>;
}
type Loader = { kind: 'glob'; base: string; pattern: string } | { kind: 'file'; path: string };
type Collections = Record<string, { loader: Loader; schema: z.ZodType }>;
/** A file that is no entry because its frontmatter could not be read or accepted. */
interface Unreadable {
  collection: string;
  /** Its id as Astro would give it, from the path. */
  id: string;
  filePath: string;
  /** The whole file as written ('' for an item of a YAML list). */
  text: string;
}

/** The source an unreadable file belongs to, as far as its path and text tell. */
function sourceOfUnreadable(u: Unreadable): string {
  if (u.collection === 'bronnen') return u.id;
  if (u.collection === 'secties') return u.id.split('/')[0]!;
  if (u.collection === 'werkvormen') return /^bron:\s*["']?([\w-]+)/m.exec(u.text)?.[1] ?? '';
  return 'beslishulp';
}

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)?---(\r?\n|$)/;

/** Astro's id of a file in a glob collection: its path without extension, as a slug. */
export function entryId(path: string): string {
  return path
    .replace(/\.(md|mdx)$/, '')
    .split('/')
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    )
    .join('/');
}

/** A zod issue in Dutch, for the few kinds that friendly-errors.ts cannot word itself. */
function dutchIssue(issue: z.core.$ZodIssue, schema: z.ZodType): string {
  const field = issue.path.join('.') || '(frontmatter)';
  if (issue.code === 'unrecognized_keys') {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    const allowed = shape ? `; toegestane velden: ${Object.keys(shape).join(', ')}` : '';
    return `${issue.keys.map((k) => `onbekend veld "${k}"`).join(', ')}${allowed}`;
  }
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
    return `${field}: ontbreekt (verplicht veld)`;
  if (
    /^[A-Z]/.test(issue.message) &&
    /[a-z] [a-z]/.test(issue.message) &&
    !/[ëé]|\b(de|het|een)\b/.test(issue.message)
  )
    return `${field}: ongeldige waarde (${issue.message})`;
  return `${field}: ${issue.message}`;
}

function validate(entry: Entry, schema: z.ZodType, problems: Problem[], item?: string) {
  referencesSeen.length = 0;
  const result = schema.safeParse(entry.data);
  const refs = [...referencesSeen] as { collection: string; id: string }[];
  if (result.success) {
    entry.data = result.data as Record<string, unknown>;
    return refs;
  }
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? '');
    const line = item
      ? lineOfField(entry.text, '', item)
      : key
        ? lineOfPath(entry.text, issue.path)
        : issue.code === 'unrecognized_keys'
          ? lineOfField(entry.text, issue.keys[0]!)
          : undefined;
    problems.push({ file: entry.filePath, line, message: dutchIssue(issue, schema) });
  }
  return undefined;
}

/** Reads and checks all content; the problems in the order found. */
export async function checkContent(root: string): Promise<Problem[]> {
  return (await readContent(root)).problems;
}

/** Reads and checks all content: the problems, and the addresses of the pages it makes. */
export async function readContent(root: string): Promise<{ problems: Problem[]; pages: string[] }> {
  const { collections } = (await import(join(root, 'src/content.config.ts'))) as { collections: Collections };
  const problems: Problem[] = [];
  const entries = new Map<string, Entry[]>();
  const references: { entry: Entry; collection: string; id: string }[] = [];
  // Files that are no entry because of a mistake in their own frontmatter (YAML or schema):
  // they still count as what they are (the id from the path), so what refers to them, links
  // to their pages included, reports nothing more: one mistake, one message.
  const unreadable: Unreadable[] = [];
  const isUnreadable = (collection: string, id: string) =>
    unreadable.some((u) => u.collection === collection && u.id === id);
  // Site links written in the bodies, checked once all pages are known; the ids of the headings.
  const links: Link[] = [];
  const anchors: FileAnchors[] = [];

  for (const [name, { loader, schema }] of Object.entries(collections)) {
    const list: Entry[] = [];
    entries.set(name, list);
    if (loader.kind === 'file') {
      const filePath = relative(root, resolve(root, loader.path)).split('\\').join('/');
      const text = readFileSync(join(root, filePath), 'utf8');
      let items: unknown;
      try {
        items = yaml.load(text);
      } catch (error) {
        problems.push(yamlProblem(filePath, error, 0));
        continue;
      }
      if (!Array.isArray(items)) {
        problems.push({ file: filePath, message: 'verwacht een lijst van items (elk begint met "- ")' });
        continue;
      }
      for (const raw of items) {
        const data = (raw ?? {}) as Record<string, unknown>;
        const entry: Entry = { id: String(data.id ?? ''), collection: name, filePath, text, data };
        const refs = validate(entry, schema, problems, entry.id);
        if (!refs) {
          unreadable.push({ collection: name, id: entry.id, filePath, text: '' });
          continue;
        }
        list.push(entry);
        for (const r of refs) references.push({ entry, ...r });
      }
      continue;
    }
    const files = globSync(loader.pattern, { cwd: join(root, loader.base) }).sort();
    const byId = new Map<string, string>();
    for (const path of files) {
      const filePath = relative(root, join(root, loader.base, path))
        .split('\\')
        .join('/');
      const text = readFileSync(join(root, filePath), 'utf8');
      const id = entryId(path.split('\\').join('/'));
      const other = byId.get(id);
      if (other) {
        // One mistake, one message: at the second file, naming the first.
        problems.push({
          file: filePath,
          message: `dubbele id "${id}": ${other} heeft dezelfde naam (zonder extensie); hernoem of verwijder een van beide`,
        });
        continue;
      }
      byId.set(id, filePath);
      const match = FRONTMATTER.exec(text);
      const fmLines = match ? match[0].split('\n').length - 1 : 0;
      // The body keeps its line numbers: the frontmatter becomes empty lines.
      const body = match ? '\n'.repeat(fmLines) + text.slice(match[0].length) : text;
      let data: unknown = {};
      try {
        data = match?.[2] ? yaml.load(match[2]) : {};
      } catch (error) {
        problems.push(yamlProblem(filePath, error, 1));
        unreadable.push({ collection: name, id, filePath, text });
        continue;
      }
      if (!match)
        problems.push({
          file: filePath,
          line: 1,
          message: 'frontmatter ontbreekt: begin het bestand met een regel ---',
        });
      const headings: string[] = [];
      problems.push(...bodyProblems(filePath, body, links, headings));
      anchors.push({ collection: name, id, headings });
      const entry: Entry = {
        id,
        collection: name,
        filePath,
        text,
        body,
        data: (data ?? {}) as Record<string, unknown>,
      };
      const refs = validate(entry, schema, problems);
      if (!refs) {
        unreadable.push({ collection: name, id, filePath, text });
        continue;
      }
      list.push(entry);
      for (const r of refs) references.push({ entry, ...r });
    }
  }

  // Titles a reader tells entries apart by: werkvormen and phases by their title; sections
  // by the title lists and search show (korteTitel, else titel). A source may repeat its own
  // headings ("Implementatie (vervolg)"), so a section's titel alone need not be unique.
  uniqueTitles(entries.get('werkvormen') ?? [], () => 'titel', problems);
  uniqueTitles(entries.get('fasen') ?? [], () => 'titel', problems);
  uniqueTitles(entries.get('secties') ?? [], (e) => (e.data.korteTitel ? 'korteTitel' : 'titel'), problems);

  // The rules over several files: with entries shaped as Astro gives them.
  const get = (name: string) => entries.get(name) ?? [];
  const ruleInput = {
    phases: get('fasen'),
    roles: get('rollen'),
    questions: get('vragen'),
    answers: get('antwoorden'),
    methods: get('werkvormen'),
    sources: get('bronnen'),
    sections: get('secties'),
    errata: get('errata'),
    unreadable,
  };
  const textOf = new Map([...entries.values()].flat().map((e) => [e.filePath, e.text]));
  // The errata check (src/lib/errata-check.ts): every content text with the source it belongs
  // to, built as src/content.ts builds it (the beslishulp owns phases, questions, answers, roles).
  const contentTexts = [
    ...[...get('fasen'), ...get('vragen'), ...get('antwoorden'), ...get('rollen')].map((e) => ({
      e,
      bron: 'beslishulp',
    })),
    ...get('bronnen').map((e) => ({ e, bron: e.id })),
    ...[...get('werkvormen'), ...get('secties')].map((e) => ({
      e,
      bron: (e.data.bron as { id: string }).id,
    })),
  ].map(({ e, bron }) => ({ file: e.filePath, bron, text: [e.body ?? '', ...stringsIn(e.data)].join('\n') }));
  // An unreadable file's text is still there: an erratum's correction in it is not "nowhere".
  for (const u of unreadable)
    if (u.text) contentTexts.push({ file: u.filePath, bron: sourceOfUnreadable(u), text: u.text });
  const ruleMessages = [
    ...findContentProblems(ruleInput as unknown as Parameters<typeof findContentProblems>[0]),
    ...findErrataProblems(get('errata') as unknown as Parameters<typeof findErrataProblems>[0], contentTexts),
  ];
  for (const message of ruleMessages) {
    const problem = problemFromRule(message);
    const text = textOf.get(problem.file);
    const field = /^(?:\([^)]*\) )?([\w.]+):/.exec(problem.message)?.[1];
    const item = /^\(([^)]*)\)/.exec(problem.message)?.[1];
    if (text && field) problem.line = lineOfField(text, item ? '' : field.split('.')[0]!, item);
    if (text && !problem.line)
      problem.line = lineOf(text, /"([^"]+)"/.exec(problem.message)?.[1] ?? '\u0000');
    problems.push(problem);
  }

  // A reference to an entry that does not exist, unless a rule already said so.
  for (const { entry, collection, id } of references) {
    if (get(collection).some((e) => e.id === id) || isUnreadable(collection, id)) continue;
    if (problems.some((p) => p.file === entry.filePath && p.message.includes(`"${id}"`))) continue;
    const known = get(collection).map((e) => e.id);
    problems.push({
      file: entry.filePath,
      line: entry.collection === 'errata' ? lineOfField(entry.text, '', entry.id) : lineOf(entry.text, id),
      message: `verwijzing naar "${id}": die bestaat niet in content/${collection}/; bestaande: ${known.join(', ') || '(geen)'}`,
    });
  }

  // Links to pages of the site: every page the content makes, as the pages in src/pages/ make them.
  const pageFiles = globSync('**/*.{astro,md,mdx,html}', { cwd: join(root, 'src/pages') });
  const siteContent = {
    phases: get('fasen'),
    questions: get('vragen'),
    answers: get('antwoorden'),
    methods: get('werkvormen'),
    sources: get('bronnen'),
    roles: get('rollen'),
  } as unknown as SiteContent;
  const pages = sitePages(siteContent, pageFiles);
  const pageSet = new Set(pages);
  const pending = pagesOfBrokenFiles(unreadable);
  // Their #anchors: against the headings (with the ids the pages give them) and the ids of the code.
  // An unreadable file's anchors may all exist once it is fixed: its question, its headings.
  const unreadableQuestions = unreadable.flatMap((u) => {
    const m = u.collection === 'vragen' ? /^([^/]+)\/vraag-(\d+)$/.exec(u.id) : null;
    return m ? [{ id: u.id, data: { fase: m[1]!, nummer: Number(m[2]) } }] : [];
  });
  const anchorContent = {
    questions: [...get('vragen'), ...unreadableQuestions],
    answers: get('antwoorden'),
    sections: get('secties'),
  } as unknown as AnchorContent;
  const byPage = contentAnchorsByPage(anchorContent, anchors);
  const code = [
    ...codeIdPatterns(
      globSync('src/**/*.{astro,ts,mjs}', { cwd: root }).map((f) => readFileSync(join(root, f), 'utf8')),
    ),
    ...unreadable.map((u) => new RegExp(`^${headingScope(`/${u.filePath}`)}-`)),
  ];
  for (const link of links) {
    const message = linkProblem(link.url, pageSet, pending);
    if (message) problems.push({ file: link.file, line: link.line, message });
    const [, path, anchor] = /^\s*(\/[^#?]*)(?:\?[^#]*)?#(.+?)\s*$/.exec(link.url) ?? [];
    if (message || !path || !anchor || !pageSet.has(path)) continue;
    let id = anchor;
    try {
      id = decodeURIComponent(anchor);
    } catch {
      // A % without two digits after it: compared as written, so it is reported as not found.
    }
    const problem = anchorProblem(link.url.trim(), path, id, byPage, code);
    if (problem) problems.push({ file: link.file, line: link.line, message: problem });
  }
  problems.push(...synonymProblems(root));
  return { problems, pages };
}

/** The search synonyms: not a collection, but an editor's file like the others. */
function synonymProblems(root: string): Problem[] {
  const text = readFileSync(join(root, SYNONYMS_FILE), 'utf8');
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    return [yamlProblem(SYNONYMS_FILE, error, 0)];
  }
  const result = synonymsSchema.safeParse(data);
  if (result.success) return [];
  // Each group starts with "- " at the start of a line; a problem gets the line of its field.
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) => (line.startsWith('-') ? [i] : []));
  const lineOfIssue = (group: number, field: string) => {
    const from = starts[group];
    if (from === undefined) return undefined;
    const to = starts[group + 1] ?? lines.length;
    const at = lines.slice(from, to).findIndex((l) => new RegExp(`^[-\\s]+${field}:`).test(l));
    return from + (at < 0 ? 0 : at) + 1;
  };
  return result.error.issues.map((issue) => {
    const [group, ...field] = issue.path;
    const where = typeof group === 'number' ? `groep ${group + 1}` : '';
    const message = issue.message.startsWith(`${field.join('.')}:`)
      ? issue.message
      : `${field.join('.') || 'lijst'}: ${issue.message}`;
    return {
      file: SYNONYMS_FILE,
      line: typeof group === 'number' ? lineOfIssue(group, String(field[0] ?? '')) : undefined,
      message: where ? `${where}, ${message}` : message,
    };
  });
}

function uniqueTitles(list: Entry[], fieldOf: (e: Entry) => string, problems: Problem[]) {
  const seen = new Map<string, Entry>();
  for (const e of list) {
    const field = fieldOf(e);
    const value = e.data[field];
    if (typeof value !== 'string') continue;
    const key = value.trim().toLowerCase();
    const other = seen.get(key);
    if (!other) {
      seen.set(key, e);
      continue;
    }
    // One message that names both files: the editor may have changed either one.
    problems.push({
      file: e.filePath,
      line: lineOfField(e.text, fieldOf(e)),
      message: `${fieldOf(e)}: "${value}" heeft ${other.filePath} ook; lezers onderscheiden ze op de titel, dus geef een van beide een eigen ${fieldOf(e)}`,
    });
  }
}

function yamlProblem(file: string, error: unknown, offset: number): Problem {
  const e = error as { mark?: { line: number }; reason?: string; message?: string };
  return {
    file,
    line: e.mark ? e.mark.line + 1 + offset : undefined,
    message:
      'de YAML klopt niet (frontmatter of lijst): kijk op deze regel en de regel erboven naar inspringing, een ontbrekende dubbele punt, komma of ], of tekst met ": " of "#" zonder aanhalingstekens',
    detail: String(e.message ?? error).split('\n')[0],
  };
}

type Node = {
  type: string;
  url?: string;
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { line: number } };
  children?: Node[];
};
interface Link {
  file: string;
  line: number | undefined;
  url: string;
}

/**
 * MDX syntax errors, and placeholder links left over from the PDFs (`[tekst](#)`). Every link
 * target goes into `links`: Markdown links and definitions (`[x]: /pad/`), and the href of
 * an <a> in MDX (JSX) or in Markdown (HTML). The ids of its headings go into `headings`.
 */
function bodyProblems(file: string, body: string, links: Link[], headings: string[]): Problem[] {
  let tree: Node;
  try {
    // Sätteri, the parser the site is built with (GFM included); every node has its line.
    const parse = file.endsWith('.mdx') ? mdxToMdast : markdownToMdast;
    tree = parse(body) as Node;
  } catch (error) {
    // Sätteri's message starts with the place: "3:7: Unexpected character after `<` …".
    const [, line, reason] = /^(\d+):\d+: ([\s\S]*)$/.exec(String((error as Error).message ?? error)) ?? [];
    return [
      {
        file,
        line: line ? Number(line) : undefined,
        message:
          'MDX kan deze tekst niet lezen: kijk naar een niet gesloten <Tag>, een losse { of } (schrijf \\{ ), of een < die geen tag begint (schrijf &lt;)',
        detail: reason ?? String(error),
      },
    ];
  }
  const problems: Problem[] = [];
  const scope = headingScope(`/${file}`);
  const used = new Set<string>();
  const textOf = (node: Node): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? (node.value ?? '')
      : (node.children ?? []).map(textOf).join('');
  const walk = (node: Node) => {
    const line = node.position?.start.line;
    if (node.type === 'heading') headings.push(headingId(scope, textOf(node), used));
    if (node.type === 'link' && ['', '#'].includes((node.url ?? '').trim()))
      problems.push({
        file,
        line,
        message: `link zonder doel ("${node.url ?? ''}"): schrijf de tekst zonder link, of geef het echte adres (/pad/ binnen de site, https://… erbuiten)`,
      });
    else if (node.type === 'link' || node.type === 'definition')
      links.push({ file, line, url: node.url ?? '' });
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
      if (node.name === 'a' && typeof href?.value === 'string') links.push({ file, line, url: href.value });
    } else if (node.type === 'html' && node.value)
      for (const m of node.value.matchAll(/<a\s[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
        links.push({
          file,
          line: line === undefined ? undefined : line + node.value.slice(0, m.index).split('\n').length - 1,
          url: m[1] ?? m[2] ?? '',
        });
    node.children?.forEach(walk);
  };
  walk(tree);
  return problems;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const started = performance.now();
  const { problems, pages } = await readContent(root);
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace('.', ',');
  if (process.argv.includes('--pages')) process.stdout.write(JSON.stringify(pages));
  else if (process.argv.includes('--json')) process.stdout.write(JSON.stringify(problems));
  else if (problems.length) console.error(formatProblems(problems));
  else console.log(`De inhoud in content/ klopt (gecontroleerd in ${seconds} s).`);
  process.exitCode = problems.length ? 1 : 0;
}
