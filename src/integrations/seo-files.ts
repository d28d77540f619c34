import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isNoindex, robotsTxt, sitemapXml } from '../lib/sitemap.ts';

/**
 * Writes sitemap.xml and robots.txt after the build. Both need absolute addresses, so the
 * sitemap is only written when the site's address is known (SITE_URL, Astro's `site`); under
 * a sub-path its addresses include the base path. Crawlers only read robots.txt at the root
 * of a host; under a sub-path the host's own robots.txt should name our sitemap.
 */
export default function seoFiles(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'handboek:seo-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        let sitemapUrl: string | undefined;
        if (site) {
          const pages = (await readdir(out, { recursive: true })).filter((f) => f.endsWith('index.html'));
          const urls: string[] = [];
          for (const page of pages) {
            if (isNoindex(await readFile(join(out, page), 'utf8'))) continue;
            const path = page
              .split('\\')
              .join('/')
              .replace(/index\.html$/, '');
            urls.push(new URL(base + path, site).href);
          }
          sitemapUrl = new URL(`${base}sitemap.xml`, site).href;
          await writeFile(join(out, 'sitemap.xml'), sitemapXml(urls));
        } else {
          logger.info(
            'SITE_URL is niet gezet: geen sitemap.xml en geen canonical links (die vragen volledige adressen).',
          );
        }
        await writeFile(join(out, 'robots.txt'), robotsTxt(sitemapUrl));
      },
    },
  };
}
