import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMMUTABLE, SECURITY_HEADERS, turnsOff } from '../support/hosting-rules';

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

  it('keeps hashed files a year, Pagefind index files as plain bytes', () => {
    for (const path of ['_astro/*', 'pagefind/fragment/*', 'pagefind/index/*'])
      expect(rules.get(base + path)?.get('cache-control'), path).toBe(IMMUTABLE);
    for (const path of ['pagefind/fragment/*', 'pagefind/index/*'])
      expect(rules.get(base + path)?.get('content-type'), path).toBe('application/octet-stream');
  });

  it('has no rule outside the base path', () => {
    for (const path of rules.keys()) expect(path.startsWith(base), path).toBe(true);
  });
});

describe('Netlify under /handboek/', () => {
  it("answers a missing address with the handbook's own 404 page and status 404", () => {
    const rules = read('netlify/handboek/_redirects')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    expect(rules).toContainEqual(['/handboek/*', '/handboek/404.html', '404']);
    expect(rules).toContainEqual(['/handboek', '/handboek/', '301']);
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
    // Both the build and the booklets get BASE_PATH from that step's base_path, with the slash.
    const basePaths = code.match(/BASE_PATH: \$\{\{ steps\.(\w+)\.outputs\.base_path \}\}\//g) ?? [];
    expect(basePaths.length).toBe(2);
    expect(basePaths.every((b) => b.includes(`steps.${pagesId}.`))).toBe(true);
    expect(code).toMatch(/run: npm ci/);
    expect(code.indexOf('run: npm run build')).toBeGreaterThan(code.indexOf('configure-pages'));
    expect(code.indexOf('run: npm run booklets')).toBeGreaterThan(code.indexOf('run: npm run build'));
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
