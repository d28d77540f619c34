import { expect, test } from '../support/browser';
import { GOOD_CLS, layoutShiftSoFar, observeLayoutShift } from '../support/layout-shift';

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
    await observeLayoutShift(page);
    // With filters, so that the filter counts fill in too.
    await page.goto(`${site.root}zoeken/?q=samenwerking&fase=start`);
    await page.waitForFunction(() => document.querySelectorAll('#zoekresultaten h2 a').length >= 5);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    expect(await layoutShiftSoFar(page)).toBeLessThan(GOOD_CLS);
  },
);

test('says without JavaScript what search can and cannot do, links the ways in, hides the filters', async ({
  noScriptPage: page,
  site,
}) => {
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
});
