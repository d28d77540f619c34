import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { DIST, DIST_SUB } from './site';
import { freePort } from '#tools/free-port.ts';
import { serveWithNginx, type Served } from '#tools/nginx.ts';

/**
 * Serves the two builds that `npm test` makes with nginx for the browser tests:
 * dist/ at the root, and dist-sub/ (built with BASE_PATH=/handboek/) under /handboek/.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    rootUrl: string;
    subPathUrl: string;
  }
}

let servers: Served[] = [];

export async function setup(project: TestProject) {
  // OUT_DIR / SUB_OUT_DIR let several builds be tested side by side; ports come free from the system.
  const rootDir = DIST;
  const subDir = DIST_SUB;
  for (const dir of [rootDir, subDir])
    if (!existsSync(`${dir}/index.html`))
      throw new Error(`${dir}/ ontbreekt: start de tests met \`npm test\` (die bouwt eerst)`);
  const root = await serveWithNginx(rootDir, await freePort());
  const sub = await serveWithNginx(subDir, await freePort(), '/handboek/');
  servers = [root, sub];
  project.provide('rootUrl', root.url);
  project.provide('subPathUrl', sub.url);
}

export async function teardown() {
  await Promise.all(servers.map((s) => s.stop()));
}
