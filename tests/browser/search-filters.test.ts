import { globSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { searchUi } from '~/i18n/nl';
import { describe, expect, test } from '../support/browser';
import { field } from '../support/content';
import { resultCount, searchFor, settled } from '../support/search-page';

/**
 * Every value of every search filter (fase, rol, bron, soort), in Chromium against nginx: the
 * index holds exactly the vocabulary's clean labels, each value finds pages through its id in
 * the address, and the count beside each value in the panel is the number of results that
 * ticking it gives. Nothing that helps matching may show in a label, a title or an excerpt.
 */
type Group = 'fase' | 'rol' | 'bron' | 'soort';

/** The vocabulary, read from content/ and the dictionary, not from the built site. */
const ids = (dir: string) =>
  globSync('*.{md,mdx}', { cwd: `content/${dir}` }).map((f) => f.replace(/\.mdx?$/, ''));
const vocabulary: Record<Exclude<Group, 'soort'>, Record<string, string>> = {
  fase: Object.fromEntries(ids('fasen').map((id) => [id, field(`fasen/${id}.mdx`, 'korteTitel')])),
  rol: Object.fromEntries(ids('rollen').map((id) => [id, field(`rollen/${id}.md`, 'titel')])),
  bron: Object.fromEntries(
    globSync('*.{md,mdx}', { cwd: 'content/bronnen' }).map((f) => [
      f.replace(/\.mdx?$/, ''),
      field(`bronnen/${f}`, 'korteTitel'),
    ]),
  ),
};
const kinds: Record<string, string> = searchUi.kinds;

/** What a build's hint or Pagefind's weight marker looks like, if one ever leaks. */
const MARKERS = /[‹›]|_{3}|PAGEFIND/;

/** The filter panel's options: group, id (checkbox value) and label, in page order. */
async function panelOptions(page: Page) {
  return page.$$eval('.search-filters input[type="checkbox"]', (boxes) =>
    boxes.map((b) => {
      const box = b as HTMLInputElement;
      return { group: box.name as Group, id: box.value, label: box.dataset['label'] ?? '' };
    }),
  );
}

/** The count the panel shows beside an option ("(12)" → 12). */
async function shownCount(page: Page, group: string, id: string) {
  const text = await page
    .locator(`.search-filters input[name="${group}"][value="${id}"]`)
    .locator('xpath=..')
    .locator('[data-count]')
    .textContent();
  return Number(/\((\d+)\)/.exec(text ?? '')?.[1] ?? NaN);
}

/** Every text a result shows: title, where it comes from, excerpts, sub-results. */
const shownTexts = (page: Page) =>
  page.$$eval('#zoekresultaten li', (items) => items.map((li) => li.textContent ?? ''));

describe('search filters', () => {
  test('the panel offers exactly the vocabulary, and the index holds exactly those clean labels', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.root}zoeken/`);
    const options = await panelOptions(page);
    for (const group of ['fase', 'rol', 'bron'] as const)
      expect(
        Object.fromEntries(options.filter((o) => o.group === group).map((o) => [o.id, o.label])),
      ).toEqual(vocabulary[group]);
    for (const o of options.filter((o) => o.group === 'soort')) expect(o.label).toBe(kinds[o.id]);
    // What Pagefind holds: every label of every group with the number of pages that have it.
    // A string, so that the test runner's bundler leaves the browser's import() alone.
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import('${site.root}pagefind/pagefind.js');
      await pagefind.init();
      return pagefind.filters();
    })()`)) as Record<string, Record<string, number>>;
    for (const group of ['fase', 'rol', 'bron', 'soort'] as const) {
      const labels = options.filter((o) => o.group === group).map((o) => o.label);
      expect(Object.keys(indexed[group] ?? {}).sort(), group).toEqual([...labels].sort());
      for (const label of labels) expect(indexed[group]![label], `${group}: ${label}`).toBeGreaterThan(0);
    }
  });

  test('every value of every filter, opened by its id in the address, finds pages and counts them right', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.root}zoeken/`);
    const options = await panelOptions(page);
    expect(options.length).toBeGreaterThan(20);
    for (const { group, id, label } of options) {
      await page.goto(`${site.root}zoeken/?${group}=${encodeURIComponent(id)}`);
      const found = resultCount(await settled(page));
      expect(found, `?${group}=${id} (${label})`).toBeGreaterThan(0);
      expect(await page.locator(`input[name="${group}"][value="${id}"]`).isChecked()).toBe(true);
      // The count beside the ticked value is the number of results in the list.
      expect(await shownCount(page, group, id), `count of ${group}=${id}`).toBe(found);
      for (const text of await shownTexts(page)) expect(text).not.toMatch(MARKERS);
    }
  });

  test('with a query, the count beside each value is the number of results that ticking it gives', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.root}zoeken/`);
    const options = await panelOptions(page);
    const all = resultCount(await searchFor(page, 'samenwerking'));
    await page.locator('summary', { hasText: 'Filters' }).click();
    await expect.poll(() => shownCount(page, 'fase', 'start')).toBeGreaterThan(0);
    const before = new Map<string, number>();
    for (const { group, id } of options) before.set(`${group}=${id}`, await shownCount(page, group, id));
    // Some value of each group narrows the search, and none counts more than the results.
    for (const group of ['fase', 'rol', 'bron', 'soort'])
      expect(options.some((o) => o.group === group && before.get(`${group}=${o.id}`)! > 0)).toBe(true);
    for (const count of before.values()) expect(count).toBeLessThanOrEqual(all);
    for (const { group, id } of options) {
      const box = page.locator(`.search-filters input[name="${group}"][value="${id}"]`);
      const expected = before.get(`${group}=${id}`)!;
      await box.check();
      const line = await settled(page, expected > 0 ? 'met 1 filter' : 'Geen resultaten');
      expect(resultCount(line), `${group}=${id}`).toBe(expected);
      for (const text of await shownTexts(page)) expect(text).not.toMatch(MARKERS);
      await box.uncheck();
      await settled(page, `${all} resultaten`);
    }
  });

  test('a role narrows a search to its pages: "kartrekker" for zorgprofessionals', async ({ page, site }) => {
    await page.goto(`${site.root}zoeken/?q=kartrekker&rol=zorgprofessional`);
    expect(resultCount(await settled(page, '“kartrekker”'))).toBeGreaterThan(0);
  });
});
