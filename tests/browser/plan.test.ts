import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { agendaUi, passagesUi, reflectionUi, roleReaderUi } from '~/i18n/nl';
import { expect, test } from '../support/browser';
import { axeViolations } from '../support/axe';

/**
 * Reading as a role and the team agenda, as a reader uses them in Chromium against the built
 * site. Mijn plan itself: tests/browser/my-plan.test.ts.
 */

const methodTitle = (answerFile: string) => {
  const id = /^werkvormen: \[([^\],]+)/m.exec(readFileSync(`content/antwoorden/${answerFile}`, 'utf8'))![1]!;
  const file = [`content/werkvormen/${id}.md`, `content/werkvormen/${id}.mdx`].find((f) => existsSync(f))!;
  return /^titel: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!.replace(/^["']|["']$/g, '');
};
async function choose(
  context: BrowserContext,
  site: string,
  phase: string,
  choices: Record<number, 'A' | 'B'>,
) {
  const page = await context.newPage();
  await page.goto(`${site}fasen/${phase}/`);
  for (const [n, letter] of Object.entries(choices))
    await page
      .locator(`#vraag-${n}`)
      .getByRole('button', { name: new RegExp(`^Antwoord ${letter}`) })
      .click();
  await page.close();
}

test('"Ik lees als" narrows the passages to a role, is remembered and announced, and is undone with one click', async ({
  page,
  site,
  pageErrors,
}) => {
  await page.goto(`${site.root}fasen/start/`);
  // The passages come with the chosen answers' advice, fetched from the answer pages.
  const answered = page.locator('.advice:not([hidden]) [data-inhoud][data-state="klaar"]');
  const buttons = page.locator('button.choice[data-letter="A"]');
  for (const button of await buttons.all()) await button.click();
  await expect.poll(() => answered.count()).toBe(await buttons.count());
  const passages = page.locator('.passages > li');
  const total = await passages.count();
  // Shown to the reader's role (folded background passages included): not hidden by the role reader.
  const visible = () => page.locator('.passages > li:not([hidden])').count();
  expect(await visible()).toBe(total);

  await page.getByLabel(passagesUi.roleLabel).selectOption('gemeente');
  const shown = await visible();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const roles of await page
    .locator('.passages > li:not([hidden])')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-rollen'))))
    expect(roles).toContain('gemeente');
  expect(
    await page
      .getByRole('status')
      .filter({ hasText: /gemeente/ })
      .textContent(),
  ).toContain(`${shown} van de ${total}`);

  // A question none of whose passages serves the role says so, instead of showing an empty list:
  // checked for every role the reader can choose.
  const notesMatch = () =>
    page.locator('.other-sources').evaluateAll((blocks) =>
      blocks.map((b) => {
        const empty = b.querySelectorAll('.passages > li:not([hidden])').length === 0;
        const note = b.querySelector<HTMLElement>('[data-geen-rol]');
        return note !== null && note.hidden !== empty;
      }),
    );
  const roles = await page
    .getByLabel(passagesUi.roleLabel)
    .locator('option')
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  for (const role of roles) {
    await page.getByLabel(passagesUi.roleLabel).selectOption(role);
    const blocks = await notesMatch();
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks, role).toEqual(blocks.map(() => true));
  }
  await page.getByLabel(passagesUi.roleLabel).selectOption('gemeente');

  await page.reload();
  // The advice arrives after the page has loaded; it is narrowed as it comes.
  await expect.poll(() => answered.count()).toBe(await buttons.count());
  expect(await visible()).toBe(shown);
  expect(await page.getByLabel(passagesUi.roleLabel).inputValue()).toBe('gemeente');

  await page.getByRole('button', { name: passagesUi.roleUndo }).click();
  expect(await visible()).toBe(total);
  expect(await page.getByRole('status').filter({ hasText: roleReaderUi.roleCleared }).count()).toBe(1);
  expect(pageErrors).toEqual([]);
});

test('the team agenda lists the questions members differ on, each with its werkvormen', async ({
  browser,
  page,
  site,
}) => {
  const links: string[] = [];
  for (const [name, letter] of [
    ['Els', 'A'],
    ['Jan', 'B'],
  ] as const) {
    const member = await browser.newContext();
    await choose(member, site.root, 'start', { 3: letter, 1: 'A' });
    const own = await member.newPage();
    await own.goto(`${site.root}mijn-reflectie/`);
    await own.getByLabel(reflectionUi.shareName).fill(name);
    links.push(await own.getByLabel(reflectionUi.shareLink).inputValue());
    await member.close();
  }
  await page.goto(
    `${site.root}team/${links
      .map((l) => l.slice(l.indexOf('#')))
      .join('&')
      .replace(/&#/g, '&')}`,
  );
  const agenda = page.locator('team-agenda');
  await expect.poll(() => agenda.isVisible()).toBe(true);
  const items = agenda.locator('[data-agenda] > li');
  expect(await items.count()).toBe(1);
  expect(await items.first().textContent()).toContain('Vraag 3');
  expect(
    await items
      .first()
      .getByRole('link', { name: methodTitle('start/vraag-3-a.mdx') })
      .isVisible(),
  ).toBe(true);
  expect(await agenda.getByRole('heading', { name: agendaUi.title }).isVisible()).toBe(true);
});

test('the narrowed phase page passes axe and fits a 320 px screen', async ({ page, site }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${site.root}fasen/start/`);
  await page.getByLabel(passagesUi.roleLabel).selectOption('burger');
  expect(await axeViolations(page, 'fasen/start/')).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
