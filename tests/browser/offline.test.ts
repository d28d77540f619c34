import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { makeOfflineCopy } from '../../scripts/lib/offline-copy.ts';
import { offlineUi } from '~/i18n/nl';
import { describe, expect, test } from '../support/browser';
import { serveCopy, storedOffline, type ServedCopy } from '../support/offline';
import { DIST, DIST_SUB, htmlPages } from '../support/site';

/**
 * The offline copy (issue 27), at the root and under /handboek/: a copy of the build served by
 * its own nginx, which the tests stop so the network is really gone (and the context is set
 * offline as well). Nothing is stored until the reader chooses; after the choice every page,
 * the search, the answers and the PDFs work without a network; a new build shows the notice,
 * and its button brings the new text.
 */
const builds = [
  { name: 'root', dir: DIST, base: '/' },
  { name: 'sub-path', dir: DIST_SUB, base: '/handboek/' },
];

/** Chooses the offline copy on the home page and waits until it is complete. */
async function saveOffline(page: Page, url: string) {
  await page.goto(url);
  const block = page.locator('[data-offline]');
  await expect.poll(() => block.isVisible()).toBe(true);
  const said: string[] = [];
  await page.exposeFunction('offlineSaid', (text: string) => said.push(text));
  await page.evaluate(() => {
    const status = document.querySelector('[data-offline-status]')!;
    new MutationObserver(
      () =>
        void (window as unknown as { offlineSaid(t: string): void }).offlineSaid(status.textContent ?? ''),
    ).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  await page.getByRole('button', { name: offlineUi.save }).click();
  await expect
    .poll(() => page.locator('[data-offline-status]').textContent(), { timeout: 60_000 })
    .toBe(offlineUi.saved);
  return said;
}

describe.each(builds)('offline copy ($name)', ({ dir, base }) => {
  let copy: ServedCopy;
  beforeEach(async () => {
    copy = await serveCopy(dir, base);
  });
  afterEach(async () => {
    await copy.remove();
  });

  test('stores nothing without the reader’s choice, and shows what the copy costs', async ({ page }) => {
    await page.goto(copy.url);
    const cost = await page.locator('[data-offline]').innerText();
    expect(cost).toMatch(/Dat kost \d+,\d MB opslag\./);
    await page.goto(`${copy.url}fasen/start/`);
    await page
      .locator('#vraag-1')
      .getByRole('button', { name: /^Antwoord A/ })
      .click();
    await page.goto(`${copy.url}zoeken/?q=kartrekker`);
    await expect.poll(() => page.locator('#zoekresultaten h2 a').count()).toBeGreaterThan(0);
    expect(await storedOffline(page)).toEqual({ workers: 0, caches: [], urls: [] });
    // And no script file for it either: the offline code loads with the choice.
    await page.goto(copy.url);
    expect(await page.locator('script[src*="offline-client"]').count()).toBe(0);
  });

  test('after the choice: pages never visited, search, answers and PDFs work without a network', async ({
    page,
    context,
  }) => {
    const said = await saveOffline(page, copy.url);
    expect(said.some((s) => /^Bezig met bewaren: \d+ van \d+ bestanden…$/.test(s))).toBe(true);
    const stored = await storedOffline(page);
    const origin = new URL(copy.url).origin;
    expect(stored.workers).toBe(1);
    // Only this site's own files, within its base path; never a fragment (share links live there).
    expect(stored.urls.length).toBeGreaterThan(100);
    for (const url of stored.urls) {
      expect(url.startsWith(`${origin}${base}`), url).toBe(true);
      expect(url).not.toContain('#');
    }

    await copy.stop();
    await context.setOffline(true);

    const chapter = htmlPages(dir).find((p) => /^bronnen\/toolkit\/[^/]+\/index\.html$/.test(p))!;
    const response = await page.goto(copy.url + chapter.replace(/index\.html$/, ''));
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').innerText()).not.toBe('');

    await page.goto(`${copy.url}zoeken/?q=kartrekker`);
    await expect.poll(() => page.locator('#zoekresultaten h2 a').count()).toBeGreaterThan(0);
    expect((await page.locator('#zoekresultaten').innerText()).toLowerCase()).toContain('kartrekker');

    await page.goto(`${copy.url}fasen/start/`);
    const question = page.locator('#vraag-1');
    await question.getByRole('button', { name: /^Antwoord A/ }).click();
    await page.reload();
    await expect.poll(() => question.locator('.advice[data-letter="A"]').isVisible()).toBe(true);

    expect(existsSync(join(copy.dir, 'boekjes/start.pdf')), 'the build made the booklets').toBe(true);
    const pdf = await page.evaluate(async (url) => {
      const res = await fetch(url);
      return {
        status: res.status,
        type: res.headers.get('content-type'),
        start: (await res.text()).slice(0, 5),
      };
    }, `${copy.url}boekjes/start.pdf`);
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', start: '%PDF-' });

    // A share link's answers live in the fragment, which no request carries: nothing of it is stored.
    await page.goto(`${copy.url}team/#naam=Test&reflectie=1.12.abcd.AB--A-BBA--A.0000000`);
    for (const url of (await storedOffline(page)).urls) expect(url).not.toMatch(/reflectie=|naam=/);
  });

  test('after a new build: the notice appears, and its button brings the new text', async ({
    page,
    context,
  }) => {
    await saveOffline(page, copy.url);
    const file = join(copy.dir, 'privacy/index.html');
    const html = readFileSync(file, 'utf8');
    const changed = html.replace(/<h1>([^<]*)<\/h1>/, '<h1>$1 (nieuwe versie)</h1>');
    expect(changed).not.toBe(html);
    writeFileSync(file, changed);
    await makeOfflineCopy(copy.dir);

    await page.goto(`${copy.url}privacy/`);
    const notice = page.locator('.offline-notice');
    await expect.poll(() => notice.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await notice.innerText()).toContain(offlineUi.update);
    await Promise.all([
      page.waitForEvent('load'),
      notice.getByRole('button', { name: offlineUi.reload }).click(),
    ]);
    expect(await page.locator('h1').innerText()).toContain('(nieuwe versie)');

    // The device copy has the new text too.
    await copy.stop();
    await context.setOffline(true);
    await page.goto(`${copy.url}privacy/`);
    expect(await page.locator('h1').innerText()).toContain('(nieuwe versie)');
  });

  test('removes the copy again', async ({ page }) => {
    await saveOffline(page, copy.url);
    await page.getByRole('button', { name: offlineUi.remove }).click();
    await expect.poll(() => page.locator('[data-offline-status]').textContent()).toBe(offlineUi.removed);
    expect(await storedOffline(page)).toEqual({ workers: 0, caches: [], urls: [] });
  });
});
