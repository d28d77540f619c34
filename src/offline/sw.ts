/**
 * The service worker of the offline copy, bundled with esbuild by scripts/lib/service-worker.ts
 * after each build, which puts the build's file list (scripts/lib/service-worker.ts) in front of
 * it as `self.__OFFLINE`. The browser only installs it when the reader chooses "Bewaar het
 * handboek op dit apparaat" (offline-client.ts registers it); until then nothing is cached.
 *
 * - Install: workbox-precaching fetches every file of the list into the Cache Storage and
 *   tells the page how far it is (the `progress` messages).
 * - Pages (navigations): always from the network when there is one, so the reader never reads
 *   an old text; from the device copy only when the network fails. Nothing else is stored.
 * - Everything else of the site (styles, scripts, search index, PDFs): from the device copy,
 *   whose file names carry a hash or a revision of the build.
 * - Other hosts are never handled, and a link's #fragment never reaches a service worker.
 * - A new build gives a new list, so the browser installs the new worker beside the old one;
 *   it fetches only what changed and waits until the page asks it to take over (`SKIP_WAITING`).
 */
import {
  addPlugins,
  cleanupOutdatedCaches,
  getCacheKeyForURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';

interface Entry {
  url: string;
  revision: string | null;
}
interface Scope {
  __OFFLINE: { manifest: Entry[] };
  clients: {
    matchAll(options: {
      includeUncontrolled: boolean;
      type: 'window';
    }): Promise<{ postMessage(m: unknown): void }[]>;
    claim(): Promise<void>;
  };
  skipWaiting(): Promise<void>;
  addEventListener(
    type: string,
    listener: (event: { data?: unknown; waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
}
const scope = self as unknown as Scope;
const { manifest } = scope.__OFFLINE;

/** Every page that has this site open hears how far the copy is. */
async function tell(message: object) {
  for (const client of await scope.clients.matchAll({ includeUncontrolled: true, type: 'window' }))
    client.postMessage(message);
}

let done = 0;
addPlugins([
  {
    cacheDidUpdate: async () => {
      done++;
      await tell({ type: 'progress', done, total: manifest.length });
    },
  },
]);

/** The device copy of a page: its index.html, without query string. */
const copyOf = (address: string) => {
  const url = new URL(address);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.html';
  return url.href;
};

// Registered before the precache route, so pages take this way and not the copy first.
registerRoute(
  new NavigationRoute(
    new NetworkOnly({
      plugins: [
        {
          handlerDidError: async ({ request }) =>
            (getCacheKeyForURL(copyOf(request.url)) && (await matchPrecache(copyOf(request.url)))) ||
            undefined,
        },
      ],
    }),
  ),
);
precacheAndRoute(manifest, {
  directoryIndex: 'index.html',
  cleanURLs: false,
  // Pagefind asks for pagefind-entry.json?ts=<time> to pass the HTTP cache; the copy's entry
  // file belongs to the copy's index, so it answers whatever the time. (Workbox's defaults too.)
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
});
cleanupOutdatedCaches();

scope.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | undefined)?.type === 'SKIP_WAITING') void scope.skipWaiting();
});
// The first copy serves the open page at once; a later version waits for SKIP_WAITING.
scope.addEventListener('activate', (event) => {
  event.waitUntil(scope.clients.claim().then(() => tell({ type: 'ready' })));
});
