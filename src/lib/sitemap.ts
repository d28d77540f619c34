/**
 * The files that tell search engines what to list: sitemap.xml (every page that is not
 * marked noindex) and robots.txt. Pure functions; src/integrations/seo-files.ts writes them.
 */

/** Whether a built page asks search engines not to list it (`<meta name="robots" content="noindex">`). */
export const isNoindex = (html: string) => /<meta name="robots" content="[^"]*noindex/.test(html);

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap of absolute addresses, sorted so that two builds give the same file. */
export function sitemapXml(urls: string[]): string {
  const entries = [...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** robots.txt: everything may be read; the sitemap's address when the site's host is known. */
export function robotsTxt(sitemapUrl?: string): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}
