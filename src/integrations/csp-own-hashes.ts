import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listHtmlFiles } from '#tools/html-files.mjs';
import { pruneCspHashes } from '../lib/csp-hashes.mjs';

/**
 * After the build, every page's CSP keeps only the hashes of its own inline code (Astro lists
 * those of the whole build on every page; see src/lib/csp-hashes.mjs). The same input gives
 * the same output, so two builds stay byte-identical.
 */
export default function cspOwnHashes(): AstroIntegration {
  return {
    name: 'handboek:csp-own-hashes',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        for (const page of listHtmlFiles(root)) {
          const file = join(root, page);
          const html = readFileSync(file, 'utf8');
          const pruned = pruneCspHashes(html);
          if (pruned !== html) writeFileSync(file, pruned);
        }
      },
    },
  };
}
