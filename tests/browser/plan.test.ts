import { existsSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { agendaUi, passagesUi, planElementUi, planUi, reflectionUi, roleReaderUi } from '~/i18n/nl';
import { expect, test } from '../support/browser';
import { axeViolations } from '../support/axe';
import { readPage } from '../support/site';

/**
 * Mijn plan, reading as a role and the team agenda, as a reader uses them in Chromium against
 * the built site. What the plan must show is read from the content and the built answer pages.
 */

const methodTitle = (answerFile: string) => {
  const id = /^werkvormen: \[([^\],]+)/m.exec(readFileSync(`content/antwoorden/${answerFile}`, 'utf8'))![1]!;
  const file = [`content/werkvormen/${id}.md`, `content/werkvormen/${id}.mdx`].find((f) => existsSync(f))!;
  return /^titel: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!.replace(/^["']|["']$/g, '');
};
/** The passage titles an answer's own page shows. */
const passageTitles = (page: string) =>
  [
    ...readPage(page).matchAll(/<span class="passage-source">[^<]*<\/span>\s*<a [^>]*>\s*([^<]+?)\s*<\/a>/g),
  ].map((m) => m[1]!);

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

const plan = (page: Page, id: string) => page.locator(`[data-plan-vraag="${id}"]`);

test('choosing A on two questions gives a plan with their werkvormen and the other sources’ passages', async ({
  context,
  page,
  site,
  pageErrors,
}) => {
  await choose(context, site.root, 'start', { 2: 'A', 3: 'A' });
  await page.goto(`${site.root}fasen/start/`);
  await page.getByRole('link', { name: planUi.linkFromPhase }).click();
  await page.waitForURL(/\/mijn-plan\/$/);

  for (const [id, file] of [
    ['start/vraag-2', 'start/vraag-2-a.mdx'],
    ['start/vraag-3', 'start/vraag-3-a.mdx'],
  ] as const) {
    const item = plan(page, id);
    await expect.poll(() => item.isVisible()).toBe(true);
    expect(await item.getByRole('link', { name: methodTitle(file) }).isVisible(), id).toBe(true);
    const titles = passageTitles(`fasen/${id}/a/index.html`);
    expect(titles.length, id).toBeGreaterThanOrEqual(3);
    for (const title of titles)
      expect(await item.getByRole('link', { name: title }).first().isVisible(), title).toBe(true);
    expect(await item.getByRole('heading', { name: passagesUi.title }).isVisible()).toBe(true);
    expect(await item.locator(':scope > [data-letter="B"]').isVisible()).toBe(false);
  }
  // Not answered: listed as such, and not in the plan.
  expect(await plan(page, 'start/vraag-1').isVisible()).toBe(false);
  const open = page.getByRole('region', { name: reflectionUi.openTitle });
  expect(await open.getByRole('link', { name: /Vraag 1: Is er een kartrekker/ }).isVisible()).toBe(true);
  expect(pageErrors).toEqual([]);
});

test('an answer B shows its aandachtspunten or opening, without werkvormen', async ({
  context,
  page,
  site,
}) => {
  await choose(context, site.root, 'financiering', { 1: 'B' });
  await page.goto(`${site.root}mijn-plan/`);
  const item = plan(page, 'financiering/vraag-1');
  await expect.poll(() => item.isVisible()).toBe(true);
  expect(await item.getByRole('heading', { name: 'Aandachtspunten' }).isVisible()).toBe(true);
  expect(await item.getByRole('heading', { name: planUi.methods }).count()).toBe(0);
});

test('the plan prints without navigation or controls, with the reader’s name and the date', async ({
  context,
  page,
  site,
}) => {
  await choose(context, site.root, 'start', { 2: 'A' });
  await page.goto(`${site.root}mijn-plan/`);
  await page.getByLabel(planUi.nameLabel).fill('Els de Vries');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('header.site-header').isVisible()).toBe(false);
  expect(await page.locator('nav').first().isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: planUi.print }).isVisible()).toBe(false);
  expect(await page.getByLabel(planUi.nameLabel).isVisible()).toBe(false);
  expect(await page.getByText(planElementUi.planOf.replace('{naam}', 'Els de Vries')).isVisible()).toBe(true);
  const year = String(new Date().getFullYear());
  expect(
    await page.getByText(new RegExp(`^${planElementUi.madeOn.replace('{datum}', '')}.*${year}$`)).isVisible(),
  ).toBe(true);
  expect(await plan(page, 'start/vraag-2').isVisible()).toBe(true);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});

test('a share link opens the sharer’s plan, read-only, under the sub-path too', async ({ browser, site }) => {
  for (const root of [site.root, site.subPath]) {
    const sharer = await browser.newContext();
    await choose(sharer, root, 'platform', { 1: 'A' });
    const own = await sharer.newPage();
    await own.goto(`${root}mijn-reflectie/`);
    await own.getByLabel(reflectionUi.shareName).fill('Jan');
    const link = await own.getByLabel(reflectionUi.shareLink).inputValue();
    await sharer.close();

    const reader = await browser.newContext();
    const page = await reader.newPage();
    await page.goto(link.replace('/mijn-reflectie/', '/mijn-plan/'));
    const item = plan(page, 'platform/vraag-1');
    await expect.poll(() => item.isVisible()).toBe(true);
    expect(await item.getByRole('link', { name: methodTitle('platform/vraag-1-a.mdx') }).isVisible()).toBe(
      true,
    );
    expect(await page.getByText(planElementUi.sharedBy.replace('{naam}', 'Jan')).isVisible()).toBe(true);
    expect(await page.getByLabel(planUi.nameLabel).isVisible()).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('handboek-reflectie'))).toBeNull();
    await reader.close();
  }
});

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
  const visible = () => page.locator('.passages > li:visible').count();
  expect(await visible()).toBe(total);

  await page.getByLabel(passagesUi.roleLabel).selectOption('gemeente');
  const shown = await visible();
  expect(shown).toBeGreaterThan(0);
  expect(shown).toBeLessThan(total);
  for (const roles of await page
    .locator('.passages > li:visible')
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

test('the filled-in plan and the narrowed phase page pass axe and fit a 320 px screen', async ({
  context,
  page,
  site,
}) => {
  await choose(context, site.root, 'start', { 1: 'A', 2: 'B' });
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [path, prepare] of [
    ['mijn-plan/', () => expect.poll(() => plan(page, 'start/vraag-1').isVisible()).toBe(true)],
    ['fasen/start/', () => page.getByLabel(passagesUi.roleLabel).selectOption('burger')],
  ] as const) {
    await page.goto(site.root + path);
    await prepare();
    expect(await axeViolations(page, path)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});
