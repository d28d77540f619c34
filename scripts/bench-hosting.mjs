/**
 * `npm run bench:hosting`: figures, no pass/fail. Serves the build with nginx, Apache and
 * Caddy, each with its configuration from hosting/ (tools/servers.ts), and prints what
 * a browser receives for the home page and the longest source chapter: the bytes over the
 * wire per encoding, and the headers each server sends.
 *
 *   npm run build && npm run bench:hosting           # dist/ at the root
 *   OUT_DIR=dist-sub BASE_PATH=/handboek/ npm run bench:hosting
 *
 * Needs Debian's nginx (with libnginx-mod-http-brotli-static), apache2 and caddy
 * (scripts/system-deps.sh). Node 22 strips the types of the test helper it imports.
 */
import { readdirSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { host } from '#tools/servers.ts';

const outDir = process.env.OUT_DIR || 'dist';
const base = process.env.BASE_PATH === '/handboek/' ? '/handboek/' : '/';

/** Bytes of the body as sent, and the headers, for one GET with the given Accept-Encoding. */
function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (c) => (bytes += c.length));
      res.on('end', () => resolve({ bytes, headers: res.headers }));
    })
      .on('error', reject)
      .end();
  });
}

const chapters = readdirSync(join(outDir, 'bronnen'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /^[^/]+\/[^/]+\/index\.html$/.test(f))
  .sort((a, b) => statSync(join(outDir, 'bronnen', b)).size - statSync(join(outDir, 'bronnen', a)).size);
const pages = [
  ['home', ''],
  ['langste hoofdstuk', `bronnen/${chapters[0].replace(/index\.html$/, '')}`],
];

for (const server of ['nginx', 'apache', 'caddy']) {
  const site = await host(server, outDir, base);
  try {
    console.log(`\n${server} (${site.url})`);
    for (const [name, path] of pages) {
      const [plain, gzip, br] = await Promise.all([
        get(site.url + path),
        get(site.url + path, 'gzip'),
        get(site.url + path, 'br, gzip'),
      ]);
      console.log(
        `  ${name.padEnd(18)} ${path || '/'}: ${plain.bytes} B plat, ${gzip.bytes} B gzip, ${br.bytes} B br (${br.headers['content-encoding']})`,
      );
    }
    const { headers } = await get(site.url, 'br, gzip');
    for (const [name, value] of Object.entries(headers))
      if (!['date', 'last-modified', 'etag', 'content-length', 'connection', 'keep-alive'].includes(name))
        console.log(`    ${name}: ${value}`);
  } finally {
    await site.stop();
  }
}
