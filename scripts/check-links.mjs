#!/usr/bin/env node
/**
 * Link check over a built site (the rules are in tools/link-check.mjs). External links are
 * listed in a report file, never fetched.
 *
 *   npm run check:links                           # dist/ built for the root
 *   npm run check:links -- dist-sub /handboek/    # a build for a sub-path
 *   OUT_DIR=… BASE_PATH=… LINK_REPORT=… npm run check:links
 *
 * Exit code 0 when every link resolves, 1 with one line per failure (file, href, what is
 * wrong, how to fix it).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../src/lib/base-path.mjs';
import { checkSite, externalReport } from '#tools/link-check.mjs';

function main() {
  const dir = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const base = normalizeBase(process.argv[3] ?? process.env.BASE_PATH ?? '/');
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(
      `check-links: ${dir}/index.html ontbreekt. Bouw eerst: npm run build (met OUT_DIR=${dir} en BASE_PATH=${base} indien nodig).`,
    );
    process.exit(1);
  }
  const { pages, checked, failures, external } = checkSite(dir, base);
  const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const report =
    process.env.LINK_REPORT ?? join(projectRoot, 'tmp', `links-extern-${basename(resolve(dir))}.txt`);
  mkdirSync(dirname(report), { recursive: true });
  writeFileSync(report, `${externalReport(external)}\n`);
  // One line per broken link; the same broken menu link on every page is one line with a count.
  const grouped = new Map();
  for (const f of failures) {
    const key = `${f.href} — ${f.problem}`;
    grouped.set(key, [...(grouped.get(key) ?? []), join(dir, f.file)]);
  }
  for (const [key, files] of grouped) {
    const others = files.length - 1;
    const more = others ? ` (en op ${others} andere pagina${others === 1 ? '' : "'s"})` : '';
    console.error(`${files[0]}${more}: ${key}`);
  }
  const summary = `check-links: ${pages} pagina's, ${checked} interne verwijzingen gecontroleerd (basispad ${base}), ${failures.length} fout(en); ${external.size} externe links in ${relative(process.cwd(), report)} (niet opgevraagd).`;
  (failures.length ? console.error : console.log)(summary);
  process.exit(failures.length ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
