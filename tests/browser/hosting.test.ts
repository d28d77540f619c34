import type { BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { describe, expect, test, type Sites } from '../support/browser';

/**
 * Hosting on an ordinary static server (nginx), under a sub-path and at the root: a reader
 * clicks real links from the home page to a phase, an answer, a source, a search result
 * and a booklet, and never meets a 404. A missing address gets the site's own 404 page.
 */

/** A browser context that remembers every response of 400 or more (pages, styles, scripts, index). */
async function recording(
  newContext: (options: BrowserContextOptions) => Promise<BrowserContext>,
  options: BrowserContextOptions,
) {
  const context = await newContext(options);
  const failed: string[] = [];
  context.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  return { context, failed };
}

/** Clicks a link and returns where the page landed, after checking the page answered 200. */
async function follow(page: Page, link: Locator, what: string): Promise<URL> {
  await link.first().waitFor({ state: 'visible' });
  const href = await link.first().getAttribute('href');
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame()),
    link.first().click(),
  ]);
  await page.waitForLoadState('load');
  expect(response.status(), `${what}: ${href} → ${response.url()}`).toBe(200);
  await expect(page.locator('h1').count(), `${what}: geen <h1> op ${page.url()}`).resolves.toBe(1);
  return new URL(page.url());
}

/** The #fragment of the address, if any, is an element on the page. */
async function expectFragmentTarget(page: Page) {
  const hash = new URL(page.url()).hash.slice(1);
  if (hash)
    expect(
      await page.locator(`[id="${decodeURIComponent(hash)}"]`).count(),
      `anker #${hash} op ${page.url()}`,
    ).toBe(1);
}

const sites: { name: string; at: keyof Sites }[] = [
  { name: 'under the sub-path /handboek/', at: 'subPath' },
  { name: 'at the root', at: 'root' },
];

describe.each(sites)('hosted with nginx $name', ({ at }) => {
  test('home → phase → answer → source → search result → booklet, by clicking links, without a 404', async ({
    newContext,
    site: sites,
  }) => {
    const site = () => sites[at];
    const base = new URL(site()).pathname;

    // Without JavaScript first: every choice must be a plain link that works on this host.
    const plain = await recording(newContext, { javaScriptEnabled: false });
    const page = await plain.context.newPage();
    expect((await page.goto(site()))?.status()).toBe(200);
    await follow(page, page.locator(`main a[href="${base}fasen/start/"]`), 'fase');
    const answer = await follow(page, page.locator('main a.choice[data-letter="A"]'), 'antwoord A');
    expect(answer.pathname).toBe(`${base}fasen/start/vraag-1/a/`);
    await follow(page, page.locator(`footer a[href="${base}bronnen/toolkit/"]`), 'bron');
    const chapter = await follow(page, page.locator(`main a[href^="${base}bronnen/toolkit/h"]`), 'hoofdstuk');
    expect(plain.failed).toEqual([]);

    // With JavaScript: search runs in the browser and must find its index under this base.
    const reader = await recording(newContext, { javaScriptEnabled: true });
    const searchPage = await reader.context.newPage();
    expect((await searchPage.goto(chapter.href))?.status()).toBe(200);
    await follow(searchPage, searchPage.locator(`header nav a[href="${base}zoeken/"]`), 'zoeken');
    const input = searchPage.locator('main form[role="search"] input[name="q"]');
    await input.fill('kartrekker');
    await input.press('Enter');
    const firstResult = searchPage.locator('#zoekresultaten a');
    await firstResult.first().waitFor({ timeout: 60_000 });
    const result = await follow(searchPage, firstResult, 'zoekresultaat');
    expect(result.pathname.startsWith(base)).toBe(true);
    await expectFragmentTarget(searchPage);

    // The booklet: the PDF link on the home page answers with a PDF.
    await follow(searchPage, searchPage.locator('header a.site-name'), 'home');
    const pdfLink = searchPage.locator(`main a[href="${base}boekjes/start.pdf"]`).first();
    const pdfUrl = new URL((await pdfLink.getAttribute('href'))!, searchPage.url());
    const pdf = await reader.context.request.get(pdfUrl.href);
    expect(pdf.status(), pdfUrl.href).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(reader.failed).toEqual([]);
  });

  test("answers a missing address with the site's own 404 page, styled and with working links", async ({
    newContext,
    site: sites,
  }) => {
    const site = () => sites[at];
    const base = new URL(site()).pathname;
    const { context, failed } = await recording(newContext, { javaScriptEnabled: true });
    const page = await context.newPage();
    const response = await page.goto(`${site()}deze/pagina/bestaat/niet/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Pagina niet gevonden');
    // Its stylesheet loaded from the right place, even this deep below the base path.
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0));
    expect(styled, 'de 404-pagina kreeg geen stylesheet').toBe(true);
    expect(failed.filter((f) => !f.includes('/deze/pagina/bestaat/niet/'))).toEqual([]);
    const home = await follow(page, page.locator(`main a[href="${base}"]`), 'home vanaf 404');
    expect(home.pathname).toBe(base);
  });
});
