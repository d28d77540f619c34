import type { Page } from 'playwright-core';

/** The "good" threshold for cumulative layout shift (web.dev's Core Web Vitals). */
export const GOOD_CLS = 0.1;

/**
 * From now on every document of this page sums its layout shifts, from the first paint and
 * without those right after input; `layoutShiftSoFar` reads the sum.
 */
export const observeLayoutShift = (page: Page) =>
  page.addInitScript(() => {
    const w = window as unknown as { __cls: number };
    w.__cls = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!entry.hadRecentInput) w.__cls += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });

/** The cumulative layout shift of the page's current document so far. */
export const layoutShiftSoFar = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __cls: number }).__cls);
