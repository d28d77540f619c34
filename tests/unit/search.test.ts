import { describe, expect, it } from 'vitest';
import {
  emptyFilters,
  excerptParts,
  filterCounts,
  hasSearch,
  pageFilterLabels,
  pagefindFilters,
  pagesWithOptions,
  passesFilters,
  resultLayout,
  resultTitle,
  resultUrl,
  sectionsFilters,
  stateFromParams,
  urlFromState,
  type FilterOptions,
  type OptionPages,
} from '~/lib/search';

const options: FilterOptions = {
  fase: [
    { id: 'start', label: 'Start' },
    { id: 'platform', label: 'Platform' },
  ],
  rol: [{ id: 'burger', label: 'Burgers' }],
  bron: [{ id: 'beslishulp', label: 'Beslishulp' }],
  soort: [
    { id: 'vraag en antwoord', label: 'Vraag en antwoord' },
    { id: 'stap', label: 'Stap' },
  ],
};

describe('pageFilterLabels', () => {
  it('turns a page’s ids into the labels the index holds, in the options’ order, without duplicates', () => {
    expect(
      pageFilterLabels({ fase: ['platform', 'start', 'platform'], soort: ['vraag en antwoord'] }, options),
    ).toEqual([
      ['fase', 'Start'],
      ['fase', 'Platform'],
      ['soort', 'Vraag en antwoord'],
    ]);
  });
  it('stops the build on an id that is not an option, naming the group and what is allowed', () => {
    expect(() => pageFilterLabels({ fase: ['evaluatie'] }, options)).toThrow(
      /fase: onbekende waarde "evaluatie".*start, platform/,
    );
  });
});

describe('search state and address', () => {
  it('reads the query and known filter ids from the address, dropping unknown ones', () => {
    const state = stateFromParams(
      new URLSearchParams('q=kartrekker&fase=platform&fase=start&fase=nope&rol=burger'),
      options,
    );
    expect(state).toEqual({
      q: 'kartrekker',
      filters: { fase: ['start', 'platform'], rol: ['burger'], bron: [], soort: [] },
    });
  });
  it('writes a state back as an address that reads the same', () => {
    const state = {
      q: ' afspraak ',
      filters: { ...emptyFilters(), fase: ['start'], soort: ['vraag en antwoord'] },
    };
    const url = urlFromState(state, '/handboek/zoeken/');
    expect(url).toBe('/handboek/zoeken/?q=afspraak&fase=start&soort=vraag+en+antwoord');
    expect(stateFromParams(new URL(url, 'http://x').searchParams, options).filters.soort).toEqual([
      'vraag en antwoord',
    ]);
  });
  it('leaves the address bare when there is nothing to search', () => {
    expect(urlFromState({ q: '  ', filters: emptyFilters() }, '/zoeken/')).toBe('/zoeken/');
    expect(hasSearch({ q: '  ', filters: emptyFilters() })).toBe(false);
    expect(hasSearch({ q: '', filters: { ...emptyFilters(), rol: ['burger'] } })).toBe(true);
  });
  it('keeps special characters intact in the address', () => {
    const url = urlFromState({ q: `<script>"'%&((`, filters: emptyFilters() }, '/zoeken/');
    expect(new URL(url, 'http://x').searchParams.get('q')).toBe(`<script>"'%&((`);
  });
});

describe('Pagefind filters and counts', () => {
  it('asks for any chosen option within a group, by label', () => {
    const state = {
      q: '',
      filters: { ...emptyFilters(), fase: ['platform', 'start'], bron: ['beslishulp'] },
    };
    expect(pagefindFilters(state, options)).toEqual({
      fase: { any: ['Start', 'Platform'] },
      bron: { any: ['Beslishulp'] },
    });
  });
});

describe('filters and counts from the pages of each option', () => {
  // Pages a–e; a and b are Start, c Platform, d both; a and c are for Burgers.
  const pages: OptionPages = {
    fase: { start: new Set(['a', 'b', 'd']), platform: new Set(['c', 'd']) },
    rol: { burger: new Set(['a', 'c']) },
    bron: { beslishulp: new Set(['a', 'b', 'c', 'd', 'e']) },
    soort: {},
  };
  const state = (filters: Partial<ReturnType<typeof emptyFilters>>) => ({
    q: 'x',
    filters: { ...emptyFilters(), ...filters },
  });
  it('lets a page through with any chosen option of a group, and every group with a choice', () => {
    const s = state({ fase: ['start', 'platform'], rol: ['burger'] });
    expect(['a', 'b', 'c', 'd', 'e'].filter((id) => passesFilters(id, s, pages))).toEqual(['a', 'c']);
    expect(passesFilters('e', state({}), pages)).toBe(true);
  });
  it('counts per option the results that have it, the other groups’ choices applied', () => {
    const counts = filterCounts(['a', 'b', 'c', 'e'], state({ rol: ['burger'] }), pages);
    expect(counts.fase).toEqual({ start: 1, platform: 1 });
    // The group's own choice is left out: Burgers counts every result that has it.
    expect(counts.rol).toEqual({ burger: 2 });
    expect(counts.bron).toEqual({ beslishulp: 2 });
  });
  it('gives a ticked option, alone in its group, the number of results in the list', () => {
    const s = state({ fase: ['platform'] });
    const ids = ['a', 'b', 'c', 'd', 'e'];
    expect(filterCounts(ids, s, pages).fase['platform']).toBe(
      ids.filter((id) => passesFilters(id, s, pages)).length,
    );
  });
  it('lists every page that has an option once', () => {
    expect(pagesWithOptions(pages).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('excerptParts', () => {
  it('splits the highlighted hits from the text', () => {
    expect(excerptParts('Een <mark>kartrekker</mark> is het <mark>halve</mark> werk.')).toEqual([
      { text: 'Een ', marked: false },
      { text: 'kartrekker', marked: true },
      { text: ' is het ', marked: false },
      { text: 'halve', marked: true },
      { text: ' werk.', marked: false },
    ]);
  });
  it('gives escaped page text back as text, so it can never become markup', () => {
    const parts = excerptParts('zie &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&lt;b&gt;</mark>');
    expect(parts).toEqual([
      { text: 'zie <script>alert(1)</script> & ', marked: false },
      { text: '<b>', marked: true },
    ]);
  });
  it('is empty for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});

describe('result fix-ups', () => {
  it('accepts only the site’s own paths from the index, never another host or a script', () => {
    for (const url of [
      'https://elders.example/',
      '//elders.example/fasen/',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,x',
      '/\\elders.example/',
      'fasen/start/',
      '/fasen/ start/',
      '',
    ])
      expect(resultUrl(url, '/handboek/'), url).toBeNull();
  });
  it('adds the base path where Pagefind left it out, once', () => {
    expect(resultUrl('/fasen/start/', '/handboek/')).toBe('/handboek/fasen/start/');
    expect(resultUrl('/handboek/fasen/start/#vraag-1', '/handboek/')).toBe('/handboek/fasen/start/#vraag-1');
    expect(resultUrl('/fasen/start/', '/')).toBe('/fasen/start/');
    expect(resultUrl('/fasen/start/', '/handboek')).toBe('/handboek/fasen/start/');
  });
  it('titles a result by its search title, else by its address', () => {
    expect(resultTitle({ title: ' Reflectie 1 · Vraag 1 ' }, '/x/')).toBe('Reflectie 1 · Vraag 1');
    expect(resultTitle({}, '/x/')).toBe('/x/');
  });
  it('shows the best-matching three sub-results first, ties in page order', () => {
    const sub = (url: string, ...scores: number[]) => ({
      title: url,
      url,
      excerpt: url,
      weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
    });
    const sub_results = [sub('/a/#1', 1), sub('/a/#2', 5), sub('/a/#3', 1), sub('/a/#4', 2, 2), sub('/a/#5')];
    expect(resultLayout({ url: '/a/', excerpt: 'x', sub_results }).subs.map((s) => s.url)).toEqual([
      '/a/#2',
      '/a/#4',
      '/a/#1',
    ]);
  });
  it('shows sub-results that lead to a heading inside the page, at most three', () => {
    const sub = (url: string) => ({ title: url, url, excerpt: `tekst bij ${url}` });
    const sub_results = [sub('/a/'), sub('/a/#1'), sub('/a/#2'), sub('/a/#3'), sub('/a/#4')];
    const layout = resultLayout({ url: '/a/', excerpt: 'begin', sub_results });
    expect(layout.subs.map((s) => s.url)).toEqual(['/a/#1', '/a/#2', '/a/#3']);
    expect(layout.excerpt).toBe('begin');
    expect(resultLayout({ url: '/a/', excerpt: 'begin' })).toEqual({ excerpt: 'begin', subs: [] });
  });
  it('shows an excerpt once: under its heading when a sub-result has it', () => {
    const sub_results = [{ title: 'Kop', url: '/a/#kop', excerpt: 'de <mark>kartrekker</mark>' }];
    expect(resultLayout({ url: '/a/', excerpt: 'de <mark>kartrekker</mark>', sub_results })).toEqual({
      excerpt: null,
      subs: sub_results,
    });
  });
});

describe('sectionsFilters', () => {
  it('is the union of the sections’ phases, roles and kinds', () => {
    const filters = sectionsFilters([
      { fasen: ['start'], rollen: ['burger'], soort: 'stap' },
      { fasen: ['start', 'platform'], rollen: ['gemeente'], soort: 'stap' },
    ]);
    expect(filters).toEqual({ fase: ['start', 'platform'], rol: ['burger', 'gemeente'], soort: ['stap'] });
  });
});
