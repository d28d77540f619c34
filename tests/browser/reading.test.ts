import type { Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { describe } from 'vitest';
import { answerUi, readingUi as t } from '~/i18n/nl';
import { axeViolations } from '../support/axe';
import { htmlPages, readPage } from '../support/site';
import { expect, test } from '../support/browser';

/**
 * Reading comfortably (issue 15), in Chromium against the built site: "Op deze pagina" on the
 * longest chapter, the page title high on a 320 × 640 phone, dark mode without axe findings,
 * the route's "n van m" after an answer, and menu, contents and route by keyboard alone.
 */

/** The source chapter with the most h2/h3 headings: the page that needs its contents most. */
const longestChapter = htmlPages()
  .filter((p) => /^bronnen\/[^/]+\/[^/]+\/index\.html$/.test(p))
  .map((p) => ({
    path: p.replace(/index\.html$/, ''),
    headings: readPage(p).match(/<h[23][\s>]/g)?.length ?? 0,
  }))
  .sort((a, b) => b.headings - a.headings)[0]!.path;
const FIRST_PHASE = 'fasen/start/';
const ANSWER = 'fasen/start/vraag-1/a/';

/** Relative luminance of a computed CSS colour "rgb(r, g, b)" (WCAG formula). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe('Op deze pagina', () => {
  test('the longest chapter lists every h2 and h3 of its text, each link leading to its heading', async ({
    page,
    site,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.root + longestChapter);
    const toc = page.getByRole('navigation', { name: t.onThisPage });
    const targets = await toc.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const headings = await page
      .locator('main h2[id], main h3[id]')
      .evaluateAll((hs) => hs.filter((h) => !h.closest('[hidden], nav')).map((h) => `#${h.id}`));
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(targets).toEqual(headings);
    // Wide screen: beside the text and open, without JavaScript having run.
    await expect(toc.locator('a').last().isVisible()).resolves.toBe(true);
    const [tocBox, textBox] = await Promise.all([
      toc.boundingBox(),
      page.locator('main h2').first().boundingBox(),
    ]);
    expect(tocBox!.x).toBeGreaterThan(textBox!.x + textBox!.width - 1);
    // Following a link of the list brings its heading into view.
    await toc.locator('a').last().click();
    await expect(page.evaluate(() => location.hash)).resolves.toBe(headings.at(-1));
  });

  test('is folded at the top on a phone, and opens as a plain disclosure', async ({ page, site }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.root + longestChapter);
    const toc = page.getByRole('navigation', { name: t.onThisPage });
    await expect(toc.locator('a').first().isVisible()).resolves.toBe(false);
    await toc.getByText(t.onThisPage, { exact: true }).first().click();
    await expect(toc.locator('a').first().isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  });
});

describe('compact header at 320 × 640', () => {
  test.for([
    ['home', ''],
    ['phase page', FIRST_PHASE],
    ['longest chapter', longestChapter],
  ] as const)('%s: the page title starts within 180 px of the top', async ([, path], { page, site }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.root + path);
    const title = await page.locator('h1').boundingBox();
    expect(title!.y, `${path}: titel begint op ${Math.round(title!.y)} px`).toBeLessThanOrEqual(180);
    // The search box is there without opening anything; the menu is one tap away.
    await expect(page.locator('header input[name="q"]').isVisible()).resolves.toBe(true);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await expect(menu.getByRole('link').first().isVisible()).resolves.toBe(false);
    await menu.getByText(t.menu, { exact: true }).click();
    await expect(menu.getByRole('link').first().isVisible()).resolves.toBe(true);
  });
});

describe('dark mode (prefers-color-scheme: dark)', () => {
  test.for([
    ['home', ''],
    ['phase page', FIRST_PHASE],
    ['answer page', ANSWER],
    ['longest chapter', longestChapter],
    ['search results', 'zoeken/?q=samenwerking'],
  ] as const)(
    '%s: dark background, and axe finds nothing at 320 px and 1280 px',
    async ([, path], { page, site }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(site.root + path);
        if (path.startsWith('zoeken'))
          await page.waitForFunction(() => document.querySelectorAll('main mark').length > 0, null, {
            timeout: 20_000,
          });
        const background = await page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(luminance(background), `${path}: achtergrond ${background}`).toBeLessThan(0.05);
        expect(await axeViolations(page, `${path} op ${width} px`)).toEqual([]);
      }
    },
  );

  test('print stays light', async ({ page, site }) => {
    await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
    await page.goto(site.root + FIRST_PHASE);
    const colors = await page.evaluate(() => ({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.documentElement).backgroundColor,
    }));
    expect(luminance(colors.text)).toBeLessThan(0.05);
    expect(luminance(colors.background)).toBeGreaterThan(0.9);
  });
});

describe('the route through the phases', () => {
  test('shows "1 van n" for the first phase after one answer, n its number of questions', async ({
    page,
    site,
    pageErrors,
  }) => {
    await page.goto(site.root + FIRST_PHASE);
    const route = page.getByRole('navigation', { name: t.routeLabel });
    const stops = route.getByRole('listitem');
    await expect(stops.count()).resolves.toBe(5);
    // The phase's questions as the content has them: one file per question.
    const questions = readdirSync('content/vragen/start').filter((f) => /\.mdx?$/.test(f)).length;
    expect(questions).toBeGreaterThan(0);
    await page
      .locator('#vraag-1')
      .getByRole('button', { name: /^Antwoord A/ })
      .click();
    await expect
      .poll(() => stops.first().innerText())
      .toContain(answerUi.routeCount(questions).replace('{n}', '1'));
    // The current phase is marked for screen readers too.
    await expect(route.locator('a[aria-current="page"]').getAttribute('href')).resolves.toMatch(
      /\/fasen\/start\/$/,
    );
    expect(pageErrors).toEqual([]);
  });

  test('stands on the home page as links to the five phases, in order', async ({ page, site }) => {
    await page.goto(site.root);
    const links = page.getByRole('navigation', { name: t.routeLabel }).getByRole('link');
    const hrefs = await links.evaluateAll((as) =>
      as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
    );
    expect(hrefs).toHaveLength(5);
    expect(hrefs[0]).toBe('/fasen/start/');
  });
});

describe('keyboard only', () => {
  /** Presses Tab until `done` holds for the focused element; returns whether it did. */
  async function tabTo(page: Page, done: () => boolean, max = 80): Promise<boolean> {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(done)) return true;
    }
    return false;
  }

  test('reaches the menu, the contents list and the route on a phone', async ({ page, site }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(site.root + FIRST_PHASE);
    // Menu: its summary, opened with Enter, then its first link.
    expect(await tabTo(page, () => document.activeElement?.matches('.site-nav summary') ?? false)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('.site-nav') !== null)).resolves.toBe(
      true,
    );
    await page.keyboard.press('Escape');
    // Contents: its summary, opened with Enter, then a link to a heading.
    expect(await tabTo(page, () => document.activeElement?.matches('.toc summary') ?? false)).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(
        () => document.activeElement?.closest('.toc') !== null && document.activeElement?.tagName,
      ),
    ).resolves.toBe('A');
    // Route: a link to a phase.
    expect(await tabTo(page, () => document.activeElement?.closest('.route') !== null)).toBe(true);
  });

  test('reaches the menu links and the contents links on a wide screen, with nothing to open', async ({
    page,
    site,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(site.root + longestChapter);
    expect(await tabTo(page, () => document.activeElement?.matches('.site-nav a') ?? false)).toBe(true);
    expect(await tabTo(page, () => document.activeElement?.matches('.toc a') ?? false)).toBe(true);
  });
});
