import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '../support/browser';
import { compareScreenshots } from '../support/screenshots';

/**
 * What a reader sees, compared with reference images that were looked at by eye: one page of
 * each kind at phone and desktop width, in light and dark, against tests/browser/screenshots/.
 * A difference fails with the share of pixels that changed and writes the new screenshot and a
 * diff image to tmp/screenshots/. After an intended change, look at those, then rewrite all
 * references in one go (and look at them again before committing):
 *
 *   npm run build && UPDATE_SCREENSHOTS=1 npx vitest run tests/browser/screenshots.test.ts
 *
 * Only real change may move a pixel: a fixed viewport at device scale 1, animations and the
 * caret off, reduced motion, fonts loaded, and a fresh context (no answers, no role) per shot.
 * Pages are captured from the top down to at most MAX_HEIGHT px.
 */
const PAGES: Record<string, string> = {
  home: '',
  fase: 'fasen/start/',
  antwoord: 'fasen/start/vraag-1/a/',
  bronhoofdstuk: 'bronnen/toolkit/h5-leveranciers/',
  'mijn-plan': 'mijn-plan/',
  zoeken: 'zoeken/',
};
const WIDTHS = [390, 1280];
const SCHEMES = ['light', 'dark'] as const;
const MAX_HEIGHT = 1800;
const REFERENCES = 'tests/browser/screenshots';
const FAILED = 'tmp/screenshots';
const update = process.env.UPDATE_SCREENSHOTS === '1';

const cases = Object.entries(PAGES).flatMap(([name, path]) =>
  WIDTHS.flatMap((width) =>
    SCHEMES.map((scheme) => ({ file: `${name}-${width}-${scheme}.png`, path, width, scheme })),
  ),
);

describe('screenshots against the reference images', () => {
  test.for(cases)('$file', async ({ file, path, width, scheme }, { newContext, site }) => {
    const context = await newContext({
      viewport: { width, height: 900 },
      deviceScaleFactor: 1,
      colorScheme: scheme,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(site.root + path, { waitUntil: 'networkidle' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const shot = await page.screenshot({
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(height, MAX_HEIGHT) },
      animations: 'disabled',
      caret: 'hide',
    });
    const reference = join(REFERENCES, file);
    if (update) {
      writeFileSync(reference, shot);
      return;
    }
    expect(
      existsSync(reference),
      `${reference} ontbreekt: maak de referenties met UPDATE_SCREENSHOTS=1 (zie de uitleg bovenin dit bestand)`,
    ).toBe(true);
    const result = compareScreenshots(readFileSync(reference), shot);
    if (!result.matches) {
      mkdirSync(FAILED, { recursive: true });
      writeFileSync(join(FAILED, file), shot);
      if (result.diff) writeFileSync(join(FAILED, file.replace(/\.png$/, '.verschil.png')), result.diff);
    }
    expect(result.matches, `${file}: ${result.summary}; zie ${FAILED}/`).toBe(true);
  });
});
