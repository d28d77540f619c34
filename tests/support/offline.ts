import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { freePort } from '#tools/free-port.ts';
import { serveWithNginx, type Served } from '#tools/nginx.ts';

/**
 * A copy of a build served by its own nginx, for the offline tests: they stop the server (the
 * network is really gone, not only emulated), start it again on the same port (the same origin,
 * so the same service worker), and change a page of the copy as a new build would, without
 * touching the build the other tests read.
 */
export interface ServedCopy {
  /** The copy's folder. */
  dir: string;
  /** The site's address, ending in "/" (or "/handboek/"). */
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
  /** Stops the server and removes the copy. */
  remove: () => Promise<void>;
}

export async function serveCopy(build: string, base: string): Promise<ServedCopy> {
  const dir = mkdtempSync(join(tmpdir(), 'handboek-offline-'));
  // mkdtemp makes the folder private (0700); nginx's workers read it as another user.
  chmodSync(dir, 0o755);
  cpSync(build, dir, { recursive: true });
  const port = await freePort();
  let served: Served | undefined = await serveWithNginx(dir, port, base);
  const copy: ServedCopy = {
    dir,
    url: served.url,
    stop: async () => {
      await served?.stop();
      served = undefined;
    },
    start: async () => {
      served ??= await serveWithNginx(dir, port, base);
    },
    remove: async () => {
      await copy.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return copy;
}

/** The service workers registered and the caches stored for the page's origin. */
export const storedOffline = (page: Page) =>
  page.evaluate(async () => ({
    workers: (await navigator.serviceWorker.getRegistrations()).length,
    caches: await caches.keys(),
    urls: (await Promise.all((await caches.keys()).map(async (k) => (await caches.open(k)).keys()))).flatMap(
      (requests) => requests.map((r) => r.url),
    ),
  }));
