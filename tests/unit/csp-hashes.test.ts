import { describe, expect, it } from 'vitest';
import { hashSource, pruneCspHashes } from '~/lib/csp-hashes.mjs';

const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const own = 'document.title="x"';
const ownStyle = 'p{color:red}';

describe('pruneCspHashes', () => {
  it("keeps only the hashes of the page's own inline scripts and styles", () => {
    const policy = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashSource(own)} ${hashSource('other()')} ${hashSource('')}; style-src 'self' ${hashSource(ownStyle)} ${hashSource('')};`;
    const out = pruneCspHashes(page(policy, `<script>${own}</script><style>${ownStyle}</style>`));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hashSource(own)};`);
    expect(out).toContain(`style-src 'self' ${hashSource(ownStyle)};`);
    expect(out).not.toContain(hashSource('other()'));
    expect(out).not.toContain(hashSource(''));
    expect(out).toContain("default-src 'self'");
  });

  it('does not count external scripts (src=) as inline code', () => {
    const policy = `script-src 'self' ${hashSource('')}`;
    const out = pruneCspHashes(page(policy, '<script type="module" src="/a.js"></script>'));
    expect(out).toContain("script-src 'self'");
    expect(out).not.toContain('sha256');
  });

  it('works for the sha384 and sha512 a configuration may choose', () => {
    const policy = `script-src 'self' ${hashSource(own, 'sha384')} ${hashSource('x', 'sha384')}`;
    const out = pruneCspHashes(page(policy, `<script>${own}</script>`));
    expect(out).toContain(hashSource(own, 'sha384'));
    expect(out).not.toContain(hashSource('x', 'sha384'));
  });

  it('leaves a page without a CSP alone, and is stable when run twice', () => {
    expect(pruneCspHashes('<p>geen csp</p>')).toBe('<p>geen csp</p>');
    const once = pruneCspHashes(page(`script-src 'self' ${hashSource('x')}`, ''));
    expect(pruneCspHashes(once)).toBe(once);
  });
});
