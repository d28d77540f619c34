import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { describeCompressed, precompressDir, type CompressedFiles } from '../lib/precompress.ts';

/**
 * Writes .gz and .br copies beside every HTML, CSS, JS, JSON, SVG and XML file of the build
 * (see src/lib/precompress.ts), in two integrations around the last steps: `start` compresses
 * the finished pages in Node's thread pool while the link check runs and Pagefind indexes
 * (time the build otherwise spent waiting), `finish` waits for it and then compresses only
 * what the steps in between wrote or changed (the search index, the offline copy's sw.js, the
 * pages that show the download sizes). Register `start` after the last step that changes every
 * page (the CSP) and `finish` LAST: Astro runs the astro:build:done hooks in order.
 */
export default function precompress(): { start: AstroIntegration; finish: AstroIntegration } {
  let early: Promise<CompressedFiles> | undefined;
  return {
    start: {
      name: 'handboek:precompress',
      hooks: {
        'astro:build:done': ({ dir }) => {
          early = precompressDir(fileURLToPath(dir)).then((pass) => pass.done);
          // Reported by `finish`; this only keeps Node from calling it unhandled meanwhile.
          early.catch(() => {});
        },
      },
    },
    finish: {
      name: 'handboek:precompress',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => {
          logger.info(describeCompressed(await precompressDir(fileURLToPath(dir), await early)));
        },
      },
    },
  };
}
