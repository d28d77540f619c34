import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { editorUi } from '~/i18n/nl';
import { expect, test } from '../support/browser';
import { freePort } from '#tools/free-port.ts';
import { copyProject, projectRoot } from '../support/project-copy';

/**
 * `npm run dev` as an editor uses it, on a copy of the project: a content mistake appears in
 * the browser (Vite's error overlay) with the file, line and Dutch message, and goes away when
 * the file is fixed; the search page and the search box in the header say the index comes with
 * a build.
 */
let copy: ReturnType<typeof copyProject>;
let server: ChildProcess;
let url = '';
let output = '';
/** How long astro dev may take to answer its first pages: generous, for a machine under load. */
const READY_WITHIN = 240_000;

beforeAll(async () => {
  copy = copyProject();
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(
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
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  await untilReady();
}, READY_WITHIN + 30_000);

/**
 * The dev server is ready when it answers the pages the tests open with 200: asked again every
 * half second, each request given as long as it needs (the first one compiles the page), up to
 * READY_WITHIN in all. Fails at once, with Astro's output, if the server stops.
 */
async function untilReady() {
  const deadline = Date.now() + READY_WITHIN;
  for (const path of ['fasen/start/', 'zoeken/']) {
    for (;;) {
      if (server.exitCode !== null) throw new Error(`astro dev stopte (code ${server.exitCode}):\n${output}`);
      const status = await fetch(url + path, {
        signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())),
      })
        .then((r) => r.status)
        .catch(() => 0);
      if (status === 200) break;
      if (Date.now() > deadline)
        throw new Error(
          `astro dev gaf binnen ${READY_WITHIN / 1000} s geen 200 op /${path}:\n${output.slice(-3000)}`,
        );
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

afterAll(() => {
  server?.kill();
  copy?.remove();
}, 120_000);

test('a content mistake shows in the browser with file, line and message, and goes when fixed', async ({
  page,
}) => {
  const response = await page.goto(`${url}fasen/start/`);
  expect(response?.status(), `${url}: ${output.slice(-2000)}`).toBe(200);
  const file = join(copy.dir, 'content/vragen/start/vraag-2.md');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/^fase: start$/m, 'fase: afronding'));

  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ timeout: 90_000 });
  // Our report (every problem, with file and line) is what stays in the overlay.
  const message = () => overlay.evaluate((el) => el.shadowRoot?.textContent ?? '').catch(() => '');
  await expect.poll(message, { timeout: 60_000 }).toContain('De inhoud in content/ klopt niet');
  expect(await message()).toContain('content/vragen/start/vraag-2.md');
  expect(await message()).toContain('regel 2: fase: onbekende fase "afronding"; toegestaan: start');

  writeFileSync(file, original);
  await overlay.waitFor({ state: 'detached', timeout: 90_000 });
  expect(await page.locator('h1').textContent()).toBeTruthy();
  // Browsers that reconnect while the check clears keep the server up (they once stopped it).
  for (let i = 0; i < 3; i++) expect((await page.reload())?.status(), output.slice(-2000)).toBe(200);
  await page.waitForTimeout(1_000);
  expect((await page.reload())?.status(), output.slice(-2000)).toBe(200);
}, 180_000);

test('search in dev explains that the index comes with a build, and how', async ({ page }) => {
  await page.goto(`${url}zoeken/?q=kartrekker`);
  await expect.poll(() => page.getByText(editorUi.searchInDev).isVisible(), { timeout: 60_000 }).toBe(true);
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
      { timeout: 60_000, interval: 2_000 },
    )
    .toBe(editorUi.searchInDev);
  await expect.poll(() => status.isVisible()).toBe(true);
  // No script error on the way (the combobox as a classic script would fail on its imports).
  expect(pageErrors).toEqual([]);
}, 180_000);
