import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOT_PATHS, IMMUTABLE, SECURITY_HEADERS, netlifyPattern, turnsOff } from '../support/hosting-rules';

/**
 * The hosting configurations that cannot be started here (Netlify, GitHub Pages) are read for
 * the same rules the real servers are tested on (tests/browser/hosting-servers.test.ts); the
 * server files are read too, so that all of them send one and the same Permissions-Policy.
 */
const read = (file: string) => readFileSync(`hosting/${file}`, 'utf8');

const SERVER_FILES = [
  'nginx/handboek.conf',
  'nginx/handboek-subpath.conf',
  'apache/.htaccess',
  'caddy/Caddyfile',
  'caddy/Caddyfile.subpath',
  'netlify/_headers',
  'netlify/handboek/_headers',
];

/** Netlify's _headers as { path: { header: value } }, comments left out. */
function parseNetlifyHeaders(text: string): Map<string, Map<string, string>> {
  const rules = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(':');
      if (!current) throw new Error(`kop zonder pad: ${line}`);
      current.set(name!.toLowerCase(), value.join(':').trim());
    }
  }
  return rules;
}

describe('every configuration in hosting/', () => {
  it.each(SERVER_FILES)('%s sends the security headers with their values', (file) => {
    const text = read(file);
    for (const value of Object.values(SECURITY_HEADERS)) expect(text).toContain(value);
    expect(text).toMatch(/Permissions-Policy/i);
  });

  it('all send the same Permissions-Policy, one that only turns features off', () => {
    const policies = SERVER_FILES.map((file) => {
      const match = /Permissions-Policy:?\s+"?([a-z-]+=\(\)(?:, [a-z-]+=\(\))*)/i.exec(read(file));
      return match?.[1];
    });
    expect(new Set(policies).size).toBe(1);
    expect(turnsOff(policies[0])).toBe(true);
  });
});

describe.each([
  { file: 'netlify/_headers', base: '/' },
  { file: 'netlify/handboek/_headers', base: '/handboek/' },
])('Netlify $file', ({ file, base }) => {
  const rules = parseNetlifyHeaders(read(file));

  it('sends the security headers on every address below the base', () => {
    const all = rules.get(`${base}*`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all?.get(name), name).toBe(value);
    expect(turnsOff(all?.get('permissions-policy'))).toBe(true);
    // A Cache-Control here would be joined to the hashed files' own value, so pages keep Netlify's revalidation.
    expect(all?.has('cache-control')).toBe(false);
  });

  /** The headers Netlify sends for an address: every matching rule, later ones joined on. */
  const headersFor = (path: string) => {
    const sent = new Map<string, string>();
    for (const [rule, headers] of rules)
      if (netlifyPattern(rule).test(path))
        for (const [name, value] of headers)
          sent.set(name, sent.has(name) ? `${sent.get(name)}, ${value}` : value);
    return sent;
  };

  // One address of every kind of file the build writes, named as Astro and Pagefind name them.
  const hashed = [
    '_astro/Base.BQlGfDvr.css',
    '_astro/header-combobox-jQ842s4-.js',
    'pagefind/pagefind.1a2b3c4d5e.pf_meta',
    'pagefind/fragment/nl_0a1b2c3.pf_fragment',
    'pagefind/index/nl_0a1b2c3.pf_index',
    'pagefind/filter/nl_0a1b2c3.pf_filter',
  ];
  const named = [
    '',
    'fasen/start/',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'boekjes/start.pdf',
  ];

  it.each(hashed)('keeps %s a year; Pagefind data goes out as plain bytes', (file) => {
    const sent = headersFor(base + file);
    expect(sent.get('cache-control')).toBe(IMMUTABLE);
    if (file.startsWith('pagefind/')) expect(sent.get('content-type')).toBe('application/octet-stream');
  });

  it.each(named)('leaves "%s" to Netlify\'s own revalidation and type', (file) => {
    const sent = headersFor(base + file);
    expect(sent.has('cache-control')).toBe(false);
    expect(sent.has('content-type')).toBe(false);
    expect(sent.get('x-content-type-options')).toBe('nosniff');
  });

  it('has no rule outside the base path', () => {
    for (const path of rules.keys()) expect(path.startsWith(base), path).toBe(true);
  });
});

/** Netlify's _redirects as [from, to, status] rules, comments left out, in their order. */
const redirects = (file: string) =>
  read(file)
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.trim().split(/\s+/));

describe('Netlify under /handboek/', () => {
  it("answers a missing address with the handbook's own 404 page and status 404", () => {
    const rules = redirects('netlify/handboek/_redirects');
    expect(rules).toContainEqual(['/handboek/*', '/handboek/404.html', '404']);
    expect(rules).toContainEqual(['/handboek', '/handboek/', '301']);
  });
});

describe.each([
  { file: 'netlify/_redirects', base: '/' },
  { file: 'netlify/handboek/_redirects', base: '/handboek/' },
])('Netlify $file', ({ file, base }) => {
  it.each(DOT_PATHS)('refuses %s with the 404 page, even where the file exists', (path) => {
    // The first rule that matches applies (Netlify reads _redirects top to bottom).
    const rule = redirects(file).find(([from]) => netlifyPattern(from!).test(base + path));
    expect(rule, base + path).toEqual([expect.any(String), `${base}404.html`, '404!']);
  });

  it('leaves /.well-known/ and the pages alone', () => {
    for (const path of ['.well-known/security.txt', 'fasen/start/', '', 'pagefind/pagefind.js'])
      expect(
        redirects(file).find(
          ([from, , status]) => status === '404!' && netlifyPattern(from!).test(base + path),
        ),
        path,
      ).toBeUndefined();
  });
});

describe('GitHub Pages workflow', () => {
  const text = read('github-pages/deploy.yml');
  const steps = text.split('\n').filter((l) => !l.trim().startsWith('#'));
  const code = steps.join('\n');

  it("builds with the repository's sub-path from configure-pages, booklets included", () => {
    expect(code).toMatch(/uses: actions\/configure-pages@v\d+/);
    const pagesId = /- id: (\w+)\n\s+uses: actions\/configure-pages/.exec(code)?.[1];
    expect(pagesId).toBeTruthy();
    // The build gets BASE_PATH from that step's base_path, with the slash.
    const basePaths = code.match(/BASE_PATH: \$\{\{ steps\.(\w+)\.outputs\.base_path \}\}\//g) ?? [];
    expect(basePaths).toEqual([`BASE_PATH: \${{ steps.${pagesId}.outputs.base_path }}/`]);
    expect(code).toMatch(/run: npm ci/);
    expect(code.indexOf('run: npm run build')).toBeGreaterThan(code.indexOf('configure-pages'));
    // The build makes the booklets (with the runner's Chrome); nothing makes them a second time.
    expect(code).toMatch(/CHROMIUM_BIN: \/usr\/bin\/google-chrome/);
    expect(code).not.toMatch(/npm run booklets/);
  });

  it('deploys dist/ to Pages with only the permissions that needs', () => {
    expect(code).toMatch(/uses: actions\/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/);
    expect(code).toMatch(/uses: actions\/deploy-pages@v\d+/);
    expect(code).toMatch(/needs: build/);
    const permissions = /permissions:\n((?: {2}.+\n)+)/.exec(code)?.[1]?.trim().split(/\n\s*/);
    expect(permissions?.sort()).toEqual(['contents: read', 'id-token: write', 'pages: write']);
    expect(code).toMatch(/branches: \[main\]/);
  });

  it('leaves out the copies Pages never serves, and says which headers it cannot send', () => {
    expect(code).toMatch(/find dist .*-name '\*\.br' .*-name '\*\.gz'.* -delete/);
    const comments = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join('\n');
    expect(comments).toMatch(/cannot/);
    for (const header of ['frame-ancestors', 'X-Content-Type-Options', 'Permissions-Policy'])
      expect(comments).toContain(header);
  });
});
