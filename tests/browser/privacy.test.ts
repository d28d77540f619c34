import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from '../support/browser';
import { htmlPages, pageUrl } from '../support/site';

/**
 * What the privacy page promises, checked in Chromium on every page: nothing is requested
 * from another host, no cookie is set. And the Content-Security-Policy never has to block
 * anything, neither while a page loads nor while a search runs (Pagefind's WebAssembly and
 * worker included); the policy itself is checked in tests/site/csp.test.ts.
 */

interface Visit {
  /** Every URL the page asked for, documents, styles, scripts, workers, fetches. */
  requests: string[];
  /** CSP reports from the console and from securitypolicyviolation events. */
  cspViolations: () => Promise<string[]>;
}

/** Opens a page in the test's fresh context (its own cookie jar), recording what it asks for. */
async function visit(context: BrowserContext, page: Page, url: string): Promise<Visit> {
  // Runs before the page's own scripts and outside its CSP: it only listens.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blokkeert ${e.blockedURI || 'inline'}`),
    );
  });
  const requests: string[] = [];
  const consoleCsp: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (/content security policy/i.test(m.text())) consoleCsp.push(m.text());
  });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  expect(response?.status(), url).toBe(200);
  const cspViolations = async () => [
    ...consoleCsp,
    ...(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)),
  ];
  return { requests, cspViolations };
}

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

// Concurrent: most of each test is waiting for the network to go quiet.
describe.concurrent('privacy and CSP on every page', () => {
  test.for(htmlPages())('%s', async (path, { context, page, site }) => {
    const { requests, cspViolations } = await visit(context, page, pageUrl(site.root, path));
    expect(foreign(requests, site.root), 'verzoeken naar een andere host').toEqual([]);
    expect(await context.cookies(), 'cookies gezet').toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await cspViolations(), 'door de CSP geblokkeerd').toEqual([]);
  });
});

describe('privacy and CSP while searching', () => {
  test('a search for "kartrekker" loads Pagefind from our own server, sets no cookie and breaks no CSP rule', async ({
    context,
    page,
    site,
  }) => {
    const { requests, cspViolations } = await visit(context, page, `${site.root}zoeken/?q=kartrekker`);
    await page.locator('#zoekresultaten a').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    expect(
      requests.some((r) => r.includes('/pagefind/')),
      'Pagefind werd niet geladen',
    ).toBe(true);
    expect(foreign(requests, site.root), 'verzoeken naar een andere host').toEqual([]);
    expect(await context.cookies(), 'cookies gezet').toEqual([]);
    expect(await cspViolations(), 'door de CSP geblokkeerd').toEqual([]);
  });
});
