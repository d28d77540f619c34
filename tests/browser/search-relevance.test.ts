import { askHeader, judgedQueries, relevance, type Answer } from '#tools/search-eval.ts';
import { expect, test } from '../support/browser';

/**
 * Relevance on our judged queries (tests/search/judged-queries.json): typed into the header box
 * of a content page, as a reader does, in Chromium against nginx. The set was widened (issue
 * 24) with questions, compounds and Flemish words judged by reading the sources, then with 21
 * sentences and questions more (11 of them held apart while the ranking was tuned), which
 * readers type and which find the right page first about half the time: S@1 0.78 on the whole
 * set (0.89 on the first 94), S@5 0.97. The bars: S@1 ≥ 0.75 and S@5 ≥ 0.95 on the whole set,
 * and S@5 ≥ 0.9 on the sentences and questions (0.82 before they could find pages that lack a
 * word). `npm run bench` prints the same figures per kind, with timings.
 */
/** How many queries the set had before the 21 sentences of issue 24's second round. */
const EARLIER_SET = 94;

test('the judged set is wide: 90 queries or more, with questions, compounds and Flemish words, each judged with its reason', () => {
  const judged = judgedQueries();
  expect(judged.length).toBeGreaterThanOrEqual(90);
  const kind = (soort: string) => judged.filter((j) => j.soort === soort).length;
  expect(kind('vraag')).toBeGreaterThanOrEqual(20);
  expect(kind('samenstelling')).toBeGreaterThanOrEqual(10);
  expect(kind('vlaams')).toBeGreaterThanOrEqual(10);
  for (const j of judged) {
    expect(j.relevant.length, j.q).toBeGreaterThan(0);
    for (const r of j.relevant) expect(r.waarom.trim(), `${j.q}: ${r.pagina}`).not.toBe('');
  }
  expect(new Set(judged.map((j) => j.q)).size).toBe(judged.length);
});

test('finds a page that answers the judged queries: S@1 ≥ 0.75 and S@5 ≥ 0.95, sentences S@5 ≥ 0.9, the first 94 S@1 ≥ 0.85', async ({
  page,
  site,
}) => {
  const judged = judgedQueries();
  await page.goto(`${site.root}fasen/start/`);
  const answers: Answer[] = [];
  for (const j of judged) answers.push(await askHeader(page, j.q));
  const { s1, s5, misses } = relevance(judged, answers);
  // The first 94 queries (the set before the 21 sentences were added) keep their own bars, so
  // the harder additions cannot hide a loss on them.
  const before = relevance(judged.slice(0, EARLIER_SET), answers.slice(0, EARLIER_SET));
  const asked = judged.flatMap((j, i) => (j.soort === 'vraag' ? [i] : []));
  const sentences = relevance(
    asked.map((i) => judged[i]!),
    asked.map((i) => answers[i]!),
  );
  // The misses in the message show what to look at when a content change moves a page down.
  expect({
    s1: s1 >= 0.75,
    s5: s5 >= 0.95,
    sentences: sentences.s5 >= 0.9,
    earlier: before.s1 >= 0.85 && before.s5 >= 0.95,
    earlierValues: [before.s1, before.s5],
    s1Value: s1,
    s5Value: s5,
    sentencesS5: sentences.s5,
    misses,
  }).toMatchObject({ s1: true, s5: true, sentences: true, earlier: true });
});
