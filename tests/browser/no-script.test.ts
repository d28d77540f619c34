import { describe, expect, test } from '../support/browser';
import { htmlPages, pageUrl, readPage, rootSite } from '../support/site';

/**
 * Without JavaScript, a control that only a script makes work is not shown: a reader should
 * never meet a button or field that does nothing. Every built page that has such parts
 * (marked `reflectie-met-js` or `reflectie-bewaar` in the HTML) is opened with scripts off.
 */
const SCRIPT_ONLY = /class="[^"]*\b(reflectie-met-js|reflectie-bewaar)\b/;
const pages = htmlPages().filter((page) => SCRIPT_ONLY.test(readPage(page)));

describe('without JavaScript', () => {
  test('there are pages with script-only parts to check', () => {
    expect(pages.length).toBeGreaterThan(0);
  });

  test.for(pages)('%s shows none of its script-only controls', async (page, { noScriptPage }) => {
    await noScriptPage.goto(pageUrl(rootSite(), page));
    const visible = await noScriptPage
      .locator('.reflectie-met-js, .reflectie-bewaar')
      .evaluateAll((els) =>
        els.filter((el) => (el as HTMLElement).offsetParent !== null).map((el) => el.outerHTML.slice(0, 120)),
      );
    expect(visible).toEqual([]);
  });
});
