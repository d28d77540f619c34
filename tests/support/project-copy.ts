import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * A copy of the project in a temporary folder (node_modules linked, not copied), for tests
 * that break a content file the way an editor would and run the real build or dev server.
 */
export const projectRoot = resolve('.');

export function copyProject(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'handboek-copy-'));
  for (const item of [
    'src',
    'content',
    'public',
    'scripts',
    'tools',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
  ])
    cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces `from` in a file of the copy; fails the test setup when the text is not there. */
export function edit(dir: string, file: string, from: RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!from.test(text)) throw new Error(`test setup: ${file} has no ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/** Runs a command (in a copy) to its end: its exit status and its output, without colour codes. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; output: string }>((done) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    // Colour codes would split the words the tests look for.
    // eslint-disable-next-line no-control-regex
    child.on('close', (status) => done({ status, output: output.replace(/\u001b\[[0-9;]*m/g, '') }));
  });
}
