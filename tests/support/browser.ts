import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchChromium } from '../../tools/chromium';
import { rootSite, subPathSite } from './site';

/**
 * Shared fixtures for browser tests. Each worker starts one Chromium; each test gets its own
 * context and page, closed after the test (also when it fails), so nothing leaks into the next.
 * `site` holds the addresses of the two nginx servers that global-setup.ts starts on free ports.
 *
 *   import { test, expect } from '../support/browser';
 *   test('…', async ({ page, site }) => { await page.goto(site.root + 'fasen/start/'); … });
 *
 * `page` records JavaScript errors in `pageErrors`; a test that expects none checks it.
 */
export interface Sites {
  /** The build of dist/ at the root, ending in "/". */
  root: string;
  /** The build of dist-sub/ under /handboek/, ending in "/handboek/". */
  subPath: string;
}

// Vitest reads each fixture's dependencies from its destructured first argument, so it must be an object pattern.
/* eslint-disable no-empty-pattern */
export const test = base
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('site', { scope: 'worker' }, (): Sites => ({ root: rootSite(), subPath: subPathSite() }))
  .extend('context', async ({ browser }, { onCleanup }): Promise<BrowserContext> => {
    const context = await browser.newContext();
    onCleanup(() => context.close());
    return context;
  })
  .extend('pageErrors', (): string[] => [])
  .extend('page', async ({ context, pageErrors }): Promise<Page> => {
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  });

export { expect } from 'vitest';
