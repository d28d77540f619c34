import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { trimCspHashes } from '~/lib/csp-trim';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('trimCspHashes', () => {
  it('drops the hashes a page does not use and keeps every other source', () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha('a()')} ${sha('b()')}; style-src 'self' ${sha('p{}')}`;
    const html = trimCspHashes(page(policy, '<script type="module" src="/x.js"></script><p>tekst</p>'));
    expect(html).toContain(
      `content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'"`,
    );
  });

  it("keeps the hash of the page's own inline script and style, so the browser still runs them", () => {
    const policy = `script-src 'self' ${sha('a()')} ${sha('b()')}; style-src 'self' ${sha('p{}')}`;
    const html = trimCspHashes(page(policy, '<script>b()</script><style>p{}</style>'));
    expect(html).toContain(`script-src 'self' ${sha('b()')}; style-src 'self' ${sha('p{}')}"`);
    expect(html).not.toContain(sha('a()'));
  });

  it('leaves a page without a CSP as it is', () => {
    expect(trimCspHashes('<p>geen beleid</p>')).toBe('<p>geen beleid</p>');
  });
});
