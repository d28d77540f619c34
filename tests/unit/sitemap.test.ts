import { describe, expect, it } from 'vitest';
import { isNoindex, robotsTxt, sitemapXml } from '~/lib/sitemap';

describe('sitemap and robots.txt', () => {
  it('lists each address once, sorted, escaped', () => {
    const xml = sitemapXml(['https://x.nl/b/', 'https://x.nl/a/?q=1&r=2', 'https://x.nl/b/']);
    expect(xml.match(/<loc>/g)).toHaveLength(2);
    expect(xml.indexOf('/a/?q=1&amp;r=2')).toBeLessThan(xml.indexOf('/b/'));
  });
  it('names the sitemap in robots.txt only when its address is known', () => {
    expect(robotsTxt('https://x.nl/handboek/sitemap.xml')).toContain(
      'Sitemap: https://x.nl/handboek/sitemap.xml',
    );
    expect(robotsTxt()).not.toContain('Sitemap');
  });
  it('recognises a page that asks not to be listed', () => {
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex">')).toBe(false);
  });
});
