import type { Page } from 'playwright-core';
import { answerUi, planElementUi as t, reflectionUi } from '~/i18n/nl';
import type { Answers } from '~/lib/answers';
import { expect, test } from '../support/browser';
import { axeViolations } from '../support/axe';
import {
  allAnswered,
  expectedSections,
  ISSUE_COMBINATION,
  opening,
  questionIds,
  storeAnswers,
} from '../support/plan';

/**
 * Mijn plan as a reader uses it, in Chromium against the built site: the advice of every answer
 * as steps (checked against the answers' MDX, for all 24 answers), the passages, ticking and
 * reloading, share links with ticks, and the address (pasted links, Back).
 */

const plan = (page: Page, id: string) => page.locator(`[data-plan-vraag="${id}"]`);
/** Text as the reader sees it; the site sets quotes typographically (' → ’). */
const norm = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/ ?↗ \(externe website\)/g, '')
    .trim();
const answerId = (id: string, answers: Answers) => `${id}-${answers[id]!.toLowerCase()}`;

async function openPlan(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[data-plan-vraag]').first().waitFor();
}

/** What the plan shows under a question: opening, section headings with their step texts, passages. */
const shown = (page: Page, id: string) =>
  plan(page, id).evaluate((article) => ({
    lead: article.querySelector('.lead')?.textContent ?? '',
    nextAfterLead: article.querySelector('.lead')?.nextElementSibling?.tagName ?? '',
    sections: [...article.querySelectorAll('h4')]
      .filter((h) => h.nextElementSibling?.classList.contains('plan-stappen'))
      .map((h) => ({
        title: h.textContent ?? '',
        items: [...h.nextElementSibling!.querySelectorAll('.plan-stap-tekst')].map(
          (s) => s.textContent ?? '',
        ),
      })),
    passages: [...article.querySelectorAll('.passages > li .passage-head a')].map((a) =>
      a.getAttribute('href'),
    ),
  }));

for (const [name, answers] of [
  ['every answer A', allAnswered('A')],
  ['every answer B', allAnswered('B')],
  ['the combination of issue 26', ISSUE_COMBINATION],
] as const)
  test(`${name}: per question the whole advice of that answer as steps, at most 3 passages, none twice`, async ({
    context,
    page,
    site,
    pageErrors,
  }) => {
    await storeAnswers(context, answers);
    await openPlan(page, `${site.root}mijn-plan/`);
    const seen = new Set<string>();
    for (const id of questionIds()) {
      const answer = answerId(id, answers);
      const got = await shown(page, id);
      const want = expectedSections(answer);
      expect(want.length, answer).toBeGreaterThan(0);
      expect(
        got.sections.map((s) => ({ title: s.title, items: s.items.map(norm) })),
        answer,
      ).toEqual(want);
      // The opening is shown, and what its "hieronder" refers to (the steps) follows right after it.
      expect(norm(got.lead), answer).toBe(norm(opening(answer)));
      expect(got.nextAfterLead, answer).toBe('H4');
      // "de werkvorm functieanalyse hieronder" (platform 1B): that werkvorm is one of the steps.
      const named = /werkvorm (\S+) hieronder/i.exec(opening(answer))?.[1];
      if (named)
        expect(got.sections.find((s) => s.title === 'Werkvormen')?.items.join(' '), answer).toMatch(
          new RegExp(named, 'i'),
        );
      expect(got.passages.length, answer).toBeLessThanOrEqual(3);
      for (const href of got.passages) {
        expect(seen.has(href!), `${answer}: ${href} twice`).toBe(false);
        seen.add(href!);
      }
    }
    expect(pageErrors).toEqual([]);
  });

test('the combination: every question with passages, the answer page one link away; axe and 320 px', async ({
  context,
  page,
  site,
}) => {
  await storeAnswers(context, ISSUE_COMBINATION);
  await page.setViewportSize({ width: 320, height: 640 });
  await openPlan(page, `${site.root}mijn-plan/`);
  for (const id of questionIds()) {
    const letter = ISSUE_COMBINATION[id]!;
    const [phase, n] = id.split('/vraag-');
    const link = plan(page, id).getByRole('link', { name: reflectionUi.fullAdvice(letter) });
    expect(await link.getAttribute('href'), id).toBe(`/fasen/${phase}/vraag-${n}/${letter.toLowerCase()}/`);
  }
  expect(await page.locator('.passages > li').count()).toBeGreaterThan(12);
  expect(await axeViolations(page, 'mijn-plan/')).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('ticking steps: counted per phase, "Volgende stap" moves on, kept after a reload', async ({
  context,
  page,
  site,
}) => {
  await storeAnswers(context, { 'start/vraag-1': 'A', 'platform/vraag-2': 'B' });
  await openPlan(page, `${site.root}mijn-plan/`);
  const start = page.locator('[data-plan-fase="start"]');
  const boxes = start.getByRole('checkbox', { name: t.done });
  const total = await boxes.count();
  expect(total).toBe(expectedSections('start/vraag-1-a').flatMap((s) => s.items).length);
  const count = start.locator('.plan-telling');
  expect(await count.textContent()).toBe(`0 van ${total} gedaan`);
  const next = page.getByRole('region', { name: t.nextTitle });
  const firstStep = norm((await start.locator('.plan-stap-tekst').first().textContent())!);
  expect(norm((await next.getByRole('link').textContent())!)).toBe(firstStep);

  await boxes.nth(0).check();
  await boxes.nth(2).check();
  expect(await count.textContent()).toBe(`2 van ${total} gedaan`);
  const secondStep = norm((await start.locator('.plan-stap-tekst').nth(1).textContent())!);
  expect(norm((await next.getByRole('link').textContent())!)).toBe(secondStep);

  // All of start done: the next step is the first of the next phase in the plan.
  for (let i = 0; i < total; i++) await boxes.nth(i).check();
  const platformFirst = norm(
    (await page.locator('[data-plan-fase="platform"] .plan-stap-tekst').first().textContent())!,
  );
  expect(norm((await next.getByRole('link').textContent())!)).toBe(platformFirst);
  await boxes.nth(1).uncheck();

  await page.reload();
  await page.locator('[data-plan-vraag]').first().waitFor();
  expect(await count.textContent()).toBe(`${total - 1} van ${total} gedaan`);
  expect(await boxes.nth(1).isChecked()).toBe(false);
  expect(await boxes.nth(0).isChecked()).toBe(true);
});

test('a share link carries the ticks: the plan opens read-only with them; a link without ticks still works', async ({
  browser,
  site,
}) => {
  for (const root of [site.root, site.subPath]) {
    const sharer = await browser.newContext();
    await storeAnswers(sharer, { 'platform/vraag-1': 'A', 'start/vraag-2': 'B' });
    const own = await sharer.newPage();
    await openPlan(own, `${root}mijn-plan/`);
    const ownBoxes = own.getByRole('checkbox', { name: t.done });
    await ownBoxes.nth(1).check();
    await ownBoxes.nth(4).check();
    await own.goto(`${root}mijn-reflectie/`);
    await own.getByLabel(reflectionUi.shareName).fill('Jan');
    const link = await own.getByLabel(reflectionUi.shareLink).inputValue();
    expect(link).toMatch(/&gedaan=/);
    await sharer.close();

    const reader = await browser.newContext();
    const page = await reader.newPage();
    await openPlan(page, link.replace('/mijn-reflectie/', '/mijn-plan/'));
    expect(await page.getByText(t.sharedBy.replace('{naam}', 'Jan')).isVisible()).toBe(true);
    const boxes = page.getByRole('checkbox', { name: t.done });
    const states = await boxes.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).checked));
    expect(states.flatMap((c, i) => (c ? [i] : []))).toEqual([1, 4]);
    expect(await boxes.first().isDisabled()).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);

    // A link made before ticks existed (no "gedaan="): the same plan, nothing ticked.
    await openPlan(page, link.replace('/mijn-reflectie/', '/mijn-plan/').replace(/&gedaan=.*$/, ''));
    await page.reload();
    await page.locator('[data-plan-vraag]').first().waitFor();
    expect(await plan(page, 'platform/vraag-1').isVisible()).toBe(true);
    expect(await page.locator('[data-stap]:checked').count()).toBe(0);
    await reader.close();
  }
});

test('a share link pasted into the address of an open plan is shown; Back returns to one’s own plan and address', async ({
  browser,
  context,
  page,
  site,
}) => {
  const sharer = await browser.newContext();
  await storeAnswers(sharer, { 'monitoring/vraag-1': 'A' });
  const other = await sharer.newPage();
  await other.goto(`${site.root}mijn-reflectie/`);
  await other.getByLabel(reflectionUi.shareName).fill('Els');
  const link = await other.getByLabel(reflectionUi.shareLink).inputValue();
  await sharer.close();

  await storeAnswers(context, { 'start/vraag-1': 'B' });
  const own = `${site.root}mijn-plan/`;
  await openPlan(page, own);
  expect(await plan(page, 'start/vraag-1').isVisible()).toBe(true);
  await page.evaluate((hash) => (location.hash = hash), link.slice(link.indexOf('#')));
  await expect.poll(() => plan(page, 'monitoring/vraag-1').isVisible()).toBe(true);
  expect(await plan(page, 'start/vraag-1').count()).toBe(0);
  expect(await page.getByText(t.sharedBy.replace('{naam}', 'Els')).isVisible()).toBe(true);

  await page.goBack();
  await expect.poll(() => plan(page, 'start/vraag-1').isVisible()).toBe(true);
  expect(page.url()).toBe(own);
  expect(await page.locator('[data-gedeeld]').isVisible()).toBe(false);
});

test('clearing the answers asks whether to clear the ticks too', async ({ context, page, site }) => {
  for (const clearTicks of [false, true]) {
    await storeAnswers(context, { 'start/vraag-1': 'A' });
    await openPlan(page, `${site.root}mijn-plan/`);
    await page.getByRole('checkbox', { name: t.done }).first().check();
    await page.goto(`${site.root}mijn-reflectie/`);
    await page.getByRole('button', { name: reflectionUi.reset }).click();
    await page.getByRole('button', { name: answerUi.resetYes }).click();
    const question = page.getByRole('dialog');
    await expect.poll(() => question.textContent()).toContain(answerUi.resetTicksConfirm.replace('{n}', '1'));
    await question
      .getByRole('button', { name: clearTicks ? answerUi.resetTicksYes : answerUi.resetTicksNo })
      .click();
    await expect.poll(() => page.evaluate(() => localStorage.getItem('handboek-reflectie'))).toBeNull();
    expect(
      await page.evaluate(() => localStorage.getItem('handboek-plan-gedaan')),
      String(clearTicks),
    ).toEqual(clearTicks ? null : expect.stringContaining('start/vraag-1-a.0'));
    await page.evaluate(() => (localStorage.clear(), sessionStorage.clear()));
  }
});
