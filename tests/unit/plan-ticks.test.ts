import { describe, expect, it } from 'vitest';
import { clearTicks, readTicks, TICKS_KEY, writeTicks } from '~/lib/answer-storage';
import type { Answers } from '~/lib/answers';
import { decodeShare, encodeShare } from '~/lib/share-link';
import { domError, fakeStore } from '../support/fake-store';

/** The ticked steps of Mijn plan: kept on the device, and carried by share links. */

const ids = ['start/vraag-1', 'start/vraag-2', 'platform/vraag-1'];
const answers: Answers = { 'start/vraag-1': 'A', 'platform/vraag-1': 'B' };

describe('ticks on the device', () => {
  it('are kept, read back and cleared', () => {
    const store = fakeStore();
    expect(readTicks(store)).toEqual(new Set());
    expect(writeTicks(store, new Set(['start/vraag-1-a.3', 'start/vraag-1-a.0']))).toEqual({ kept: true });
    expect(readTicks(store)).toEqual(new Set(['start/vraag-1-a.0', 'start/vraag-1-a.3']));
    writeTicks(store, new Set());
    expect(store.data.has(TICKS_KEY)).toBe(false);
    writeTicks(store, new Set(['x.1']));
    clearTicks(store);
    expect(readTicks(store)).toEqual(new Set());
  });

  it('read damaged data as no ticks, and say why a write failed', () => {
    const store = fakeStore();
    for (const junk of ['{', '[]', '{"gedaan": 3}', '{"gedaan": [1, "a.0"]}']) {
      store.data.set(TICKS_KEY, junk);
      expect([...readTicks(store)], junk).toEqual(junk.includes('a.0') ? ['a.0'] : []);
    }
    expect(writeTicks(fakeStore(Infinity, domError('SecurityError')), new Set(['a.0']))).toEqual({
      kept: false,
      problem: 'geen',
    });
  });
});

describe('ticks in share links', () => {
  const done = new Set([
    'start/vraag-1-a.0',
    'start/vraag-1-a.5',
    'platform/vraag-1-b.12',
    'start/vraag-2-a.1',
  ]);

  it('round-trip the ticks of the answers given (ticks of other answers stay home)', () => {
    const fragment = encodeShare(answers, ids, 'Els', done);
    expect(fragment).toMatch(/&gedaan=[0-9a-f-]+\.[0-9a-z]{5}$/);
    expect(decodeShare(fragment, ids)).toMatchObject({
      ok: true,
      answers,
      name: 'Els',
      done: ['start/vraag-1-a.0', 'start/vraag-1-a.5', 'platform/vraag-1-b.12'],
    });
  });

  it('leave the part out without ticks; a link without it (made before ticks) reads as none', () => {
    const plain = encodeShare(answers, ids, 'Els');
    expect(plain).not.toContain('gedaan');
    expect(encodeShare(answers, ids, 'Els', new Set(['start/vraag-2-a.1']))).toBe(plain);
    expect(decodeShare(plain, ids)).toMatchObject({ ok: true, answers, done: [] });
  });

  it('notice damaged ticks: the answers still open, without ticks', () => {
    const fragment = encodeShare(answers, ids, '', done);
    const [head, check] = fragment.split(/\.(?=[0-9a-z]{5}$)/);
    for (const bad of [
      `${head!.replace(/gedaan=./, 'gedaan=f')}.${check}`,
      `${head}.zzzzz`,
      `${head}`,
      `${head!.replace('gedaan=', 'gedaan=x')}.${check}`,
    ]) {
      const read = decodeShare(bad, ids);
      expect(read, bad).toMatchObject({ ok: true, answers, done: [], doneUnreadable: true });
    }
    // Ticks taken from one link and put after other answers do not match those answers.
    const other = encodeShare({ 'start/vraag-1': 'B', 'platform/vraag-1': 'B' }, ids);
    expect(decodeShare(`${other}&${fragment.split('&').pop()}`, ids)).toMatchObject({ doneUnreadable: true });
  });
});
