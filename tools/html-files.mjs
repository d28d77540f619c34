import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every HTML file under a folder, relative to it, with "/" separators, sorted (so reports and
 * runs are in a stable order). Shared by the link checker, the benchmark and the site tests.
 * @param {string} dir
 * @returns {string[]}
 */
export function listHtmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  /** @param {string} d */
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.html')) out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}
