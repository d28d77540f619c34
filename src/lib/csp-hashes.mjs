import { createHash } from 'node:crypto';

/**
 * Astro's `security.csp` puts the hashes of every script and style of the whole build into
 * every page's policy (bundled files, empty CSS chunks, components the page does not use), so
 * each page allowed inline code it does not have. After the build we keep, per page, only the
 * hashes that match an inline <script> or <style> of that very page (pruneCspHashes, run by
 * src/integrations/csp-own-hashes.ts). Pure: text in, text out.
 */

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
const INLINE = /<(script|style)\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/\1>/gi;
const HASH = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/]+=*'$/;

/** The CSP source for this text, e.g. 'sha256-…'. */
export const hashSource = (/** @type {string} */ text, algorithm = 'sha256') =>
  `'${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}'`;

/**
 * The inline code of a page, per kind, as CSP sources in each algorithm the policy uses.
 * @param {string} html
 * @param {string[]} algorithms
 */
function inlineSources(html, algorithms) {
  /** @type {Record<string, Set<string>>} */
  const found = { script: new Set(), style: new Set() };
  for (const [, tag, body] of html.matchAll(INLINE))
    for (const algorithm of algorithms) found[tag.toLowerCase()]?.add(hashSource(body ?? '', algorithm));
  return found;
}

/**
 * The page with a CSP whose script-src and style-src hashes are only those of its own inline
 * code; other sources ('self', 'wasm-unsafe-eval'…) and directives stay as they are.
 * A page without a CSP <meta> comes back unchanged.
 * @param {string} html
 */
export function pruneCspHashes(html) {
  const meta = META.exec(html);
  if (!meta) return html;
  const algorithms = [...new Set([...meta[2].matchAll(/'(sha\d{3})-/g)].map((m) => m[1]))];
  const own = inlineSources(html, algorithms);
  const policy = meta[2]
    .split(';')
    .map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      const kind = name === 'script-src' ? 'script' : name === 'style-src' ? 'style' : null;
      if (!kind) return part;
      const kept = sources.filter((s) => !HASH.test(s) || own[kind]?.has(s));
      return ` ${[name, ...kept].join(' ')}`;
    })
    .join(';');
  return html.replace(META, (_, open, _old, close) => `${open}${policy}${close}`);
}
