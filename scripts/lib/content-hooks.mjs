/**
 * Lets plain Node (22.18+, which strips TypeScript types) load the project's schemas and
 * content rules outside Astro, for scripts/check-content.ts:
 * - `astro:content` and `astro/loaders` become small stand-ins (scripts/lib/astro-stand-in.mjs):
 *   the checker needs the schemas and the collection list, not Astro's content layer;
 * - `~/x` is src/x (the tsconfig alias), and an import without extension finds its .ts file.
 * Used as `node --import ./scripts/lib/content-hooks.mjs …`.
 */
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const src = new URL('../../src/', import.meta.url);
const standIn = new URL('./astro-stand-in.mjs', import.meta.url).href;

registerHooks({
  resolve(specifier, context, next) {
    if (specifier === 'astro:content' || specifier === 'astro/loaders')
      return { url: standIn, shortCircuit: true };
    let target = specifier;
    if (specifier.startsWith('~/')) target = new URL(specifier.slice(2), src).href;
    const ours = context.parentURL && !context.parentURL.includes('/node_modules/');
    if (ours && (target.startsWith('.') || target.startsWith('file:')) && !/\.[cm]?[jt]s$/.test(target)) {
      const url = new URL(target, context.parentURL);
      for (const ext of ['.ts', '.mjs', '.js'])
        if (existsSync(fileURLToPath(url) + ext))
          return next(pathToFileURL(fileURLToPath(url) + ext).href, context);
    }
    return next(target, context);
  },
});
