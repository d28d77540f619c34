import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '~/i18n/nl';
import { DIST, DIST_SUB, htmlPages, readPage } from '../support/site';

/**
 * Pages that can be found and shared: a title with the site's name, a meta description of
 * the page's own, Open Graph title and description, and (in the build made with SITE_URL under
 * /handboek/, dist-sub) a canonical link, a sitemap and robots.txt with the right addresses.
 */
const SUB = DIST_SUB;

const attr = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];
const description = (html: string) => attr(html, /<meta name="description" content="([^"]*)"/);
const isNoindex = (html: string) => /<meta name="robots" content="noindex"/.test(html);

describe('titles and descriptions', () => {
  const pages = htmlPages().filter((p) => p !== '404.html');
  it.each(pages)('%s has the site name in its title, its own description and Open Graph tags', (page) => {
    const html = readPage(page);
    expect(attr(html, /<title>([^<]*)<\/title>/)).toContain(ui.siteTitle);
    const text = description(html);
    expect(text && text.length >= 40, `${page}: beschrijving te kort: ${text}`).toBe(true);
    expect(attr(html, /<meta property="og:title" content="([^"]*)"/)).toBeTruthy();
    expect(attr(html, /<meta property="og:description" content="([^"]*)"/)).toBe(text);
  });

  it('gives no two pages the same description', () => {
    const seen = new Map<string, string>();
    const doubles: string[] = [];
    for (const page of pages) {
      const text = description(readPage(page))!;
      if (seen.has(text)) doubles.push(`${seen.get(text)} = ${page}`);
      seen.set(text, page);
    }
    expect(doubles).toEqual([]);
  });
});

describe('under a sub-path with SITE_URL (dist-sub)', () => {
  const sitemap = join(SUB, 'sitemap.xml');
  it('has a canonical link on every page, pointing at its own address under /handboek/', () => {
    for (const page of htmlPages(SUB).filter((p) => p !== '404.html')) {
      const html = readPage(page, SUB);
      const canonical = attr(html, /<link rel="canonical" href="([^"]*)"/);
      expect(canonical, page).toMatch(/^https?:\/\/[^/]+\/handboek\//);
      expect(new URL(canonical!).pathname).toBe(`/handboek/${page.replace(/index\.html$/, '')}`);
      expect(attr(html, /<meta property="og:url" content="([^"]*)"/)).toBe(canonical);
    }
  });

  it('lists every page that may be listed in sitemap.xml, and no personal or print page', () => {
    expect(existsSync(sitemap), `${sitemap} ontbreekt: bouw dist-sub met SITE_URL`).toBe(true);
    const listed = new Set(
      [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]),
    );
    for (const page of htmlPages(SUB)) {
      const html = readPage(page, SUB);
      const canonical = attr(html, /<link rel="canonical" href="([^"]*)"/);
      if (isNoindex(html)) expect(listed.has(canonical), page).toBe(false);
      else expect(listed.has(canonical), page).toBe(true);
    }
    for (const personal of ['mijn-reflectie/', 'team/', 'boekjes/start/'])
      expect([...listed].some((url) => url!.endsWith(`/handboek/${personal}`))).toBe(false);
  });

  it('names the sitemap in robots.txt', () => {
    const robots = readFileSync(join(SUB, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toMatch(/^Sitemap: https?:\/\/[^/]+\/handboek\/sitemap\.xml$/m);
  });
});

describe('the root build without SITE_URL', () => {
  it('writes no canonical link to a host it does not know, and still a robots.txt', () => {
    expect(readPage('index.html', DIST)).not.toContain('rel="canonical"');
    expect(existsSync(join(DIST, 'robots.txt'))).toBe(true);
  });
});
