import type { Page } from 'playwright-core';
import { describe, expect, test } from '../support/browser';
import { preloadAxe, axeViolations as violations } from '../support/axe';
import { pageUrl } from '../support/site';

/**
 * axe-core in Chromium (WCAG 2.2 A and AA) where a reader's situation changes the page: a
 * phone 320 px wide, and a question answered. Every page at 1280 px is swept in
 * every-page.test.ts, dark mode in reading.test.ts. Allowed violations: zero.
 */
const screen = (width: number) => ({ viewport: { width, height: 800 } });

async function openPage(page: Page, root: string, path: string): Promise<Page> {
  const response = await page.goto(pageUrl(root, path), { waitUntil: 'load' });
  expect(response?.status(), `${path} gaf geen 200`).toBe(200);
  return page;
}

describe('the axe helper', () => {
  test('names the rule, the element and the label of a page that breaks one, also with axe preloaded', async ({
    context,
    page,
  }) => {
    const broken = '<!doctype html><html lang="nl"><title>t</title><main><img src="x.png"></main></html>';
    await page.setContent(broken);
    expect(await violations(page, 'kapot')).toEqual([
      'kapot: image-alt (critical) Images must have alternative text → img',
    ]);
    await preloadAxe(context);
    const preloaded = await context.newPage();
    await preloaded.setContent(broken);
    expect(await preloaded.evaluate(() => 'axe' in window)).toBe(true);
    expect(await violations(preloaded, 'kapot', { markupOnly: true })).toHaveLength(1);
  });
});

describe('the skip link', () => {
  test.override('contextOptions', screen(320));
  test('is the first Tab stop, shows itself with a visible focus ring, and moves focus to the content', async ({
    page,
    site,
  }) => {
    await openPage(page, site.root, 'index.html');
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.x >= 0, 'de link “Naar de inhoud” blijft buiten beeld bij focus').toBe(
      true,
    );
    const outline = await skip.evaluate((a) => getComputedStyle(a).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhoud');
  });
});

/** Reflow (WCAG 1.4.10): nothing wider than the screen, so nobody scrolls sideways to read. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${label} is ${overflow} px breder dan het scherm`).toBeLessThanOrEqual(0);
}

/** One page of each kind a reader meets, on the narrowest phone WCAG asks for (reflow, 1.4.10). */
const SAMPLE = {
  home: 'index.html',
  fase: 'fasen/start/index.html',
  antwoord: 'fasen/start/vraag-1/a/index.html',
  bronhoofdstuk: 'bronnen/toolkit/h5-leveranciers/index.html',
  werkvorm: 'werkvormen/gedeeld-probleembeeld/index.html',
};

describe.concurrent('axe-core at 320 px wide', () => {
  test.override('contextOptions', screen(320));
  test.for(Object.entries(SAMPLE))('%s (%s)', async ([, path], { page, site }) => {
    await openPage(page, site.root, path);
    expect(await violations(page, `${path} @320px`)).toEqual([]);
    await expectNoSidewaysScroll(page, path);
  });
});

describe('axe-core with a question answered', () => {
  test.for([1280, 320])('phase page after choosing A, %i px wide', async (width, { newContext, site }) => {
    const page = await (await newContext(screen(width))).newPage();
    await openPage(page, site.root, SAMPLE.fase);
    // With JavaScript the A button opens the advice in place (it replaces the plain links).
    await page.locator('.choice[data-letter="A"]:visible').first().click();
    await page.locator('.advice[data-letter="A"]:visible').first().waitFor();
    expect(await violations(page, `${page.url()} na keuze A @${width}px`)).toEqual([]);
    await expectNoSidewaysScroll(page, `${SAMPLE.fase} na keuze A`);
  });
});
