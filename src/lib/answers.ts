/**
 * The reader's answers to the reflection questions, as pure data: the state and how it is kept
 * in localStorage. How answers travel in a link is in share-link.ts, how a team's answers are
 * compared in team.ts: separate modules, so that a phase page's script, which needs only this
 * one, does not carry them. No DOM here: src/components/reflection/ does the browser work.
 *
 * A question is known by its content id ("start/vraag-1"); `ids` is always the handbook's
 * ordered list of them, as the pages print it in their HTML.
 */

import { isAnswerLetter, type AnswerLetter } from '~/schemas/vocabulary';

export type Letter = AnswerLetter;
/** Question id → the answer chosen. Questions without an answer are absent. */
export type Answers = Readonly<Record<string, Letter>>;

export const isLetter = isAnswerLetter;

/** The other answer to the same question: A ↔ B. */
export const otherLetter = (letter: Letter): Letter => (letter === 'A' ? 'B' : 'A');
/** Content ids are "<fase>/vraag-<n>"; anything else in storage is junk (and never "__proto__"). */
const ID_PATTERN = /^[a-z0-9-]+\/[a-z0-9-]+$/;

// ---- the state

export function withAnswer(answers: Answers, id: string, letter: Letter | null): Answers {
  const next: Record<string, Letter> = { ...answers };
  if (letter) next[id] = letter;
  else delete next[id];
  return next;
}

/** How many of the handbook's questions have an answer (answers to removed questions don't count). */
export const countAnswered = (answers: Answers, ids: readonly string[]) =>
  ids.filter((id) => isLetter(answers[id])).length;

/** Only the answers to questions the handbook has now, in its order. */
export function currentAnswers(answers: Answers, ids: readonly string[]): Answers {
  const out: Record<string, Letter> = {};
  for (const id of ids) if (isLetter(answers[id])) out[id] = answers[id];
  return out;
}

/** What adopting shared answers replaces, and what it keeps. */
export interface Adoption {
  /** Stored answers to the handbook's questions now. */
  current: number;
  /** Stored answers to questions the handbook no longer has: kept, not replaced. */
  removed: number;
  /** The answers after adopting: the shared ones, plus the kept answers to removed questions. */
  next: Answers;
}

/**
 * Adopting a share link replaces the reader's answers to the handbook's questions; answers kept
 * for questions it no longer has stay aside in the store (they are not the link's to replace).
 * The reader is asked first whenever `current + removed` is more than 0.
 */
export function adoptionOf(own: Answers, shared: Answers, ids: readonly string[]): Adoption {
  const known = new Set(ids);
  const kept: Record<string, Letter> = {};
  for (const [id, letter] of Object.entries(own)) if (!known.has(id) && isLetter(letter)) kept[id] = letter;
  return {
    current: countAnswered(own, ids),
    removed: Object.keys(kept).length,
    next: { ...kept, ...currentAnswers(shared, ids) },
  };
}

// ---- localStorage

export const STORAGE_KEY = 'handboek-reflectie';
/** Where unreadable stored data is kept before the first new answer is written over it. */
export const BACKUP_KEY = 'handboek-reflectie-onleesbaar';
const STORAGE_VERSION = 1;

/** `onleesbaar`: nothing could be read; `deels`: some entries were junk and are left out. */
export type StorageProblem = 'onleesbaar' | 'deels';
export interface StoredState {
  answers: Answers;
  problem?: StorageProblem | undefined;
}

/**
 * Reads what localStorage holds (null: nothing yet). Never throws: damaged data gives the
 * entries that can be read plus a `problem`, so the page can say so and keep working.
 * Answers to questions the handbook no longer has are kept, so they survive a content change.
 */
export function parseStored(raw: string | null | undefined): StoredState {
  if (raw === null || raw === undefined || raw === '') return { answers: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { answers: {}, problem: 'onleesbaar' };
  }
  if (!isRecord(data) || data.versie !== STORAGE_VERSION || !isRecord(data.antwoorden)) {
    return { answers: {}, problem: 'onleesbaar' };
  }
  const answers: Record<string, Letter> = {};
  let junk = 0;
  for (const [id, letter] of Object.entries(data.antwoorden)) {
    if (ID_PATTERN.test(id) && isLetter(letter)) answers[id] = letter;
    else junk++;
  }
  return junk ? { answers, problem: 'deels' } : { answers };
}

export const serialiseStored = (answers: Answers) =>
  JSON.stringify({ versie: STORAGE_VERSION, antwoorden: answers });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
