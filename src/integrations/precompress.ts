import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { describeCompressed, precompressDir } from '../lib/precompress.ts';

/**
 * Writes .gz and .br copies beside every HTML, CSS, JS, JSON, SVG and XML file of the build
 * (see src/lib/precompress.ts). Register it LAST in astro.config.mjs: Astro runs the
 * astro:build:done hooks in order, so everything the integrations before it write (the
 * search index, booklet pages) is in the folder by then.
 */
export default function precompress(): AstroIntegration {
  return {
    name: 'handboek:precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(describeCompressed(await precompressDir(fileURLToPath(dir))));
      },
    },
  };
}
