import { describe, expect, it } from 'vitest';
import { hashSource } from '~/lib/csp-hashes.mjs';
import { DIST, htmlPages, readPage } from '../support/site';

/**
 * A policy that says only what it means: every hash in a page's script-src and style-src is
 * the hash of an inline <script> or <style> of that very page (src/lib/csp-hashes.mjs prunes
 * the build-wide list Astro writes). The other half, that every inline script and style has its
 * hash, is in csp.test.ts.
 */

const policyOf = (html: string) =>
  /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html)?.[1] ?? '';

function hashesIn(policy: string, directive: string): string[] {
  const part = policy.split(';').find((p) => p.trim().split(/\s+/)[0] === directive) ?? '';
  return part.match(/'sha(?:256|384|512)-[^']+'/g) ?? [];
}

function inlineCode(html: string, tag: 'script' | 'style'): string[] {
  const pattern = new RegExp(`<${tag}\\b(?![^>]*\\bsrc=)[^>]*>([\\s\\S]*?)</${tag}>`, 'gi');
  return [...html.matchAll(pattern)].map((m) => m[1] ?? '');
}

describe(`CSP hashes match inline code on each page of ${DIST}`, () => {
  const pages = htmlPages();
  it('there are pages to check', () => expect(pages.length).toBeGreaterThan(10));

  it.each(pages)('%s', (page) => {
    const html = readPage(page);
    const policy = policyOf(html);
    expect(policy, 'geen CSP <meta>').not.toBe('');
    for (const tag of ['script', 'style'] as const) {
      const own = inlineCode(html, tag);
      for (const hash of hashesIn(policy, `${tag}-src`)) {
        const algorithm = /^'(sha\d+)-/.exec(hash)![1]!;
        const matches = own.filter((code) => hashSource(code, algorithm) === hash);
        expect(
          matches.length,
          `${tag}-src ${hash} hoort bij geen inline <${tag}> van ${page}`,
        ).toBeGreaterThan(0);
      }
    }
  });
});
