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
