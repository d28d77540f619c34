import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AFTER_DEV, formatProblems, reportBody, reportTitle, type Problem } from '../lib/problems.ts';

/**
 * The editor's check, first thing in `astro build` and `astro dev`: scripts/check-content.ts
 * reads all of content/ and returns every problem at once (in its own Node process, so it can
 * load the schemas without Astro and answers in about a second).
 * - build: `npm run build` (scripts/build.mjs) runs the check beside Astro's start, so its
 *   first line comes at once; a plain `astro build` runs it here. Either way the problems are
 *   printed grouped by file, with a count, and the build stops (exit 1) before Astro builds.
 * - dev: one Dutch report, the same in the terminal and in the browser, and nothing else: the
 *   overlay's heading is the report's first line, and while the content is wrong every page
 *   request gets the report as a page (so Astro never renders pages from broken content and
 *   prints no stack traces; its loaders stay quiet too, src/lib/quiet-loader.ts). When the
 *   file is fixed, the page reloads.
 */

const script = (root: string) => [
  '--import',
  join(root, 'scripts/lib/content-hooks.mjs'),
  join(root, 'scripts/check-content.ts'),
  '--json',
];

function parse(stdout: string, stderr: string): Problem[] {
  try {
    return JSON.parse(stdout) as Problem[];
  } catch {
    // The checker itself broke (a bug, not the content): show what it said.
    return [{ file: 'scripts/check-content.ts', message: 'de inhoudscontrole liep vast', detail: stderr }];
  }
}

/** The payload of Astro's error overlay: our first line as its heading, the report below. */
function overlay(problems: Problem[]) {
  return {
    type: 'error' as const,
    err: {
      name: 'Inhoudscontrole',
      title: reportTitle(problems),
      message: reportBody(problems, AFTER_DEV),
      stack: '',
      plugin: 'handboek:inhoud',
    },
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page every request gets while the content is wrong; Vite's client reloads it once fixed. */
function reportPage(problems: Problem[], base: string) {
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(reportTitle(problems))}</title>
<script type="module" src="${base}@vite/client"></script></head>
<body><main><h1>${escapeHtml(reportTitle(problems))}</h1>
<pre style="white-space: pre-wrap">${escapeHtml(reportBody(problems, AFTER_DEV))}</pre></main></body></html>`;
}

export default function contentCheck(): AstroIntegration {
  let root = '';
  let base = '/';
  let problems: Problem[] = [];
  // Set the moment a content file changes, settled when the check of it is done: a page
  // requested in between waits for the verdict instead of rendering half-saved content.
  let checking: Promise<void> = Promise.resolve();
  return {
    name: 'handboek:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // `npm run build` (scripts/build.mjs) checks this very folder beside Astro.
        const checked = process.env.HANDBOOK_CONTENT_CHECKED;
        if (command === 'build' && checked && resolve(checked) === resolve(root)) return;
        // Vitest loads this config (getViteConfig, as "dev") only to resolve modules.
        if (command === 'dev' && process.env.VITEST) return;
        console.log('Inhoud van content/ controleren…');
        const run = spawnSync(process.execPath, script(root), { cwd: root, encoding: 'utf8' });
        problems = parse(run.stdout, run.stderr);
        if (problems.length === 0) return;
        console.error(
          `\n${formatProblems(problems, undefined, command === 'dev' ? AFTER_DEV : undefined)}\n`,
        );
        if (command === 'build') process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const sendProblems = () => {
          if (problems.length) server.hot.send(overlay(problems));
        };
        const contentDir = resolve(root, 'content') + sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        // Pages wait while a check is due (`waiting`); a check lets them go only if no change
        // came after it began (`changes` counts them).
        let settle = () => {};
        let waiting = false;
        let changes = 0;
        const recheck = () => {
          const seen = changes;
          const child = spawn(process.execPath, script(root), { cwd: root });
          let out = '';
          let err = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (err += d));
          child.on('close', () => {
            const had = problems.length > 0;
            problems = parse(out, err);
            if (seen === changes) settle();
            if (problems.length) {
              logger.error(`\n${formatProblems(problems, undefined, AFTER_DEV)}`);
              sendProblems();
              setTimeout(sendProblems, 1500);
            } else if (had) {
              logger.info('De inhoud klopt weer.');
              server.hot.send({ type: 'full-reload', path: '*' });
            }
          });
        };
        server.watcher.on('all', (_event, path) => {
          if (!resolve(path).startsWith(contentDir)) return;
          changes++;
          if (!waiting) {
            waiting = true;
            checking = new Promise((done) => {
              settle = () => {
                waiting = false;
                done();
              };
            });
          }
          clearTimeout(timer);
          timer = setTimeout(recheck, 150);
        });
        // Pages (not Vite's own modules and files) wait for a running check; while the
        // content is wrong they are the report.
        server.middlewares.use((request, response, next) => {
          const accept = request.headers.accept ?? '';
          if (request.method !== 'GET' || !accept.includes('text/html') || request.url?.includes('/@'))
            return next();
          void checking.then(() => {
            if (problems.length === 0) return next();
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.end(reportPage(problems, base));
          });
        });
        // A browser that opens (or reloads) a page while the content is wrong sees it in the
        // overlay too. Sent a moment later; by then the editor may have fixed the file, so
        // look again then (an empty list here once stopped the dev server).
        server.ws.on('connection', () => {
          if (problems.length) setTimeout(sendProblems, 500);
        });
      },
    },
  };
}
