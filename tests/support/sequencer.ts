import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order in which test files start. Vitest's own order runs the projects one after another
 * (browser, build, site, unit), and within a project the longest file of the last run first,
 * or the largest file on a fresh clone. Here the files that take longest start first whatever
 * their project, so the last worker to finish is not the one that began with them late:
 * the sweep over every page, and the real builds of broken copies.
 */
const LONGEST = [/tests\/browser\/every-page\.test\.ts$/, /tests\/build\//];

const rank = (spec: TestSpecification) => {
  const index = LONGEST.findIndex((pattern) => pattern.test(spec.moduleId));
  return index < 0 ? LONGEST.length : index;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    // Array sort is stable: within a rank, Vitest's order stays.
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
