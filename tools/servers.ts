import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-port.ts';

/**
 * The hosting configurations of hosting/ on the real Debian servers: nginx, Apache and Caddy,
 * each started in the foreground on 127.0.0.1 with its own pid, log and temporary files, and
 * stopped by its process id. The project's files are used as they are, templated only for
 * what differs on this machine: the port, the folder of the build, and the pid/log paths.
 */
export type ServerName = 'nginx' | 'apache' | 'caddy';

export interface HostedSite {
  server: ServerName;
  /** The home page of the handbook, ending in "/" (…/ or …/handboek/). */
  url: string;
  stop: () => Promise<void>;
}

const HOSTING = resolve('hosting');
const asRoot = process.getuid?.() === 0;
const read = (file: string) => readFileSync(join(HOSTING, file), 'utf8');

/** Replaces each `from` in `text`, failing loudly when one is missing (the config changed shape). */
function template(text: string, replacements: [string | RegExp, string][], what: string): string {
  for (const [from, to] of replacements) {
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found) throw new Error(`${what}: "${from}" niet gevonden; pas tools/servers.ts aan`);
    text = text.replaceAll(from, to);
  }
  return text;
}

function need(binary: string, pkg: string) {
  if (spawnSync(binary, ['-v']).error && spawnSync(binary, ['version']).error)
    throw new Error(`${binary} niet gevonden. Installeer het: apt-get install -y ${pkg}`);
}

function nginxConfig(dir: string, folder: string, port: number, base: string): string[] {
  const site =
    base === '/'
      ? template(
          read('nginx/handboek.conf'),
          [
            ['listen 80;', `listen 127.0.0.1:${port};`],
            ['listen [::]:80;', ''],
            ['root /var/www/handboek;', `root ${folder};`],
          ],
          'nginx/handboek.conf',
        )
      : template(
          read('nginx/handboek-subpath.conf'),
          [
            ['listen 80;', `listen 127.0.0.1:${port};`],
            ['listen [::]:80;', ''],
            ['alias /var/www/handboek/;', `alias ${folder}/;`],
          ],
          'nginx/handboek-subpath.conf',
        );
  writeFileSync(join(dir, 'site.conf'), site);
  // The main file is what Debian's /etc/nginx/nginx.conf gives a site, minus daemon and paths.
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
${asRoot ? '# Workers read the build wherever the checkout is (by default they would be "nobody").\nuser root;' : ''}
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
include /etc/nginx/modules-enabled/*.conf;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  include ${dir}/site.conf;
}
`,
  );
  // Debian's module lines (modules/…) are relative to its prefix, /usr/share/nginx.
  return ['/usr/sbin/nginx', '-c', join(dir, 'nginx.conf'), '-p', '/usr/share/nginx/'];
}

/** The modules Debian's apache2 package enables on install (`ls /etc/apache2/mods-enabled`). */
const DEBIAN_APACHE_MODULES = [
  'access_compat',
  'alias',
  'auth_basic',
  'authn_core',
  'authn_file',
  'authz_core',
  'authz_host',
  'authz_user',
  'autoindex',
  'deflate',
  'dir',
  'env',
  'filter',
  'mime',
  'mpm_event',
  'negotiation',
  'reqtimeout',
  'setenvif',
  'status',
];

function apacheConfig(dir: string, folder: string, port: number, base: string): string[] {
  // The modules a fresh Debian apache2 has on (deflate and negotiation among them), plus
  // what the README's `a2enmod rewrite headers` adds: each with Debian's own .load and .conf
  // from mods-available, so its settings count too (mime.conf's AddLanguage br .br, say).
  const modules = [...DEBIAN_APACHE_MODULES, 'rewrite', 'headers'].flatMap((m) =>
    ['load', 'conf']
      .map((ext) => `/etc/apache2/mods-available/${m}.${ext}`)
      .filter((file) => existsSync(file))
      .map((file) => `Include ${file}`),
  );
  // The rules file is Included by the virtual host (as the README says), and used as .htaccess under the sub-path.
  const rules = template(
    read('apache/.htaccess'),
    base === '/' ? [] : [['/404.html', `${base}404.html`]],
    'apache/.htaccess',
  );
  // Apache serves as www-data: a copy of the build in a folder it may read, wherever the
  // checkout is (mkdtemp makes folders private; a home folder may be private too).
  chmodSync(dir, 0o755);
  const site = join(dir, 'site');
  cpSync(folder, site, { recursive: true });
  let vhost: string;
  if (base === '/') {
    writeFileSync(join(dir, 'handboek.htaccess'), rules);
    vhost = template(
      read('apache/handboek-vhost.conf'),
      [
        ['<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`],
        [/\/var\/www\/handboek/g, site],
        ['/etc/apache2/handboek.htaccess', join(dir, 'handboek.htaccess')],
        [/^\s*(ErrorLog|CustomLog) .*$/gm, ''],
      ],
      'apache/handboek-vhost.conf',
    );
  } else {
    // Under the sub-path the rules are a .htaccess in the served folder.
    writeFileSync(join(site, '.htaccess'), rules);
    vhost = template(
      read('apache/handboek-subpath.conf'),
      [
        ['<VirtualHost *:80>', `<VirtualHost 127.0.0.1:${port}>`],
        [/\/var\/www\/handboek/g, site],
        [/^\s*(ErrorLog|CustomLog) .*$/gm, ''],
      ],
      'apache/handboek-subpath.conf',
    );
  }
  writeFileSync(
    join(dir, 'apache2.conf'),
    `ServerRoot /etc/apache2
ServerName 127.0.0.1
DefaultRuntimeDir ${dir}
PidFile ${dir}/apache2.pid
Mutex file:${dir} default
ErrorLog ${dir}/error.log
LogLevel warn
User www-data
Group www-data
Listen 127.0.0.1:${port}
${modules.join('\n')}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
AccessFileName .htaccess
${vhost}
`,
  );
  return ['/usr/sbin/apache2', '-f', join(dir, 'apache2.conf'), '-DFOREGROUND'];
}

function caddyConfig(dir: string, folder: string, port: number, base: string): string[] {
  let site: string;
  if (base === '/') {
    site = template(
      read('caddy/Caddyfile'),
      [
        ['handboek.example {', `http://127.0.0.1:${port} {`],
        ['root * /var/www/handboek', `root * ${folder}`],
      ],
      'caddy/Caddyfile',
    );
  } else {
    // Under the sub-path Caddy serves the folder that holds handboek/, as the config says.
    const parent = join(dir, 'www');
    mkdirSync(parent);
    symlinkSync(folder, join(parent, base.replaceAll('/', '')));
    site = template(
      read('caddy/Caddyfile.subpath'),
      [
        ['www.example.org {', `http://127.0.0.1:${port} {`],
        ['root * /var/www', `root * ${parent}`],
      ],
      'caddy/Caddyfile.subpath',
    );
  }
  // No admin endpoint (several Caddys run side by side) and no certificates on a loopback port.
  writeFileSync(join(dir, 'Caddyfile'), `{\n\tadmin off\n\tauto_https off\n}\n\n${site}`);
  return ['/usr/bin/caddy', 'run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'];
}

/** Starts `server` with the project's configuration for `base`, serving the build in `folder`. */
export async function host(
  server: ServerName,
  folder: string,
  base: '/' | '/handboek/',
): Promise<HostedSite> {
  if (!existsSync(join(folder, 'index.html')))
    throw new Error(`${folder}/ ontbreekt: start de tests met \`npm test\` (die bouwt eerst)`);
  const binary = { nginx: '/usr/sbin/nginx', apache: '/usr/sbin/apache2', caddy: '/usr/bin/caddy' }[server];
  need(binary, { nginx: 'nginx', apache: 'apache2', caddy: 'caddy' }[server]);
  const dir = mkdtempSync(join(tmpdir(), `handboek-${server}-`));
  const port = await freePort();
  const root = resolve(folder);
  const args = { nginx: nginxConfig, apache: apacheConfig, caddy: caddyConfig }[server](
    dir,
    root,
    port,
    base,
  );
  const env = { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir };
  const log = join(dir, 'stderr.log');
  const child: ChildProcess = spawn(args[0]!, args.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += d));
  const url = `http://127.0.0.1:${port}${base}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) {
      writeFileSync(log, stderr);
      const errors = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`${server} stopte meteen (code ${child.exitCode}):\n${stderr}\n${errors}`);
    }
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      /* not up yet */
    }
    if (i > 100) {
      // Never leave a server behind that did not come up as it should.
      child.kill('SIGKILL');
      throw new Error(`${server} antwoordt niet op ${url}:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    server,
    url,
    stop: () =>
      new Promise<void>((done) => {
        child.once('exit', () => {
          rmSync(dir, { recursive: true, force: true });
          done();
        });
        // nginx and Apache stop gracefully on SIGTERM too; Caddy on SIGTERM or SIGINT.
        child.kill('SIGTERM');
      }),
  };
}
