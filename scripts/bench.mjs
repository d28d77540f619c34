/**
 * `npm run bench`: figures, no pass/fail. Builds the site (timing a cold `BOOKLETS=0 npm run
 * build`, which writes the search index too, and then `npm run booklets` on its own), then
 * serves it with nginx on
 * 127.0.0.1 and measures in Chromium what a first visit transfers per page type (HTML + every
 * CSS and JS the page loads before any interaction, each gzipped as a host would send it), what
 * a search costs, how search does on the judged queries (S@1, S@5, MRR) and how long it takes
 * from the last key to the first result in the header box (cold and warm), and which of
 * the handbook's budgets hold (README.md).
 *
 *   npm run bench                       # builds into dist/
 *   OUT_DIR=dist-bench npm run bench    # elsewhere; BENCH_SKIP_BUILD=1 measures an existing build
 *   BENCH_BUILD_BASELINE=69736fc npm run bench   # also: build time against that commit, back to
 *                                                # back (BENCH_BUILD_ROUNDS pairs, default 3)
 *
 * Needs Debian's chromium and nginx (scripts/system-deps.sh). Node 22 strips the types of
 * the shared helpers it imports from tools/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { listHtmlFiles } from '#tools/html-files.mjs';
import { cpus } from 'node:os';
import { delimiter, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '#tools/chromium.ts';
import { freePort } from '#tools/free-port.ts';
import { serveWithNginx } from '#tools/nginx.ts';
import { askHeader, coldSearch, judgedQueries, relevance } from '#tools/search-eval.ts';
import { raceBuilds } from './lib/build-race.mjs';
import { makeOfflineCopy } from './lib/offline-copy.ts';

const outDir = process.env.OUT_DIR || 'dist';
const KB = 1024;

/** PRODUCT.md: "Budgets and bars". */
const BUDGET = {
  firstVisit: 25 * KB,
  phaseJs: 5 * KB,
  searchLoader: 1 * KB,
  phaseFirstVisit: 15 * KB,
  plan: 20 * KB,
};

/** The page type of a built page, from its path. */
export function pageType(file) {
  if (file === 'index.html') return 'home';
  if (/^fasen\/[^/]+\/index\.html$/.test(file)) return 'fase';
  if (/^fasen\/[^/]+\/vraag-\d+\/[ab]\/index\.html$/.test(file)) return 'antwoord';
  if (/^bronnen\/[^/]+\/(?:[^/]+\/)?index\.html$/.test(file)) return 'bron';
  if (/^werkvormen\/[^/]+\/index\.html$/.test(file)) return 'werkvorm';
  // Mijn plan: measured apart (issue 26 sets it 20 KB; its steps come later, with answers).
  if (file === 'mijn-plan/index.html') return 'plan';
  return 'overig';
}
const CONTENT_TYPES = ['home', 'fase', 'antwoord', 'bron', 'werkvorm'];

function run(label, command, args, env = {}) {
  const t0 = performance.now();
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`, ...env },
  });
  if (result.status !== 0) {
    console.error(`bench: ${label} mislukte (${command} ${args.join(' ')})`);
    process.exit(1);
  }
  return (performance.now() - t0) / 1000;
}

const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;
const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** What loading one page transfers before any interaction: gzipped bytes per kind. */
async function firstVisit(context, url) {
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (r) => {
    const kind = r.request().resourceType();
    if (['document', 'stylesheet', 'script'].includes(kind))
      bodies.push(
        r.body().then(
          (b) => ({ kind, size: gz(b) }),
          () => ({ kind, size: 0 }),
        ),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const sizes = await Promise.all(bodies);
  await page.close();
  const sum = (kind) => sizes.filter((s) => s.kind === kind).reduce((a, s) => a + s.size, 0);
  const html = sum('document');
  const css = sum('stylesheet');
  const js = sum('script');
  return { html, css, js, total: html + css + js };
}

/**
 * What a reader's first search for one query on the search page downloads from /pagefind/:
 * requests and bytes as a host sends them. Pagefind's own files (.pf_*, the WebAssembly) are
 * gzipped by Pagefind already and go over the line as they are (their Content-Length); its
 * scripts and our JSON are counted gzipped, as a host sends them. (Playwright reads these
 * binary files as text, which would inflate them; hence the header.)
 */
async function searchCost(browser, siteUrl, query) {
  // A fresh context: an empty cache, as on a reader's first search.
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses = [];
  /** Pagefind's code (script, worker, WebAssembly), its index and the result fragments. */
  const part = (url) =>
    url.includes('/pagefind/fragment/')
      ? 'fragmenten'
      : /\/pagefind\/(index|filter)\/|pf_meta/.test(url)
        ? 'index'
        : 'code';
  const preCompressed = (url) => /\.pf_[a-z]+$|\.pagefind$/.test(new URL(url).pathname);
  page.on('response', (r) => {
    const url = r.url();
    if (url.includes('/pagefind/'))
      responses.push(
        r.body().then(
          (b) => ({
            part: part(url),
            gz: preCompressed(url) ? Number(r.headers()['content-length'] ?? b.length) : gz(b),
          }),
          () => ({ part: part(url), gz: 0 }),
        ),
      );
  });
  await page.goto(`${siteUrl}zoeken/`, { waitUntil: 'networkidle' });
  const input = page.locator('main form[role="search"] input[name="q"]');
  await input.fill(query);
  await input.press('Enter');
  await page.locator('#zoekresultaten a').first().waitFor({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(responses);
  await context.close();
  const total = (list) => ({ files: list.length, gz: list.reduce((a, s) => a + s.gz, 0) });
  return {
    query,
    ...total(sizes),
    parts: Object.fromEntries(
      ['code', 'index', 'fragmenten'].map((p) => [p, total(sizes.filter((s) => s.part === p))]),
    ),
  };
}

/**
 * The judged queries typed into the header box of a content page: relevance, and the time from
 * the last key to the first result. Cold: a fresh context (empty cache), box focused, the query
 * entered (coldSearch): at once (`fill`, the figure compared since issue 18) and key by key
 * with a reader's pauses (`typed`). Warm: the next queries on the same page.
 */
async function searchQuality(browser, siteUrl) {
  const judged = judgedQueries();
  const coldRuns = 6;
  const cold = { fill: [], typed: [] };
  for (const typing of ['fill', 'typed'])
    for (const j of judged.slice(0, coldRuns))
      cold[typing].push(await coldSearch(browser, siteUrl, j.q, typing));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}fasen/start/`, { waitUntil: 'networkidle' });
  const answers = [];
  for (const j of judged) answers.push(await askHeader(page, j.q));
  await context.close();
  const warm = answers
    .map((a) => a.ms)
    .filter((x) => x !== null)
    .sort((a, b) => a - b);
  const part = (keep) => {
    const at = judged.flatMap((j, i) => (keep(j) ? [i] : []));
    return relevance(
      at.map((i) => judged[i]),
      at.map((i) => answers[i]),
    );
  };
  const kinds = [...new Set(judged.map((j) => j.soort))];
  return {
    ...relevance(judged, answers),
    perKind: kinds.map((soort) => ({ soort, ...part((j) => j.soort === soort) })),
    // Issue 24: the queries looked at while tuning, and those held apart until the end.
    looked: part((j) => j.deel !== 'apart'),
    apart: part((j) => j.deel === 'apart'),
    cold: median(cold.fill),
    coldTyped: median(cold.typed),
    coldRuns,
    warm: warm.length ? median(warm) : null,
    warmP90: warm.length ? warm[Math.floor(warm.length * 0.9)] : null,
  };
}

/** JavaScript a content page runs before and after the header box is used (gzipped). */
async function scriptBytes(context, url) {
  const page = await context.newPage();
  const sizes = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('/pagefind/pagefind.js'))
      sizes.push(
        r.body().then(
          (b) => ({ url: r.url(), size: gz(b) }),
          () => ({ url: r.url(), size: 0 }),
        ),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const inline = await page.$$eval('script:not([src])', (s) => s.map((x) => x.textContent ?? '').join(''));
  const before =
    (await Promise.all(sizes)).reduce((a, s) => a + s.size, 0) + (inline ? gz(Buffer.from(inline)) : 0);
  await askHeader(page, 'kartrekker');
  await page.waitForLoadState('networkidle');
  const all = await Promise.all(sizes);
  await page.close();
  const own = all.filter((s) => s.url.includes('/_astro/')).reduce((a, s) => a + s.size, 0);
  const pagefindCode = all.filter((s) => s.url.includes('/pagefind/')).reduce((a, s) => a + s.size, 0);
  return { loader: before, afterUse: before + own, pagefindCode };
}

/**
 * How long the team page takes to show a comparison of `members` members (issue 19: well under
 * a second for 100): from setting the address to the next frame after the member list changed,
 * the median of five, alternating two links so that each one is read anew.
 */
async function teamRender(context, siteUrl, members = 100) {
  const page = await context.newPage();
  await page.goto(`${siteUrl}mijn-reflectie/`);
  const ids = (await page.locator('reflectie-overzicht').getAttribute('data-vragen')).split(' ');
  // Four different members' answers, made by the page itself (the link format stays its own).
  const payloads = [];
  for (let v = 0; v < 4; v++) {
    const answers = Object.fromEntries(ids.map((id, q) => [id, (q + v) % 3 ? 'A' : 'B']));
    await page.evaluate(
      (a) => localStorage.setItem('handboek-reflectie', JSON.stringify({ versie: 1, antwoorden: a })),
      answers,
    );
    await page.reload();
    const link = await page.locator('[data-deel-link]').inputValue();
    payloads.push(link.slice(link.indexOf('reflectie=')));
  }
  const team = (label) =>
    Array.from(
      { length: members },
      (_, i) => `naam=${encodeURIComponent(`${label} ${i + 1}`)}&${payloads[i % 4]}`,
    ).join('&');
  await page.goto(`${siteUrl}team/`);
  const times = [];
  for (let run = 0; run < 5; run++) {
    times.push(
      await page.evaluate(
        (hash) =>
          new Promise((resolve) => {
            const list = document.querySelector('[data-ledenlijst]');
            const t0 = performance.now();
            const seen = new MutationObserver(() => {
              seen.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
            });
            seen.observe(list, { childList: true });
            location.hash = hash;
          }),
        team(run % 2 ? 'Lid' : 'Teamlid'),
      ),
    );
  }
  const shown = await page.locator('[data-ledenlijst] li').count();
  await page.close();
  return { members, shown, ms: median(times) };
}

/** The last `npm test` run, as scripts/test.sh wrote it (the bench does not run the tests). */
function testTime() {
  if (!existsSync('tmp/test-time.json'))
    return 'npm test: nog niet gedraaid op deze checkout (tmp/test-time.json ontbreekt)\n';
  const t = JSON.parse(readFileSync('tmp/test-time.json', 'utf8'));
  return `npm test (laatste run, ${t.date.slice(0, 16).replace('T', ' ')}): ${t.seconds} s, ${t.passed} geslaagd, ${t.failed} mislukt, ${t.cores} cores\n`;
}

/**
 * Take it along (issue 27): the whole handbook's PDF (pages, size) and EPUB (size), and the
 * offline copy: its files and size, and the time to write sw.js (the step every build runs;
 * run here once more on the finished build, which gives the same files).
 */
async function takeAlong() {
  console.log('Meenemen');
  const pdf = resolve(outDir, 'boekjes/handboek.pdf');
  const epub = resolve(outDir, 'boekjes/handboek.epub');
  if (existsSync(pdf)) {
    const pages = /^Pages:\s+(\d+)/m.exec(
      spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout ?? '',
    )?.[1];
    console.log(`  handboek.pdf    ${pages ?? '?'} pagina's, ${kb(readFileSync(pdf).length)}`);
  } else console.log('  handboek.pdf    ontbreekt (gebouwd zonder boekjes)');
  if (existsSync(epub)) console.log(`  handboek.epub   ${kb(readFileSync(epub).length)}`);
  const copy = await makeOfflineCopy(outDir);
  console.log(
    `  offline-kopie   ${copy.count} bestanden, ${(copy.size / 1024 / 1024).toFixed(1)} MB; sw.js schrijven ${copy.seconds.toFixed(2)} s\n`,
  );
}

async function main() {
  const times = {};
  // A cold build (empty cache) without the PDFs, then the PDFs on their own: each part once.
  const cacheDir = process.env.CACHE_DIR || 'node_modules/.astro-bench';
  if (!process.env.BENCH_SKIP_BUILD) {
    if (!process.env.CACHE_DIR) rmSync(cacheDir, { recursive: true, force: true });
    times.site = run('npm run build', 'npm', ['run', '--silent', 'build'], {
      OUT_DIR: outDir,
      CACHE_DIR: cacheDir,
      BOOKLETS: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    times.booklets = run('booklets', 'npm', ['run', '--silent', 'booklets'], { OUT_DIR: outDir });
  }
  const pages = listHtmlFiles(outDir);
  const served = await serveWithNginx(outDir, await freePort());
  const browser = await launchChromium();
  const context = await browser.newContext();
  const visits = {};
  let search;
  let quality;
  let team;
  try {
    for (const file of pages) {
      const type = pageType(file);
      if (type === 'overig') continue;
      const url = served.url + file.replace(/(^|\/)index\.html$/, '$1');
      (visits[type] ??= []).push({ file, ...(await firstVisit(context, url)) });
    }
    search = {
      first: [
        await searchCost(browser, served.url, 'kartrekker'),
        await searchCost(browser, served.url, 'financiering'),
      ],
      ...(await scriptBytes(context, `${served.url}werkvormen/netwerkanalyse/`)),
    };
    quality = await searchQuality(browser, served.url);
    // Two sizes, so that the figures show whether the work grows linearly with the team.
    team = [await teamRender(context, served.url, 50), await teamRender(context, served.url, 100)];
  } finally {
    await browser.close();
    await served.stop();
  }

  console.log(`Benchmark van ${outDir} (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores)\n`);
  if (times.site !== undefined) {
    console.log(
      `Bouwtijd (cache: ${cacheDir}${process.env.CACHE_DIR ? '' : ', eerst geleegd: een koude build'})`,
    );
    console.log(`  BOOKLETS=0 npm run build (met zoekindex)  ${times.site.toFixed(1)} s`);
    console.log(`  npm run booklets                          ${times.booklets.toFixed(1)} s`);
    console.log(
      `  samen                                     ${(times.site + times.booklets).toFixed(1)} s\n`,
    );
  }
  const baseline = process.env.BENCH_BUILD_BASELINE;
  if (baseline) {
    const rounds = Number(process.env.BENCH_BUILD_ROUNDS || 3);
    const race = raceBuilds(process.cwd(), baseline, rounds);
    const s = (xs) => xs.map((t) => `${t.toFixed(1)} s`).join(' / ');
    console.log(`Bouwtijd tegen ${baseline}: ${rounds} koude BOOKLETS=0 builds elk, om en om`);
    console.log(`  ${baseline.padEnd(12)} ${s(race.before)}`);
    console.log(`  ${'nu'.padEnd(12)} ${s(race.now)}`);
    console.log(`  verhouding nu/toen (mediaan per paar): ${race.ratio.toFixed(2)}\n`);
  }
  console.log(testTime());
  await takeAlong();
  console.log(`Pagina's: ${pages.length} HTML-bestanden\n`);
  console.log('Eerste bezoek per paginatype (gzip; mediaan en grootste pagina van dat type)');
  console.log('  type       n    HTML      CSS       JS        totaal (mediaan)  totaal (max)  grootste');
  for (const type of [...CONTENT_TYPES, 'plan']) {
    const v = visits[type] ?? [];
    if (!v.length) continue;
    const largest = v.reduce((a, b) => (b.total > a.total ? b : a));
    const cols = [median(v.map((x) => x.html)), median(v.map((x) => x.css)), median(v.map((x) => x.js))].map(
      (b) => kb(b).padEnd(9),
    );
    console.log(
      `  ${type.padEnd(9)} ${String(v.length).padStart(2)}   ${cols.join(' ')} ${kb(median(v.map((x) => x.total))).padEnd(17)} ${kb(largest.total).padEnd(13)} ${largest.file}`,
    );
  }
  console.log(
    '\nEerste zoekopdracht op /zoeken/ (lege cache): verzoeken en bytes uit /pagefind/ zoals een host ze stuurt',
  );
  for (const cost of search.first) {
    console.log(`  "${cost.query}": ${cost.files} verzoeken, ${kb(cost.gz)}`);
    for (const [name, p] of Object.entries(cost.parts))
      console.log(`    ${name.padEnd(11)} ${String(p.files).padStart(3)} verzoeken  ${kb(p.gz)}`);
  }
  console.log(
    `\nTeam vergelijken (adres gezet → lijst getoond, mediaan van 5): ${team.map((r) => `${r.members} leden ${r.ms.toFixed(0)} ms (${r.shown} getoond)`).join(', ')}`,
  );
  console.log('');
  const ms = (x) => (x === null ? '–' : `${Math.round(x)} ms`);
  console.log(
    `Zoekkwaliteit op ${quality.n} beoordeelde zoekvragen (tests/search/judged-queries.json), in het kopzoekvak:`,
  );
  console.log(
    `  S@1 ${quality.s1.toFixed(3)}   S@5 ${quality.s5.toFixed(3)}   MRR ${quality.mrr.toFixed(3)}`,
  );
  const line = (label, k) =>
    console.log(
      `    ${label.padEnd(14)} n=${String(k.n).padStart(3)}  S@1 ${k.s1.toFixed(2)}  S@5 ${k.s5.toFixed(2)}  MRR ${k.mrr.toFixed(2)}`,
    );
  for (const k of quality.perKind) line(k.soort, k);
  line('bekeken', quality.looked);
  line('apart', quality.apart);
  console.log(
    `  laatste toets → eerste resultaat: koud ${ms(quality.cold)} (hele zoekvraag in één keer), koud ${ms(quality.coldTyped)} (toets voor toets, 160 ms ertussen); mediaan over ${quality.coldRuns} nieuwe pagina's elk; warm ${ms(quality.warm)} (mediaan), warm p90 ${ms(quality.warmP90)}`,
  );
  for (const miss of quality.misses) console.log(`  niet eerst: ${miss}`);
  console.log('');

  console.log('Budgetten (PRODUCT.md)');
  const all = CONTENT_TYPES.flatMap((t) => visits[t] ?? []);
  const worst = all.reduce((a, b) => (b.total > a.total ? b : a));
  const say = (ok, text) => console.log(`  ${ok ? 'houdt      ' : 'houdt NIET '} ${text}`);
  say(
    worst.total <= BUDGET.firstVisit,
    `eerste bezoek aan een inhoudspagina ≤ 25 KB gzip: grootste ${kb(worst.total)} (${worst.file})`,
  );
  const plan = visits.plan?.[0];
  if (plan) say(plan.total <= BUDGET.plan, `eerste bezoek aan Mijn plan ≤ 20 KB gzip: ${kb(plan.total)}`);
  // Pages with the A/B questions (a phase, an answer that remembers the choice) may ship a
  // little JavaScript; every other content page ships none.
  const questionPages = [...(visits.fase ?? []), ...(visits.antwoord ?? [])];
  // Every page with the header box carries its loader (inline, so counted in the HTML); the
  // pages without questions load no JavaScript file of their own.
  const withJs = all.filter((v) => !questionPages.includes(v) && v.js > 0);
  say(
    withJs.length === 0,
    `home, bron en werkvorm laden geen JavaScript-bestand: ${withJs.length ? `${withJs.length} pagina's wel, b.v. ${withJs[0].file} (${kb(withJs[0].js)})` : 'geen enkele'}`,
  );
  say(
    search.loader <= BUDGET.searchLoader,
    `JavaScript van een inhoudspagina vóór het zoekvak gebruikt wordt ≤ 1 KB gzip: ${kb(search.loader)} (lader van het kopzoekvak); na gebruik ${kb(search.afterUse)} aan eigen code + Pagefind ${kb(search.pagefindCode)}`,
  );
  // Issue 30: a phase page carries no advice or passage lists until the reader asks for them.
  const phaseWorst = (visits.fase ?? []).reduce((a, b) => (b.total > a.total ? b : a));
  say(
    phaseWorst.total <= BUDGET.phaseFirstVisit,
    `eerste bezoek aan een fasepagina ≤ 15 KB gzip: grootste ${kb(phaseWorst.total)} (${phaseWorst.file})`,
  );
  const maxJs = questionPages.reduce((a, b) => (b.js > a.js ? b : a));
  say(
    maxJs.js <= BUDGET.phaseJs,
    `pagina met A/B-vragen (fase, antwoord) ≤ 5 KB gzip JavaScript: grootste ${kb(maxJs.js)} (${maxJs.file})`,
  );
}

await main();
