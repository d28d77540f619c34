import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { makeOfflineCopy } from '../../scripts/lib/offline-copy.ts';

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
        const copy = await makeOfflineCopy(fileURLToPath(dir));
        logger.info(
          `sw.js: offline-kopie van ${copy.count} bestanden, ${(copy.size / 1024 / 1024).toFixed(1)} MB, in ${copy.seconds.toFixed(2)} s`,
        );
      },
    },
  };
}
