import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { expect, test } from '../support/browser';
import { GOOD_CLS, layoutShiftSoFar, observeLayoutShift } from '../support/layout-shift';

/**
 * No page that jumps: the cumulative layout shift (CLS) while a page loads and its script
 * runs stays below 0.1 (the "good" threshold) on the pages whose scripts fill in content:
 * team, search (with results arriving), a phase page and an answer page, at phone and
 * desktop widths. Measured in Chromium with a PerformanceObserver on 'layout-shift' entries.
 */
const PAGES: [string, string][] = [
  ['team', 'team/'],
  ['search with results', 'zoeken/?q=samenwerken'],
  ['phase', 'fasen/start/'],
  ['answer', 'fasen/start/vraag-1/a/'],
];
const WIDTHS = [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1280, height: 800 }],
] as const;

/** Sum of layout shifts not caused by input, from the first paint on. */
async function layoutShift(page: Page, url: string): Promise<number> {
  await observeLayoutShift(page);
  await page.goto(url, { waitUntil: 'networkidle' });
  // Scripts that fill in content (answers, results) run after load; give them time to finish.
  await page.waitForTimeout(500);
  return layoutShiftSoFar(page);
}

describe.each(WIDTHS)('layout shift at %s width', (_name, viewport) => {
  test.for(PAGES)('%s page stays below 0.1', async ([, path], { page, site }) => {
    await page.setViewportSize(viewport);
    const cls = await layoutShift(page, site.root + path);
    expect(cls, `${path}: CLS ${cls.toFixed(3)}`).toBeLessThan(GOOD_CLS);
  });
});
