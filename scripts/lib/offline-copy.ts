/**
 * After the booklets: the figures the pages show (sizes of the whole-book PDF and EPUB, what
 * the offline copy costs) and the service worker with the build's file list. Run by
 * src/integrations/takealong.ts in every build (BOOKLETS=0 too: then without PDFs and EPUB),
 * and by the offline tests after they change a page, as a new build would.
 */
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listHtmlFiles } from '#tools/html-files.mjs';
import { bookUi, offlineUi } from '../../src/i18n/nl/takealong.ts';
import { fillSizes, megabytes, SIZE_ATTRIBUTE } from '../../src/lib/take-along.ts';
import { offlineManifest, writeServiceWorker, type OfflineCopy } from './service-worker.ts';

/** The downloads whose size the pages show, by their place in the build. */
const DOWNLOADS = { 'boekjes/handboek.pdf': 'PDF', 'boekjes/handboek.epub': 'EPUB' } as const;

/** Fills the figures into every page that has a placeholder; returns the pages it changed. */
async function fillPages(outDir: string, pages: string[], texts: Record<string, string>) {
  const changed: string[] = [];
  for (const page of pages) {
    const file = join(outDir, page);
    const html = await readFile(file, 'utf8');
    const filled = fillSizes(html, texts);
    if (filled === html) continue;
    await writeFile(file, filled);
    changed.push(page);
  }
  return changed;
}

export async function makeOfflineCopy(outDir: string): Promise<OfflineCopy> {
  const t0 = performance.now();
  const pages: string[] = [];
  for (const page of listHtmlFiles(outDir))
    if ((await readFile(join(outDir, page), 'utf8')).includes(SIZE_ATTRIBUTE)) pages.push(page);
  const downloads: Record<string, string> = {};
  for (const [file, kind] of Object.entries(DOWNLOADS))
    if (existsSync(join(outDir, file)))
      downloads[file] = bookUi.size(kind, megabytes(statSync(join(outDir, file)).size));
  await fillPages(outDir, pages, downloads);

  const manifest = await offlineManifest(outDir);
  // The cost goes into the pages after the list is made: the figure changes a page by a few
  // bytes, and those pages get the revision of what they now hold.
  const changed = await fillPages(outDir, pages, { offline: offlineUi.cost(megabytes(manifest.size)) });
  for (const page of changed) {
    const entry = manifest.entries.find((e) => e.url === page);
    if (entry)
      entry.revision = createHash('md5')
        .update(await readFile(join(outDir, page)))
        .digest('hex');
  }
  await writeServiceWorker(outDir, manifest.entries);
  return { count: manifest.count, size: manifest.size, seconds: (performance.now() - t0) / 1000 };
}
