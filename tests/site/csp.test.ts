import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages, readPage } from '../support/site';

/**
 * The Content-Security-Policy Astro writes into every page (astro.config.mjs `security.csp`).
 * It must allow exactly what the site needs, Pagefind's WebAssembly and worker included, and
 * nothing from another host. The browser half (no violation while a page loads or a search
 * runs) is in tests/browser/privacy.test.ts.
 */

/** What each directive may contain besides 'self' and the hashes Astro adds. */
const ALLOWED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};
const HASH = /^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/;

function cspOf(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1];
}

function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe(`Content-Security-Policy on every page of ${DIST}`, () => {
  it.each(htmlPages())('%s', (page) => {
    const html = readPage(page);
    const policy = cspOf(html);
    expect(
      policy,
      'geen <meta http-equiv="content-security-policy">: staat security.csp in astro.config.mjs?',
    ).toBeDefined();
    const csp = parseCsp(policy!);

    // Only the directives and sources we chose; no host, no 'unsafe-inline', no 'unsafe-eval'.
    for (const [name, sources] of csp) {
      expect(Object.keys(ALLOWED), `onverwachte directive ${name}`).toContain(name);
      const unexpected = sources.filter(
        (s) =>
          !ALLOWED[name]!.includes(s) && !((name === 'script-src' || name === 'style-src') && HASH.test(s)),
      );
      expect(unexpected, `${name} staat meer toe dan nodig`).toEqual([]);
    }
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    // What Pagefind needs to run its search: compiling WebAssembly and a worker from a blob.
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);

    // A <meta> policy only covers what comes after it: it must precede every script and style.
    const metaAt = html.search(/<meta\s+http-equiv="content-security-policy"/i);
    const firstResource = html.search(/<script|<style|<link[^>]+rel="stylesheet"/i);
    if (firstResource !== -1) expect(metaAt).toBeLessThan(firstResource);

    // Every inline script and style is allowed by its hash, so Chromium runs it.
    const allowedHashes = [...(csp.get('script-src') ?? []), ...(csp.get('style-src') ?? [])];
    for (const [, tag, body] of html.matchAll(/<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/gi)) {
      if (tag!.toLowerCase() === 'script' || body!.trim())
        expect(allowedHashes, `inline <${tag}> zonder hash in de CSP`).toContain(sha256(body!));
    }
    // Inline event handlers and style attributes would be blocked without 'unsafe-inline'.
    expect(
      html.match(/\s(on[a-z]+|style)="[^"]*"/gi) ?? [],
      'inline handler of style="" (CSP blokkeert die)',
    ).toEqual([]);
  });
});
