import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, readPage } from '../support/site';

/**
 * PRODUCT.md, "Budgets and bars": a first visit to a content page transfers at most 25 KB
 * gzipped. A source page loads no JavaScript file, so its first visit is its HTML and the
 * stylesheets it links, each gzipped as `npm run bench` counts them (level 6). A chapter that
 * grows past the budget is read in sub-chapters (`deelVan` in the source's `hoofdstukken`).
 * `npm run bench` measures the same in Chromium over nginx, for every page type.
 */
const BUDGET = 25 * 1024;
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The site-root paths of the stylesheets and script files a page loads ("/_astro/x.css" → "_astro/x.css"). */
const linked = (html: string, pattern: RegExp) =>
  [...html.matchAll(pattern)].map((m) => m[1]!.replace(/^\//, ''));

describe('first visit of a source page ≤ 25 KB gzipped', () => {
  const pages = htmlPages().filter((p) => p.startsWith('bronnen/'));

  it('covers every source and chapter page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pages)('%s', (page) => {
    const html = readPage(page);
    expect(linked(html, /<script\b[^>]*\bsrc="([^"]+)"/g), 'a source page loads no script file').toEqual([]);
    const css = linked(html, /<link rel="stylesheet" href="([^"]+)"/g).map((file) =>
      gz(readFileSync(join(DIST, file))),
    );
    const total = gz(html) + css.reduce((a, b) => a + b, 0);
    expect(
      total,
      `${page}: HTML ${kb(gz(html))} + CSS ${kb(total - gz(html))} = ${kb(total)}`,
    ).toBeLessThanOrEqual(BUDGET);
  });
});
