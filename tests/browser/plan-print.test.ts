import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe } from 'vitest';
import { planElementUi as t, planUi, reflectionUi } from '~/i18n/nl';
import { expect, test } from '../support/browser';
import { GOOD_CLS, layoutShiftSoFar, observeLayoutShift } from '../support/layout-shift';
import { allAnswered, ISSUE_COMBINATION, storeAnswers } from '../support/plan';

/**
 * Mijn plan on paper and while it fills in: with all 12 questions answered it prints on at
 * most 8 A4 pages (Chromium's page.pdf, counted by pdfinfo) with the reader's name and the
 * date, every step as a box ticked or empty and no controls; and the page does not jump
 * (CLS below 0.1) at 320, 390 and 1350 px, with and without answers.
 */
const MAX_PAGES = 8;
let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});
const pdfText = (file: string, tool: 'pdfinfo' | 'pdftotext') =>
  execFileSync(tool, tool === 'pdftotext' ? [file, '-'] : [file], { encoding: 'utf8' });

for (const [name, answers] of [
  ['every answer A', allAnswered('A')],
  ['every answer B', allAnswered('B')],
  ['the combination of issue 26', ISSUE_COMBINATION],
] as const)
  test(`${name}: the plan prints on at most ${MAX_PAGES} A4 pages, with name, date and boxes`, async ({
    context,
    page,
    site,
  }) => {
    await storeAnswers(context, answers);
    await page.goto(`${site.root}mijn-plan/`);
    await page.locator('[data-plan-vraag]').first().waitFor();
    await page.getByLabel(planUi.nameLabel).fill('Els de Vries');
    const boxes = page.getByRole('checkbox', { name: t.done });
    await boxes.nth(0).check();
    const steps = await boxes.count();

    await page.emulateMedia({ media: 'print' });
    for (const control of ['input', 'button', 'select', 'textarea'])
      expect(await page.locator(`main ${control}:visible`).count(), control).toBe(0);
    expect(await page.locator('header.site-header').isVisible()).toBe(false);
    await page.evaluate(() => document.fonts.ready);
    dir = mkdtempSync(join(tmpdir(), 'plan-'));
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));

    const pages = Number(/^Pages:\s+(\d+)/m.exec(pdfText(file, 'pdfinfo'))![1]);
    console.log(`Mijn plan, ${name}: ${pages} pagina's A4, ${steps} stappen`);
    expect(pages).toBeLessThanOrEqual(MAX_PAGES);
    const text = pdfText(file, 'pdftotext');
    expect(text).toContain(t.planOf.replace('{naam}', 'Els de Vries'));
    expect(text).toMatch(
      new RegExp(`${t.madeOn.replace('{datum}', '')}\\d+ \\w+ ${new Date().getFullYear()}`),
    );
    expect(text.match(/✓/g)).toHaveLength(1);
    expect(text).not.toContain(planUi.print);
    expect(text).not.toContain(reflectionUi.fullAdvice('A'));
    // Every step has its box on paper: as many drawn boxes as steps.
    expect(await page.locator('.plan-vakje:visible').count()).toBe(steps);
  });

test('the print button looks like the site’s other buttons', async ({ page, site }) => {
  const look = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((b) => {
        const s = getComputedStyle(b);
        return [s.borderRadius, s.borderColor, s.backgroundColor, s.color, s.padding, s.fontFamily];
      });
  await page.goto(`${site.root}mijn-reflectie/`);
  const reflection = await look('[data-wissen]');
  await page.goto(`${site.root}mijn-plan/`);
  expect(await look('[data-afdrukken]')).toEqual(reflection);
});

describe('no layout shift on Mijn plan', () => {
  const widths = [320, 390, 1350];
  for (const [label, answers] of [
    ['without answers', {}],
    ['with the combination of issue 26', ISSUE_COMBINATION],
  ] as const)
    test.for(widths)(`${label} at %i px: CLS below 0.1`, async (width, { context, page, site }) => {
      await storeAnswers(context, answers);
      await page.setViewportSize({ width, height: width < 800 ? 740 : 850 });
      await observeLayoutShift(page);
      await page.goto(`${site.root}mijn-plan/`, { waitUntil: 'networkidle' });
      if (Object.keys(answers).length) await page.locator('[data-plan-vraag]').first().waitFor();
      else await page.locator('[data-niets]').waitFor();
      await page.waitForTimeout(300);
      const cls = await layoutShiftSoFar(page);
      console.log(`Mijn plan ${label}, ${width} px: CLS ${cls.toFixed(4)}`);
      expect(cls).toBeLessThan(GOOD_CLS);
    });
});
