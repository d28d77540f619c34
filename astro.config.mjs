// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import searchIndex from './src/integrations/pagefind.ts';
import seoFiles from './src/integrations/seo-files.ts';
import cspOwnHashes from './src/integrations/csp-own-hashes.ts';
import precompress from './src/integrations/precompress.ts';
import { satteri } from '@astrojs/markdown-satteri';
import booklets from './src/integrations/booklets.ts';
import takeAlong from './src/integrations/takealong.ts';
import contentCheck from './src/integrations/content-check.ts';
import linkChecks from './src/integrations/link-check.ts';
import { handbookMarkdown } from './src/lib/markdown-plugins.mjs';
import { basePathFromEnv } from './src/lib/base-path.mjs';
import { ui } from './src/i18n/nl.ts';

// The base path comes from the environment so that editors can host under a sub-path
// (BASE_PATH=/handboek/ npm run build) without touching code.
const base = basePathFromEnv();
// Pagefind indexes in its own process while the steps between `start` and `finish` run.
const search = searchIndex();
// The link check reads the pages once, before the PDFs; after them it checks the PDF links.
// When it stops the build, it first lets Pagefind's process finish (nothing printed after it).
const links = linkChecks({ beforeStop: search.settled });
// Pre-compression starts on the finished pages and ends with what the last steps wrote.
const compression = precompress();

export default defineConfig({
  // The address the site is published at (e.g. https://example.org): canonical links, og:url,
  // the sitemap and absolute links in the booklets need it. Without it they are left out;
  // the site itself always links relative to `base`.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  // Folder URLs (/fasen/start/) work on every static host, nginx included.
  trailingSlash: 'always',
  // A separate output and cache folder lets tests and parallel builds not collide.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  // Styles as files, never inlined into the HTML: a browser fetches a stylesheet once for all
  // pages, and files need no hash in the CSP ('self' covers them).
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Whitespace as in JSX: a line break between elements is no space, `{' '}` is one. This is
  // how Prettier's Astro formatting writes templates, so formatting never changes the page.
  compressHTML: 'jsx',
  // No dev toolbar, no telemetry-like extras: nothing should call another host.
  devToolbar: { enabled: false },
  // Order matters: the content check first (it stops a build with wrong content before Astro
  // starts), then MDX; the search index over the finished pages starts (Pagefind's Node API, in
  // its own process); sitemap.xml and robots.txt; each page's CSP with only the hashes of its
  // own inline code (src/lib/csp-hashes.mjs); pre-compression of the finished pages starts (in
  // Node's thread pool); the link check of the pages (before the slow
  // PDFs, so a broken link is reported quickly); the booklet PDFs (of the finished pages); the
  // check of the links to those PDFs; the search index is waited for (a Pagefind error stops
  // the build); the sizes the pages show and the offline copy's service
  // worker (scripts/lib/offline-copy.ts); and pre-compression ends last: it compresses what
  // the steps since its start wrote or changed, the search index included.
  integrations: [
    contentCheck(),
    mdx(),
    search.start,
    seoFiles(),
    cspOwnHashes(),
    compression.start,
    links.pages,
    booklets(),
    links.pdfs,
    search.finish,
    takeAlong(),
    compression.finish,
  ],
  vite: {
    build: {
      rollupOptions: {
        // @astrojs/mdx marks every MDX module with the directive "use astro:head-inject" so Astro
        // can put the styles of components used inside MDX in the <head>; the bundler then warns
        // that it may drop the directive. Astro has already read it by then, so the warning is
        // harmless (one line per MDX file). Only exactly that warning is dropped; every other
        // warning, including other module-level directives, is still printed.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  markdown: {
    // Astro's Markdown processor (Sätteri, parsing in Rust) with the handbook's plugins:
    // quotes, site links, heading ids, list numbers, scrollable tables (src/lib/markdown-plugins.mjs).
    processor: satteri(handbookMarkdown({ base, externalLabel: ui.external, oursLabels: ui.oursTable })),
    // Shiki writes inline styles, which the CSP forbids; the content has no code anyway.
    syntaxHighlight: false,
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        // Pagefind runs its search in a worker and compiles its WebAssembly.
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
