/**
 * `node scripts/precompress.mjs [folder]`: writes .gz and .br copies beside the text files of
 * <OUT_DIR>/pagefind (or of the given folder), the same way the precompress integration does
 * for the rest of the build (src/integrations/precompress.ts).
 *
 * Why a separate step: Pagefind still runs as a CLI after `astro build`, so its JS, CSS and
 * JSON appear after the integration has run. Once Pagefind runs as an integration registered
 * before precompress, this step goes away.
 */
import { join, resolve } from 'node:path';
import { describeCompressed, precompressDir } from '../src/lib/precompress.ts';

const folder = resolve(process.argv[2] ?? join(process.env.OUT_DIR || 'dist', 'pagefind'));
console.log(`precompress: ${folder}: ${describeCompressed(precompressDir(folder))}`);
