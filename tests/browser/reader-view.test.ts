import type { Page } from 'playwright-core';
import { describe, expect, test } from '../support/browser';
import { questionCount, questionsPerPhase } from '../support/content';
import { layoutShiftSoFar, observeLayoutShift } from '../support/layout-shift';

/**
 * What a reader sees, measured in Chromium: a phase page that leads (short before an answer,
 * steady while it loads), the phase route's lines between its stops at every width from 320
 * to 1920 px (never through a stop), and the last breadcrumb of the longest trail whole at 320 px.
 */
const WIDTHS = [320, 390, 640, 700, 800, 1024, 1280, 1440, 1920];

/** Each line of the route (li + li::before) beside the stops it joins, in px. */
const routeLines = (page: Page) =>
  page.evaluate(() => {
    const items = [...document.querySelectorAll('.route li')];
    return items.slice(1).map((li, i) => {
      const line = getComputedStyle(li, '::before');
      const box = li.getBoundingClientRect();
      const px = (value: string) => parseFloat(value) || 0;
      const from = items[i]!.querySelector('.route-stop')!.getBoundingClientRect();
      const to = li.querySelector('.route-stop')!.getBoundingClientRect();
      return {
        left: box.left + px(line.left) + px(line.marginLeft),
        right: box.right - px(line.right) - px(line.marginRight),
        top: box.top + px(line.top),
        bottom: box.bottom - px(line.bottom),
        from: { left: from.left, right: from.right, top: from.top, bottom: from.bottom },
        to: { left: to.left, right: to.right, top: to.top, bottom: to.bottom },
      };
    });
  });

/** Issue 30: at most this tall before an answer, and this steady (CLS) while it loads. */
const MAX_HEIGHT = { 1280: 4500, 390: 7000 };
const MAX_CLS = 0.05;
const phasePages = Object.keys(questionsPerPhase()).flatMap((phase) =>
  ([1280, 390] as const).map((width) => ({ phase, width })),
);

describe('a phase page before an answer', () => {
  test.for(phasePages)(
    '$phase at $width px: short, and nothing moves while it loads',
    async ({ phase, width }, { page, site }) => {
      await page.setViewportSize({ width, height: 800 });
      await observeLayoutShift(page);
      await page.goto(`${site.root}fasen/${phase}/`, { waitUntil: 'networkidle' });
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(MAX_HEIGHT[width]);
      expect(await layoutShiftSoFar(page)).toBeLessThan(MAX_CLS);
    },
  );
});

describe('the phase route', () => {
  test.for(WIDTHS)('runs its lines between the stops at %i px', async (width, { page, site }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(site.root + 'fasen/start/');
    const lines = await routeLines(page);
    expect(lines).toHaveLength(4);
    // Half a pixel of rounding either way; a line through a stop misses by a stop's width.
    for (const [i, l] of lines.entries()) {
      const across = l.from.top === l.to.top;
      if (across) {
        expect(l.left, `lijn ${i + 1}`).toBeGreaterThanOrEqual(l.from.right - 0.5);
        expect(l.right, `lijn ${i + 1}`).toBeLessThanOrEqual(l.to.left + 0.5);
        expect(l.right - l.left, `lijn ${i + 1}`).toBeGreaterThan(0);
      } else {
        expect(l.top, `lijn ${i + 1}`).toBeGreaterThanOrEqual(l.from.bottom - 0.5);
        expect(l.bottom, `lijn ${i + 1}`).toBeLessThanOrEqual(l.to.top + 0.5);
      }
    }
  });
});

describe('at 320 px', () => {
  test.override('contextOptions', { viewport: { width: 320, height: 640 } });
  const answers = Array.from({ length: questionCount('start') }, (_, i) =>
    ['a', 'b'].map((letter) => `fasen/start/vraag-${i + 1}/${letter}/`),
  ).flat();

  test.for(answers)('the last breadcrumb of %s is whole, not cut off', async (path, { page, site }) => {
    await page.goto(site.root + path);
    const last = await page.locator('.breadcrumb li:last-child').evaluate((li) => ({
      cut: li.scrollWidth > li.clientWidth,
      right: li.getBoundingClientRect().right,
      ellipsis: getComputedStyle(li).textOverflow,
    }));
    expect(last.cut, path).toBe(false);
    expect(last.ellipsis, path).not.toBe('ellipsis');
    expect(last.right, path).toBeLessThanOrEqual(320);
  });
});
