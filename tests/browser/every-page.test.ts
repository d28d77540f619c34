import type { Page } from 'playwright-core';
import { axeViolations, preloadAxe } from '../support/axe';
import { describe, expect, test } from '../support/browser';
import { htmlPages, pageUrl, readPage } from '../support/site';

/**
 * Every page of the built site, opened once in Chromium at 1280 px, for everything that must
 * hold on all of them:
 * - accessibility: axe-core's WCAG 2.2 A/AA rules find nothing (the rules that depend on the
 *   stylesheet rather than the markup run on the largest page of each kind, see VISUAL_RULES);
 *   the page is Dutch, the skip link comes first and there is one main#inhoud;
 * - privacy, as the privacy page promises: nothing is requested from another host, no cookie
 *   is set, and the Content-Security-Policy never has to block anything (the policy itself is
 *   checked in tests/site/csp.test.ts).
 *
 * One tab visits the pages one after another: the same renderer process stays, so each visit
 * costs a page load instead of a new process. The cookie jar is shared on purpose: a cookie set
 * by any page would still be there at every later check.
 */

/** A page's kind: its first folder and depth ("fasen/start/vraag-1/a/" → "fasen/4"). */
const kindOf = (path: string) => {
  const parts = path
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  return `${parts[0]}/${parts.length}`;
};

/** The largest page of each kind: the most kinds of element for the stylesheet's rules. */
function largestOfEachKind(pages: string[]): Set<string> {
  const largest = new Map<string, { path: string; size: number }>();
  for (const path of pages) {
    const size = readPage(path).length;
    const kind = kindOf(path);
    if (size > (largest.get(kind)?.size ?? -1)) largest.set(kind, { path, size });
  }
  return new Set([...largest.values()].map((p) => p.path));
}

const pages = htmlPages();
const fullAxe = largestOfEachKind(pages);

interface Visitor {
  page: Page;
  /** Every URL asked for since the last `open`: documents, styles, scripts, fetches. */
  requests: string[];
  /** Requests that have started but not ended (a page still busy when the checks run). */
  pending: Set<string>;
  /** CSP reports from the console since the last `open` (the page's own listener adds its own). */
  consoleCsp: string[];
}

const sweep = test.extend(
  'visitor',
  { scope: 'file' },
  async ({ browser }, { onCleanup }): Promise<Visitor> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    onCleanup(() => context.close());
    await preloadAxe(context);
    // Runs before the page's own scripts and outside its CSP: it only listens.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} blokkeert ${e.blockedURI || 'inline'}`),
      );
    });
    const page = await context.newPage();
    const visitor: Visitor = { page, requests: [], pending: new Set(), consoleCsp: [] };
    page.on('request', (r) => {
      visitor.requests.push(r.url());
      visitor.pending.add(r.url());
    });
    page.on('requestfinished', (r) => visitor.pending.delete(r.url()));
    page.on('requestfailed', (r) => visitor.pending.delete(r.url()));
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) visitor.consoleCsp.push(m.text());
    });
    return visitor;
  },
);

/** Requests that leave our own server (data: and blob: URLs never touch the network). */
function foreign(requests: string[], siteUrl: string): string[] {
  const own = new URL(siteUrl).host;
  return requests.filter((r) => {
    const url = new URL(r);
    return !(
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      (url.protocol === 'http:' && url.host === own)
    );
  });
}

describe('every page: accessible (axe, WCAG 2.2 A/AA), private and within its CSP', () => {
  sweep.for(pages)('%s', async (path, { visitor, site }) => {
    const { page } = visitor;
    visitor.requests.length = 0;
    visitor.consoleCsp.length = 0;
    const response = await page.goto(pageUrl(site.root, path), { waitUntil: 'load' });
    expect(response?.status(), `${path} gaf geen 200`).toBe(200);

    const markupOnly = !fullAxe.has(path);
    expect(await axeViolations(page, path, { markupOnly })).toEqual([]);
    // What the accessibility statement promises on every page: Dutch, and a skip link first.
    const basics = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      firstLink: document.querySelector('body a')?.getAttribute('href'),
      main: document.querySelectorAll('main#inhoud').length,
    }));
    expect(basics, path).toEqual({ lang: 'nl', firstLink: '#inhoud', main: 1 });

    // By now (load, then an axe run) a page that fetched something late has done so.
    expect([...visitor.pending], 'verzoeken die nog lopen').toEqual([]);
    expect(foreign(visitor.requests, site.root), 'verzoeken naar een andere host').toEqual([]);
    expect(await page.context().cookies(), 'cookies gezet').toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    const csp = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect([...visitor.consoleCsp, ...csp], 'door de CSP geblokkeerd').toEqual([]);
  });
});

describe('privacy and CSP while searching', () => {
  test('a search for "kartrekker" loads Pagefind from our own server, sets no cookie and breaks no CSP rule', async ({
    context,
    page,
    site,
  }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/content security policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${site.root}zoeken/?q=kartrekker`);
    await page.locator('#zoekresultaten a').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(
      requests.some((r) => r.includes('/pagefind/')),
      'Pagefind werd niet geladen',
    ).toBe(true);
    expect(foreign(requests, site.root), 'verzoeken naar een andere host').toEqual([]);
    expect(await context.cookies(), 'cookies gezet').toEqual([]);
    expect(violations, 'door de CSP geblokkeerd').toEqual([]);
  });
});
