import { readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import { host, type HostedSite, type ServerName } from '#tools/servers.ts';
import { describe, expect, test } from '../support/browser';
import { DIST, DIST_SUB } from '../support/site';

/**
 * The offline copy's service worker as each hosting configuration in hosting/ serves it: a
 * JavaScript type (browsers refuse a worker of another type), "Cache-Control: no-cache" (so a
 * new build's worker is seen on the next visit), and a scope that covers the whole site, at
 * the root and under /handboek/, checked by registering it in Chromium. Netlify's files are
 * read; GitHub Pages cannot send headers at all (the page registers with updateViaCache
 * "none", so the browser asks for sw.js past its HTTP cache there too).
 */
const cases: [ServerName, '/' | '/handboek/'][] = (['nginx', 'apache', 'caddy'] as const).flatMap(
  (server) => [[server, '/'] as [ServerName, '/'], [server, '/handboek/'] as [ServerName, '/handboek/']],
);

describe('the service worker as the hosting configurations serve it', () => {
  let site: HostedSite | undefined;
  afterEach(async () => {
    await site?.stop();
    site = undefined;
  });

  test.for(cases)(
    '%s at %s: JavaScript, no-cache, scope the whole site',
    async ([server, base], { page }) => {
      site = await host(server, base === '/' ? DIST : DIST_SUB, base);
      const response = await fetch(`${site.url}sw.js`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      await page.goto(site.url);
      const scope = await page.evaluate(async (base) => {
        const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base });
        const scope = registration.scope;
        await registration.unregister();
        return scope;
      }, base);
      expect(scope).toBe(site.url);
    },
  );

  test.each([
    ['hosting/netlify/_headers', '/sw.js'],
    ['hosting/netlify/handboek/_headers', '/handboek/sw.js'],
  ])('%s sends %s with no-cache', (file, path) => {
    const rules = readFileSync(file, 'utf8').replace(/^#.*\n/gm, '');
    expect(rules).toContain(`\n${path}\n  Cache-Control: no-cache\n`);
  });
});
