import { describe, expect, it } from 'vitest';
import { anchorProblem, codeIdPatterns, contentAnchorsByPage } from '~/lib/content-anchors';
import { headingId, headingScope } from '~/lib/markdown-plugins.mjs';

const content = {
  questions: [
    { id: 'start/vraag-1', data: { fase: 'start', nummer: 1 } },
    { id: 'start/vraag-2', data: { fase: 'start', nummer: 2 } },
  ],
  answers: [{ id: 'start/vraag-1-a', data: { vraag: { id: 'start/vraag-1' }, letter: 'A' } }],
  sections: [{ id: 'toolkit/012-rol-van-de-gemeente', data: { bron: { id: 'toolkit' }, hoofdstuk: 'h2' } }],
};
const files = [
  { collection: 'antwoorden', id: 'start/vraag-1-a', headings: ['start-vraag-1-a-tips'] },
  { collection: 'werkvormen', id: 'nudge', headings: ['nudge-stappen'] },
];
const byPage = contentAnchorsByPage(content, files);
const code = codeIdPatterns(['<h2 id="errata">', 'id={`fase-${phase.id}`} id={`${a}-${b}`}']);
const problem = (url: string) => {
  const [, page, anchor] = /^(.*?)#(.*)$/.exec(url)!;
  return anchorProblem(url, page!, anchor!, byPage, code);
};

describe('anchors checked before the build', () => {
  it('gives headings the ids the pages give them', () => {
    const scope = headingScope('/project/content/antwoorden/start/vraag-1-a.mdx');
    expect(scope).toBe('start-vraag-1-a');
    const used = new Set<string>();
    expect(headingId(scope, 'Tips', used)).toBe('start-vraag-1-a-tips');
    expect(headingId(scope, 'Tips', used)).toBe('start-vraag-1-a-tips-2');
  });

  it('knows the questions of a phase page, the headings of answers and werkvormen, and section anchors', () => {
    expect(byPage.get('/fasen/start/')).toEqual(new Set(['vraag-1', 'vraag-2', 'start-vraag-1-a-tips']));
    expect(byPage.get('/fasen/start/vraag-1/a/')).toEqual(new Set(['start-vraag-1-a-tips']));
    expect(byPage.get('/werkvormen/nudge/')).toEqual(new Set(['nudge-stappen']));
    expect(byPage.get('/bronnen/toolkit/h2/')).toEqual(new Set(['rol-van-de-gemeente']));
  });

  it('accepts anchors that exist', () => {
    expect(problem('/fasen/start/#vraag-2')).toBeUndefined();
    expect(problem('/fasen/start/vraag-1/a/#start-vraag-1-a-tips')).toBeUndefined();
    expect(problem('/bronnen/toolkit/h2/#rol-van-de-gemeente')).toBeUndefined();
  });

  it('reports an anchor that exists nowhere, with the nearest anchors of that page', () => {
    expect(problem('/fasen/start/#vraag-tips')).toBe(
      'link /fasen/start/#vraag-tips: anker #vraag-tips bestaat niet op /fasen/start/; bedoelt u #vraag-1 of #vraag-2 of #start-vraag-1-a-tips?',
    );
    expect(problem('/werkvormen/nudge/#stappen')).toMatch(
      /anker #stappen bestaat niet .*bedoelt u #nudge-stappen\?$/,
    );
  });

  it('reports a question number its phase does not have, even though another phase may have it', () => {
    expect(problem('/fasen/start/#vraag-3')).toMatch(/anker #vraag-3 bestaat niet op \/fasen\/start\//);
  });

  it('leaves to the check after the build what may exist: a heading shown elsewhere, an id of the code', () => {
    expect(problem('/fasen/start/#nudge-stappen')).toBeUndefined();
    expect(problem('/fasen/start/#errata')).toBeUndefined();
    expect(problem('/fasen/start/#fase-start')).toBeUndefined();
  });

  it('reads ids and id patterns from the code, leaving out templates that would match anything', () => {
    expect(code.map(String)).toEqual(['/^errata$/', '/^fase-.+$/']);
  });
});
