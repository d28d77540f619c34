import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchTestChromium } from '#tools/chromium.ts';
import { rootSite, subPathSite } from './site';

/**
 * Shared fixtures for browser tests. Each worker starts one Chromium; each test gets its own
 * context and page, closed after the test (also when it fails), so nothing leaks into the next.
 * `site` holds the addresses of the two nginx servers that global-setup.ts starts on free ports.
 *
 *   import { test, expect } from '../support/browser';
 *   test('…', async ({ page, site }) => { await page.goto(site.root + 'fasen/start/'); … });
 *
 * - `contextOptions`: what `context` (and so `page`) is opened with; a describe block changes
 *   it with `test.override('contextOptions', { viewport: { width: 320, height: 800 } })`.
 * - `newContext(options)`: more contexts in one test (two readers, JavaScript on and off), each
 *   closed after the test.
 * - `noScriptPage`: a page with JavaScript switched off, as a reader without it sees the site.
 * - `pageErrors`: JavaScript errors of `page` and `noScriptPage`; a test that expects none
 *   checks it (or calls `watchErrors` on pages it opens itself).
 */
export interface Sites {
  /** The build of dist/ at the root, ending in "/". */
  root: string;
  /** The build of dist-sub/ under /handboek/, ending in "/handboek/". */
  subPath: string;
}

/** How long a page load may take in a test (see the browser fixture). */
export const NAVIGATION_TIMEOUT = 90_000;

// Vitest reads each fixture's dependencies from its destructured first argument, so it must be an object pattern.
/* eslint-disable no-empty-pattern */
export const test = base
  .extend('browser', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchTestChromium();
    onCleanup(() => browser.close());
    // Playwright's own limit for a page load is 30 s; on a loaded machine a first load (astro
    // dev compiling a page, say) can take longer without anything being wrong. Every context
    // of this browser, also one a test opens itself, gets a longer one; a page that never
    // loads still fails, at this limit or the test's.
    const open = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await open(options);
      context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT);
      return context;
    };
    return browser;
  })
  .extend('site', { scope: 'worker' }, (): Sites => ({ root: rootSite(), subPath: subPathSite() }))
  .extend('contextOptions', (): BrowserContextOptions => ({}))
  .extend(
    'newContext',
    async (
      { browser },
      { onCleanup },
    ): Promise<(options?: BrowserContextOptions) => Promise<BrowserContext>> => {
      const opened: BrowserContext[] = [];
      onCleanup(() => Promise.all(opened.map((c) => c.close())).then(() => undefined));
      return async (options = {}) => {
        const context = await browser.newContext(options);
        opened.push(context);
        return context;
      };
    },
  )
  .extend('context', async ({ newContext, contextOptions }): Promise<BrowserContext> =>
    newContext(contextOptions),
  )
  .extend('pageErrors', (): string[] => [])
  .extend('watchErrors', ({ pageErrors }) => (page: Page, label = '') => {
    page.on('pageerror', (error) => pageErrors.push(`${label}${error.message}`));
    return page;
  })
  .extend('page', async ({ context, watchErrors }): Promise<Page> => watchErrors(await context.newPage()))
  .extend('noScriptPage', async ({ newContext, contextOptions, watchErrors }): Promise<Page> => {
    const context = await newContext({ ...contextOptions, javaScriptEnabled: false });
    return watchErrors(await context.newPage());
  });

export { describe, expect } from 'vitest';
