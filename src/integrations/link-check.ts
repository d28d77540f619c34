import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite, recheck } from '#tools/link-check.mjs';
import { sourceOfLink } from '../lib/link-sources.ts';
import { formatProblems, type Problem } from '../lib/problems.ts';

/**
 * The link check of `npm run build`: every internal link and #anchor of every built page must
 * resolve. `linkChecks()` gives two integrations that share one check: `pages` runs before the
 * booklet PDFs are printed (so a broken link in content/ stops the build without waiting for
 * Chromium) and reads every page once, setting aside the links to PDFs that are not there
 * yet; `pdfs` runs after the printing and looks again at only those links, so they count too.
 * A broken link written in content/ is reported at its .md/.mdx file and line (found by its
 * text there); one that comes from the code is reported at the built page. Stops the build.
 */
// The whole handbook's EPUB is made in the same step as the PDFs, so it is checked with them.
const toPdf = (href: string) => /\.(pdf|epub)([?#]|$)/i.test(href);

type Failure = ReturnType<typeof checkSite>['failures'][number];

export default function linkChecks(
  options: {
    /** Awaited before the build is stopped (the search index being written beside this check). */
    beforeStop?: () => Promise<unknown>;
  } = {},
): { pages: AstroIntegration; pdfs: AstroIntegration } {
  let root = '';
  let base = '/';
  let waitingForPdfs: Failure[] = [];

  /** Prints every failure at its source and stops the build. */
  const stop = async (outDir: string, failures: Failure[]): Promise<never> => {
    await options.beforeStop?.();
    // The content's own folders: content/REDACTIE.md (the editors' guide) shows broken links on purpose.
    const sources = globSync('content/*/**/*.{md,mdx}', { cwd: root })
      .sort()
      .map((file) => ({
        file: file.split('\\').join('/'),
        text: readFileSync(join(root, file), 'utf8'),
      }));
    const problems = new Map<string, Problem>();
    for (const f of failures) {
      const found = sourceOfLink(f.value, base, sources);
      // The same content link is on several pages (answer, phase, booklet): name the page.
      const problem: Problem = found
        ? {
            file: found.file,
            line: found.line,
            message: `link ${found.written}: ${f.problem.replace('deze pagina', f.file)}`,
          }
        : {
            file: relative(root, join(outDir, f.file)).split('\\').join('/'),
            message: `link ${f.href}: ${f.problem} (deze link staat niet in content/ maar komt uit de code in src/)`,
          };
      const key = found ? `${found.file}:${found.line}:${found.written}` : `${problem.file}:${f.href}`;
      if (!problems.has(key)) problems.set(key, problem);
    }
    console.error(`\n${formatProblems([...problems.values()], 'Kapotte links')}\n`);
    process.exit(1);
  };

  return {
    pages: {
      name: 'handboek:link-check',
      hooks: {
        'astro:config:done': ({ config }) => {
          root = fileURLToPath(config.root);
          base = config.base;
        },
        'astro:build:done': async ({ dir, logger }) => {
          const outDir = fileURLToPath(dir);
          const result = checkSite(outDir, base);
          waitingForPdfs = result.failures.filter((f) => toPdf(f.value));
          const failures = result.failures.filter((f) => !toPdf(f.value));
          if (failures.length) await stop(outDir, failures);
          logger.info(
            `${result.pages} pagina's, ${result.checked} interne links en ankers gecontroleerd (links naar PDF's na het afdrukken): alle kloppen.`,
          );
        },
      },
    },
    pdfs: {
      name: 'handboek:pdf-link-check',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          const outDir = fileURLToPath(dir);
          const failures = recheck(outDir, base, waitingForPdfs);
          if (failures.length) await stop(outDir, failures);
          logger.info('Links naar de PDF-boekjes gecontroleerd: alle kloppen.');
        },
      },
    },
  };
}
