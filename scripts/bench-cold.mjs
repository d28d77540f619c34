/**
 * `npm run bench:cold -- DIST_A DIST_B [runs]`: the cold time of the header box (last key to
 * first result on a fresh page, empty cache) of two builds, back to back on this machine:
 * alternating A and B (which one goes first alternates too) over several queries, so a shared
 * machine's load falls on both alike. Prints per way of typing (coldSearch: `fill`, the whole
 * query at once as `npm run bench` measures it; `typed`, key by key with a reader's pauses) the
 * median and spread of each build, per query, and B/A.
 *
 *   npm run bench:cold -- /tmp/old/dist:plain dist 24
 *
 * "DIR:plain" serves Pagefind's files as plain bytes that Pagefind unpacks itself (as the
 * hosting recipes did before issue 24); otherwise with Content-Encoding: gzip, as hosting/
 * does. BENCH_WAYS=fill measures one way only. Needs Debian's chromium and nginx.
 */
import { launchChromium } from '#tools/chromium.ts';
import { freePort } from '#tools/free-port.ts';
import { serveWithNginx } from '#tools/nginx.ts';
import { coldSearch } from '#tools/search-eval.ts';

const [dirA, dirB, runsArg] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('gebruik: npm run bench:cold -- DIST_A DIST_B [aantal per manier]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 24);
/** Single words, a Flemish word, two words and a question, so that no one index chunk decides. */
const QUERIES = [
  'kartrekker',
  'financiering',
  'privacy afspraken',
  'hoe meet je het gebruik',
  'vorming',
  'draagvlak',
];

const at = (xs, q) => [...xs].sort((a, b) => a - b)[Math.round((xs.length - 1) * q)];
const ms = (x) => `${Math.round(x)}`;
const spread = (xs) =>
  `mediaan ${ms(at(xs, 0.5))} ms (min ${ms(at(xs, 0))}, q1 ${ms(at(xs, 0.25))}, q3 ${ms(at(xs, 0.75))}, max ${ms(at(xs, 1))}; n=${xs.length})`;

const serve = async (arg) =>
  serveWithNginx(arg.replace(/:plain$/, ''), await freePort(), '/', {
    pagefindGzip: !arg.endsWith(':plain'),
  });
const servers = [await serve(dirA), await serve(dirB)];
const browser = await launchChromium();
try {
  for (const typing of (process.env.BENCH_WAYS ?? 'fill,typed').split(',')) {
    // Once each unmeasured: nginx and Chromium warm up, not the page's cache (a fresh context).
    for (const s of servers) await coldSearch(browser, s.url, 'start', typing);
    const times = [[], []];
    const byQuery = new Map(QUERIES.map((q) => [q, [[], []]]));
    for (let run = 0; run < RUNS; run++) {
      const query = QUERIES[run % QUERIES.length];
      for (const i of run % 2 ? [1, 0] : [0, 1]) {
        const t = await coldSearch(browser, servers[i].url, query, typing);
        times[i].push(t);
        byQuery.get(query)[i].push(t);
      }
    }
    const [a, b] = times;
    const ratios = a.map((x, i) => b[i] / x);
    console.log(`${typing}:`);
    console.log(`  A ${dirA}: ${spread(a)}`);
    console.log(`  B ${dirB}: ${spread(b)}`);
    console.log(
      `  per zoekvraag (mediaan A → B): ${[...byQuery]
        .filter(([, [x]]) => x.length > 0)
        .map(([q, [x, y]]) => `"${q}" ${ms(at(x, 0.5))} → ${ms(at(y, 0.5))}`)
        .join(', ')}`,
    );
    console.log(
      `  B/A: mediaan B / mediaan A ${(at(b, 0.5) / at(a, 0.5)).toFixed(2)}; per paar mediaan ${at(ratios, 0.5).toFixed(2)} (q1 ${at(ratios, 0.25).toFixed(2)}, q3 ${at(ratios, 0.75).toFixed(2)})`,
    );
  }
} finally {
  await browser.close();
  for (const s of servers) await s.stop();
}
