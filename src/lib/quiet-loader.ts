import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * In `astro dev`, a content file the editor has just broken must give one Dutch report (the
 * content check's, src/integrations/content-check.ts) and nothing else. Astro's own loaders
 * would throw on it: at start-up the dev server stopped with a YAML stack trace, and on every
 * save they printed an English error. Wrapped here, a file whose frontmatter cannot be read or
 * does not fit the schema is not stored again: the entry keeps its last good version (at
 * start-up, with none yet, its data as written), while the content check tells the editor what
 * to fix and, until it is fixed, answers every page request with its report.
 * Only in dev (Astro passes a file watcher only there): a build keeps Astro's loaders as they
 * are, and by then the content check has already stopped any build with wrong content. The
 * content check's own stand-in loaders (plain objects without `load`) pass through untouched.
 */

/** Astro hands the glob loader its Markdown/MDX parsers in the context, outside the public type. */
type EntryType = { getEntryInfo: (input: { fileUrl: URL; contents: string }) => Promise<unknown> };
type Context = LoaderContext & { entryTypes?: Map<string, EntryType> };

export function quietInDev<T extends Loader>(loader: T): T {
  if (typeof (loader as Partial<Loader>).load !== 'function') return loader;
  return { ...loader, load: (context: Context) => loader.load(context.watcher ? quiet(context) : context) };
}

function quiet(context: Context): Context {
  const unreadableFiles = new Set<string>();
  const skipped = new Set<string>();
  const entryTypes = context.entryTypes
    ? new Map(
        [...context.entryTypes].map(([ext, type]) => [
          ext,
          {
            ...type,
            getEntryInfo: async (input: { fileUrl: URL; contents: string }) => {
              try {
                return await type.getEntryInfo(input);
              } catch {
                unreadableFiles.add(decodeURIComponent(input.fileUrl.pathname));
                return { data: {}, body: '', slug: '', rawData: '' };
              }
            },
          },
        ]),
      )
    : undefined;
  const parseData: LoaderContext['parseData'] = async (props) => {
    if (props.filePath && unreadableFiles.delete(props.filePath)) {
      skipped.add(props.id);
      return props.data;
    }
    try {
      return await context.parseData(props);
    } catch {
      skipped.add(props.id);
      return props.data;
    }
  };
  const store = new Proxy(context.store, {
    get(target, key, receiver) {
      if (key === 'set')
        return (entry: Parameters<typeof target.set>[0]) => {
          // A broken file keeps its last good version; at start-up, where it has none, it is
          // stored as written, so that what refers to it finds it (as the content check does).
          if (skipped.delete(entry.id) && target.has(entry.id)) return false;
          return target.set(entry);
        };
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  // What the loaders would still log about a content file (a YAML list that does not parse,
  // an MDX text that does not compile) is the content check's to say; kept for --verbose.
  const logger = Object.assign(Object.create(context.logger) as LoaderContext['logger'], {
    error: (message: string) => context.logger.debug(message),
  });
  return { ...context, store, parseData, logger, ...(entryTypes ? { entryTypes } : {}) };
}
