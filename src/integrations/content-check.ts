import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblems, type Problem } from '../lib/problems.ts';

/**
 * The editor's check, first thing in `astro build` and `astro dev`: scripts/check-content.ts
 * reads all of content/ and returns every problem at once (in its own Node process, so it can
 * load the schemas without Astro and answers in about a second).
 * - build: the problems are printed grouped by file, with a count, and the build stops (exit 1)
 *   before Astro prints anything else, so the report is the end of the output;
 * - dev: the problems appear in the browser (Vite's error overlay) and in the terminal, and
 *   go away when the file is fixed (the page reloads).
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

function overlay(problems: Problem[]) {
  const first = problems[0]!;
  return {
    type: 'error' as const,
    err: {
      message: formatProblems(problems),
      stack: '',
      plugin: 'handboek:inhoud',
      id: first.file,
      ...(first.line ? { loc: { file: first.file, line: first.line, column: 1 } } : {}),
    },
  };
}

export default function contentCheck(): AstroIntegration {
  let root = '';
  let problems: Problem[] = [];
  return {
    name: 'handboek:content-check',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command !== 'build' && command !== 'dev') return;
        root = fileURLToPath(config.root);
        const run = spawnSync(process.execPath, script(root), { cwd: root, encoding: 'utf8' });
        problems = parse(run.stdout, run.stderr);
        if (problems.length === 0) return;
        console.error(`\n${formatProblems(problems)}\n`);
        if (command === 'build') process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => {
        const sendProblems = () => {
          if (problems.length) server.hot.send(overlay(problems));
        };
        const contentDir = resolve(root, 'content') + sep;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const recheck = () => {
          const child = spawn(process.execPath, script(root), { cwd: root });
          let out = '';
          let err = '';
          child.stdout.on('data', (d) => (out += d));
          child.stderr.on('data', (d) => (err += d));
          child.on('close', () => {
            const had = problems.length > 0;
            problems = parse(out, err);
            if (problems.length) {
              logger.error(`\n${formatProblems(problems)}`);
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
          clearTimeout(timer);
          timer = setTimeout(recheck, 150);
        });
        // A browser that opens (or reloads) a page while the content is wrong sees it too.
        // Astro may show its own, shorter error for the same file on the reloaded page; ours
        // (every problem, with lines) comes just after it, so it is the one left on screen.
        // Sent a moment later; by then the editor may have fixed the file, so look again then
        // (an empty list here once stopped the dev server).
        server.ws.on('connection', () => {
          if (problems.length) setTimeout(sendProblems, 500);
        });
      },
    },
  };
}
