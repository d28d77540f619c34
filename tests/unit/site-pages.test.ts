import { existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  dynamicRoutes,
  linkProblem,
  nearestPage,
  pagesOfBrokenFiles,
  sitePages,
  staticPagePath,
  type SiteContent,
} from '~/lib/site-pages';

const content: SiteContent = {
  phases: [{ id: 'start' }, { id: 'platform' }],
  questions: [
    { id: 'start/vraag-1', data: { fase: 'start', nummer: 1 } },
    { id: 'platform/vraag-2', data: { fase: 'platform', nummer: 2 } },
  ],
  answers: [
    { data: { vraag: { id: 'start/vraag-1' }, letter: 'A' } },
    { data: { vraag: { id: 'start/vraag-1' }, letter: 'B' } },
    { data: { vraag: { id: 'platform/vraag-2' }, letter: 'B' } },
    // An answer to a question that does not exist makes no page (the rules report it).
    { data: { vraag: { id: 'start/vraag-9' }, letter: 'A' } },
  ],
  methods: [{ id: 'nudge' }],
  sources: [
    { id: 'toolkit', data: { hoofdstukken: [{ id: 'h1-inleiding' }] } },
    { id: 'dossier', data: { hoofdstukken: [] } },
  ],
  roles: [{ id: 'burger' }],
};

/** The page files of src/pages/, relative to it, as scripts/check-content.ts reads them. */
const pageFiles = globSync('**/*.{astro,md,mdx,html}', { cwd: 'src/pages' });

describe('the pages of the site', () => {
  it('turns a page file without parameters into its address; the 404 page and endpoints are no page', () => {
    expect(staticPagePath('index.astro')).toBe('/');
    expect(staticPagePath('team.astro')).toBe('/team/');
    expect(staticPagePath('fasen/index.astro')).toBe('/fasen/');
    expect(staticPagePath('404.astro')).toBeUndefined();
    expect(staticPagePath('robots.txt.ts')).toBeUndefined();
  });

  it('fills the content into the dynamic routes, with the addresses of src/lib/routes.ts', () => {
    const pages = sitePages(content, [
      'index.astro',
      'zoeken.astro',
      '404.astro',
      'fasen/index.astro',
      'fasen/[fase]/index.astro',
      'fasen/[fase]/meer.astro',
      'fasen/[fase]/[vraag]/[letter].astro',
      'boekjes/[fase].astro',
      'werkvormen/[id].astro',
      'rollen/[rol].astro',
      'bronnen/[bron]/index.astro',
      'bronnen/[bron]/[hoofdstuk].astro',
    ]);
    expect(pages).toEqual(
      [
        '/',
        '/zoeken/',
        '/fasen/',
        '/fasen/start/',
        '/fasen/platform/',
        '/fasen/start/meer/',
        '/fasen/platform/meer/',
        '/fasen/start/vraag-1/a/',
        '/fasen/start/vraag-1/b/',
        '/fasen/platform/vraag-2/b/',
        '/boekjes/start/',
        '/boekjes/platform/',
        '/werkvormen/nudge/',
        '/rollen/burger/',
        '/bronnen/toolkit/',
        '/bronnen/dossier/',
        '/bronnen/toolkit/h1-inleiding/',
      ].sort(),
    );
  });

  it('knows every dynamic route in src/pages/, and no route that is not there', () => {
    expect(() => sitePages(content, pageFiles)).not.toThrow();
    for (const route of dynamicRoutes()) expect(existsSync(join('src/pages', route)), route).toBe(true);
    // The static pages come from the file names: a new page in src/pages/ is known at once.
    expect(sitePages(content, pageFiles)).toEqual(
      expect.arrayContaining(['/', '/zoeken/', '/privacy/', '/team/', '/mijn-plan/', '/werkvormen/']),
    );
  });

  it('stops on a dynamic route it does not know, naming the file', () => {
    expect(() => sitePages(content, ['nieuws/[id].astro'])).toThrow(/src\/pages\/nieuws\/\[id\]\.astro/);
  });

  it('counts the pages of a file that is broken (no entry) as pages that will be there', () => {
    expect(
      pagesOfBrokenFiles([
        { collection: 'werkvormen', id: 'nudge' },
        { collection: 'vragen', id: 'start/vraag-2' },
        { collection: 'antwoorden', id: 'platform/vraag-1-b' },
        { collection: 'bronnen', id: 'toolkit' },
        { collection: 'secties', id: 'toolkit/001-x' },
      ]),
    ).toEqual({
      pages: [
        '/werkvormen/nudge/',
        '/fasen/start/vraag-2/a/',
        '/fasen/start/vraag-2/b/',
        '/fasen/platform/vraag-1/b/',
      ],
      prefixes: ['/bronnen/toolkit/'],
    });
  });
});

describe('a link written in content/', () => {
  const pages = new Set(sitePages(content, pageFiles));

  it('is fine when its page exists; the #anchor and ?query are not this check’s business', () => {
    expect(linkProblem('/werkvormen/nudge/', pages)).toBeUndefined();
    expect(linkProblem('/fasen/start/#vraag-1', pages)).toBeUndefined();
    expect(linkProblem('/fasen/start/#bestaat-niet', pages)).toBeUndefined();
    expect(linkProblem('/zoeken/?q=avg', pages)).toBeUndefined();
    expect(linkProblem(' /team/ ', pages)).toBeUndefined();
  });

  it('leaves external, mailto, relative and same-page links, and files, to others', () => {
    for (const url of [
      'https://example.org/x/',
      '//example.org/',
      'mailto:a@b.nl',
      '#vraag-1',
      '../nudge/',
      '/boekjes/start.pdf',
      '/favicon.svg',
    ])
      expect(linkProblem(url, pages), url).toBeUndefined();
  });

  it('names a page that does not exist and the nearest one that does', () => {
    expect(linkProblem('/fasen/bestaat-niet/', pages)).toBe(
      'link /fasen/bestaat-niet/: die pagina bestaat niet; bedoelt u /fasen/start/?',
    );
    expect(linkProblem('/werkvormen/nugde/#x', pages)).toBe(
      'link /werkvormen/nugde/#x: die pagina bestaat niet; bedoelt u /werkvormen/nudge/?',
    );
    expect(linkProblem('/werkvorm/nudge/', pages)).toMatch(/bedoelt u \/werkvormen\/nudge\/\?$/);
  });

  it('asks for the slash at the end when the page exists with one', () => {
    expect(linkProblem('/fasen/start', pages)).toBe(
      "link /fasen/start: mist de slash aan het eind; schrijf /fasen/start/ (de adressen van pagina's eindigen op /)",
    );
    expect(linkProblem('/werkvormen/nudg', pages)).toMatch(/bestaat niet; bedoelt u \/werkvormen\/nudge\/\?/);
  });

  it('accepts the pages of a broken file, which will be there once it is fixed', () => {
    const pending = pagesOfBrokenFiles([
      { collection: 'werkvormen', id: 'effectarena' },
      { collection: 'bronnen', id: 'interviews' },
    ]);
    expect(linkProblem('/werkvormen/effectarena/', pages)).toMatch(/bestaat niet/);
    expect(linkProblem('/werkvormen/effectarena/', pages, pending)).toBeUndefined();
    expect(linkProblem('/bronnen/interviews/h2-elan/', pages, pending)).toBeUndefined();
  });
});

describe('the nearest page', () => {
  it('looks in the same folder first, then everywhere', () => {
    const pages = ['/fasen/', '/fasen/start/', '/fasen/start/vraag-1/a/', '/werkvormen/nudge/', '/team/'];
    expect(nearestPage('/fasen/strat/', pages)).toBe('/fasen/start/');
    expect(nearestPage('/fasen/start/vraag-1/c/', pages)).toBe('/fasen/start/vraag-1/a/');
    expect(nearestPage('/taem/', pages)).toBe('/team/');
    expect(nearestPage('/x/', [])).toBeUndefined();
  });
});
