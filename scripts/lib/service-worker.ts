/**
 * Writes <outDir>/sw.js, the service worker of the offline copy: the build's file list from
 * workbox-build's getManifest (every file with a revision hash; hashed names in _astro/ and
 * pagefind/ without), in front of src/offline/sw.ts bundled with esbuild. workbox-build's own
 * generateSW bundles with Rollup, Babel and Terser on every build (seconds); this step stays
 * far under a second. scripts/lib/offline-copy.ts runs it.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
// Only getManifest: the package's index loads Rollup and Babel for generateSW (0.7 s here).
import { getManifest } from 'workbox-build/build/get-manifest.js';

/** Not in the device copy: the compressed twins, the worker itself, and the two downloads of the whole book. */
export const OFFLINE_IGNORE = [
  '**/*.gz',
  '**/*.br',
  'sw.js',
  'boekjes/handboek.pdf',
  'boekjes/handboek.epub',
];

export interface OfflineCopy {
  /** Number of files in the copy. */
  count: number;
  /** Their size in bytes: what the copy costs on the reader's device. */
  size: number;
  /** Seconds the step took. */
  seconds: number;
}

const SOURCE = fileURLToPath(new URL('../../src/offline/sw.ts', import.meta.url));

/** The files of the device copy, each with a revision (none for names that carry a hash). */
export async function offlineManifest(outDir: string) {
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: OFFLINE_IGNORE,
    // Hashed names change with their content: no revision needed (Astro's _astro/, Pagefind's index).
    dontCacheBustURLsMatching: /^(_astro\/|pagefind\/.*\.pf_|pagefind\/.*-[0-9a-f]{8,}\.)/,
    // The per-phase PDFs are under 1 MB; the default limit (2 MB) would drop a larger one silently.
    maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
  });
  if (warnings.length > 0) throw new Error(`offline: ${warnings.join('; ')}`);
  return { entries: manifestEntries ?? [], count, size };
}

/** Writes sw.js with the given file list (from `offlineManifest`). */
export async function writeServiceWorker(
  outDir: string,
  entries: { url: string; revision?: string | null }[],
): Promise<void> {
  const bundle = await build({
    entryPoints: [SOURCE],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    legalComments: 'none',
    target: 'es2022',
    // Workbox prints its debug logs only outside production.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const list = JSON.stringify(entries.map(({ url, revision }) => ({ url, revision: revision ?? null })));
  await writeFile(
    join(outDir, 'sw.js'),
    `self.__OFFLINE={manifest:${list}};\n${bundle.outputFiles[0]!.text}`,
  );
}
