import type { Page } from 'playwright-core';
import { reflectionUi } from '~/i18n/nl';
import { expect, test } from '../support/browser';
import { storeAnswers } from '../support/plan';

/**
 * A share or team link put into the address of an open page is shown at once, and Back
 * returns to the reader's own view with the page's own address: on Mijn reflectie and the
 * team page (Mijn plan: tests/browser/my-plan.test.ts).
 */

/** A share link of someone else's answers (Els: monitoring 1A). */
async function shareLink(page: Page, root: string) {
  const context = await page.context().browser()!.newContext();
  await storeAnswers(context, { 'monitoring/vraag-1': 'A' });
  const other = await context.newPage();
  await other.goto(`${root}mijn-reflectie/`);
  await other.getByLabel(reflectionUi.shareName).fill('Els');
  const link = await other.getByLabel(reflectionUi.shareLink).inputValue();
  await context.close();
  return link.slice(link.indexOf('#'));
}

const paste = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash);

test('Mijn reflectie: a pasted share link is shown; Back shows one’s own answers at the page’s address', async ({
  context,
  page,
  site,
}) => {
  const hash = await shareLink(page, site.root);
  await storeAnswers(context, { 'start/vraag-1': 'B' });
  const own = `${site.root}mijn-reflectie/`;
  await page.goto(own);
  const item = (id: string) => page.locator(`.reflectie-antwoorden > li[data-vraag="${id}"]`);
  await expect.poll(() => item('start/vraag-1').isVisible()).toBe(true);

  await paste(page, hash);
  await expect.poll(() => item('monitoring/vraag-1').isVisible()).toBe(true);
  expect(await item('start/vraag-1').isVisible()).toBe(false);
  // A jump within the shared view keeps it, and its link stays in the address.
  await page.locator('a.skip-link').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => page.url()).toContain('reflectie=');
  expect(await item('monitoring/vraag-1').isVisible()).toBe(true);

  await page.goBack();
  await page.goBack();
  await expect.poll(() => item('start/vraag-1').isVisible()).toBe(true);
  expect(page.url()).toBe(own);
  expect(await item('monitoring/vraag-1').isVisible()).toBe(false);
  expect(await page.getByLabel(reflectionUi.shareLink).inputValue()).toMatch(/reflectie=1\.\d+\.\w{4}\.B-/);
});

test('Team: a pasted team link is compared; Back gives the empty form at the page’s address', async ({
  page,
  site,
}) => {
  const hash = await shareLink(page, site.root);
  const own = `${site.root}team/`;
  await page.goto(own);
  const result = page.locator('[data-resultaat]');
  expect(await result.isVisible()).toBe(false);

  await paste(page, hash);
  await expect.poll(() => result.isVisible()).toBe(true);
  expect(await page.locator('[data-leden] input[data-naam]').first().inputValue()).toBe('Els');

  await page.goBack();
  await expect.poll(() => result.isVisible()).toBe(false);
  expect(page.url()).toBe(own);
  expect(await page.locator('[data-leden] input[data-naam]').first().inputValue()).toBe('');
  expect(await page.locator('team-agenda').isVisible()).toBe(false);
});
