import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from '../support/browser';
import { htmlPages, pageUrl } from '../support/site';

/**
 * axe-core in Chromium on every page of the built site, against the WCAG 2.2 A and AA rules
 * (axe's tags for 2.0, 2.1 and 2.2). Allowed violations: zero. A failure names the page, the
 * rule and the element (CSS selector), so it can be found in the source.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per element that breaks a rule: "page: rule (impact) help → selector". */
async function violations(page: Page, label: string): Promise<string[]> {
  // Legacy mode runs axe inside the page itself (the site has no iframes) instead of opening
  // an extra page per run; only violations are detailed. Both keep the suite quick.
  // (options() replaces what withTags() set, so the tags go in the options.)
  const { violations } = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${label}: ${v.id} (${v.impact}) ${v.help} → ${n.target.join(' ')}`),
  );
}

const screen = (width: number) => ({ viewport: { width, height: 800 } });

async function openPage(page: Page, root: string, path: string): Promise<Page> {
  const response = await page.goto(pageUrl(root, path), { waitUntil: 'load' });
  expect(response?.status(), `${path} gaf geen 200`).toBe(200);
  return page;
}

// Concurrent: a few pages at a time keep both cores busy while another page loads.
describe.concurrent('axe-core (WCAG 2.2 A/AA) on every page, 1280 px wide', () => {
  test.override('contextOptions', screen(1280));
  test.for(htmlPages())('%s', async (path, { page, site }) => {
    await openPage(page, site.root, path);
    expect(await violations(page, path)).toEqual([]);
    // What the accessibility statement promises on every page: Dutch, and a skip link first.
    const basics = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      firstLink: document.querySelector('body a')?.getAttribute('href'),
      main: document.querySelectorAll('main#inhoud').length,
    }));
    expect(basics, path).toEqual({ lang: 'nl', firstLink: '#inhoud', main: 1 });
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
