import type { KeyValueStore } from '~/lib/answer-storage';

/** localStorage under faults, in memory, for unit tests of src/lib/answer-storage.ts. */

/** A DOMException-like error, as localStorage throws them. */
export const domError = (name: string, code = 0) => Object.assign(new Error(name), { name, code });

/** localStorage's behaviour in memory: a quota in characters (keys and values), or a refusal. */
export function fakeStore(quota = Infinity, refuse?: Error): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  const used = () => [...data].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    removeItem: (k: string) => void data.delete(k),
    setItem(k: string, v: string) {
      if (refuse) throw refuse;
      if (used() - (data.get(k)?.length ?? 0) + (data.has(k) ? 0 : k.length) + v.length > quota)
        throw domError('QuotaExceededError', 22);
      data.set(k, v);
    },
  };
}
