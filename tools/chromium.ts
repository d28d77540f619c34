import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core (no browser download is possible here).
 * The booklet script and the benchmark use the desktop browser: the PDFs a reader gets and
 * the search times a reader meets.
 */
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/**
 * The browser tests use Chromium's headless shell from the same Debian source and version:
 * the same Blink and V8 without the desktop browser around them (profiles, tab helpers),
 * which is also what Playwright runs for headless tests. On this 2-core machine a new tab
 * costs it 73 ms of CPU instead of 291, a page load 112 ms instead of 238, and `npm test`
 * spends 110 core-seconds in it instead of 279. TEST_CHROMIUM_BIN=/usr/bin/chromium runs the
 * tests in the desktop browser.
 */
const TEST_CHROMIUM = process.env.TEST_CHROMIUM_BIN ?? '/usr/bin/chromium-headless-shell';

export async function launchChromium(executablePath = CHROMIUM, extraArgs: string[] = []): Promise<Browser> {
  if (!existsSync(executablePath))
    throw new Error(
      `Chromium niet gevonden (${executablePath}). Installeer het: apt-get install -y ${basename(executablePath)}`,
    );
  // Loaded here, not at the top: `astro build` imports this module for CHROMIUM alone, and
  // loading Playwright took about a second of every build, PDFs or not.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

/**
 * Chromium for the browser tests. A page in a test lives a second or two, so V8's optimising
 * compilers (Maglev, TurboFan) mostly compile code the next page load throws away (axe-core's
 * above all). Without them the browser tests use a fifth less CPU (measured twice, in turn:
 * 123 → 102 and 107 → 85 core-seconds). Behaviour is the same: only compiler tiers are left out.
 */
export const launchTestChromium = () => launchChromium(TEST_CHROMIUM, ['--js-flags=--no-opt,--no-maglev']);
