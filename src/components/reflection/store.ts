import { STORAGE_KEY, type Answers } from '~/lib/answers';
import {
  ASIDE_KEY,
  clearAnswers,
  clearTicks,
  readTicks,
  TICKS_KEY,
  writeTicks,
  probeWrite,
  readAnswers,
  writeAnswers,
  type KeptProblem,
  type WriteProblem,
} from '~/lib/answer-storage';

/**
 * The reader's answers in this browser's localStorage, shared by the reflection elements of a
 * page. A write tells every element (event CHANGE) and other tabs (the `storage` event).
 * localStorage can be missing or refuse writes (private windows, full disks): then the answers
 * live in memory for this page, `problem` says why, and nothing claims they were kept. The
 * rules for damaged and oversized data are in src/lib/answer-storage.ts.
 */

export const CHANGE = 'reflectie-wijziging';
/**
 * Sent (bubbling) on a phase page when a fetched block is in place (advice-loader.ts): a chosen
 * answer's advice or a list of "Meer uit de bronnen". The role reader narrows what came.
 */
export const BLOCK_LOADED = 'blok-geladen';
export interface ChangeDetail {
  /** A sentence for screen readers, e.g. "Vraag 2: antwoord A gekozen en bewaard." */
  message?: string | undefined;
  /** false: the change lives only in this page; the storage refused it. */
  kept?: boolean | undefined;
}

/** What save() announces: `unsaved` gives the sentence for a write that failed, with its reason. */
export interface SaveDetail {
  message?: string | undefined;
  unsaved?: ((problem: WriteProblem) => string) | undefined;
}

/** As readAnswers() gives it, or why this browser keeps nothing now (`vol`, `geen`). */
export interface LoadedState {
  answers: Answers;
  problem?: KeptProblem | WriteProblem | undefined;
}

/** The answers of this page when the storage refused them. */
let memory: Answers | null = null;
/** Why the last write (or the first probe) failed; undefined while writes succeed. */
let refused: WriteProblem | undefined;
let probed = false;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function load(): LoadedState {
  const store = storage();
  if (!store) return { answers: memory ?? {}, problem: 'geen' };
  // One small test write per page, so a page says before the first answer that none will be kept.
  if (!probed) {
    probed = true;
    refused = probeWrite(store);
  }
  if (memory) return { answers: memory, problem: refused ?? 'geen' };
  try {
    const read = readAnswers(store);
    return refused ? { answers: read.answers, problem: refused } : read;
  } catch {
    return { answers: {}, problem: 'geen' };
  }
}

/** Writes the answers (unreadable data already there is kept, never lost); true when kept. */
export function save(answers: Answers, detail: SaveDetail = {}): boolean {
  const store = storage();
  const result = store ? writeAnswers(store, answers) : ({ kept: false, problem: 'geen' } as const);
  probed = true;
  if (result.kept) {
    memory = null;
    refused = undefined;
  } else {
    memory = answers;
    refused = result.problem;
  }
  const message = result.kept ? detail.message : (detail.unsaved?.(result.problem) ?? detail.message);
  announce({ message, kept: result.kept });
  return result.kept;
}

/** Forgets every answer, the kept-aside unreadable data included (the reader confirmed this). */
export function clear(detail: ChangeDetail = {}) {
  memory = null;
  try {
    const store = storage();
    if (store) clearAnswers(store);
  } catch {
    /* nothing stored to remove */
  }
  announce(detail);
}

/** The steps of Mijn plan ticked on this device (none when the storage cannot be read). */
export function loadTicks(): Set<string> {
  const store = storage();
  return store ? readTicks(store) : new Set();
}

/** Keeps the ticks; true when kept. Ticks do not announce a change: only Mijn plan shows them. */
export function saveTicks(ticks: ReadonlySet<string>): boolean {
  const store = storage();
  return store ? writeTicks(store, ticks).kept : false;
}

/** Forgets the ticks (asked separately when the answers are cleared). */
export function forgetTicks() {
  try {
    const store = storage();
    if (store) clearTicks(store);
  } catch {
    /* nothing stored to remove */
  }
}

const announce = (detail: ChangeDetail) =>
  window.dispatchEvent(new CustomEvent<ChangeDetail>(CHANGE, { detail }));

/** Calls `render` now and after every change, in this tab or another; returns the unsubscribe. */
export function watch(render: (detail: ChangeDetail) => void): () => void {
  const onChange = (event: Event) => render((event as CustomEvent<ChangeDetail>).detail ?? {});
  const onStorage = (event: StorageEvent) => {
    if ([STORAGE_KEY, ASIDE_KEY, TICKS_KEY, null].includes(event.key)) render({});
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
