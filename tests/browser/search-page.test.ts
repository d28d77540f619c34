import { expect, test } from '../support/browser';

/**
 * The search page without JavaScript (it says what it can do) and its steadiness while results
 * arrive: cumulative layout shift, measured with a PerformanceObserver, stays under 0.1.
 */
test.for([
  [390, 844],
  [1280, 900],
] as const)(
  'does not jump while results arrive (CLS < 0.1), %i px wide',
  async ([width, height], { page, site }) => {
    await page.setViewportSize({ width, height });
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[])
          if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    // With filters, so that the filter counts fill in too.
    await page.goto(`${site.root}zoeken/?q=samenwerking&fase=start`);
    await page.waitForFunction(() => document.querySelectorAll('#zoekresultaten h2 a').length >= 5);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const cls = await page.evaluate(() => (window as unknown as { __cls: number }).__cls);
    expect(cls).toBeLessThan(0.1);
  },
);

test('says without JavaScript what search can and cannot do, links the ways in, hides the filters', async ({
  browser,
  site,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${site.root}zoeken/?q=kartrekker`);
    expect(await page.locator('main').textContent()).toContain('werkt alleen met JavaScript');
    const links = await page.locator('main noscript + *, main nav a').allTextContents();
    expect(links.length).toBeGreaterThanOrEqual(5);
    const ways = page.locator('main nav a');
    for (const href of await ways.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/(fasen|bronnen|rollen|werkvormen)\//);
    expect(await page.locator('.search-filters').isVisible()).toBe(false);
    expect(await page.locator('#zoekresultaten').isVisible()).toBe(false);
    expect(await page.locator('#zoekterm').isVisible()).toBe(true);
  } finally {
    await context.close();
  }
});
