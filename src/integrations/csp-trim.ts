import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { trimCspHashes } from '../lib/csp-trim';

/** After the build: each page's CSP keeps only the hashes of its own inline code (src/lib/csp-trim.ts). */
export default function cspTrim(): AstroIntegration {
  return {
    name: 'handboek:csp-trim',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const out = fileURLToPath(dir);
        const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('.html'));
        for (const page of pages) {
          const html = await readFile(join(out, page), 'utf8');
          const trimmed = trimCspHashes(html);
          if (trimmed !== html) await writeFile(join(out, page), trimmed);
        }
      },
    },
  };
}
