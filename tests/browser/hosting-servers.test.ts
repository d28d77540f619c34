import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { expect, test } from '../support/browser';
import { DOT_PATHS, IMMUTABLE, REVALIDATE, SECURITY_HEADERS, turnsOff } from '../support/hosting-rules';
import { host, type HostedSite, type ServerName } from '#tools/servers.ts';

/**
 * The configurations of hosting/ on Debian's real nginx, Apache and Caddy, each at the root
 * (dist/) and under /handboek/ (dist-sub/): a reader clicks to an answer, searches, downloads
 * a booklet and meets the 404 page; pages go out compressed with the build's own copies, and
 * the security and cache headers are there. Each server serves a copy of the build (hard
 * links) with secrets planted in dotfiles, which it must never hand out. Needs both builds
 * and their booklets (npm test).
 */
const builds = [
  { base: '/' as const, dir: process.env.DIST_DIR ?? 'dist' },
  { base: '/handboek/' as const, dir: process.env.SUB_DIST_DIR ?? 'dist-sub' },
];
const cases = (['nginx', 'apache', 'caddy'] as ServerName[]).flatMap((server) =>
  builds.map((build) => ({ server, ...build })),
);

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** Header names that came more than once (Node joins them in `headers`). */
  repeated: string[];
  body: Buffer;
}

/**
 * One request as a plain client sends it, with the body exactly as it came over the wire.
 * The path goes out as written (encoded dots and slashes included); GET unless `method`.
 */
function get(
  url: string,
  acceptEncoding?: string,
  extra: Record<string, string> = {},
  method = 'GET',
): Promise<Raw> {
  const { hostname, port, pathname, search } = new URL(url);
  const path = url.slice(url.indexOf('/', url.indexOf('//') + 2)) || pathname + search;
  return new Promise((resolve, reject) => {
    const headers = { ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}), ...extra };
    request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      const names = res.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
      const repeated = [...new Set(names.filter((n, i) => names.indexOf(n) !== i))];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, repeated, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

/** What every answer must be, whatever it is: no header line twice (nginx once sent them all twice). */
function expectWellFormed(answer: Raw, what: string) {
  expect(answer.repeated, `${what}: koppen die twee keer komen`).toEqual([]);
  // Debian's mime.conf reads .br as Breton; a page in Dutch never says so.
  expect(answer.headers['content-language'], what).toBeUndefined();
}

const SECRET = 'GEHEIM-NIET-SERVEREN';

/**
 * A copy of the build as hard links (instant, nothing copied), with a secret planted in every
 * dotfile of DOT_PATHS and a file under /.well-known/ that may be served.
 */
function plantedCopy(dir: string): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'handboek-planted-'));
  const copied = spawnSync('cp', ['-al', `${resolve(dir)}/.`, folder]);
  if (copied.status !== 0) throw new Error(`cp -al ${dir}: ${copied.stderr}`);
  for (const path of [...DOT_PATHS, '.well-known/security.txt']) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(
      join(folder, path),
      path.startsWith('.well-known') ? 'Contact: mailto:x@example.org\n' : SECRET,
    );
  }
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** The largest page of a source's chapters: the longest text a reader downloads. */
function longestChapter(dir: string): string {
  const chapters = readdirSync(join(dir, 'bronnen'), { recursive: true, encoding: 'utf8' })
    .filter((f) => /^[^/]+\/[^/]+\/index\.html$/.test(f))
    .sort();
  return chapters.reduce((a, b) =>
    statSync(join(dir, 'bronnen', b)).size > statSync(join(dir, 'bronnen', a)).size ? b : a,
  );
}

function expectSecurityHeaders(headers: Raw['headers'] | Record<string, string>, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(headers[name], `${what}: ${name}`).toBe(value);
  expect(turnsOff(headers['permissions-policy'] as string), `${what}: permissions-policy`).toBe(true);
}

/** Clicks a link and checks that the page it leads to answered 200 with one <h1>. */
async function follow(page: Page, link: Locator, what: string): Promise<URL> {
  const [response] = await Promise.all([
    page.waitForEvent('response', (r) => r.request().isNavigationRequest() && r.frame() === page.mainFrame()),
    link.first().click(),
  ]);
  await page.waitForLoadState('load');
  expect(response.status(), `${what}: ${response.url()}`).toBe(200);
  expect(await page.locator('h1').count(), `${what}: <h1> op ${page.url()}`).toBe(1);
  return new URL(page.url());
}

describe.each(cases)('$server with hosting/ configuration, $base', ({ server, base, dir }) => {
  let site: HostedSite;
  let planted: ReturnType<typeof plantedCopy>;
  beforeAll(async () => {
    planted = plantedCopy(dir);
    site = await host(server, planted.folder, base);
  });
  afterAll(async () => {
    await site?.stop();
    planted?.remove();
  });

  test('a reader clicks from home to an answer, searches with results and downloads a booklet', async ({
    newContext,
  }) => {
    // Without JavaScript: every step is a plain link that must work on this server.
    const plain = await newContext({ javaScriptEnabled: false });
    const failed: string[] = [];
    plain.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
    const page = await plain.newPage();
    const home = await page.goto(site.url);
    expect(home?.status()).toBe(200);
    // The browser gets the page compressed, in the best encoding it asked for.
    const asked = (await home!.request().headerValue('accept-encoding')) ?? '';
    expect(await home!.headerValue('content-encoding')).toBe(/\bbr\b/.test(asked) ? 'br' : 'gzip');
    await follow(page, page.locator(`main a[href="${base}fasen/start/"]`), 'fase');
    const phaseTitle = (await page.locator('h1').textContent()) ?? '';
    const answer = await follow(page, page.locator('main a.choice[data-letter="A"]'), 'antwoord A');
    expect(answer.pathname).toBe(`${base}fasen/start/vraag-1/a/`);
    await plain.close();

    // With JavaScript: search the longest word of the phase's title; Pagefind loads its index here.
    const word = phaseTitle.split(/[^\p{L}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
    const reader = await newContext();
    reader.on('response', (r) => void (r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)));
    const searchPage = await reader.newPage();
    await searchPage.goto(answer.href);
    await follow(searchPage, searchPage.locator(`header nav a[href="${base}zoeken/"]`), 'zoeken');
    const input = searchPage.locator('main form[role="search"] input[name="q"]');
    await input.fill(word);
    await input.press('Enter');
    const results = searchPage.locator('#zoekresultaten a');
    await results.first().waitFor({ timeout: 60_000 });
    const result = await follow(searchPage, results, `zoekresultaat voor "${word}"`);
    expect(result.pathname.startsWith(base)).toBe(true);

    // The booklet linked from the home page comes as a PDF.
    await searchPage.goto(site.url);
    const pdfHref = await searchPage.locator('main a[href$=".pdf"]').first().getAttribute('href');
    const pdf = await reader.request.get(new URL(pdfHref!, site.url).href);
    expect(pdf.status(), pdfHref!).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(failed).toEqual([]);
    await reader.close();
  });

  test("a missing address gets the site's own 404 page, with status 404 and the security headers", async ({
    page,
  }) => {
    const response = await page.goto(`${site.url}deze/pagina/bestaat/niet/`);
    expect(response?.status()).toBe(404);
    const own = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(dir, '404.html'), 'utf8'))?.[1];
    expect(await page.locator('h1').textContent()).toBe(own);
    expectSecurityHeaders(await response!.allHeaders(), '404');
    // Its stylesheet loads from the right place this deep below the base.
    expect(await page.evaluate(() => [...document.styleSheets].some((s) => s.cssRules.length > 0))).toBe(
      true,
    );
  });

  test("pages go out compressed with the build's own Brotli and gzip copies", async () => {
    for (const file of ['index.html', `bronnen/${longestChapter(dir)}`]) {
      const url = site.url + file.replace(/index\.html$/, '');
      const original = readFileSync(join(dir, file));
      const plain = await get(url);
      expect(plain.headers['content-encoding'], file).toBeUndefined();
      expect(plain.body.equals(original), file).toBe(true);
      for (const [encoding, unpack] of [
        ['br', brotliDecompressSync],
        ['gzip', gunzipSync],
      ] as const) {
        const packed = await get(url, encoding === 'br' ? 'br, gzip' : 'gzip');
        expect(packed.headers['content-encoding'], `${file} ${encoding}`).toBe(encoding);
        expect(String(packed.headers['vary']), `${file} ${encoding}`).toMatch(/accept-encoding/i);
        // Exactly the copy the build wrote: nothing compressed on the fly.
        expect(
          packed.body.equals(readFileSync(join(dir, `${file}.${encoding === 'br' ? 'br' : 'gz'}`))),
          file,
        ).toBe(true);
        expect(unpack(packed.body).equals(original), file).toBe(true);
      }
    }
  });

  test('pages revalidate, hashed files are kept a year, Pagefind files go out as they are, with their gzip coding', async () => {
    const home = await get(site.url, 'br, gzip');
    expectSecurityHeaders(home.headers, 'home');
    expect(home.headers['cache-control']).toBe(REVALIDATE);
    expect(home.headers['content-type']).toMatch(/^text\/html; charset=utf-8$/i);
    // Revalidating is cheap: the browser's copy is still good, so no body comes back.
    const validator = home.headers['etag']
      ? { 'if-none-match': String(home.headers['etag']) }
      : { 'if-modified-since': String(home.headers['last-modified']) };
    const again = await get(site.url, 'br, gzip', validator);
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    if (base !== '/') {
      // The sub-path without its slash leads to the handbook's home page.
      const bare = await get(site.url.slice(0, -1));
      expect([301, 308]).toContain(bare.status);
      expect(new URL(String(bare.headers['location']), site.url).href).toBe(site.url);
    }

    const css = /href="([^"]*\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1];
    const style = await get(new URL(css!, site.url).href, 'br, gzip');
    expect(style.status, css).toBe(200);
    expect(style.headers['cache-control'], css).toBe(IMMUTABLE);
    expect(style.headers['content-type'], css).toMatch(/^text\/css/);
    expectSecurityHeaders(style.headers, css!);

    for (const folder of ['fragment', 'index']) {
      const name = readdirSync(join(dir, 'pagefind', folder)).sort()[0];
      const file = await get(`${site.url}pagefind/${folder}/${name}`, 'br, gzip');
      expect(file.status, name).toBe(200);
      expect(file.headers['cache-control'], name).toBe(IMMUTABLE);
      expect(file.headers['content-type'], name).toBe('application/octet-stream');
      // Pagefind's files are gzip files, sent as they are with their coding, so the browser
      // unpacks them natively (Pagefind then skips its own unpacking in JavaScript).
      expect(file.headers['content-encoding'], name).toBe('gzip');
      expect(file.body.equals(readFileSync(join(dir, 'pagefind', folder, name!))), name).toBe(true);
    }
    const script = await get(`${site.url}pagefind/pagefind.js`, 'gzip');
    expect(script.headers['cache-control']).toBe(REVALIDATE);
    expect(script.headers['content-type']).toMatch(/^(text|application)\/javascript/);
  });
  test('dotfiles and dot-folders are refused with the 404 page, also when encoded', async () => {
    const encoded = (path: string) => [
      path,
      path.replace('.', '%2e'),
      path.replace('.', '%2E'),
      path.replace(/\.(\w)/, (_, c: string) => `.%${c.charCodeAt(0).toString(16)}`),
      path.replace('/', '%2f'),
      `fasen/../${path}`,
    ];
    const own = readFileSync(join(dir, '404.html'));
    for (const path of DOT_PATHS.flatMap(encoded)) {
      const answer = await get(site.url + path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain(SECRET);
      // The site's own 404 page; Apache refuses an encoded slash before any rule, with its own.
      if (!(server === 'apache' && path.includes('%2f'))) expect(answer.body.equals(own), path).toBe(true);
      expectWellFormed(answer, path);
    }
    // /.well-known/ (certificates, security.txt) only means something at the root of a host.
    if (base === '/') {
      const wellKnown = await get(`${site.url}.well-known/security.txt`);
      expect(wellKnown.status).toBe(200);
      expect(wellKnown.body.toString()).toContain('Contact:');
    }
  });

  test('only GET and HEAD: every other method gets 405 and no page', async () => {
    expect((await get(site.url, undefined, {}, 'HEAD')).status).toBe(200);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const answer = await get(site.url, undefined, { 'content-length': '0' }, method);
      expect(answer.status, method).toBe(405);
      expect(answer.body.toString(), method).not.toContain('<main');
      expectWellFormed(answer, method);
    }
  });

  test('a missing file is the 404 page as HTML, never cached long; other errors keep their own status', async () => {
    const own = readFileSync(join(dir, '404.html'));
    for (const path of [
      '_astro/bestaat-niet.js',
      'pagefind/fragment/bestaat-niet.pf_fragment',
      'pagefind/index/bestaat-niet.pf_index',
      'pagefind/pagefind.bestaat-niet.pf_meta',
      'boekjes/bestaat-niet.pdf',
    ]) {
      const answer = await get(site.url + path, 'br, gzip');
      expect(answer.status, path).toBe(404);
      expect(answer.headers['cache-control'], path).toBe(REVALIDATE);
      expect(answer.headers['content-type'], path).toMatch(/^text\/html; charset=utf-8$/i);
      expectSecurityHeaders(answer.headers, path);
      expectWellFormed(answer, path);
      const encoding = answer.headers['content-encoding'];
      const body =
        encoding === 'br'
          ? brotliDecompressSync(answer.body)
          : encoding === 'gzip'
            ? gunzipSync(answer.body)
            : answer.body;
      expect(body.equals(own), path).toBe(true);
    }
    // An address longer than any file name: the server's own error (414 or 500) with its own
    // text, not the handbook's "not found" page under another status.
    const long = await get(site.url + 'a'.repeat(70_000));
    expect(long.status).toBeGreaterThanOrEqual(400);
    expect(long.status).not.toBe(404);
    const notFound = /<h1[^>]*>([^<]+)<\/h1>/.exec(own.toString())?.[1];
    expect(notFound).toBeTruthy();
    expect(long.body.toString()).not.toContain(notFound);
    expectWellFormed(long, '70 KB');
  });

  test('Accept-Encoding is read as a list of codings with weights; text says Vary either way', async () => {
    const page = readFileSync(join(dir, 'index.html'));
    for (const [accept, expected] of [
      ['br', 'br'],
      ['gzip', 'gzip'],
      ['br, gzip', 'br'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0', undefined],
      ['br;q=0, gzip;q=0', undefined],
      ['x-br', undefined],
      ['identity', undefined],
      ['', undefined],
    ] as const) {
      const answer = await get(site.url, accept || undefined);
      expect(answer.headers['content-encoding'], `Accept-Encoding: ${accept}`).toBe(expected);
      if (!expected) expect(answer.body.equals(page), `Accept-Encoding: ${accept}`).toBe(true);
      expect(answer.headers['vary'], `Accept-Encoding: ${accept}`).toMatch(/^accept-encoding$/i);
      expectWellFormed(answer, `Accept-Encoding: ${accept}`);
    }
  });

  test('a Range that cannot be met: an answer with each header once', async () => {
    for (const range of ['bytes=99999999-', 'bytes=5-2', 'bytes=0-0,1-1,2-2']) {
      const answer = await get(site.url, undefined, { range });
      expect([200, 206, 416], range).toContain(answer.status);
      expectSecurityHeaders(answer.headers, range);
      expectWellFormed(answer, range);
    }
  });
});
