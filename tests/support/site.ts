import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listHtmlFiles } from '#tools/html-files.mjs';
import { inject } from 'vitest';

/** The built site the tests read: dist/ or OUT_DIR (built by `npm test` before vitest starts). */
export const DIST = process.env.OUT_DIR ?? 'dist';
/** The build for the sub-path /handboek/: dist-sub/ or SUB_OUT_DIR. */
export const DIST_SUB = process.env.SUB_OUT_DIR ?? 'dist-sub';

/** Every HTML file under a folder, as paths relative to it with "/" separators. */
export const htmlPages = (dir = DIST): string[] => listHtmlFiles(dir);

export const readPage = (page: string, dir = DIST) => readFileSync(join(dir, page), 'utf8');

/** The address of a page file on a served site ("fasen/start/index.html" → ".../fasen/start/"). */
export const pageUrl = (siteUrl: string, page: string) => siteUrl + page.replace(/(^|\/)index\.html$/, '$1');

/** Addresses of the nginx servers started by tests/support/global-setup.ts. */
export const rootSite = () => inject('rootUrl');
export const subPathSite = () => inject('subPathUrl');
