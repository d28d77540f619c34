/**
 * Builds the search index as part of `astro build`, so the build alone yields a complete site.
 * Uses Pagefind's Node API on the finished pages and fails the build, with a message, when
 * Pagefind reports an error. Pagefind indexes the pages exactly as readers get them: nothing
 * that helps matching is added to the text, so filters, titles, excerpts and sub-results hold
 * only the content. What helps matching is shipped beside the index and used at query time:
 * the checked synonym list and the beslishulp's questions with their rare and common words
 * (loaded with Pagefind), the compounds of the handbook by their last part (fetched when a word
 * is rare) and the word list (fetched only for "Bedoelde u …?").
 */
import { globSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { listHtmlFiles } from '#tools/html-files.mjs';
import { paths } from '../lib/routes.ts';
import { compoundsByPart, indexedText, wordList, words } from '../lib/search-index.ts';
import { COMPOUNDS_FILE, HELP_FILE, WORD_LIST_FILE, type SearchHelp } from '../lib/search-query.ts';
import {
  commonWords,
  extraWords,
  questionBag,
  rareWords,
  type QuestionHelp,
} from '../lib/search-questions.ts';
import { formatIssues } from '../schemas/friendly-errors.ts';
import { SYNONYMS_FILE, synonymsSchema } from '../schemas/synonyms.ts';

/** Reads and checks the synonym list; a mistake stops the build with the file and the field. */
export function loadSynonyms(file = SYNONYMS_FILE): string[][] {
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: geen geldige YAML. ${(error as Error).message}`, { cause: error });
  }
  const result = synonymsSchema.safeParse(data);
  if (!result.success) throw new Error(`${file}:\n${formatIssues(result.error)}`);
  return result.data.map((group) => group.termen);
}

/** The YAML frontmatter of a Markdown file (checked by the content schemas before the build). */
const frontmatter = (file: string) =>
  (parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') ?? {}) as Record<
    string,
    unknown
  >;

/**
 * The beslishulp's questions as search offers them: the question's block on its phase page,
 * with the words of its text, its A/B statements and its phase's titles.
 */
export function loadQuestions(dir = 'content'): QuestionHelp[] {
  return globSync('vragen/*/*.md', { cwd: dir })
    .sort()
    .map((file) => {
      const q = frontmatter(join(dir, file)) as {
        fase: string;
        nummer: number;
        vraag: string;
        stellingen?: Record<string, string[]>;
      };
      const phase = frontmatter(join(dir, 'fasen', `${q.fase}.mdx`)) as { titel: string; korteTitel: string };
      return {
        url: paths.question(q.fase, q.nummer),
        fase: phase.korteTitel,
        nummer: q.nummer,
        vraag: q.vraag,
        woorden: extraWords(q.vraag, [...Object.values(q.stellingen ?? {}).flat(), phase.titel]),
        zeldzaam: [],
      };
    });
}

/** Pagefind's own search interfaces and highlighter, which the site does not load. */
export const UNUSED_PAGEFIND_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * The questions with their rare words (rareWords), from the number of indexed pages that use
 * each word (`used`) of `pages` pages.
 */
export function withRareWords(
  questions: QuestionHelp[],
  used: ReadonlyMap<string, number>,
  pages: number,
): QuestionHelp[] {
  const rare = rareWords(questions.map(questionBag), (w) => used.get(w) ?? 0, pages);
  return questions.map((q, i) => ({ ...q, zeldzaam: rare[i]! }));
}

/** Throws when Pagefind reports errors, naming the step. */
function check(step: string, errors: string[]) {
  if (errors.length > 0) throw new Error(`Pagefind (${step}) meldt:\n${errors.join('\n')}`);
}

/**
 * Writes the index and the files beside it for the pages in `outDir`. Reads every page first
 * (so later steps may change them: they change only the <head>), then works mostly in
 * Pagefind's own process.
 */
async function writeSearchIndex(outDir: string, synonyms: string[][]): Promise<string> {
  const pages = listHtmlFiles(outDir).map((file) => ({
    file,
    html: readFileSync(join(outDir, file), 'utf8'),
  }));
  try {
    const { index, errors } = await pagefind.createIndex({});
    check('index maken', errors);
    // Handed to Pagefind first, so it indexes while the vocabulary below is counted.
    const added = pages
      .filter(({ html }) => html.includes('data-pagefind-body'))
      .map(({ file, html }) =>
        index!.addHTMLFile({ sourcePath: file, content: html }).then((result) => check(file, result.errors)),
      );
    if (added.length === 0) throw new Error('Pagefind: geen enkele pagina met data-pagefind-body gevonden.');
    // The handbook's vocabulary: every word of the indexed text, with how often it occurs
    // and on how many pages.
    const counts = new Map<string, number>();
    const used = new Map<string, number>();
    for (const page of pages) {
      const text = words(indexedText(page.html));
      for (const word of text) counts.set(word, (counts.get(word) ?? 0) + 1);
      for (const word of new Set(text)) used.set(word, (used.get(word) ?? 0) + 1);
    }
    await Promise.all(added);
    const indexed = added.length;
    const folder = join(outDir, 'pagefind');
    check('bestanden schrijven', (await index!.writeFiles({ outputPath: folder })).errors);
    // Pagefind also writes its ready-made interfaces; the site has its own (src/components/search/).
    // Left in, they would be compressed on every build and stored by every offline copy (434 KB).
    for (const file of readdirSync(folder)) if (UNUSED_PAGEFIND_FILE.test(file)) rmSync(join(folder, file));
    // Beside Pagefind's files: the synonyms and questions search loads with Pagefind,
    // and the word list it fetches only for "Bedoelde u …?".
    const questions = withRareWords(loadQuestions(), used, indexed);
    const help: SearchHelp = {
      synonyms: synonyms.map((group) => group.map((term) => term.toLowerCase())),
      questions,
      common: commonWords(questions.map(questionBag), (w) => used.get(w) ?? 0, indexed),
      pages: indexed,
    };
    writeFileSync(join(folder, HELP_FILE), JSON.stringify(help));
    const list = wordList(counts);
    writeFileSync(join(folder, WORD_LIST_FILE), JSON.stringify(list));
    writeFileSync(join(folder, COMPOUNDS_FILE), JSON.stringify(compoundsByPart(counts)));
    return `${indexed} pagina's geïndexeerd; woordenlijst ${list.length} woorden`;
  } finally {
    await pagefind.close();
  }
}

/**
 * Two integrations around one index: `start` reads the finished pages and hands them to
 * Pagefind, which indexes in its own process while the steps registered between the two
 * (sitemap, CSP, link check, booklets) run; `finish` waits for the index and stops the build
 * if Pagefind reported an error. Register `finish` before anything that needs the index (the
 * offline copy's file list, pre-compression).
 */
export default function searchIndex(): {
  start: AstroIntegration;
  finish: AstroIntegration;
  settled: () => Promise<unknown>;
} {
  let synonyms: string[][] = [];
  let writing: Promise<string> | undefined;
  return {
    // For a step that stops the build meanwhile: waits until Pagefind's process is done, so it
    // cannot print a panic about its closed pipe below that step's report.
    settled: () => writing?.catch(() => undefined) ?? Promise.resolve(),
    start: {
      name: 'handboek-pagefind',
      hooks: {
        // Checked at the start, so a wrong synonym list stops the build before any page is built.
        'astro:build:start': () => {
          synonyms = loadSynonyms();
        },
        'astro:build:done': ({ dir }) => {
          writing = writeSearchIndex(fileURLToPath(dir), synonyms);
          // Reported by `finish`; this only keeps Node from calling it unhandled meanwhile.
          writing.catch(() => {});
        },
      },
    },
    finish: {
      name: 'handboek-pagefind',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (writing) logger.info(await writing);
        },
      },
    },
  };
}
