/**
 * Builds the search index as part of `astro build`, so the build alone yields a complete site.
 * Uses Pagefind's Node API on the finished pages and fails the build, with a message, when
 * Pagefind reports an error. Before indexing, the text Pagefind reads (not the HTML readers
 * get) gains low-weight hints: the parts of Dutch compounds (src/lib/search-index.ts). Beside
 * the index it writes the checked synonym list and short words (loaded with Pagefind) and the
 * word list that search fetches only for "Bedoelde u …?".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import { listHtmlFiles } from '#tools/html-files.mjs';
import { MIN_PART, addHints, hintFor, indexedText, wordList, words } from '../lib/search-index.ts';
import { HELP_FILE, WORD_LIST_FILE, type SearchHelp } from '../lib/search-query.ts';
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
        // The handbook's vocabulary: every word of the indexed text, with how often it occurs.
        const counts = new Map<string, number>();
        for (const page of pages)
          for (const word of words(indexedText(page.html))) counts.set(word, (counts.get(word) ?? 0) + 1);
        const known = new Set(counts.keys());
        const hints = new Map<string, string>();
        const hint = (word: string) => {
          if (!hints.has(word)) hints.set(word, hintFor(word, known));
          return hints.get(word)!;
        };

        try {
          const { index, errors } = await pagefind.createIndex({});
          check('index maken', errors);
          let indexed = 0;
          for (const { file, html } of pages) {
            if (!html.includes('data-pagefind-body')) continue;
            const added = await index!.addHTMLFile({ sourcePath: file, content: addHints(html, hint) });
            check(file, added.errors);
            indexed++;
          }
          if (indexed === 0) throw new Error('Pagefind: geen enkele pagina met data-pagefind-body gevonden.');
          check(
            'bestanden schrijven',
            (await index!.writeFiles({ outputPath: join(outDir, 'pagefind') })).errors,
          );
          // Beside Pagefind's files: the synonyms and short words search loads with Pagefind,
          // and the word list it fetches only for "Bedoelde u …?".
          const help: SearchHelp = {
            synonyms: synonyms.map((group) => group.map((term) => term.toLowerCase())),
            short: [...known].filter((w) => w.length < MIN_PART).sort(),
          };
          writeFileSync(join(outDir, 'pagefind', HELP_FILE), JSON.stringify(help));
          const list = wordList(counts);
          writeFileSync(join(outDir, 'pagefind', WORD_LIST_FILE), JSON.stringify(list));
          const splits = [...hints.values()].filter(Boolean).length;
          logger.info(
            `${indexed} pagina's geïndexeerd; ${splits} woorden met hints; woordenlijst ${list.length} woorden`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
