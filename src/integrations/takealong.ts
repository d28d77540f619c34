import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

type OfflineCopyModule = typeof import('../../scripts/lib/offline-copy.ts');

/**
 * Node's own import(), past Vite's module runner: that runner loads the config and is closed
 * by the time integration hooks run, so an ordinary import() in a hook fails ("Vite module
 * runner has been closed"). Node loads the TypeScript file itself, as for scripts/booklets.mjs.
 */
const nodeImport = new Function('url', 'return import(url)') as (url: string) => Promise<OfflineCopyModule>;

/**
 * Take it along (issue 27), after the booklets: the sizes of the whole-book PDF and EPUB and
 * the cost of the offline copy go into the pages that show them, and sw.js (the service
 * worker of the offline copy) gets the build's file list. Runs in every build, in well under
 * a second (scripts/lib/offline-copy.ts); register it after booklets() and before precompress().
 */
export default function takeAlong(): AstroIntegration {
  return {
    name: 'handboek:takealong',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, not with the config: esbuild would slow every start of
        // astro (dev and check too) for a step that only a finished build needs.
        const { makeOfflineCopy } = await nodeImport(
          new URL('../../scripts/lib/offline-copy.ts', import.meta.url).href,
        );
        const copy = await makeOfflineCopy(fileURLToPath(dir));
        logger.info(
          `sw.js: offline-kopie van ${copy.count} bestanden, ${(copy.size / 1024 / 1024).toFixed(1)} MB, in ${copy.seconds.toFixed(2)} s`,
        );
      },
    },
  };
}
