import {
  BACKUP_KEY,
  parseStored,
  serialiseStored,
  STORAGE_KEY,
  type Answers,
  type StorageProblem,
} from '~/lib/answers';

/**
 * The reader's answers in this browser's localStorage, shared by the reflection elements of a
 * page. A write tells every element (event CHANGE) and other tabs (the `storage` event).
 * localStorage can be missing or refuse writes (private windows, full disks): then the answers
 * live in memory for this page, and `problem` says so.
 */

export const CHANGE = 'reflectie-wijziging';
export interface ChangeDetail {
  /** A sentence for screen readers, e.g. "Vraag 2: antwoord A gekozen en bewaard." */
  message?: string | undefined;
}

/** As parseStored() gives it, or `geen`: this browser keeps nothing (answers live in memory). */
export interface LoadedState {
  answers: Answers;
  problem?: StorageProblem | 'geen' | undefined;
}

let memory: Answers | null = null;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function load(): LoadedState {
  if (memory) return { answers: memory, problem: 'geen' };
  const store = storage();
  if (!store) return { answers: {}, problem: 'geen' };
  try {
    return parseStored(store.getItem(STORAGE_KEY));
  } catch {
    return { answers: {}, problem: 'geen' };
  }
}

/** Writes the answers; unreadable data already there is first kept aside, never lost. */
export function save(answers: Answers, detail: ChangeDetail = {}) {
  const store = storage();
  try {
    if (!store || memory) throw new Error('geen opslag');
    const old = store.getItem(STORAGE_KEY);
    if (old && parseStored(old).problem && store.getItem(BACKUP_KEY) === null) store.setItem(BACKUP_KEY, old);
    store.setItem(STORAGE_KEY, serialiseStored(answers));
  } catch {
    memory = answers;
  }
  announce(detail);
}

/** Forgets every answer, the kept-aside unreadable data included (the reader confirmed this). */
export function clear(detail: ChangeDetail = {}) {
  memory = null;
  try {
    storage()?.removeItem(STORAGE_KEY);
    storage()?.removeItem(BACKUP_KEY);
  } catch {
    /* nothing stored to remove */
  }
  announce(detail);
}

const announce = (detail: ChangeDetail) =>
  window.dispatchEvent(new CustomEvent<ChangeDetail>(CHANGE, { detail }));

/** Calls `render` now and after every change, in this tab or another; returns the unsubscribe. */
export function watch(render: (detail: ChangeDetail) => void): () => void {
  const onChange = (event: Event) => render((event as CustomEvent<ChangeDetail>).detail ?? {});
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) render({});
  };
  window.addEventListener(CHANGE, onChange);
  window.addEventListener('storage', onStorage);
  render({});
  return () => {
    window.removeEventListener(CHANGE, onChange);
    window.removeEventListener('storage', onStorage);
  };
}

/** Shows the StorageProblems.astro note for this problem (none: all stay hidden). */
export function showProblem(root: HTMLElement, problem?: string) {
  for (const note of root.querySelectorAll<HTMLElement>('[data-probleem]'))
    note.hidden = note.dataset.probleem !== problem;
}

/** The handbook's question ids, in order, as a page prints them in `data-vragen`. */
export const idsOf = (element: HTMLElement) => (element.dataset.vragen ?? '').split(' ').filter(Boolean);
