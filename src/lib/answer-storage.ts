import {
  BACKUP_KEY,
  parseStored,
  serialiseStored,
  STORAGE_KEY,
  type Answers,
  type StorageProblem,
} from './answers';

/**
 * Keeping the answers in localStorage when it misbehaves: full, refusing, or holding data that
 * cannot be read. Works on any object with localStorage's methods, so the rules are tested
 * without a browser; src/components/reflection/store.ts hands it the real one.
 *
 * - Unreadable data is never overwritten: before the first write over it, it is copied to a
 *   backup key of its own (handboek-reflectie-onleesbaar, then -2, -3 … for later ones).
 * - Data too large to copy (the copy does not fit) stays where it is; the answers are then
 *   kept next to it under ASIDE_KEY, so saving goes on working.
 * - A write that fails says why: the storage is full (`vol`) or refuses (`geen`).
 */

/** The part of the Storage interface this module uses. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Where the answers live while STORAGE_KEY holds unreadable data too large to copy. */
export const ASIDE_KEY = 'handboek-reflectie-ernaast';
/** A key written and removed to learn whether this browser lets the handbook keep anything. */
export const PROBE_KEY = 'handboek-reflectie-proef';

/** `vol`: the storage is full; `geen`: the browser refuses (private window, settings, policy). */
export type WriteProblem = 'vol' | 'geen';
/** `te-groot`: unreadable old data stays where it is, the answers are kept next to it. */
export type KeptProblem = StorageProblem | 'te-groot';

export type WriteResult = { kept: true; problem?: 'te-groot' } | { kept: false; problem: WriteProblem };

/** What a failed setItem means: QuotaExceededError (any browser's spelling) or a refusal. */
export function writeProblemOf(error: unknown): WriteProblem {
  const { name, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  const full =
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
  return full ? 'vol' : 'geen';
}

/** The n-th backup key: the first is BACKUP_KEY itself, later ones get "-2", "-3" … */
export const backupKey = (n: number) => (n <= 1 ? BACKUP_KEY : `${BACKUP_KEY}-${n}`);

/** The first backup key not in use. */
export function nextBackupKey(store: KeyValueStore): string {
  let n = 1;
  while (store.getItem(backupKey(n)) !== null) n++;
  return backupKey(n);
}

/** Every backup key in use, in order. */
export function backupKeys(store: KeyValueStore): string[] {
  const keys: string[] = [];
  for (let n = 1; store.getItem(backupKey(n)) !== null; n++) keys.push(backupKey(n));
  return keys;
}

/** The stored answers, from next to the unreadable data when they had to go there. */
export function readAnswers(store: KeyValueStore): { answers: Answers; problem?: KeptProblem | undefined } {
  const main = parseStored(store.getItem(STORAGE_KEY));
  const aside = store.getItem(ASIDE_KEY);
  if (aside === null || !main.problem) return main;
  const read = parseStored(aside);
  return { answers: read.answers, problem: read.problem ?? 'te-groot' };
}

/** Writes the answers, keeping any unreadable data already there (see the top of this file). */
export function writeAnswers(store: KeyValueStore, answers: Answers): WriteResult {
  const data = serialiseStored(answers);
  try {
    const old = store.getItem(STORAGE_KEY);
    const unreadable = Boolean(old && parseStored(old).problem);
    if (unreadable && store.getItem(ASIDE_KEY) !== null) {
      store.setItem(ASIDE_KEY, data);
      return { kept: true, problem: 'te-groot' };
    }
    if (unreadable) {
      try {
        store.setItem(nextBackupKey(store), old!);
      } catch (error) {
        if (writeProblemOf(error) !== 'vol') throw error;
        store.setItem(ASIDE_KEY, data);
        return { kept: true, problem: 'te-groot' };
      }
    }
    store.setItem(STORAGE_KEY, data);
    store.removeItem(ASIDE_KEY);
    return { kept: true };
  } catch (error) {
    return { kept: false, problem: writeProblemOf(error) };
  }
}

/** Whether a small write succeeds now: tells a page, before any answer, that nothing can be kept. */
export function probeWrite(store: KeyValueStore): WriteProblem | undefined {
  try {
    store.setItem(PROBE_KEY, '1');
    store.removeItem(PROBE_KEY);
    return undefined;
  } catch (error) {
    return writeProblemOf(error);
  }
}

/** Forgets the answers, the unreadable data kept aside and the data they were kept next to. */
export function clearAnswers(store: KeyValueStore) {
  for (const key of [STORAGE_KEY, ASIDE_KEY, ...backupKeys(store)]) store.removeItem(key);
}

// ---- ticks: the steps of Mijn plan the reader marked "gedaan"

/** Where the ticked steps of Mijn plan live, beside the answers (stepKey() of src/lib/plan.ts). */
export const TICKS_KEY = 'handboek-plan-gedaan';

/** The ticked steps; unreadable or missing data is no ticks (a tick is easily set again). */
export function readTicks(store: KeyValueStore): Set<string> {
  try {
    const data: unknown = JSON.parse(store.getItem(TICKS_KEY) ?? 'null');
    const list = (data as { gedaan?: unknown } | null)?.gedaan;
    return new Set(Array.isArray(list) ? list.filter((k): k is string => typeof k === 'string') : []);
  } catch {
    return new Set();
  }
}

/** Keeps the ticked steps; says why not when the storage refuses (as writeAnswers does). */
export function writeTicks(store: KeyValueStore, ticks: ReadonlySet<string>): WriteResult {
  try {
    if (ticks.size) store.setItem(TICKS_KEY, JSON.stringify({ versie: 1, gedaan: [...ticks].sort() }));
    else store.removeItem(TICKS_KEY);
    return { kept: true };
  } catch (error) {
    return { kept: false, problem: writeProblemOf(error) };
  }
}

/** Forgets every tick (the reader chose to, when clearing the answers). */
export const clearTicks = (store: KeyValueStore) => store.removeItem(TICKS_KEY);
