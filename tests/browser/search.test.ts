import type { Locator, Page, Response } from 'playwright-core';
import { describe, expect, test } from '../support/browser';
import { axeViolations } from '../support/axe';
import { field } from '../support/content';
import { resultCount, results, searchBox, searchFor, settled } from '../support/search-page';

/**
 * Search as a reader uses it, in Chromium against nginx: the search page /zoeken/ (form with
 * role="search", input name="q", result links inside #zoekresultaten), the header search box,
 * Dutch stemming, filters, the address, a sub-path, and nothing of Pagefind loaded too early.
 */
/** Records every request and console warning or error of a page, to check after use. */
function record(page: Page) {
  const requests: string[] = [];
  const warnings: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') warnings.push(message.text());
  });
  return { requests, warnings };
}

/** Follows a link (or submits with Enter) and returns the response of the page it opens. */
async function follow(page: Page, action: () => Promise<void>): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().isNavigationRequest() && r.request().frame() === page.mainFrame(),
    ),
    action(),
  ]);
  await page.waitForLoadState();
  return response;
}
const click = (link: Locator) => () => link.click();

describe('search', () => {
  test('finds the answers to reflectie 1, vraag 1 among the first results for "kartrekker"', async ({
    page,
    site,
  }) => {
    const { warnings } = record(page);
    await page.goto(`${site.root}zoeken/`);
    await searchFor(page, 'kartrekker');
    const first = (await results(page)).slice(0, 5).map(([href]) => href);
    expect(first).toContain('/fasen/start/vraag-1/a/');
    expect(first).toContain('/fasen/start/vraag-1/b/');
    const [, title] = (await results(page)).find(([href]) => href === '/fasen/start/vraag-1/a/')!;
    expect(title).toContain(
      `Reflectie 1 · Vraag 1 · Antwoord A: ${field('vragen/start/vraag-1.md', 'vraag').slice(0, 20)}`,
    );
    // Sub-results open the page at a heading.
    expect(await page.locator('#zoekresultaten .search-subresults a[href*="#"]').count()).toBeGreaterThan(0);
    // Under the site's Content-Security-Policy Pagefind runs in its worker, without complaint.
    expect(warnings).toEqual([]);
  });

  test('finds text that says "afspraken" for "afspraak" (Dutch stemming)', async ({ page, site }) => {
    await page.goto(`${site.root}zoeken/`);
    await searchFor(page, 'afspraak');
    const marked = await page.$$eval('#zoekresultaten mark', (marks) =>
      marks.map((m) => m.textContent?.toLowerCase() ?? ''),
    );
    expect(marked.some((word) => word.startsWith('afspraken'))).toBe(true);
  });

  test('narrows the results to a phase with the phase filter, and keeps the filter in the address', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.root}zoeken/`);
    const all = resultCount(await searchFor(page, 'samenwerking'));
    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByRole('checkbox', { name: /^Monitoring/ }).check();
    const narrowed = resultCount(await settled(page, 'met 1 filter'));
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    const contexts = await page.$$eval('#zoekresultaten .search-result-context', (ps) =>
      ps.map((p) => p.textContent ?? ''),
    );
    expect(contexts.length).toBeGreaterThan(0);
    for (const context of contexts) expect(context).toContain('Monitoring');
    expect(new URL(page.url()).search).toBe('?q=samenwerking&fase=monitoring');
    // The address opens the same search.
    await page.goto(page.url());
    expect(resultCount(await settled(page, 'met 1 filter'))).toBe(narrowed);
    // The filters stay folded (no layout shift); the summary says one is on.
    const summary = page.locator('summary', { hasText: 'Filters' });
    expect(await summary.textContent()).toContain('(1 gekozen)');
    await summary.click();
    expect(await page.getByRole('checkbox', { name: /^Monitoring/ }).isChecked()).toBe(true);
  });

  test('opens /zoeken/?q=financiering with results', async ({ page, site }) => {
    await page.goto(`${site.root}zoeken/?q=financiering`);
    expect(resultCount(await settled(page, '“financiering”'))).toBeGreaterThan(0);
    expect(await searchBox(page).inputValue()).toBe('financiering');
    expect((await results(page)).length).toBeGreaterThan(0);
  });

  test('opens a result’s page, and a sub-result’s heading, when hosted under a sub-path', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.subPath}zoeken/?q=kartrekker`);
    await settled(page, '“kartrekker”');
    // The first result after the beslishulp question that "kartrekker" asks (tested apart).
    const first = page.locator('#zoekresultaten li:not(.search-question) > h2 a').first();
    const href = (await first.getAttribute('href'))!;
    const title = (await first.textContent())!;
    expect(href).toMatch(/^\/handboek\//);
    const response = await follow(page, click(first));
    expect(response.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(href);
    // The result's title names the question the page's heading asks.
    expect(title).toContain((await page.locator('h1').textContent())!.trim().slice(0, 20));

    await page.goBack();
    await settled(page, '“kartrekker”');
    const sub = page.locator('#zoekresultaten .search-subresults a').first();
    const subHref = (await sub.getAttribute('href'))!;
    expect(subHref).toMatch(/^\/handboek\/.*#./);
    const subResponse = await follow(page, click(sub));
    expect(subResponse.status()).toBe(200);
    expect(await page.locator(`[id="${decodeURIComponent(subHref.split('#')[1]!)}"]`).count()).toBe(1);
  });

  test('loads no search file before the reader starts searching', async ({ page, site }) => {
    const { requests } = record(page);
    const searchFiles = () => requests.filter((url) => new URL(url).pathname.includes('/pagefind/'));
    await page.goto(`${site.root}fasen/start/vraag-1/a/`, { waitUntil: 'networkidle' });
    expect(searchFiles()).toEqual([]);
    await page.goto(`${site.root}zoeken/`, { waitUntil: 'networkidle' });
    await searchBox(page).click();
    expect(searchFiles()).toEqual([]);
    // Typing starts the search, and only then does Pagefind load.
    await searchFor(page, 'kartrekker');
    expect(searchFiles().length).toBeGreaterThan(0);
  });

  test('says so when nothing is found, and suggests removing filters when some are on', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.root}zoeken/`);
    expect(await searchFor(page, 'xyzzyqwertz')).toContain('Geen resultaten');
    expect(await results(page)).toEqual([]);
    await page.goto(`${site.root}zoeken/?q=xyzzyqwertz&fase=start`);
    const line = await settled(page, 'Geen resultaten');
    expect(line).toContain('filters weg');
  });

  test('takes special characters without breaking, and shows them as text', async ({
    page,
    pageErrors: errors,
    site,
  }) => {
    await page.goto(`${site.root}zoeken/`);
    for (const query of ['<script>', `"'%&`, '((', '<img src=x>', 'kartrekker"']) {
      const line = await searchFor(page, query);
      expect(line).toContain(query);
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    }
    expect(await page.locator('#zoekresultaten script, #zoekresultaten img').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('sends the header search box to the search page, with and without JavaScript', async ({
    page: scriptPage,
    noScriptPage,
    site,
  }) => {
    for (const [javaScriptEnabled, page] of [
      [false, noScriptPage],
      [true, scriptPage],
    ] as const) {
      await page.goto(`${site.root}fasen/start/`);
      const box = page.locator('header form[role="search"] input[name="q"]');
      await box.fill('kartrekker');
      await follow(page, () => box.press('Enter'));
      expect(new URL(page.url()).pathname).toBe('/zoeken/');
      expect(new URL(page.url()).searchParams.get('q')).toBe('kartrekker');
      if (javaScriptEnabled) expect(resultCount(await settled(page, '“kartrekker”'))).toBeGreaterThan(0);
    }
  });

  test.for([1280, 320])(
    'has no axe-core (WCAG 2.2 A/AA) violations with results and filters shown, %i px wide',
    async (width, { page, site }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${site.root}zoeken/?q=kartrekker&fase=start`);
      await settled(page, '“kartrekker”');
      expect(await axeViolations(page, `zoekresultaten, ${width} px`)).toEqual([]);
    },
  );
});
