/**
 * Prints every booklet page of the built site (/boekjes/<fase>/) to <OUT_DIR>/boekjes/<fase>.pdf
 * with Debian's Chromium: A4, tagged, with bookmarks. `npm run build` does this itself
 * (src/integrations/booklets.ts calls makeBooklets) wherever Chromium is present;
 * `npm run booklets` prints again for a build that is already there, with the same OUT_DIR
 * and BASE_PATH, and refuses a build made for another base path (its links would not resolve
 * and the PDFs would print without styles). Page numbers come from the @page rules in
 * src/styles/print.css, so no displayHeaderFooter here (the two would stack).
 *
 * The launcher is shared with the browser tests (tools/chromium.ts); Node 22.18+
 * strips its types, and `npm run` uses the project's Node 22 (the `node` devDependency).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { basename, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { basePathFromEnv } from '../src/lib/base-path.mjs';
import { buildDate } from '../src/lib/build-date.ts';
import { CHROMIUM, launchChromium } from '#tools/chromium.ts';
import { makeAccessible } from './lib/pdf-ua.ts';
import { bookChapters, makeEpub } from './lib/epub.ts';
import { makeOfflineCopy } from './lib/offline-copy.ts';
import { precompressDir } from '../src/lib/precompress.ts';
import { bookUi } from '../src/i18n/nl/takealong.ts';

/** The whole handbook's print page, /boekjes/handboek/ (src/pages/boekjes/handboek.astro), printed like the phases. */
export const WHOLE_BOOK = 'handboek';

/** "/handboek" and "handboek/" both mean "/handboek/". */
const normalizeBase = (value) => `/${(value || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const PDF_OPTIONS = {
  format: 'A4',
  outline: true,
  tagged: true,
  printBackground: true,
  preferCSSPageSize: true,
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

/** A tiny static server for the built folder under the base path, on 127.0.0.1 only. */
function serve(root, base) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base)) throw new Error('outside base');
      let file = resolve(root, `.${sep}${path.slice(base.length)}`);
      if (file !== root && !file.startsWith(root + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/**
 * Runs in the page before printing: images load eagerly, and links fit paper. Links within
 * the booklet stay (the PDF follows them); a link to a werkvorm the booklet prints goes to
 * its chapter; other links into the site point to SITE_URL or become text; an external link
 * whose text already is its address is marked so print.css does not print it twice.
 */
async function preparePage({ base, siteUrl }) {
  for (const img of document.images) img.loading = 'eager';
  await Promise.all(
    [...document.images].map(
      (img) =>
        img.complete ||
        new Promise((done) => {
          img.addEventListener('load', done, { once: true });
          img.addEventListener('error', done, { once: true });
        }),
    ),
  );
  const bare = (s) => {
    try {
      s = decodeURI(s);
    } catch {
      // A malformed escape: compare the address as written.
    }
    return s
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/\/$/, '');
  };
  for (const a of document.querySelectorAll('a[href]')) {
    const url = new URL(a.getAttribute('href'), location.href);
    if (url.origin !== location.origin) {
      // The link text without the screen label "↗ (externe website)" that print hides.
      const label = a.querySelector('.extern-label')?.textContent ?? '';
      const text = (a.textContent ?? '').slice(0, (a.textContent ?? '').length - label.length);
      if (bare(text) === bare(url.href)) a.classList.add('address-in-text');
      continue;
    }
    if (url.pathname === location.pathname && url.hash) continue;
    const method =
      url.pathname.startsWith(`${base}werkvormen/`) && url.pathname.slice(base.length).split('/')[1];
    if (method && document.getElementById(`werkvorm-${method}`)) {
      a.setAttribute('href', `#werkvorm-${method}`);
    } else if (siteUrl) {
      a.setAttribute('href', new URL(url.pathname + url.hash, siteUrl).href);
    } else {
      a.replaceWith(...a.childNodes);
    }
  }
  await document.fonts.ready;
}

/**
 * Runs in the page: the visible text of every link by its target ("#id" within the page, the
 * full address otherwise), so each link in the PDF gets a description a screen reader reads;
 * and the scope of every table header cell, in order, for the PDF's /TH elements.
 */
function pageStructure() {
  /** @type {Record<string, string>} */
  const linkTexts = {};
  for (const a of document.querySelectorAll('a[href]')) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    const href = a.getAttribute('href') ?? '';
    for (const key of href.startsWith('#') ? [href] : [href, a.href])
      if (text && !linkTexts[key]) linkTexts[key] = text;
  }
  // A header cell's scope: column headers in <thead> or scope="col", row headers otherwise.
  const headerScopes = [...document.querySelectorAll('th')]
    .filter((th) => th.getClientRects().length > 0)
    .map((th) => (th.getAttribute('scope') === 'col' || th.closest('thead') ? 'Column' : 'Row'));
  return { linkTexts, headerScopes };
}

/** The page of every named destination (the targets of in-page links) via pdfinfo, or null. */
function destinations(file) {
  const info = spawnSync('pdfinfo', ['-dests', file], { encoding: 'utf8' });
  if (info.status !== 0 || !info.stdout) return null;
  const pages = {};
  for (const [, page, name] of info.stdout.matchAll(/^\s*(\d+)\s+\[.*\]\s+"(.*)"$/gm)) pages[name] = page;
  return pages;
}

/**
 * Writes page numbers into the contents list and the references to werkvormen (elements with
 * data-page-of="<id>", optionally data-page-label); true when any number changed.
 */
function fillPageNumbers(pages) {
  let changed = false;
  for (const span of document.querySelectorAll('[data-page-of]')) {
    const number = pages[span.getAttribute('data-page-of')];
    const page = number ? `${span.getAttribute('data-page-label') ?? ''}${number}` : '';
    if (span.textContent === page) continue;
    span.textContent = page;
    changed = true;
  }
  return changed;
}

/**
 * Prints the page to a PDF. Chromium cannot print page references (no target-counter()), so
 * the PDF is printed, the pages of the link targets read back, written into the page, and
 * printed again, until the numbers hold (usually the second print).
 */
async function printPdf(page, file) {
  let bytes = makeReproducible(await page.pdf(PDF_OPTIONS));
  await writeFile(file, bytes);
  for (let round = 0; round < 3; round++) {
    const pages = destinations(file);
    if (!pages || !(await page.evaluate(fillPageNumbers, pages))) break;
    bytes = makeReproducible(await page.pdf(PDF_OPTIONS));
    await writeFile(file, bytes);
  }
  return bytes;
}

/**
 * Two builds of one commit must give the same bytes, but Chromium writes two things that vary:
 * the time it printed (CreationDate, ModDate) and the DOM node numbers it uses as ids of the
 * tagged structure ("node00009251"), which shift with every page load. The times become the
 * build date; the node numbers are renumbered 1, 2, 3 … in their own order (so the sorted
 * IDTree stays sorted). Every replacement has the same length, so the xref offsets stay right.
 */
function makeReproducible(bytes) {
  const stamp = (buildDate() ?? '2000-01-01').replaceAll('-', '') + '000000';
  let text = Buffer.from(bytes)
    .toString('latin1')
    .replace(/\/(CreationDate|ModDate) \(D:\d{14}/g, `/$1 (D:${stamp}`);
  const numbers = [...new Set(text.match(/node\d{8}/g) ?? [])].sort();
  const renumbered = new Map(numbers.map((id, i) => [id, `node${String(i + 1).padStart(8, '0')}`]));
  text = text.replace(/node\d{8}/g, (id) => renumbered.get(id) ?? id);
  return Buffer.from(text, 'latin1');
}

/** Pages in a PDF: pdfinfo where poppler-utils is installed, else Chromium's page objects. */
function pageCount(file, bytes) {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = info.stdout?.match(/^Pages:\s+(\d+)/m);
  return match ? Number(match[1]) : (bytes.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

/**
 * The base path a build was made for, read from its home page: the address of its first
 * stylesheet or script in _astro/ ("/handboek/_astro/…" → "/handboek/"). Undefined if unknown.
 */
export function builtBase(html) {
  const match = /(?:href|src)="([^"]*\/)_astro\//.exec(html);
  return match ? normalizeBase(match[1]) : undefined;
}

/**
 * Prints the booklets of the build in outDir. Throws with a Dutch message when it cannot.
 * @param {{ outDir: string, base?: string, siteUrl?: string }} options siteUrl: where the site
 *   is hosted; links to other pages of the site then point there, else they become plain text.
 * @returns {Promise<{ file: string, pages: number, size: number, seconds: number }[]>}
 */
export async function makeBooklets({ outDir: dir, base: rawBase, siteUrl = '' }) {
  const outDir = resolve(dir);
  const base = normalizeBase(rawBase);
  const bookletDir = join(outDir, 'boekjes');
  if (!existsSync(join(outDir, 'index.html')))
    throw new Error(
      `${outDir} bevat geen gebouwde site. Draai eerst \`npm run build\` (met dezelfde OUT_DIR en BASE_PATH).`,
    );
  const madeFor = builtBase(await readFile(join(outDir, 'index.html'), 'utf8'));
  if (madeFor && madeFor !== base)
    throw new Error(
      `${outDir} is gebouwd voor basispad ${madeFor}, niet voor ${base}. Met dit basispad zouden de ` +
        `boekjes zonder opmaak en met kapotte links gedrukt worden. Gebruik hetzelfde basispad als de ` +
        `build: BASE_PATH=${madeFor} OUT_DIR=${dir} npm run booklets (of bouw opnieuw: BASE_PATH=${base} npm run build).`,
    );
  const phases = existsSync(bookletDir)
    ? (await readdir(bookletDir, { withFileTypes: true }))
        .filter((d) => d.isDirectory() && existsSync(join(bookletDir, d.name, 'index.html')))
        .map((d) => d.name)
        .sort()
    : [];
  if (phases.length === 0)
    throw new Error(`geen boekjespagina's in ${bookletDir}. Draai eerst \`npm run build\`.`);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium niet gevonden (${CHROMIUM}). Installeer het: apt-get install -y chromium`);

  const server = await serve(outDir, base);
  const origin = `http://127.0.0.1:${server.address().port}`;
  let browser;
  const made = [];
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    for (const phase of phases) {
      const t0 = performance.now();
      const response = await page.goto(`${origin}${base}boekjes/${phase}/`, { waitUntil: 'load' });
      if (!response?.ok()) throw new Error(`${base}boekjes/${phase}/ gaf HTTP ${response?.status()}`);
      await page.evaluate(preparePage, { base, siteUrl });
      const file = join(bookletDir, `${phase}.pdf`);
      const { linkTexts, headerScopes } = await page.evaluate(pageStructure);
      const printed = await printPdf(page, file);
      const { bytes, counts } = await makeAccessible(printed, {
        lang: 'nl',
        date: buildDate() ?? '2000-01-01',
        creator: 'Handboek Digitaal Samenwerken (npm run booklets)',
        linkTexts,
        headerScopes,
        liftOutline: phase === WHOLE_BOOK,
      });
      if (counts.scopedHeaderCells === 0 && headerScopes.length > 0)
        console.warn(`booklets: ${phase}: tabelkoppen zonder Scope (de PDF en de pagina tellen anders)`);
      await writeFile(file, bytes);
      made.push({
        file,
        pages: pageCount(file, bytes),
        size: bytes.length,
        seconds: (performance.now() - t0) / 1000,
      });
      if (phase === WHOLE_BOOK)
        made.push(await writeEpub(page, join(bookletDir, `${WHOLE_BOOK}.epub`), siteUrl));
    }
  } finally {
    await browser?.close();
    server.close();
  }
  return made;
}

/**
 * The whole handbook as an EPUB, from the book page as it was printed (links already fitted to
 * a book, see preparePage). Its identifier is the same for every build of the same site.
 */
async function writeEpub(page, file, siteUrl) {
  const t0 = performance.now();
  const bytes = makeEpub(
    {
      title: `${bookUi.title}: Handboek Digitaal Samenwerken`,
      identifier: `urn:uuid:${uuidOf(`handboek-digitaal-samenwerken ${siteUrl}`)}`,
      date: buildDate() ?? '2000-01-01',
      accessibilitySummary: bookUi.epubSummary,
      css: await readFile(new URL('./lib/epub-book.css', import.meta.url), 'utf8'),
    },
    await page.evaluate(bookChapters),
  );
  await writeFile(file, bytes);
  return { file, pages: 0, size: bytes.length, seconds: (performance.now() - t0) / 1000 };
}

/** A name-based UUID (version 5 layout over SHA-1), so the EPUB keeps its identifier. */
function uuidOf(name) {
  const hex = createHash('sha1').update(name).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The lines that say what was made: one per booklet and a total. */
export function bookletSummary(made, seconds) {
  const lines = [];
  for (const b of made) {
    const name = basename(b.file).padEnd(20);
    const pages = b.pages > 0 ? `${String(b.pages).padStart(3)} pagina's` : ' '.repeat(12);
    lines.push(`  ${name} ${pages}  ${(b.size / 1024).toFixed(0).padStart(5)} KB  ${b.seconds.toFixed(1)} s`);
  }
  const total = made.reduce((sum, b) => sum + b.size, 0);
  lines.push(`${made.length} bestanden, ${(total / 1024).toFixed(0)} KB, in ${seconds.toFixed(1)} s`);
  return lines;
}

async function main() {
  const started = performance.now();
  const outDir = process.env.OUT_DIR || 'dist';
  try {
    const made = await makeBooklets({
      outDir,
      base: basePathFromEnv(),
      siteUrl: process.env.SITE_URL || '',
    });
    console.log(`Boekjes in ${join(resolve(outDir), 'boekjes')}:`);
    for (const line of bookletSummary(made, (performance.now() - started) / 1000)) console.log(line);
    // Alone (`npm run booklets`), as the build does after the booklets: the sizes on the pages,
    // the offline copy's list, and the compressed twins of the pages.
    if (process.env.BOOKLETS_IN_BUILD !== '1') {
      const copy = await makeOfflineCopy(outDir);
      await precompressDir(outDir);
      console.log(
        `sw.js: offline-kopie van ${copy.count} bestanden, ${(copy.size / 1024 / 1024).toFixed(1)} MB`,
      );
    }
  } catch (error) {
    console.error(`booklets: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
