/**
 * Writes <outDir>/sw.js, the service worker of the offline copy: the build's file list (every
 * file with a revision hash; hashed names in _astro/ and pagefind/ without), in front of
 * src/offline/sw.ts bundled with esbuild. workbox-build's generateSW bundles with Rollup, Babel
 * and Terser on every build (seconds), and even its getManifest alone loads a schema validator
 * and a glob library for what is a folder listing; this step stays far under a second.
 * scripts/lib/offline-copy.ts runs it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * Not in the device copy: the compressed twins, the worker itself, and the two downloads of
 * the whole book (paths relative to the build folder, "/" separators).
 */
export const leftOutOfOfflineCopy = (path: string) =>
  /\.(gz|br)$/.test(path) || ['sw.js', 'boekjes/handboek.pdf', 'boekjes/handboek.epub'].includes(path);

/** Hashed names change with their content: no revision needed (Astro's _astro/, Pagefind's index). */
const HASHED_NAME = /^(_astro\/|pagefind\/.*\.pf_|pagefind\/.*-[0-9a-f]{8,}\.)/;

/** A file larger than this is a mistake in the build (the per-phase PDFs are under 1 MB). */
const LARGEST_FILE = 10 * 1024 * 1024;

export interface OfflineCopy {
  /** Number of files in the copy. */
  count: number;
  /** Their size in bytes: what the copy costs on the reader's device. */
  size: number;
  /** Seconds the step took. */
  seconds: number;
}

const SOURCE = fileURLToPath(new URL('../../src/offline/sw.ts', import.meta.url));

/**
 * The files of the device copy, in path order, each with a revision (the MD5 of its bytes, as
 * Workbox's precaching expects; none for names that carry a hash).
 */
export async function offlineManifest(outDir: string) {
  const entries: { url: string; revision: string | null }[] = [];
  let size = 0;
  const paths = readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !leftOutOfOfflineCopy(path))
    .sort();
  for (const url of paths) {
    const bytes = readFileSync(join(outDir, url));
    if (bytes.length > LARGEST_FILE)
      throw new Error(
        `offline-kopie: ${url} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB, groter dan ${LARGEST_FILE / 1024 / 1024} MB; zo'n bestand hoort niet in de build`,
      );
    size += bytes.length;
    entries.push({
      url,
      revision: HASHED_NAME.test(url) ? null : createHash('md5').update(bytes).digest('hex'),
    });
  }
  return { entries, count: entries.length, size };
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
