/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';
import LongestFirst from './tests/support/sequencer.ts';

// getViteConfig lets unit tests import modules that use astro:content (the schemas).
export default getViteConfig({
  test: {
    // Vitest's default in a run is one worker fewer than the cores: one on a 2-core machine, so
    // the files ran one after another. Most of a browser or build test waits on another
    // process (Chromium, nginx, astro), so one worker more than the cores keeps them busy.
    maxWorkers: availableParallelism() + 1,
    // A polled expectation waits up to 10 s: long enough for a busy machine, short enough to
    // fail fast when the thing never happens.
    expect: { poll: { timeout: 10_000 } },
    sequence: { sequencer: LongestFirst },
    projects: [
      // Pure functions and schemas: fast, no build needed. They keep no state between files
      // (no mocks, no globals), so the files share their modules instead of loading them again.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
      // Real builds of a copy of the project with one content file broken.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
      // Checks over the built files in dist/ (and PDFs in dist/boekjes/).
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000, isolate: false },
      },
      // Real Chromium against nginx serving the builds.
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Files run in parallel workers (one Chromium each); every test has its own context.
          fileParallelism: true,
          // A worker keeps its modules and its Chromium from one file to the next: starting
          // them again for every file cost more than some files' tests. The fixtures close
          // what a test opened, so nothing else carries over.
          isolate: false,
        },
      },
    ],
  },
});
