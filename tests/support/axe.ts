import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

/** axe's tags for WCAG 2.0, 2.1 and 2.2, levels A and AA: the level the site promises. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose outcome follows from the stylesheet and the layout rather than from the
 * page's markup: contrast, links told apart only by colour, and the size of touch targets.
 * They are also the three slowest (together more than half of an axe run on a long page), so
 * the sweep over every page runs them on one page of each kind, where every kind of element
 * the stylesheet colours and sizes appears; everywhere else the markup rules run.
 */
export const VISUAL_RULES = ['color-contrast', 'link-in-text-block', 'target-size'];

/** axe-core's browser bundle; the page runs it itself (the site has no iframes to reach into). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Gives every page of `context` axe-core as it loads, for a context that checks page after
 * page: the 560 KB bundle then goes to Chromium once instead of with every check. Measured per
 * page of the sweep: axe cost 180 ms of CPU through @axe-core/playwright, 110 ms sending the
 * bundle itself, 90 ms preloaded. Like any init script it runs outside the page's
 * Content-Security-Policy and requests nothing.
 */
export const preloadAxe = (context: BrowserContext) => context.addInitScript(AXE_SOURCE);

interface Violation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * One line per element that breaks a rule: "label: rule (impact) help → selector", so a
 * failure names the page, the rule and the element, and can be found in the source.
 * `markupOnly` leaves out VISUAL_RULES.
 */
export async function axeViolations(
  page: Page,
  label: string,
  { markupOnly = false } = {},
): Promise<string[]> {
  const options: RunOptions = {
    runOnly: { type: 'tag', values: WCAG_TAGS },
    rules: markupOnly ? Object.fromEntries(VISUAL_RULES.map((id) => [id, { enabled: false }])) : {},
    resultTypes: ['violations'],
  };
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (options): Promise<Violation[]> => {
    const { axe } = window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } };
    const results = await axe.run(document, options);
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, options);
  return violations.flatMap((v) =>
    v.targets.map((t) => `${label}: ${v.rule} (${v.impact}) ${v.help} → ${t}`),
  );
}
