import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { editorUi } from '~/i18n/nl';
import { expect, test } from '../support/browser';
import { freePort } from '#tools/free-port.ts';
import { copyProject, edit, projectRoot } from '../support/project-copy';

/**
 * `npm run dev` as an editor uses it, on a copy of the project: a content mistake appears in
 * the browser (Vite's error overlay) with the file, line and Dutch message, and goes away when
 * the file is fixed; the search page and the search box in the header say the index comes with
 * a build.
 */
interface Dev {
  copy: ReturnType<typeof copyProject>;
  server: ChildProcess;
  url: string;
  /** Everything the dev server printed so far. */
  output: () => string;
}

/** How long astro dev may take to answer its first page: generous, for a machine under load. */
const READY_WITHIN = 240_000;

/**
 * Ready when the server answers a page at all (200, or 500 with the content report): asked again
 * every half second, each request given as long as it needs (the first one compiles the page), up
 * to READY_WITHIN in all. Fails at once, with Astro's output, if the server stops.
 */
async function untilAnswering(server: ChildProcess, url: string, output: () => string) {
  const deadline = Date.now() + READY_WITHIN;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`astro dev stopte (code ${server.exitCode}):\n${output()}`);
    // As a browser asks for a page (the content check answers such requests while content is wrong).
    const status = await fetch(`${url}fasen/start/`, {
      headers: { accept: 'text/html' },
      signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
    })
      .then((r) => r.status)
      .catch(() => 0);
    if (status > 0) return;
    if (Date.now() > deadline)
      throw new Error(
        `astro dev gaf binnen ${READY_WITHIN / 1000} s geen antwoord:\n${output().slice(-3000)}`,
      );
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** `astro dev` on a fresh copy (changed first by `change`), ready when it answers a page. */
async function startDev(change: (dir: string) => void = () => {}): Promise<Dev> {
  const copy = copyProject();
  change(copy.dir);
  const port = await freePort();
  const server = spawn(
    join(projectRoot, 'node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: copy.dir,
      // As an editor starts it: without the test runner's own settings (VITEST, NODE_ENV=test).
      env: {
        ...Object.fromEntries(
          Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV|TEST)/.test(k)),
        ),
        CACHE_DIR: join(copy.dir, '.cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
    },
  );
  let output = '';
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}/`;
  await untilAnswering(server, url, () => output);
  return { copy, server, url, output: () => output };
}

const stop = (dev: Dev | undefined) => {
  dev?.server.kill();
  dev?.copy.remove();
};

let dev: Dev;
let copy: Dev['copy'];
let url = '';

beforeAll(async () => {
  dev = await startDev();
  ({ copy, url } = dev);
}, READY_WITHIN + 30_000);

afterAll(() => stop(dev), 120_000);

test(
  'started with a file whose YAML is broken: the dev server runs, and every page is the one Dutch report',
  async ({ page }) => {
    let broken: Dev | undefined;
    try {
      broken = await startDev((dir) =>
        edit(dir, 'content/vragen/start/vraag-1.md', /^vraag: (.*)$/m, 'vraag: [$1'),
      );
      const report = 'De inhoud in content/ klopt niet: 1 probleem in 1 bestand.';
      const response = await page.goto(`${broken.url}fasen/start/`);
      expect(response?.status()).toBe(500);
      expect(await page.locator('main h1').textContent()).toBe(report);
      expect(await page.locator('pre').textContent()).toMatch(
        /content\/vragen\/start\/vraag-1\.md\n {2}regel \d+: de YAML klopt niet/,
      );
      // The terminal: the same report once, no stack trace, no error of Astro's own about the file
      // or about the answers and passages that name the question.
      const terminal = broken.output();
      expect(terminal.split(report).length - 1).toBe(1);
      expect(terminal).not.toMatch(/Stack trace|\n\s+at |\[ERROR\]|bestaat niet|does not exist/);
      // Fixed: the page is the handbook again.
      edit(broken.copy.dir, 'content/vragen/start/vraag-1.md', /^vraag: \[/m, 'vraag: ');
      await expect
        .poll(async () => (await page.reload()) && (await page.locator('main h1').first().textContent()), {
          timeout: 90_000,
        })
        .not.toBe(report);
      expect(await page.locator('.question').count()).toBeGreaterThan(0);
    } finally {
      stop(broken);
    }
  },
  READY_WITHIN + 120_000,
);

test('a content mistake shows in the browser with file, line and message, and goes when fixed', async ({
  page,
}) => {
  const response = await page.goto(`${url}fasen/start/`);
  expect(response?.status(), `${url}: ${dev.output().slice(-2000)}`).toBe(200);
  const file = join(copy.dir, 'content/vragen/start/vraag-2.md');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/^fase: start$/m, 'fase: afronding'));

  const before = dev.output().length;
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ timeout: 90_000 });
  // Our report (every problem, with file and line) is what stays in the overlay, under its own
  // first line as the heading (not Astro's "An error occurred.").
  const message = () => overlay.evaluate((el) => el.shadowRoot?.textContent ?? '').catch(() => '');
  const heading = () =>
    overlay.evaluate((el) => el.shadowRoot?.querySelector('#title')?.textContent ?? '').catch(() => '');
  await expect
    .poll(heading, { timeout: 60_000 })
    .toBe('De inhoud in content/ klopt niet: 1 probleem in 1 bestand.');
  expect(await message()).toContain('content/vragen/start/vraag-2.md');
  expect(await message()).toContain('regel 2: fase: onbekende fase "afronding"; toegestaan: start');
  // The terminal says the same, in Dutch, and nothing else: no stack trace, no English error.
  const terminal = dev.output().slice(before);
  expect(terminal).toContain('De inhoud in content/ klopt niet: 1 probleem in 1 bestand.');
  expect(terminal).toContain('regel 2: fase: onbekende fase "afronding"; toegestaan: start');
  expect(terminal).not.toMatch(/Stack trace|\n\s+at |\[ERROR\] (?!\[handboek:content-check\])/);
  // A page opened now is the same report, as a page of its own.
  const other = await page.context().newPage();
  await other.goto(`${url}werkvormen/`);
  expect(await other.locator('main h1').textContent()).toBe(
    'De inhoud in content/ klopt niet: 1 probleem in 1 bestand.',
  );
  expect(await other.locator('html').getAttribute('lang')).toBe('nl');
  await other.close();

  writeFileSync(file, original);
  await overlay.waitFor({ state: 'detached', timeout: 90_000 });
  expect(await page.locator('h1').textContent()).toBeTruthy();
  // Browsers that reconnect while the check clears keep the server up (they once stopped it).
  for (let i = 0; i < 3; i++) expect((await page.reload())?.status(), dev.output().slice(-2000)).toBe(200);
  await page.waitForTimeout(1_000);
  expect((await page.reload())?.status(), dev.output().slice(-2000)).toBe(200);
}, 180_000);

test('search in dev explains that the index comes with a build, and how', async ({ page }) => {
  await page.goto(`${url}zoeken/?q=kartrekker`);
  await expect.poll(() => page.getByText(editorUi.searchInDev).isVisible(), { timeout: 90_000 }).toBe(true);
  expect(editorUi.searchInDev).toContain('npm run build');
}, 180_000);

test('the search box in the header says the same in dev', async ({ page, pageErrors }) => {
  await page.goto(`${url}fasen/start/`);
  // The box loads its script on first focus; in dev Vite serves it as a module. Dev reloads a
  // page now and then (Vite's dependency optimizer on a first visit, the content check when a
  // file is fixed), and a busy machine may run the script only after the first keystrokes:
  // until the answer shows, type the word again every two seconds.
  const box = page.locator('header input[name="q"]');
  const status = page.locator('header [role="status"]');
  await expect
    .poll(
      async () => {
        const text = (await status.textContent().catch(() => '')) ?? '';
        if (text !== editorUi.searchInDev) {
          await box.fill('').catch(() => undefined);
          await box.fill('kartrekker').catch(() => undefined);
        }
        return text;
      },
      { timeout: 90_000, interval: 2_000 },
    )
    .toBe(editorUi.searchInDev);
  await expect.poll(() => status.isVisible()).toBe(true);
  // No script error on the way (the combobox as a classic script would fail on its imports).
  expect(pageErrors).toEqual([]);
}, 180_000);
