import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
  // Legacy mode runs axe inside the page itself (the site has no iframes) instead of opening
  // an extra page per run; only violations are detailed. Both keep the suite quick.
  // (options() replaces what withTags() set, so the tags go in the options.)
  const rules = markupOnly ? Object.fromEntries(VISUAL_RULES.map((id) => [id, { enabled: false }])) : {};
  const { violations } = await new AxeBuilder({ page })
    .options({ runOnly: { type: 'tag', values: WCAG_TAGS }, rules, resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${label}: ${v.id} (${v.impact}) ${v.help} → ${n.target.join(' ')}`),
  );
}
