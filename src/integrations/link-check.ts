import { globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite } from '../../scripts/check-links.mjs';
import { sourceOfLink } from '../lib/link-sources';
import { formatProblems, type Problem } from '../lib/problems';

/**
 * The link check as the last step of `npm run build` that reads pages (after the booklet PDFs,
 * so links to them count): every internal link and #anchor of every built page must resolve.
 * A broken link written in content/ is reported at its .md/.mdx file and line (found by its
 * text there); one that comes from the code is reported at the built page. Stops the build.
 */
export default function linkCheck(): AstroIntegration {
  let root = '';
  let base = '/';
  return {
    name: 'handboek:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { pages, checked, failures } = checkSite(outDir, base);
        if (failures.length === 0) {
          logger.info(`${pages} pagina's, ${checked} interne links en ankers gecontroleerd: alle kloppen.`);
          return;
        }
        const sources = globSync('content/**/*.{md,mdx}', { cwd: root })
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
      },
    },
  };
}
