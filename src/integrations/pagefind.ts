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
import { globSync, readFileSync, writeFileSync } from 'node:fs';
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

export default function pagefindIntegration(): AstroIntegration {
  let synonyms: string[][] = [];
  return {
    name: 'handboek-pagefind',
    hooks: {
      // Checked at the start, so a wrong synonym list stops the build before any page is built.
      'astro:build:start': () => {
        synonyms = loadSynonyms();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = listHtmlFiles(outDir).map((file) => ({
          file,
          html: readFileSync(join(outDir, file), 'utf8'),
        }));
        // The handbook's vocabulary: every word of the indexed text, with how often it occurs
        // and on how many pages.
        const counts = new Map<string, number>();
        const used = new Map<string, number>();
        for (const page of pages) {
          const text = words(indexedText(page.html));
          for (const word of text) counts.set(word, (counts.get(word) ?? 0) + 1);
          for (const word of new Set(text)) used.set(word, (used.get(word) ?? 0) + 1);
        }

        try {
          const { index, errors } = await pagefind.createIndex({});
          check('index maken', errors);
          let indexed = 0;
          for (const { file, html } of pages) {
            if (!html.includes('data-pagefind-body')) continue;
            const added = await index!.addHTMLFile({ sourcePath: file, content: html });
            check(file, added.errors);
            indexed++;
          }
          if (indexed === 0) throw new Error('Pagefind: geen enkele pagina met data-pagefind-body gevonden.');
          check(
            'bestanden schrijven',
            (await index!.writeFiles({ outputPath: join(outDir, 'pagefind') })).errors,
          );
          // Beside Pagefind's files: the synonyms and questions search loads with Pagefind,
          // and the word list it fetches only for "Bedoelde u …?".
          const groups = synonyms.map((group) => group.map((term) => term.toLowerCase()));
          const questions = withRareWords(loadQuestions(), used, indexed);
          const help: SearchHelp = {
            synonyms: groups,
            questions,
            common: commonWords(questions.map(questionBag), (w) => used.get(w) ?? 0, indexed),
            pages: indexed,
          };
          writeFileSync(join(outDir, 'pagefind', HELP_FILE), JSON.stringify(help));
          const list = wordList(counts);
          writeFileSync(join(outDir, 'pagefind', WORD_LIST_FILE), JSON.stringify(list));
          writeFileSync(join(outDir, 'pagefind', COMPOUNDS_FILE), JSON.stringify(compoundsByPart(counts)));
          logger.info(`${indexed} pagina's geïndexeerd; woordenlijst ${list.length} woorden`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
