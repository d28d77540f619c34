// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';
import seoFiles from './src/integrations/seo-files.ts';
import cspOwnHashes from './src/integrations/csp-own-hashes.ts';
import { unified } from '@astrojs/markdown-remark';
import {
  rehypeScopedHeadingIds,
  rehypeScrollableTables,
  rehypeVisibleListNumbers,
  remarkSiteLinks,
} from './src/lib/markdown-plugins.mjs';

// The base path comes from the environment so that editors can host under a sub-path
// (BASE_PATH=/handboek/ npm run build) without touching code.
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  // The address the site is published at (e.g. https://example.org): canonical links, og:url,
  // the sitemap and absolute links in the booklets need it. Without it they are left out;
  // the site itself always links relative to `base`.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  // Folder URLs (/fasen/start/) work on every static host, nginx included.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A separate output and cache folder lets tests and parallel builds not collide.
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  // Whitespace between inline elements on separate lines must survive (see STACK.md).
  compressHTML: true,
  // No dev toolbar, no telemetry-like extras: nothing should call another host.
  devToolbar: { enabled: false },
  // In this order: pages first, then the search index over the finished pages (Pagefind's
  // Node API; a failure stops the build); after the build also sitemap.xml and robots.txt, and
  // each page's CSP lists only the hashes of its own inline code (see src/lib/csp-hashes.mjs).
  integrations: [mdx(), pagefind(), seoFiles(), cspOwnHashes()],
  markdown: {
    // unified() lets our remark plugin check and rewrite links in every Markdown/MDX file.
    processor: unified({
      remarkPlugins: [[remarkSiteLinks, { base }]],
      // Wide tables scroll inside their own focusable region, so pages reflow at 320 px.
      rehypePlugins: [rehypeScopedHeadingIds, rehypeVisibleListNumbers, rehypeScrollableTables],
    }),
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
