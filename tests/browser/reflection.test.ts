import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { answerUi, overviewUi, passagesUi, reflectionUi as t, shareProblems, teamUi, ui } from '~/i18n/nl';
import type { AnswerLetter } from '~/schemas/vocabulary';
import { axeViolations } from '../support/axe';
import { describe, expect, test } from '../support/browser';
import { questionCount } from '../support/content';

/** From content/, so a question added or removed does not break these tests. */
const total = questionCount();
import { DIST, rootSite, subPathSite } from '../support/site';

/**
 * The A/B decision aid as a reader and a team use it, in real Chromium against the built site:
 * answering on a phase page, keeping answers, Mijn reflectie, share links, the team
 * comparison, bad links and damaged storage, no JavaScript, keyboard only, 320 px, axe.
 */

const STORAGE_KEY = 'handboek-reflectie';
const inleiding = (file: string) =>
  /^inleiding: (.*)$/m
    .exec(readFileSync(join('content/antwoorden', file), 'utf8'))![1]!
    .replace(/^["']/, '')
    .slice(0, 60);

/**
 * Errors in the page (CSP violations included) fail the test that caused them: emptied before
 * each test, checked after it. Contexts come from the `newContext` fixture, which closes them
 * after each test, also one that failed.
 */
let errors: string[] = [];
beforeEach(() => {
  errors = [];
});
afterEach(() => {
  expect(errors, 'fouten in de pagina').toEqual([]);
});

async function open(context: BrowserContext, path: string, site = rootSite()): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${path}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${path}: ${m.text()}`);
  });
  await page.goto(site + path);
  return page;
}

const question = (page: Page, n: number) => page.locator(`#vraag-${n}`);
const choice = (q: Locator, letter: AnswerLetter) =>
  q.getByRole('button', { name: new RegExp(`^Antwoord ${letter}`) });
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

/** Answers on phase pages: { 'start': { 1: 'A' } } */
async function answer(context: BrowserContext, choices: Record<string, Record<number, AnswerLetter>>) {
  for (const [phase, byNumber] of Object.entries(choices)) {
    const page = await open(context, `fasen/${phase}/`);
    for (const [n, letter] of Object.entries(byNumber))
      await choice(question(page, Number(n)), letter).click();
    await page.close();
  }
}

/** The share link from Mijn reflectie, with this name in it. */
async function shareLink(context: BrowserContext, name: string, site = rootSite()) {
  const page = await open(context, 'mijn-reflectie/', site);
  await page.getByLabel(t.shareName).fill(name);
  const link = await page.getByLabel(t.shareLink).inputValue();
  await page.close();
  return link;
}

const axe = async (page: Page, label: string) => expect(await axeViolations(page, label)).toEqual([]);

describe('on a phase page', () => {
  test('choosing an answer shows its advice, marks the choice, announces it and keeps it after a reload', async ({
    newContext,
  }) => {
    const context = await newContext();
    const page = await open(context, 'fasen/start/');
    const q1 = question(page, 1);
    await expect.poll(() => q1.locator('.choices a').first().isVisible()).toBe(false);
    expect(
      await q1.locator('.advice').evaluateAll((all) => all.filter((a) => !(a as HTMLElement).hidden).length),
    ).toBe(0);

    await choice(q1, 'A').click();
    expect(await choice(q1, 'A').getAttribute('aria-pressed')).toBe('true');
    expect(await choice(q1, 'B').getAttribute('aria-pressed')).toBe('false');
    expect(await q1.locator('.advice[data-letter="A"]').isVisible()).toBe(true);
    expect(await q1.locator('.advice[data-letter="B"]').isVisible()).toBe(false);
    // The advice itself comes from the answer page, fetched when the answer is chosen.
    await expect
      .poll(() => q1.locator('.advice[data-letter="A"]').innerText())
      .toContain(inleiding('start/vraag-1-a.mdx'));
    expect(await q1.getByText(answerUi.yourAnswer('A')).isVisible()).toBe(true);
    expect(await page.locator('reflectie-voortgang [data-tekst]').innerText()).toBe(
      `In deze fase 1 van ${questionCount('start')}. In totaal 1 van ${total} vragen beantwoord.`,
    );
    expect(await page.locator('reflectie-voortgang').getByRole('status').textContent()).toBe(
      `Vraag 1: antwoord A gekozen en bewaard. In totaal 1 van ${total} vragen beantwoord.`,
    );

    // Change the answer, then take it back by pressing the chosen one again.
    await choice(q1, 'B').click();
    expect(await q1.locator('.advice[data-letter="B"]').isVisible()).toBe(true);
    expect(await q1.locator('.advice[data-letter="A"]').isVisible()).toBe(false);
    await choice(question(page, 3), 'A').click();
    await choice(question(page, 3), 'A').click();
    expect(await choice(question(page, 3), 'A').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('reflectie-voortgang').getByRole('status').textContent()).toContain(
      'Vraag 3: antwoord gewist.',
    );
    await axe(page, 'fase met antwoord');

    await page.reload();
    expect(await choice(question(page, 1), 'B').getAttribute('aria-pressed')).toBe('true');
    expect(await question(page, 1).locator('.advice[data-letter="B"]').isVisible()).toBe(true);
    expect(await page.locator('reflectie-voortgang [data-tekst]').innerText()).toContain(
      `In totaal 1 van ${total}`,
    );
  });

  test('the phase page carries no advice until an answer is chosen; then it comes from the answer page, fitted in, with the other answer one link away', async ({
    newContext,
  }) => {
    const context = await newContext();
    const fetched: string[] = [];
    context.on('request', (r) => {
      if (r.resourceType() === 'fetch') fetched.push(new URL(r.url()).pathname);
    });
    const page = await open(context, 'fasen/start/');
    await page.waitForLoadState('networkidle');
    expect(fetched, 'nothing fetched before an answer').toEqual([]);
    expect(await page.locator('main').innerText()).not.toContain(inleiding('start/vraag-1-a.mdx'));
    expect(await page.locator('.passages').count()).toBe(0);

    for (const n of [1, 2]) await choice(question(page, n), 'A').click();
    const advice = (n: number) => question(page, n).locator('.advice[data-letter="A"]');
    await expect.poll(() => advice(2).innerText()).toContain(inleiding('start/vraag-2-a.mdx'));
    await expect.poll(() => advice(1).locator('.passages > li').count()).toBeGreaterThan(0);
    expect(fetched).toEqual(['/fasen/start/vraag-1/a/', '/fasen/start/vraag-2/a/']);
    // Under the question's h2: the advice's headings are h3, and two answered questions share no id.
    expect(await advice(1).locator('h2').count()).toBe(0);
    expect(await advice(1).getByRole('heading', { level: 3 }).count()).toBeGreaterThan(1);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(ids.length).toBe(new Set(ids).size);
    await advice(1)
      .getByRole('link', { name: ui.otherAnswer('B') })
      .click();
    await page.waitForURL('**/fasen/start/vraag-1/b/');
  });

  test('"Meer uit de bronnen" fetches a source\'s list when it is opened, narrowed to the chosen role; without JavaScript it links to that list', async ({
    newContext,
    noScriptPage,
  }) => {
    const context = await newContext();
    const page = await open(context, 'fasen/start/');
    await page.getByLabel(passagesUi.roleLabel).selectOption('welzijnsprofessional');
    const group = page.locator('.more-sources details').filter({ hasText: /^Interviews/ });
    const total = Number(/\((\d+) passages\)/.exec(await group.locator('summary').innerText())![1]);
    await group.locator('summary').click();
    await expect.poll(() => group.locator('li').count()).toBe(total);
    const shown = await group
      .locator('li:visible')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-rollen')));
    expect(shown.length).toBeGreaterThan(0);
    for (const roles of shown) expect(roles).toContain('welzijnsprofessional');

    await noScriptPage.goto(rootSite() + 'fasen/start/');
    const plain = noScriptPage.locator('.more-sources details').filter({ hasText: /^Interviews/ });
    await plain.locator('summary').click();
    await plain.getByRole('link', { name: passagesUi.moreOpen(total) }).click();
    await noScriptPage.waitForURL('**/fasen/start/meer/#meer-interviews');
    expect(await noScriptPage.locator('#meer-interviews li').count()).toBe(total);
  });

  test('under a sub-path the advice and the lists of "Meer uit de bronnen" come from that sub-path', async ({
    newContext,
  }) => {
    const context = await newContext();
    const page = await open(context, 'fasen/start/', subPathSite());
    await choice(question(page, 1), 'B').click();
    const advice = question(page, 1).locator('.advice[data-letter="B"]');
    await expect.poll(() => advice.innerText()).toContain(inleiding('start/vraag-1-b.mdx'));
    expect(await advice.locator('.passages a').first().getAttribute('href')).toMatch(
      /^\/handboek\/bronnen\//,
    );
    const group = page.locator('.more-sources details').first();
    await group.locator('summary').click();
    await expect.poll(() => group.locator('li').count()).toBeGreaterThan(0);
    expect(await group.locator('li a').first().getAttribute('href')).toMatch(/^\/handboek\/bronnen\//);
  });

  test('an advice that cannot be fetched says so, and its own page stays one link away', async ({
    newContext,
  }) => {
    const context = await newContext();
    const page = await open(context, 'fasen/start/');
    await context.route('**/fasen/start/vraag-1/b/', (route) => route.abort());
    errors = [];
    await choice(question(page, 1), 'B').click();
    const advice = question(page, 1).locator('.advice[data-letter="B"]');
    await expect.poll(() => advice.innerText()).toContain(answerUi.adviceNotLoaded);
    expect(await advice.getByRole('link', { name: t.adviceOwnPage('B') }).getAttribute('href')).toBe(
      '/fasen/start/vraag-1/b/',
    );
    // The failed request is the one error the browser reports; nothing else went wrong.
    expect(errors.every((e) => e.includes('Failed to load resource'))).toBe(true);
    errors = [];
  });

  test('"Alles wissen" asks first, and only wipes after yes', async ({ newContext }) => {
    const context = await newContext();
    await answer(context, { start: { 1: 'A', 2: 'B' } });
    const page = await open(context, 'fasen/start/');
    await page.getByRole('button', { name: t.reset }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(answerUi.resetConfirm);
    await axe(page, 'wis-dialoog');
    await dialog.getByRole('button', { name: t.cancel }).click();
    expect(await choice(question(page, 1), 'A').getAttribute('aria-pressed')).toBe('true');

    await page.getByRole('button', { name: t.reset }).click();
    await dialog.getByRole('button', { name: answerUi.resetYes }).click();
    // The dialog's "close" event, and so the wipe, comes a moment after the click.
    await expect.poll(() => choice(question(page, 1), 'A').getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('reflectie-voortgang').getByRole('status').textContent()).toContain(
      answerUi.resetDone,
    );
    expect(await stored(page)).toBeNull();
  });

  test('an answer page offers "bewaar dit als mijn antwoord"', async ({ newContext }) => {
    const context = await newContext();
    await answer(context, { start: { 2: 'A' } });
    const page = await open(context, 'fasen/start/vraag-2/b/');
    expect(await page.getByText(answerUi.savedOther('A')).isVisible()).toBe(true);
    await page.getByRole('button', { name: t.saveThis('B') }).click();
    expect(await page.getByText(answerUi.savedThis('B')).isVisible()).toBe(true);
    const phase = await open(context, 'fasen/start/');
    expect(await choice(question(phase, 2), 'B').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('Mijn reflectie', () => {
  test('shows every answer by phase with its opening paragraph and a link to the advice, and lists the rest', async ({
    newContext,
  }) => {
    const context = await newContext();
    await answer(context, { start: { 1: 'B' }, monitoring: { 2: 'A' } });
    const page = await open(context, 'mijn-reflectie/');
    expect(await page.getByText(`2 van ${total} vragen beantwoord.`).isVisible()).toBe(true);
    const phases = page.locator('.reflectie-fase:not([hidden]) h2');
    expect(await phases.allInnerTexts()).toEqual([
      expect.stringMatching(/^Reflectie 1: /),
      expect.stringMatching(/^Reflectie 5: /),
    ]);
    const item = page.locator('.reflectie-antwoorden li[data-vraag="start/vraag-1"]');
    expect(await item.innerText()).toContain(inleiding('start/vraag-1-b.mdx'));
    expect(await item.innerText()).not.toContain(inleiding('start/vraag-1-a.mdx'));
    const open12 = page.locator('[data-open] li:not([hidden])');
    expect(await open12.count()).toBe(total - 2);
    expect(await open12.first().getByRole('link').getAttribute('href')).toBe('/fasen/start/#vraag-2');
    await axe(page, 'mijn reflectie');

    await item.getByRole('link', { name: t.fullAdvice('B') }).click();
    await page.waitForURL('**/fasen/start/vraag-1/b/');
  });

  test('prints the answers without controls', async ({ newContext }) => {
    const context = await newContext();
    await answer(context, { start: { 1: 'A' } });
    const page = await open(context, 'mijn-reflectie/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.reflectie-antwoorden li[data-vraag="start/vraag-1"]').isVisible()).toBe(true);
    for (const control of [t.reset, t.copy])
      expect(await page.getByRole('button', { name: control }).isVisible()).toBe(false);
    expect(await page.getByLabel(t.shareLink).isVisible()).toBe(false);
  });
});

describe('share links', () => {
  test("open read-only in a fresh browser, and become the reader's own only when adopted and confirmed", async ({
    newContext,
  }) => {
    const els = await newContext();
    await answer(els, { start: { 1: 'A', 2: 'B' }, platform: { 1: 'A' } });
    const link = await shareLink(els, 'Els');
    expect(link).toMatch(new RegExp(`^${rootSite()}mijn-reflectie/#naam=Els&reflectie=1\\.${total}\\.`));

    const other = await newContext();
    await answer(other, { start: { 1: 'B' } });
    const page = await open(other, link.slice(rootSite().length));
    const before = await stored(page);
    expect(await page.getByText(overviewUi.sharedBy.replace('{naam}', 'Els')).isVisible()).toBe(true);
    expect(await page.getByText(`3 van ${total} vragen beantwoord.`).isVisible()).toBe(true);
    expect(await page.locator('.reflectie-antwoorden li[data-vraag="platform/vraag-1"]').isVisible()).toBe(
      true,
    );
    expect(await page.getByLabel(t.shareLink).isVisible()).toBe(false);
    await axe(page, 'gedeelde antwoorden');

    // Adopting replaces the reader's own answer: it asks; "Annuleren" leaves everything.
    await page.getByRole('button', { name: t.adopt }).click();
    await page.getByRole('dialog').getByRole('button', { name: t.cancel }).click();
    expect(await stored(page)).toBe(before);
    await page.getByRole('button', { name: t.adopt }).click();
    expect(await page.getByRole('dialog').innerText()).toContain(
      `U had 1 van de ${total} vragen beantwoord; in de link zijn het er 3.`,
    );
    await page.getByRole('dialog').getByRole('button', { name: overviewUi.adoptYes }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    expect(await page.getByText(t.sharedReadOnly).isVisible()).toBe(false);
    expect(await page.getByRole('status').filter({ hasText: overviewUi.adopted }).count()).toBe(1);
    expect(JSON.parse((await stored(page))!).antwoorden).toEqual({
      'start/vraag-1': 'A',
      'start/vraag-2': 'B',
      'platform/vraag-1': 'A',
    });
    const phase = await open(other, 'fasen/start/');
    expect(await choice(question(phase, 2), 'B').getAttribute('aria-pressed')).toBe('true');
  });

  test("a tampered or cut link says what is wrong in Dutch, and the reader's own answers stay", async ({
    newContext,
  }) => {
    const els = await newContext();
    await answer(els, { start: { 1: 'A' } });
    const link = await shareLink(els, '');
    const tampered = link.replace(new RegExp(`(reflectie=1\\.${total}\\.[0-9a-z]{4}\\.)A`), '$1B');
    expect(tampered).not.toBe(link);

    const reader = await newContext();
    await answer(reader, { financiering: { 1: 'B' } });
    const page = await open(reader, tampered.slice(rootSite().length));
    const before = await stored(page);
    const alert = page.getByRole('alert').filter({ hasText: overviewUi.linkUnreadable.split(' {')[0]! });
    expect(await alert.innerText()).toContain(shareProblems.controle);
    expect(
      await page.locator('.reflectie-antwoorden li[data-vraag="financiering/vraag-1"]').isVisible(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: t.adopt }).isVisible()).toBe(false);
    await axe(page, 'beschadigde link');

    await page.goto(link.slice(0, -4));
    expect(await alert.innerText()).toContain(shareProblems.afgekapt);
    expect(await stored(page)).toBe(before);
  });

  test('work under a sub-path', async ({ newContext }) => {
    const context = await newContext();
    const page = await open(context, 'fasen/start/', subPathSite());
    await choice(question(page, 1), 'B').click();
    const link = await shareLink(context, 'Jan', subPathSite());
    expect(link.startsWith(`${subPathSite()}mijn-reflectie/#naam=Jan&reflectie=`)).toBe(true);
    const fresh = await open(await newContext(), link.slice(subPathSite().length), subPathSite());
    expect(await fresh.locator('.reflectie-antwoorden li[data-vraag="start/vraag-1"]').isVisible()).toBe(
      true,
    );
  });
});

describe('the team comparison', () => {
  test('shows per question who chose A and who chose B, the disagreements first, and keeps the comparison in the address', async ({
    newContext,
  }) => {
    const els = await newContext();
    await answer(els, { start: { 1: 'A', 2: 'A' }, monitoring: { 1: 'B' } });
    const jan = await newContext();
    await answer(jan, { start: { 1: 'A', 2: 'B' }, monitoring: { 1: 'A' } });
    const links = [await shareLink(els, ''), await shareLink(jan, 'Jan')];

    const page = await open(await newContext(), 'team/');
    const rows = page.locator('[data-leden] fieldset');
    await rows.nth(0).getByLabel(t.memberName).fill('Els');
    await rows.nth(0).getByLabel(t.memberLink).fill(links[0]!);
    await rows.nth(1).getByLabel(t.memberLink).fill(links[1]!);
    await page.getByRole('button', { name: t.compare }).click();

    const groups = page.locator('[data-groep]:not([hidden]) > h2');
    expect(await groups.allInnerTexts()).toEqual([t.groups.verschil, t.groups.open, t.groups.eens]);
    const differ = page.locator('[data-groep="verschil"] .reflectie-team-vragen > li');
    expect(await differ.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.vraag))).toEqual([
      'start/vraag-2',
      'monitoring/vraag-1',
    ]);
    expect(await differ.first().locator('li[data-letter="A"]').innerText()).toBe('Antwoord A (1): Els');
    expect(await differ.first().locator('li[data-letter="B"]').innerText()).toBe('Antwoord B (1): Jan');
    expect(
      await page
        .locator('[data-groep="eens"] .reflectie-team-vragen > li')
        .evaluateAll((i) => i.map((e) => (e as HTMLElement).dataset.vraag)),
    ).toEqual(['start/vraag-1']);
    expect(await page.getByRole('status').filter({ hasText: 'Aantal teamleden' }).innerText()).toBe(
      `Aantal teamleden: 2. Vragen waarover jullie van mening verschillen: 2 van de ${total}.`,
    );
    await axe(page, 'team');

    // The address now holds the comparison: opened again, it shows the same.
    const again = await open(await newContext(), page.url().slice(rootSite().length));
    expect(
      await again
        .locator('[data-groep="verschil"] .reflectie-team-vragen > li')
        .first()
        .getAttribute('data-vraag'),
    ).toBe('start/vraag-2');
    expect(await again.locator('[data-leden] fieldset').nth(0).getByLabel(t.memberName).inputValue()).toBe(
      'Els',
    );
  });

  test('marks an unreadable link at its member and compares the others', async ({ newContext }) => {
    const els = await newContext();
    await answer(els, { start: { 1: 'A' } });
    const link = await shareLink(els, 'Els');
    const page = await open(els, 'team/');
    await page.getByRole('button', { name: t.addMine }).click();
    const rows = page.locator('[data-leden] fieldset');
    expect(await rows.nth(0).getByLabel(t.memberName).inputValue()).toBe(teamUi.mine);
    await rows.nth(1).getByLabel(t.memberLink).fill(link.slice(0, -10));
    await page.getByRole('button', { name: t.compare }).click();
    const bad = rows.nth(1).getByLabel(t.memberLink);
    expect(await bad.getAttribute('aria-invalid')).toBe('true');
    expect(await rows.nth(1).locator('[data-fout]').innerText()).toBe(shareProblems.afgekapt);
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent,
      ),
    ).toBe('Teamlid 2');
    expect(await page.getByRole('alert').filter({ hasText: teamUi.teamRowProblems }).isVisible()).toBe(true);
    expect(await page.locator('[data-ledenlijst]').innerText()).toBe(`Ik: 1 van ${total} beantwoord`);
    await axe(page, 'team met fout');
  });
});

describe('bad stored data', () => {
  test('says the stored answers could not be read, keeps working, and keeps the old data aside', async ({
    newContext,
  }) => {
    const context = await newContext();
    const page = await open(context, 'fasen/start/');
    await page.evaluate(
      (key) => localStorage.setItem(key, '{"versie":1,"antwoorden":{"start/vr'),
      STORAGE_KEY,
    );
    await page.reload();
    expect(await page.getByText(t.storageProblem.onleesbaar).isVisible()).toBe(true);
    await choice(question(page, 1), 'A').click();
    expect(await choice(question(page, 1), 'A').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => localStorage.getItem('handboek-reflectie-onleesbaar'))).toBe(
      '{"versie":1,"antwoorden":{"start/vr',
    );
    expect(await page.getByText(t.storageProblem.onleesbaar).isVisible()).toBe(false);
  });
});

describe('without JavaScript', () => {
  test('every choice is a link to its answer page, and the answer page shows the advice', async ({
    newContext,
  }) => {
    const context = await newContext({ javaScriptEnabled: false });
    const page = await open(context, 'fasen/start/');
    const q1 = question(page, 1);
    expect(await q1.getByRole('button').count()).toBe(0);
    expect(await page.locator('reflectie-voortgang').isVisible()).toBe(false);
    await q1.getByRole('link', { name: /^Antwoord B/ }).click();
    await page.waitForURL('**/fasen/start/vraag-1/b/');
    expect(await page.getByRole('heading', { level: 2, name: /^Advies bij antwoord B/ }).isVisible()).toBe(
      true,
    );
    expect(await page.getByText(inleiding('start/vraag-1-b.mdx')).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: t.saveThis('B') }).isVisible()).toBe(false);
    const overview = await open(context, 'mijn-reflectie/');
    expect(await overview.getByText(t.noScript).isVisible()).toBe(true);
    expect(await overview.locator('[data-open] a').count()).toBe(total);
  });
});

describe('by keyboard alone (Tab, Space, Enter)', () => {
  /** Presses Tab until the focused element matches; fails after `max` presses. */
  async function tabTo(page: Page, match: (el: { text: string; article: string }) => boolean, max = 400) {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { text: el?.innerText?.trim() ?? '', article: el?.closest('article')?.id ?? '' };
      });
      if (match(focused)) {
        const outline = await page.evaluate(() => {
          const style = getComputedStyle(document.activeElement!);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        });
        expect(outline, `geen zichtbare focus op "${focused.text}"`).toBe(true);
        return;
      }
    }
    throw new Error('element niet bereikt met Tab');
  }

  test('answers, changes an answer, reaches Mijn reflectie and wipes everything after confirming', async ({
    newContext,
  }) => {
    const context = await newContext();
    const page = await open(context, 'fasen/start/');
    await tabTo(page, (f) => f.article === 'vraag-1' && f.text.startsWith('Antwoord A'));
    await page.keyboard.press('Space');
    expect(await choice(question(page, 1), 'A').getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, (f) => f.article === 'vraag-1' && f.text.startsWith('Antwoord B'));
    await page.keyboard.press('Enter');
    expect(await choice(question(page, 1), 'B').getAttribute('aria-pressed')).toBe('true');
    await tabTo(page, (f) => f.article === 'vraag-2' && f.text.startsWith('Antwoord A'));
    await page.keyboard.press('Enter');
    expect(await question(page, 2).locator('.advice[data-letter="A"]').isVisible()).toBe(true);

    // Around the page (Tab wraps) to the menu link "Mijn reflectie".
    await tabTo(page, (f) => f.text === 'Mijn reflectie' && f.article === '');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/mijn-reflectie/');
    expect(await page.getByText(`2 van ${total} vragen beantwoord.`).isVisible()).toBe(true);

    await tabTo(page, (f) => f.text === t.reset);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(t.cancel);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(answerUi.resetYes);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByText(t.nothingYet).isVisible()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: answerUi.resetDone }).count()).toBe(1);
  });
});

describe('at 320 px wide', () => {
  test('nothing needs sideways scrolling on the phase page, Mijn reflectie and the team page', async ({
    newContext,
  }) => {
    const context = await newContext({ viewport: { width: 320, height: 640 } });
    await answer(context, { start: { 1: 'A', 2: 'B' } });
    for (const path of ['fasen/start/', 'mijn-reflectie/', 'team/']) {
      const page = await open(context, path);
      if (path === 'team/') {
        await page.getByRole('button', { name: t.addMine }).click();
        await page.getByRole('button', { name: t.compare }).click();
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await axe(page, `${path} 320 px`);
    }
  });
});

describe('JavaScript budget', () => {
  /** The gzipped size of every script of ours a page loads, and whether any reflection script is among them. */
  async function scriptsOf(context: BrowserContext, path: string) {
    const page = await context.newPage();
    const files: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (r.resourceType() === 'script' && url.pathname.startsWith('/_astro/')) files.push(url.pathname);
    });
    await page.goto(rootSite() + path, { waitUntil: 'networkidle' });
    await page.close();
    const bodies = files.map((f) => readFileSync(join(DIST, f)));
    return {
      gzipped: bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0),
      reflection: bodies.some((b) => b.toString().includes('reflectie-')),
    };
  }

  test('a phase page loads at most 5 KB of gzipped JavaScript of ours; pages without questions none of the reflection', async ({
    newContext,
  }) => {
    const context = await newContext();
    const phase = await scriptsOf(context, 'fasen/start/');
    expect(phase.reflection).toBe(true);
    expect(phase.gzipped).toBeLessThanOrEqual(5 * 1024);
    for (const path of ['', 'werkvormen/', 'bronnen/', 'rollen/burger/'])
      expect((await scriptsOf(context, path)).reflection, path).toBe(false);
  });
});
