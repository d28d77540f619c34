import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkSite,
  classifyRef,
  decodeEntities,
  pageUrlPath,
  parseHtml,
  resolveTarget,
} from '#tools/link-check.mjs';

describe('parseHtml', () => {
  it('finds ids and every kind of URL, but nothing inside scripts, styles or comments', () => {
    const { ids, refs } = parseHtml(`
      <link rel="stylesheet" href="/_astro/a.css"><style>a { background: url(/x.png) }</style>
      <h2 id="kop">Kop</h2><a name="oud"></a>
      <a href="/fasen/start/#vraag-1" class='x'>a</a>
      <img src="/logo.svg" srcset="/a.png 1x, /b.png 2x" alt="">
      <form action="/zoeken/"></form>
      <!-- <a href="/weg/">weg</a> -->
      <script type="module">const a = '<a href="/in-script/">';</script>
      <div data="geen-url"></div>`);
    expect([...ids]).toEqual(['kop', 'oud']);
    expect(refs.map((r) => r.value)).toEqual([
      '/_astro/a.css',
      '/fasen/start/#vraag-1',
      '/logo.svg',
      '/a.png',
      '/b.png',
      '/zoeken/',
    ]);
  });

  it('decodes entities in attribute values', () => {
    expect(parseHtml('<a href="/a/?x=1&amp;y=2">').refs[0]?.value).toBe('/a/?x=1&y=2');
    expect(decodeEntities('&#39;&#x41;&quot;')).toBe(`'A"`);
  });
});

describe('addresses', () => {
  it('maps page files to the paths they are served at', () => {
    expect(pageUrlPath('index.html')).toBe('/');
    expect(pageUrlPath('fasen/start/index.html', '/handboek/')).toBe('/handboek/fasen/start/');
    expect(pageUrlPath('404.html', 'handboek')).toBe('/handboek/404.html');
  });

  it('tells internal, external and meaningless links apart', () => {
    expect(classifyRef('https://www.movisie.nl/', '/')).toEqual({
      kind: 'external',
      url: 'https://www.movisie.nl/',
    });
    expect(classifyRef('//cdn.example/x.js', '/').kind).toBe('external');
    expect(classifyRef('mailto:a@b.nl', '/').kind).toBe('skip');
    expect(classifyRef('#', '/').kind).toBe('problem');
    expect(classifyRef('  ', '/').kind).toBe('problem');
    expect(classifyRef('javascript:void(0)', '/').kind).toBe('problem');
    expect(classifyRef('../b/#stap-1', '/bronnen/a/')).toEqual({
      kind: 'internal',
      path: '/bronnen/b/',
      fragment: 'stap-1',
      samePage: false,
    });
    expect(classifyRef('#vraag-2', '/fasen/start/')).toMatchObject({
      path: '/fasen/start/',
      fragment: 'vraag-2',
      samePage: true,
    });
  });

  it('resolves paths the way a static host does, base path and trailing slash included', () => {
    const files: Record<string, 'file' | 'dir'> = {
      'index.html': 'file',
      fasen: 'dir',
      'fasen/index.html': 'file',
      'boekjes/start.pdf': 'file',
    };
    const kindOf = (rel: string) => files[rel];
    expect(resolveTarget('/handboek/fasen/', '/handboek/', kindOf)).toEqual({ file: 'fasen/index.html' });
    expect(resolveTarget('/handboek/', '/handboek/', kindOf)).toEqual({ file: 'index.html' });
    expect(resolveTarget('/handboek/boekjes/start.pdf', '/handboek/', kindOf)).toEqual({
      file: 'boekjes/start.pdf',
    });
    expect(resolveTarget('/handboek/fasen', '/handboek/', kindOf)).toMatchObject({
      problem: expect.stringContaining('slash'),
    });
    expect(resolveTarget('/fasen/', '/handboek/', kindOf)).toMatchObject({
      problem: expect.stringContaining('basispad'),
    });
    expect(resolveTarget('/handboek/rollen/', '/handboek/', kindOf)).toMatchObject({
      problem: expect.stringContaining('rollen/index.html'),
    });
  });
});

describe('checkSite on a tiny build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-links-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `<!doctype html><html lang="nl"><body>${html}</body></html>`);
  };
  write(
    'index.html',
    `
    <a href="/handboek/fasen/">fasen</a>
    <a href="/handboek/fasen/#vraag-1">goed anker</a>
    <a href="/handboek/fasen/#vraag-9">kapot anker</a>
    <a href="/handboek/bestaat-niet/">kapotte link</a>
    <a href="#">nergens</a>
    <a href="https://www.movisie.nl/">extern</a>`,
  );
  write('fasen/index.html', '<h2 id="vraag-1">Vraag 1</h2><a href="../">home</a><a href="#vraag-1">hier</a>');
  write('404.html', '<a href="fasen/">relatief</a><a href="/handboek/">home</a>');

  it('reports each broken link and anchor with file, href and problem, and lists external links', () => {
    const result = checkSite(dir, '/handboek/');
    expect(result.pages).toBe(3);
    expect(result.failures.map((f) => [f.file, f.href])).toEqual([
      ['404.html', '<a href="fasen/">'],
      ['index.html', '<a href="/handboek/fasen/#vraag-9">'],
      ['index.html', '<a href="/handboek/bestaat-niet/">'],
      ['index.html', '<a href="#">'],
    ]);
    expect(result.failures[1]?.problem).toMatch(/anker #vraag-9 bestaat niet/);
    expect(result.failures[2]?.problem).toMatch(/geen pagina op \/handboek\/bestaat-niet\//);
    expect([...result.external.keys()]).toEqual(['https://www.movisie.nl/']);
  });

  it('finds nothing wrong when the same build is checked without the links that break', () => {
    const clean = mkdtempSync(join(tmpdir(), 'check-links-clean-'));
    writeFileSync(join(clean, 'index.html'), '<a href="/#top">top</a><p id="top"></p>');
    expect(checkSite(clean, '/').failures).toEqual([]);
    rmSync(clean, { recursive: true, force: true });
  });
});
