import type { Page } from 'playwright-core';
import { describe } from 'vitest';
import { fill } from '~/components/reflection/text';
import { answerUi, overviewUi, reflectionUi as t, shareProblems, teamUi, ui } from '~/i18n/nl';
import { STORAGE_KEY, type Answers, type Letter } from '~/lib/answers';
import { ASIDE_KEY, backupKey } from '~/lib/answer-storage';
import { encodeShare, MAX_TEAM_MEMBERS } from '~/lib/share-link';
import { expect, test } from '../support/browser';
import { axeViolations } from '../support/axe';
import { GOOD_CLS, layoutShiftSoFar, observeLayoutShift } from '../support/layout-shift';
import { readPage } from '../support/site';

/**
 * The reflection tools under the faults of issue 19, as a reader meets them in Chromium: the
 * skip link on a shared view, storage that is full or refuses, unreadable and oversized stored
 * data, adopting over answers to removed questions, damaged, cut-short, pasted, large and
 * too-large team links, an alert that speaks once, and no layout shift on the team page and the
 * answer pages. Question ids and texts come from the build and src/i18n/nl.ts.
 */

/** The handbook's question ids, in order, as Mijn reflectie prints them. */
const ids = /data-vragen="([^"]+)"/.exec(readPage('mijn-reflectie/index.html'))![1]!.split(' ');
const [first, second, third] = ids as [string, string, string];
const total = ids.length;
/** "start/vraag-1" → the phase page and the label "Vraag 1". */
const phaseOf = (id: string) => id.split('/')[0]!;
const numberOf = (id: string) => Number(/(\d+)$/.exec(id)![1]);

/** Waits for a value, long enough for a loaded shared machine (expect.poll's default is 1 s). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const share = (answers: Answers, name = '') => encodeShare(answers, ids, name);
const stored = (page: Page, key = STORAGE_KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const status = (page: Page) => page.locator('reflectie-voortgang [data-meldingen]');
const choice = (page: Page, id: string, letter: Letter) =>
  page
    .locator(`reflectie-vraag[data-vraag="${id}"]`)
    .getByRole('button', { name: new RegExp(`^${ui.answerLabel(letter)}`) });

/** axe-core's WCAG 2.2 A/AA findings on the page as it is now (messages shown included). */
const axeFindings = (page: Page) => axeViolations(page, page.url());

/** Makes every localStorage write throw this DOMException, from before the page's scripts run. */
const refuseWrites = (page: Page, name: string) =>
  page.addInitScript((errorName) => {
    Storage.prototype.setItem = function () {
      throw new DOMException('geweigerd', errorName);
    };
  }, name);

describe('the skip link keeps a shared view', () => {
  test('on Mijn reflectie, Tab and Enter on "Naar de inhoud" keep the shared answers and the address', async ({
    page,
    site,
    pageErrors,
  }) => {
    await page.goto(`${site.root}fasen/${phaseOf(first)}/`);
    await choice(page, first, 'B').click();
    const fragment = share({ [first]: 'A', [second]: 'A' }, 'Els');
    await page.goto(`${site.root}mijn-reflectie/#${fragment}`);
    const sharedBy = page.getByText(fill(overviewUi.sharedBy, { naam: 'Els' }));
    await eventually(() => sharedBy.isVisible()).toBe(true);

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(ui.skipLink);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('#inhoud') !== null)).toBe(true);
    await eventually(() => page.evaluate(() => location.hash.slice(1))).toBe(fragment);
    expect(await sharedBy.isVisible()).toBe(true);
    expect(await page.getByText(fill(overviewUi.progress, { n: 2, totaal: total })).isVisible()).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  test('on the team page the comparison stays in the address', async ({ page, site, pageErrors }) => {
    const fragment = `${share({ [first]: 'A' }, 'Els')}&${share({ [first]: 'B' }, 'Jan')}`;
    await page.goto(`${site.root}team/#${fragment}`);
    const summary = page.locator('[data-samenvatting]');
    await eventually(() => summary.textContent()).toContain(
      fill(teamUi.teamSummary, { leden: 2, verschil: 1, totaal: total }),
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => location.hash.slice(1))).toBe(fragment);
    await page.reload();
    await eventually(() => summary.textContent()).toContain(
      fill(teamUi.teamSummary, { leden: 2, verschil: 1, totaal: total }),
    );
    expect(pageErrors).toEqual([]);
  });
});

describe('never "bewaard" when nothing was kept', () => {
  const cases = [
    ['QuotaExceededError', 'vol'],
    ['SecurityError', 'geen'],
  ] as const;

  for (const [error, problem] of cases) {
    test(`setItem throwing ${error}: the live region, the status lines and Mijn reflectie say so, and why`, async ({
      page,
      site,
    }) => {
      await refuseWrites(page, error);
      const reason = answerUi.notKeptReason[problem];
      await page.goto(`${site.root}fasen/${phaseOf(first)}/`);
      // Said before the first answer, where the progress is shown.
      await eventually(() => page.getByText(t.storageProblem[problem]).first().isVisible()).toBe(true);
      await choice(page, first, 'A').click();
      expect(await choice(page, first, 'A').getAttribute('aria-pressed')).toBe('true');
      const label = ui.questionLabel(numberOf(first));
      expect(await status(page).textContent()).toContain(
        fill(answerUi.announceNotKept(label, 'A'), { reden: reason }),
      );
      expect(await status(page).textContent()).not.toContain('bewaard.');
      const line = page.locator(`reflectie-vraag[data-vraag="${first}"] [data-status]`);
      expect(await line.textContent()).toBe(fill(answerUi.yourAnswerNotKept('A'), { reden: reason }));
      expect(await stored(page)).toBeNull();

      await page.goto(`${site.root}fasen/${phaseOf(first)}/vraag-${numberOf(first)}/a/`);
      await page.getByRole('button', { name: t.saveThis('A') }).click();
      const saved = page.locator('reflectie-bewaar [data-status]');
      await eventually(() => saved.textContent()).toBe(
        fill(answerUi.savedThisNotKept('A'), { reden: reason }),
      );

      await page.goto(`${site.root}mijn-reflectie/`);
      await eventually(() => page.getByText(t.storageProblem[problem]).isVisible()).toBe(true);
      expect(await axeFindings(page)).toEqual([]);
    });
  }
});

describe('unreadable stored answers are never overwritten', () => {
  test('two successive unreadable stores each get a backup of their own', async ({ page, site }) => {
    await page.goto(`${site.root}fasen/${phaseOf(first)}/`);
    const junk = ['{"versie":1,"antwoorden":{"start/vr', 'niet eens JSON'];
    for (const [i, data] of junk.entries()) {
      await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, data]);
      await page.reload();
      await eventually(() => page.getByText(t.storageProblem.onleesbaar).isVisible()).toBe(true);
      await choice(page, first, i ? 'B' : 'A').click();
      await eventually(() => page.getByText(t.storageProblem.onleesbaar).isVisible()).toBe(false);
    }
    expect(await stored(page, backupKey(1))).toBe(junk[0]);
    expect(await stored(page, backupKey(2))).toBe(junk[1]);
    expect(JSON.parse((await stored(page))!).antwoorden).toEqual({ [first]: 'B' });
  });

  test('3 MB of unreadable data stays where it is, the real reason is given, and saving goes on', async ({
    page,
    site,
  }) => {
    await page.goto(`${site.root}fasen/${phaseOf(first)}/`);
    const size = 3 * 1024 * 1024;
    await page.evaluate(
      ([key, n]) => localStorage.setItem(key as string, 'x'.repeat(n as number)),
      [STORAGE_KEY, size],
    );
    await page.reload();
    await choice(page, first, 'A').click();
    await choice(page, second, 'B').click();
    await eventually(() => page.getByText(t.storageProblem['te-groot']).isVisible()).toBe(true);
    expect(await page.getByText(t.storageProblem.geen).isVisible()).toBe(false);
    expect(await status(page).textContent()).toContain(
      answerUi.announceChosen(ui.questionLabel(numberOf(second)), 'B'),
    );
    expect((await stored(page))?.length).toBe(size);
    expect(JSON.parse((await stored(page, ASIDE_KEY))!).antwoorden).toEqual({ [first]: 'A', [second]: 'B' });

    await page.reload();
    expect(await choice(page, second, 'B').getAttribute('aria-pressed')).toBe('true');
    await page.goto(`${site.root}mijn-reflectie/`);
    await eventually(() =>
      page.getByText(fill(overviewUi.progress, { n: 2, totaal: total })).isVisible(),
    ).toBe(true);
  });
});

describe('adopting asks first and counts right', () => {
  test('answers kept for removed questions are counted in the question and kept aside', async ({
    page,
    site,
  }) => {
    const removed = 'oude-fase/vraag-9';
    await page.goto(`${site.root}mijn-reflectie/`);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [STORAGE_KEY, JSON.stringify({ versie: 1, antwoorden: { [removed]: 'A' } })],
    );
    const shared: Answers = { [first]: 'B', [third]: 'A' };
    await page.goto(`${site.root}mijn-reflectie/#${share(shared, 'Els')}`);
    await page.getByRole('button', { name: t.adopt }).click();
    const dialog = page.getByRole('dialog');
    const question = fill(overviewUi.adoptConfirmRemoved, {
      eigen: 1,
      nu: 0,
      oud: 1,
      gedeeld: 2,
      totaal: total,
    });
    expect(await dialog.getByText(question).isVisible()).toBe(true);
    await dialog.getByRole('button', { name: t.cancel }).click();
    expect(JSON.parse((await stored(page))!).antwoorden).toEqual({ [removed]: 'A' });

    await page.getByRole('button', { name: t.adopt }).click();
    await dialog.getByRole('button', { name: overviewUi.adoptYes }).click();
    await eventually(async () => JSON.parse((await stored(page)) ?? '{}').antwoorden).toEqual({
      [removed]: 'A',
      ...shared,
    });
    expect(await page.getByText(fill(overviewUi.progress, { n: 2, totaal: total })).isVisible()).toBe(true);
  });
});

describe('a team link never drops a member silently', () => {
  const els = share({ [first]: 'A', [second]: 'B' }, 'Els');
  const jan = share({ [first]: 'B' }, 'Jan');
  const row = (page: Page, n: number) => page.locator('[data-leden] fieldset').nth(n - 1);

  test('a damaged member keeps their row, its message and their place in the address', async ({
    page,
    site,
  }) => {
    // One answer letter changed by hand: the checksum no longer matches.
    const damaged = jan.replace(/\.B-/, '.A-');
    expect(damaged).not.toBe(jan);
    await page.goto(`${site.root}team/#${els}&${damaged}`);
    await eventually(() => row(page, 2).locator('[data-fout]').textContent()).toBe(shareProblems.controle);
    expect(await row(page, 2).getByLabel(t.memberName).inputValue()).toBe('Jan');
    expect(await page.getByRole('alert').textContent()).toBe(teamUi.teamRowProblems);
    expect(await page.locator('[data-ledenlijst] li').allTextContents()).toEqual([
      fill(teamUi.memberAnswered, { naam: 'Els', n: 2, totaal: total }),
    ]);
    expect(await page.evaluate(() => location.hash)).toContain(damaged);
    expect(await axeFindings(page)).toEqual([]);
  });

  test('an unnamed member is not given a name in the address', async ({ page, site }) => {
    await page.goto(`${site.root}team/#${els}&${share({ [first]: 'A' })}`);
    const unnamed = fill(teamUi.memberAnswered, { naam: fill(teamUi.member, { n: 2 }), n: 1, totaal: total });
    await eventually(() => page.locator('[data-ledenlijst] li').nth(1).textContent()).toBe(unnamed);
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).not.toContain(
      fill(teamUi.member, { n: 2 }),
    );
  });

  test('a cut-short link says what is wrong, as Mijn reflectie does', async ({ page, site }) => {
    for (const cut of [`${els}&naam=Jan`, `${els}&${jan.slice(0, -12)}`]) {
      await page.goto(`${site.root}team/#${cut}`);
      await eventually(() => row(page, 2).locator('[data-fout]').textContent()).toBe(shareProblems.afgekapt);
      expect(await page.getByRole('alert').textContent()).toBe(teamUi.teamRowProblems);
    }
    await page.goto(`${site.root}mijn-reflectie/#naam=Jan`);
    await eventually(() => page.getByRole('alert').first().textContent()).toContain(shareProblems.afgekapt);
  });

  test('a new link pasted into the address bar is read', async ({ page, site, pageErrors }) => {
    await page.goto(`${site.root}team/#${els}`);
    const summary = page.locator('[data-samenvatting]');
    await eventually(() => summary.textContent()).toBe(
      fill(teamUi.teamSummary, { leden: 1, verschil: 0, totaal: total }),
    );
    const kim = share({ [first]: 'B', [second]: 'A' }, 'Kim');
    await page.evaluate((hash) => (location.hash = hash), `${els}&${jan}&${kim}`);
    await eventually(() => summary.textContent()).toBe(
      fill(teamUi.teamSummary, { leden: 3, verschil: 2, totaal: total }),
    );
    expect(await row(page, 3).getByLabel(t.memberName).inputValue()).toBe('Kim');
    expect(pageErrors).toEqual([]);
  });
});

describe('large teams', () => {
  const members = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      share(Object.fromEntries(ids.map((id, q) => [id, (i + q) % 3 ? 'A' : 'B'])) as Answers, `Lid ${i + 1}`),
    ).join('&');

  test(`${MAX_TEAM_MEMBERS} members are all shown; one more row is refused with a message`, async ({
    page,
    site,
  }) => {
    await page.goto(`${site.root}team/#${members(MAX_TEAM_MEMBERS)}`);
    const summary = page.locator('[data-samenvatting]');
    await eventually(() => summary.textContent()).toContain(`${MAX_TEAM_MEMBERS}`);
    expect(await page.locator('[data-leden] fieldset').count()).toBe(MAX_TEAM_MEMBERS);
    expect(await page.locator('[data-ledenlijst] li').count()).toBe(MAX_TEAM_MEMBERS);
    await page.getByRole('button', { name: t.addMember }).click();
    expect(await page.getByRole('alert').textContent()).toBe(
      fill(teamUi.teamFull, { max: MAX_TEAM_MEMBERS }),
    );
    expect(await page.locator('[data-leden] fieldset').count()).toBe(MAX_TEAM_MEMBERS);
  });

  test(`a link with ${MAX_TEAM_MEMBERS + 1} members is refused with a message, and kept in the address`, async ({
    page,
    site,
  }) => {
    const fragment = members(MAX_TEAM_MEMBERS + 1);
    await page.goto(`${site.root}team/#${fragment}`);
    const message = fill(teamUi.teamTooMany, { n: MAX_TEAM_MEMBERS + 1, max: MAX_TEAM_MEMBERS });
    await eventually(() => page.getByRole('alert').textContent()).toBe(message);
    expect(await page.locator('[data-resultaat]').isVisible()).toBe(false);
    expect(await page.evaluate(() => location.hash.slice(1))).toBe(fragment);
  });
});

test('an alert is written once, not at every keystroke', async ({ page, site }) => {
  await page.goto(`${site.root}mijn-reflectie/#${share({ [first]: 'A' }).slice(0, -3)}`);
  const alert = page.locator('reflectie-overzicht [role="alert"]');
  await eventually(() => alert.textContent()).toContain(shareProblems.afgekapt);
  await alert.evaluate((element) => {
    (window as unknown as { writes: number }).writes = 0;
    new MutationObserver((records) => {
      (window as unknown as { writes: number }).writes += records.length;
    }).observe(element, { childList: true, characterData: true, subtree: true });
  });
  await page.getByLabel(t.shareName).pressSequentially('Annemarie');
  expect(await page.getByLabel(t.shareLink).inputValue()).toContain('naam=Annemarie');
  expect(await page.evaluate(() => (window as unknown as { writes: number }).writes)).toBe(0);
});

describe('no layout shift (CLS < 0.1) at phone and desktop widths', () => {
  const widths = [
    { width: 375, height: 667 },
    { width: 1280, height: 800 },
  ];
  /** The layout shift of one visit, once the page's script has done its work. */
  async function layoutShift(page: Page, url: string, ready: string) {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction(ready);
    // Two frames, so a shift caused by the script's last change is reported.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    return layoutShiftSoFar(page);
  }
  const answerPage = `fasen/${phaseOf(first)}/vraag-${numberOf(first)}/a/`;

  for (const viewport of widths) {
    test(`${viewport.width} px: the team page, empty and with a team link, and an answer page`, async ({
      context,
      site,
    }) => {
      const team = `${share({ [first]: 'A' }, 'Els')}&${share({ [first]: 'B' }, 'Jan')}`;
      const visits = [
        ['team/', "customElements.get('reflectie-team') !== undefined"],
        [`team/#${team}`, "document.querySelector('[data-samenvatting]')?.textContent !== ''"],
        [answerPage, "customElements.get('reflectie-bewaar') !== undefined"],
      ] as const;
      for (const [path, ready] of visits) {
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        await observeLayoutShift(page);
        expect(await layoutShift(page, site.root + path, ready), path).toBeLessThan(GOOD_CLS);
        if (path === answerPage) {
          // With an answer stored, the status line is filled in at once: still no shift.
          await page.getByRole('button', { name: t.saveThis('A') }).click();
          expect(await layoutShift(page, site.root + path, ready), `${path} bewaard`).toBeLessThan(GOOD_CLS);
        }
        await page.close();
      }
    });
  }
});

test('without JavaScript the reserved parts stay out: the team page explains, the answer page has no dead button', async ({
  noScriptPage: page,
  site,
}) => {
  await page.goto(`${site.root}team/`);
  expect(await page.getByText(t.teamNoScript).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: t.compare }).isVisible()).toBe(false);
  expect(await page.getByLabel(t.memberLink).first().isVisible()).toBe(false);
  await page.goto(`${site.root}fasen/${phaseOf(first)}/vraag-${numberOf(first)}/a/`);
  expect(await page.getByRole('button', { name: t.saveThis('A') }).isVisible()).toBe(false);
});
