import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { inject } from 'vitest';

/** The built site the tests read: dist/ (built by `npm test` before vitest starts). */
export const DIST = process.env.DIST_DIR ?? 'dist';

/** Every HTML file under a folder, as paths relative to it with "/" separators. */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export const readPage = (page: string, dir = DIST) => readFileSync(join(dir, page), 'utf8');

/** The address of a page file on a served site ("fasen/start/index.html" → ".../fasen/start/"). */
export const pageUrl = (siteUrl: string, page: string) => siteUrl + page.replace(/(^|\/)index\.html$/, '$1');

/** Addresses of the nginx servers started by tests/support/global-setup.ts. */
export const rootSite = () => inject('rootUrl');
export const subPathSite = () => inject('subPathUrl');
