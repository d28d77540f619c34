import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CHROMIUM } from '#tools/chromium.ts';

/**
 * The booklet PDFs as part of `npm run build`: wherever Chromium is present, every booklet
 * page is printed to <outDir>/boekjes/<fase>.pdf after the pages are written. Where it is
 * absent (or BOOKLETS=0), the build still succeeds and says so; this is decided before any
 * page is written, so the pages then link to the print version instead of a missing PDF
 * (`import.meta.env.BOOKLET_PDFS`, read through src/lib/routes.ts `bookletDownload`).
 */
export default function booklets(): AstroIntegration {
  const wanted = process.env.BOOKLETS !== '0';
  const pdfs = wanted && existsSync(CHROMIUM);
  let base = '/';
  let root = '';
  return {
    name: 'handboek:booklets',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // In dev the PDFs are never made: link to the print version there too.
        const links = pdfs && command === 'build';
        updateConfig({ vite: { define: { 'import.meta.env.BOOKLET_PDFS': JSON.stringify(links) } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!pdfs) {
          logger.warn(
            wanted
              ? `PDF-boekjes overgeslagen: Chromium ontbreekt (${CHROMIUM}). De site verwijst naar de printversie ` +
                  "(/boekjes/<fase>/). Voor de PDF's: apt-get install -y chromium, en bouw opnieuw."
              : 'PDF-boekjes overgeslagen (BOOKLETS=0). De site verwijst naar de printversie (/boekjes/<fase>/).',
          );
          return;
        }
        // In its own Node process: Astro's module loader is closed by now, and the script
        // (the same as `npm run booklets`) loads Chromium's driver and the PDF tools itself.
        const run = spawnSync(process.execPath, [join(root, 'scripts/booklets.mjs')], {
          cwd: root,
          stdio: 'inherit',
          env: { ...process.env, OUT_DIR: fileURLToPath(dir), BASE_PATH: base, BOOKLETS_IN_BUILD: '1' },
        });
        if (run.status !== 0)
          throw new Error('De PDF-boekjes konden niet gemaakt worden (melding hierboven).');
      },
    },
  };
}
