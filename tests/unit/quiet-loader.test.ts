import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { quietInDev } from '~/lib/quiet-loader';

/** A store as Astro's, reduced to what the loaders use. */
function store(initial: Record<string, unknown> = {}) {
  const entries = new Map(Object.entries(initial).map(([id, data]) => [id, { id, data }]));
  return {
    entries,
    has: (id: string) => entries.has(id),
    set(entry: { id: string; data: unknown }) {
      entries.set(entry.id, entry);
      return true;
    },
  };
}

/** A loader that does what Astro's glob loader does with one file: read, parse, store. */
const fileLoader = (contents: string): Loader => ({
  name: 'test-loader',
  load: async (context) => {
    const ctx = context as LoaderContext & {
      entryTypes: Map<string, { getEntryInfo: (i: unknown) => Promise<{ data: Record<string, unknown> }> }>;
    };
    const { data } = await ctx.entryTypes
      .get('.md')!
      .getEntryInfo({ contents, fileUrl: new URL('file:///p/content/vragen/start/vraag-1.md') });
    const parsed = await ctx.parseData({
      id: 'start/vraag-1',
      data,
      filePath: '/p/content/vragen/start/vraag-1.md',
    });
    ctx.store.set({ id: 'start/vraag-1', data: parsed });
    ctx.logger.error('Error rendering start/vraag-1.md');
  },
});

function context(s: ReturnType<typeof store>, dev: boolean) {
  const logged: string[] = [];
  const ctx = {
    store: s,
    watcher: dev ? {} : undefined,
    logger: {
      error: (m: string) => logged.push(`error ${m}`),
      debug: (m: string) => logged.push(`debug ${m}`),
    },
    entryTypes: new Map([
      [
        '.md',
        {
          getEntryInfo: async ({ contents }: { contents: string }) => {
            if (contents.includes('[')) throw new Error('unexpected end of the stream');
            return { data: { vraag: contents } };
          },
        },
      ],
    ]),
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      if (!data.vraag) throw new Error('vraag: Required');
      return data;
    },
  };
  return { ctx: ctx as unknown as LoaderContext, logged };
}

describe('content loaders in dev leave a broken file to the content check', () => {
  it('passes the content check’s stand-in loaders through untouched', () => {
    const standIn = { kind: 'glob', base: './content/vragen', pattern: '**/*.md' };
    expect(quietInDev(standIn as unknown as Loader)).toBe(standIn);
  });

  it('in a build, throws as Astro does', async () => {
    const { ctx } = context(store(), false);
    await expect(quietInDev(fileLoader('[kapot')).load(ctx)).rejects.toThrow('unexpected end of the stream');
  });

  it('in dev, a file that cannot be read keeps its last good version, quietly', async () => {
    const s = store({ 'start/vraag-1': { vraag: 'goed' } });
    const { ctx, logged } = context(s, true);
    await quietInDev(fileLoader('[kapot')).load(ctx);
    expect(s.entries.get('start/vraag-1')!.data).toEqual({ vraag: 'goed' });
    expect(logged).toEqual(['debug Error rendering start/vraag-1.md']);
  });

  it('in dev at start-up, with no good version yet, it is stored as written, so references find it', async () => {
    const s = store();
    const { ctx } = context(s, true);
    await quietInDev(fileLoader('[kapot')).load(ctx);
    expect(s.has('start/vraag-1')).toBe(true);
  });

  it('in dev, a good file is stored as always', async () => {
    const s = store({ 'start/vraag-1': { vraag: 'oud' } });
    const { ctx } = context(s, true);
    await quietInDev(fileLoader('nieuw')).load(ctx);
    expect(s.entries.get('start/vraag-1')!.data).toEqual({ vraag: 'nieuw' });
  });
});
