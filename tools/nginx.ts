import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { normalizeBase } from '../src/lib/base-path.mjs';

/**
 * A real static server for the tests and the benchmark: Debian's nginx on 127.0.0.1, serving one built folder
 * either at the root or under a sub-path (as a host would, e.g. /handboek/).
 */
export interface Served {
  /** The address of the site's home page, ending in "/". */
  url: string;
  stop: () => Promise<void>;
}

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/**
 * `pagefindGzip` (on by default, as in hosting/): Pagefind's own files go out with
 * Content-Encoding: gzip, so the browser unpacks them natively; off serves them as plain bytes
 * (as the hosting recipes did before, for comparing builds with scripts/bench-cold.mjs).
 */
export async function serveWithNginx(
  folder: string,
  port: number,
  basePath = '/',
  { pagefindGzip = true }: { pagefindGzip?: boolean } = {},
): Promise<Served> {
  if (spawnSync(NGINX, ['-v']).error) {
    throw new Error(`nginx niet gevonden (${NGINX}). Installeer het: apt-get install -y nginx`);
  }
  const root = resolve(folder);
  const dir = mkdtempSync(join(tmpdir(), 'handboek-nginx-'));
  const base = normalizeBase(basePath);
  // Under a sub-path, `alias` maps /handboek/x to <dist>/x; 404s get the site's own 404 page.
  const location =
    base === '/'
      ? `location / { root ${root}; try_files $uri $uri/ =404; }`
      : `location ${base} { alias ${root}/; try_files $uri $uri/ =404; }`;
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  types { application/javascript mjs; }
  access_log ${dir}/access.log;
  map $uri $pagefind_coding { default ""; ${pagefindGzip ? '~\\.(pf_[a-z]+|pagefind)$ gzip;' : ''} }
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server {
    listen 127.0.0.1:${port};
    error_page 404 ${base}404.html;
    add_header Content-Encoding $pagefind_coding;
    ${location}
  }
}
`,
  );
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; i < 50; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: () =>
      new Promise((done) => {
        child.once('exit', () => done());
        child.kill('SIGQUIT');
      }),
  };
}
