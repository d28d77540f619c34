import { askHeader, judgedQueries, relevance, type Answer } from '#tools/search-eval.ts';
import { expect, test } from '../support/browser';

/**
 * Relevance on our judged queries (tests/search/judged-queries.json): typed into the header box
 * of a content page, as a reader does, in Chromium against nginx. The bars come from issue 14.
 * `npm run bench` prints the same figures with timings.
 */
test('finds a page that answers the judged queries: S@1 ≥ 0.9 and S@5 ≥ 0.97', async ({ page, site }) => {
  const judged = judgedQueries();
  expect(judged.length).toBeGreaterThanOrEqual(40);
  await page.goto(`${site.root}fasen/start/`);
  const answers: Answer[] = [];
  for (const j of judged) answers.push(await askHeader(page, j.q));
  const { s1, s5, misses } = relevance(judged, answers);
  // The misses in the message show what to look at when a content change moves a page down.
  expect({ s1: s1 >= 0.9, s5: s5 >= 0.97, s1Value: s1, s5Value: s5, misses }).toMatchObject({
    s1: true,
    s5: true,
  });
});
