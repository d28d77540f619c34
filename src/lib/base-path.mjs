/**
 * The base path the site is hosted under ("/" or a sub-path such as "/handboek/"), handled in
 * this one place. Plain JavaScript with JSDoc types, because astro.config.mjs and the scripts
 * load it through plain Node, where the `~/` alias does not exist.
 */

/**
 * "/handboek", "handboek/" and "/handboek/" all mean "/handboek/"; empty means "/".
 * @param {string | undefined} [base]
 */
export function normalizeBase(base = '/') {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base path this build is for: BASE_PATH from the environment (`BASE_PATH=/handboek/ npm run
 * build`), normalized.
 * @param {Record<string, string | undefined>} [env]
 */
export const basePathFromEnv = (env = process.env) => normalizeBase(env.BASE_PATH);

/**
 * A path written from the site root ("/fasen/") with the base in front ("/handboek/fasen/").
 * Other addresses (https://…, #anchor, //host) stay as they are.
 * @param {string} base @param {string} url
 */
export function withBase(base, url) {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  return normalizeBase(base).replace(/\/$/, '') + url;
}
