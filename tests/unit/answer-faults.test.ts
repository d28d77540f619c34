import { describe, expect, it } from 'vitest';
import {
  adoptionOf,
  BACKUP_KEY,
  parseStored,
  serialiseStored,
  STORAGE_KEY,
  type Answers,
} from '~/lib/answers';
import {
  ASIDE_KEY,
  backupKey,
  backupKeys,
  clearAnswers,
  probeWrite,
  readAnswers,
  writeAnswers,
  writeProblemOf,
} from '~/lib/answer-storage';
import {
  decodeShare,
  encodeShare,
  isShareFragment,
  joinTeamFragment,
  MAX_TEAM_MEMBERS,
  splitTeamFragment,
} from '~/lib/share-link';
import { domError, fakeStore } from '../support/fake-store';

/**
 * The rules behind the reflection tools under faults (issue 19), without a browser:
 * src/lib/answer-storage.ts, adoptionOf in answers.ts, and team links in share-link.ts.
 * tests/browser/reflection-faults.test.ts checks the same faults as a reader meets them.
 */

const ids = ['start/vraag-1', 'start/vraag-2', 'start/vraag-3'];

const one: Answers = { 'start/vraag-1': 'A' };

describe('writing answers to storage that misbehaves', () => {
  it('names why a write failed: full (in each browser spelling) or refused', () => {
    expect(writeProblemOf(domError('QuotaExceededError', 22))).toBe('vol');
    expect(writeProblemOf(domError('NS_ERROR_DOM_QUOTA_REACHED', 1014))).toBe('vol');
    expect(writeProblemOf({ code: 22 })).toBe('vol');
    expect(writeProblemOf(domError('SecurityError', 18))).toBe('geen');
    expect(writeProblemOf(undefined)).toBe('geen');
  });

  it('reports a full or refusing storage instead of claiming the answer was kept', () => {
    expect(writeAnswers(fakeStore(10), one)).toEqual({ kept: false, problem: 'vol' });
    expect(writeAnswers(fakeStore(Infinity, domError('SecurityError', 18)), one)).toEqual({
      kept: false,
      problem: 'geen',
    });
    expect(probeWrite(fakeStore(Infinity, domError('SecurityError', 18)))).toBe('geen');
    expect(probeWrite(fakeStore(3))).toBe('vol');
    const fine = fakeStore();
    expect(probeWrite(fine)).toBeUndefined();
    expect(fine.data.size).toBe(0);
  });

  it('backs up every unreadable store under a key of its own, not only the first', () => {
    const store = fakeStore();
    store.setItem(STORAGE_KEY, 'kapot-1');
    expect(writeAnswers(store, one)).toEqual({ kept: true });
    store.setItem(STORAGE_KEY, '{"versie":1,"antwoorden":{"start/vr');
    expect(writeAnswers(store, one)).toEqual({ kept: true });
    expect(store.getItem(backupKey(1))).toBe('kapot-1');
    expect(store.getItem(backupKey(2))).toBe('{"versie":1,"antwoorden":{"start/vr');
    expect(backupKey(1)).toBe(BACKUP_KEY);
    expect(backupKeys(store)).toEqual([BACKUP_KEY, `${BACKUP_KEY}-2`]);
    expect(readAnswers(store)).toEqual({ answers: one });
  });

  it('keeps the readable part of partly damaged data aside too before writing', () => {
    const store = fakeStore();
    const partly = JSON.stringify({ versie: 1, antwoorden: { 'start/vraag-2': 'B', rommel: 'X' } });
    store.setItem(STORAGE_KEY, partly);
    writeAnswers(store, one);
    expect(store.getItem(BACKUP_KEY)).toBe(partly);
  });

  it('leaves unreadable data too large to copy where it is and keeps the answers next to it', () => {
    const junk = 'x'.repeat(3000);
    const store = fakeStore(5000);
    store.setItem(STORAGE_KEY, junk);
    expect(writeAnswers(store, one)).toEqual({ kept: true, problem: 'te-groot' });
    expect(store.getItem(STORAGE_KEY)).toBe(junk);
    expect(store.getItem(BACKUP_KEY)).toBeNull();
    expect(readAnswers(store)).toEqual({ answers: one, problem: 'te-groot' });
    // Saving goes on working, next to the old data.
    const two: Answers = { ...one, 'start/vraag-2': 'B' };
    expect(writeAnswers(store, two)).toEqual({ kept: true, problem: 'te-groot' });
    expect(readAnswers(store)).toEqual({ answers: two, problem: 'te-groot' });
    expect(store.getItem(STORAGE_KEY)).toBe(junk);
  });

  it('goes back to the usual place once the old data is gone, and clears everything on reset', () => {
    const store = fakeStore(5000);
    store.setItem(STORAGE_KEY, 'x'.repeat(3000));
    writeAnswers(store, one);
    store.removeItem(STORAGE_KEY);
    expect(writeAnswers(store, one)).toEqual({ kept: true });
    expect(store.getItem(ASIDE_KEY)).toBeNull();
    expect(parseStored(store.getItem(STORAGE_KEY))).toEqual({ answers: one });
    store.setItem(BACKUP_KEY, 'a');
    store.setItem(backupKey(2), 'b');
    clearAnswers(store);
    expect(store.data.size).toBe(0);
  });

  it('fails, without touching anything, when even the answers do not fit', () => {
    const store = fakeStore(40);
    store.setItem(STORAGE_KEY, 'kapot');
    expect(writeAnswers(store, one)).toEqual({ kept: false, problem: 'vol' });
    expect(store.getItem(STORAGE_KEY)).toBe('kapot');
    expect(serialiseStored(one).length).toBeGreaterThan(40 - STORAGE_KEY.length);
  });
});

describe('adopting shared answers', () => {
  it('counts, and keeps, answers to questions the handbook no longer has', () => {
    const own: Answers = { 'start/vraag-1': 'B', 'oud/vraag-9': 'A', 'oud/vraag-8': 'B' };
    const shared: Answers = { 'start/vraag-2': 'A', 'start/vraag-3': 'B' };
    expect(adoptionOf(own, shared, ids)).toEqual({
      current: 1,
      removed: 2,
      next: { 'oud/vraag-9': 'A', 'oud/vraag-8': 'B', 'start/vraag-2': 'A', 'start/vraag-3': 'B' },
    });
  });

  it('has nothing to ask about when nothing is stored', () => {
    expect(adoptionOf({}, one, ids)).toEqual({ current: 0, removed: 0, next: one });
  });
});

describe('team links and share fragments', () => {
  const els = encodeShare(one, ids, 'Els');
  const jan = encodeShare({ 'start/vraag-2': 'B' }, ids, 'Jan');
  const unnamed = encodeShare({ 'start/vraag-3': 'A' }, ids);

  it('tells a share link from a place in the page', () => {
    for (const f of [
      els,
      unnamed,
      'naam=El',
      'reflectie=',
      '1.3.abcd.A--.x',
      `https://x/mijn-reflectie/#${els}`,
    ])
      expect(isShareFragment(f), f).toBe(true);
    for (const f of ['', 'inhoud', 'reflectie-bevestig', 'fase-start', 'nog-open'])
      expect(isShareFragment(f), f).toBe(false);
  });

  it('keeps a member whose answers were cut off, at the end or in the middle, so it is reported', () => {
    expect(splitTeamFragment(`#${els}&naam=Jan`)).toEqual([els, 'naam=Jan']);
    expect(splitTeamFragment(`#naam=Kim&${jan}`)).toEqual(['naam=Kim', jan]);
    expect(decodeShare('naam=Jan', ids)).toEqual({ ok: false, problem: 'afgekapt' });
    const cut = `${els}&${jan}`.slice(0, -20);
    const members = splitTeamFragment(cut);
    expect(members).toHaveLength(2);
    expect(decodeShare(members[1]!, ids)).toMatchObject({ ok: false, problem: 'afgekapt' });
  });

  it('accepts the forms Mijn reflectie accepts: a bare payload, a whole address after the "#"', () => {
    const payload = unnamed.slice('reflectie='.length);
    expect(splitTeamFragment(`#${payload}`)).toEqual([unnamed]);
    expect(splitTeamFragment(`#https://example.org/mijn-reflectie/#${els}`)).toEqual([els]);
    expect(splitTeamFragment('#inhoud')).toEqual([]);
  });

  it('has an upper limit that a hundred members reach and a hundred and one pass', () => {
    expect(MAX_TEAM_MEMBERS).toBe(100);
    const many = Array.from({ length: 101 }, (_, i) => encodeShare(one, ids, `Lid ${i + 1}`));
    expect(splitTeamFragment(joinTeamFragment(many))).toHaveLength(101);
  });
});
