/**
 * What every hosting configuration in hosting/ must send, in one place: the unit test reads
 * the files for these values and the browser test checks the real servers' answers.
 */

/** The headers a <meta> CSP cannot carry, with the one value each must have. */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** Powerful features the handbook never uses; the Permissions-Policy must turn each off. */
export const FEATURES_OFF = ['camera', 'microphone', 'geolocation', 'payment', 'usb'];

/** True when a Permissions-Policy value turns every feature it names off, and at least FEATURES_OFF. */
export function turnsOff(policy: string | null | undefined): boolean {
  if (!policy) return false;
  const entries = policy.split(',').map((e) => e.trim());
  return (
    entries.every((e) => /^[a-z-]+=\(\)$/.test(e)) && FEATURES_OFF.every((f) => entries.includes(`${f}=()`))
  );
}

/** Hashed files (/_astro/, Pagefind's index files) may be kept for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages first) is revalidated on every use. */
export const REVALIDATE = 'no-cache';

/**
 * Which addresses a Netlify path rule (_headers, _redirects) applies to, as Netlify reads it
 * (@netlify/headers-parser): `:name` is one whole segment, a standalone `*` anything after
 * it (or nothing), a `*` inside a segment any characters there; the rest is literal.
 */
export function netlifyPattern(rule: string): RegExp {
  const parts = rule
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      return part
        .split('*')
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('(.*)');
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

/** Addresses that must never be served, whatever lands in the build's folder (below the base). */
export const DOT_PATHS = ['.env', '.git/config', '.git/HEAD', '.htpasswd', '.DS_Store'];
