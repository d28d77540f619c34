import { describe, expect, it } from 'vitest';
import {
  countAnswered,
  currentAnswers,
  parseStored,
  serialiseStored,
  withAnswer,
  type Answers,
} from '~/lib/answers';
import { contentKey, decodeShare, encodeShare, joinTeamFragment, splitTeamFragment } from '~/lib/share-link';
import { compareTeam } from '~/lib/team';
import { fill } from '~/components/reflection/text';

// The handbook's twelve questions, as the pages list them.
const ids = [
  'start/vraag-1',
  'start/vraag-2',
  'start/vraag-3',
  'financiering/vraag-1',
  'financiering/vraag-2',
  'platform/vraag-1',
  'platform/vraag-2',
  'implementatie/vraag-1',
  'implementatie/vraag-2',
  'implementatie/vraag-3',
  'monitoring/vraag-1',
  'monitoring/vraag-2',
];
const some: Answers = { 'start/vraag-1': 'A', 'start/vraag-3': 'B', 'monitoring/vraag-2': 'A' };
const payloadOf = (fragment: string) => fragment.slice(fragment.indexOf('reflectie=') + 'reflectie='.length);
const problemOf = (input: string, list = ids) => {
  const result = decodeShare(input, list);
  return result.ok ? 'ok' : result.problem;
};

// The answers' pure modules: src/lib/answers.ts (state, storage), share-link.ts, team.ts.

describe('answer state', () => {
  it('sets, changes and takes back an answer without touching the original', () => {
    const one = withAnswer({}, 'start/vraag-1', 'A');
    const changed = withAnswer(one, 'start/vraag-1', 'B');
    expect(one).toEqual({ 'start/vraag-1': 'A' });
    expect(changed).toEqual({ 'start/vraag-1': 'B' });
    expect(withAnswer(changed, 'start/vraag-1', null)).toEqual({});
  });

  it('counts only the questions the handbook has now', () => {
    const withOld = { ...some, 'start/vraag-9': 'B' } as Answers;
    expect(countAnswered(withOld, ids)).toBe(3);
    expect(currentAnswers(withOld, ids)).toEqual(some);
  });
});

describe('localStorage', () => {
  it('round-trips', () => {
    expect(parseStored(serialiseStored(some))).toEqual({ answers: some });
  });

  it('treats nothing stored as no answers, without a problem', () => {
    expect(parseStored(null)).toEqual({ answers: {} });
    expect(parseStored('')).toEqual({ answers: {} });
  });

  it('keeps answers to questions the handbook no longer has (a content change loses nothing)', () => {
    const raw = JSON.stringify({ versie: 1, antwoorden: { 'start/vraag-9': 'B' } });
    expect(parseStored(raw)).toEqual({ answers: { 'start/vraag-9': 'B' } });
  });

  it.each([
    ['cut-off JSON', '{"versie":1,"antwoorden":{"start/vraag-1":"A"'],
    ['not JSON at all', 'hallo'],
    ['a JSON string', '"A"'],
    ['a JSON array', '[["start/vraag-1","A"]]'],
    ['null', 'null'],
    ['another version', '{"versie":2,"antwoorden":{}}'],
    ['no answers object', '{"versie":1}'],
    ['answers as an array', '{"versie":1,"antwoorden":["A"]}'],
  ])('says so when it cannot read %s', (_, raw) => {
    expect(parseStored(raw)).toEqual({ answers: {}, problem: 'onleesbaar' });
  });

  it('keeps the readable entries of partly damaged data and says some were not', () => {
    const raw = JSON.stringify({
      versie: 1,
      antwoorden: {
        'start/vraag-1': 'A',
        'start/vraag-2': 'C',
        'start/vraag-3': 1,
        __proto__: 'A',
        'geen id': 'B',
        'platform/vraag-1': 'b',
      },
    });
    const read = parseStored(raw);
    expect(read).toEqual({ answers: { 'start/vraag-1': 'A' }, problem: 'deels' });
    expect(Object.getPrototypeOf(read.answers)).toBe(Object.prototype);
  });
});

describe('share links', () => {
  it('round-trips answers and a name', () => {
    const fragment = encodeShare(some, ids, 'Els de Vries');
    expect(fragment).toMatch(
      /^naam=Els%20de%20Vries&reflectie=1\.12\.[0-9a-z]{4}\.A-B--------A\.[0-9a-z]{7}$/,
    );
    expect(decodeShare(fragment, ids)).toEqual({ ok: true, answers: some, name: 'Els de Vries', done: [] });
  });

  it('round-trips no answers, all answers, and names in any script', () => {
    const all = Object.fromEntries(ids.map((id, i) => [id, i % 2 ? 'B' : 'A'])) as Answers;
    expect(decodeShare(encodeShare({}, ids), ids)).toEqual({ ok: true, answers: {}, name: '', done: [] });
    expect(decodeShare(encodeShare(all, ids), ids)).toEqual({ ok: true, answers: all, name: '', done: [] });
    expect(decodeShare(encodeShare(some, ids, 'Zoë Çelik 👩‍⚕️ محمد'), ids)).toMatchObject({
      ok: true,
      name: 'Zoë Çelik 👩‍⚕️ محمد',
    });
    expect(decodeShare(encodeShare(some, ids, 'Els\u202Egnip'), ids)).toMatchObject({ name: 'Elsgnip' });
  });

  it('reads a whole address, a fragment or the bare payload, with stray whitespace and punctuation', () => {
    const fragment = encodeShare(some, ids, 'Jan');
    const url = `https://handboek.example/handboek/mijn-reflectie/#${fragment}`;
    for (const input of [
      url,
      `#${fragment}`,
      fragment,
      payloadOf(fragment),
      `  ${url.slice(0, 40)}\n${url.slice(40)}  `,
      `${url}.`,
      `(${url})`.slice(1),
    ]) {
      expect(decodeShare(input, ids)).toMatchObject({ ok: true, answers: some });
    }
  });

  it('shortens and cleans names', () => {
    const long = 'x'.repeat(100);
    expect(decodeShare(encodeShare({}, ids, long), ids)).toMatchObject({ name: 'x'.repeat(40) });
    expect(decodeShare(encodeShare({}, ids, ' Els\n\u0000\u200bJan '), ids)).toMatchObject({
      name: 'Els Jan',
    });
  });

  it('changes when the content changes, so the content key is a fingerprint of the questions', () => {
    expect(contentKey(ids)).toMatch(/^[0-9a-z]{4}$/);
    expect(contentKey([...ids].reverse())).not.toBe(contentKey(ids));
  });

  describe('every kind of bad input gives a problem, never an exception', () => {
    const good = encodeShare(some, ids, 'Els');
    const payload = payloadOf(good);
    const [version, count, key, letters, check] = payload.split('.') as [
      string,
      string,
      string,
      string,
      string,
    ];
    const rejoin = (...parts: string[]) => `reflectie=${parts.join('.')}`;
    const rechecked = (body: string) => rejoin(body, encodeShare({}, []).slice(-7)); // a checksum of something else

    it.each([
      ['empty', '', 'leeg'],
      ['only whitespace', ' \n\t ', 'leeg'],
      ['a plain address without answers', 'https://handboek.example/mijn-reflectie/', 'geen-link'],
      ['some other fragment', '#inhoud', 'geen-link'],
      ['another version', rejoin('2', count, key, letters, check), 'versie'],
      ['a version that is no number', rejoin('v1', count, key, letters, check), 'tekens'],
      ['cut after the answers', rejoin(version, count, key, letters), 'afgekapt'],
      ['cut in the answers', good.slice(0, good.length - 12), 'afgekapt'],
      ['cut in the checksum', good.slice(0, -3), 'afgekapt'],
      ['cut to the name', 'naam=Els&refl', 'afgekapt'],
      ['cut right after "reflectie="', 'naam=Els&reflectie=', 'afgekapt'],
      ['a part too many', rejoin(version, count, key, letters, check, 'x'), 'tekens'],
      ['a lower-case answer', rejoin(version, count, key, letters.toLowerCase(), check), 'tekens'],
      ['a letter that is no answer', rejoin(version, count, key, letters.replace('A', 'C'), check), 'tekens'],
      ['unicode look-alikes', rejoin(version, count, key, letters.replace('A', 'Ａ'), check), 'tekens'],
      ['emoji junk', rejoin(version, count, key, '🙂🙂🙂🙂🙂🙂', check), 'tekens'],
      ['a non-number count', rejoin(version, 'twaalf', key, letters, check), 'tekens'],
      ['an upper-case checksum', rejoin(version, count, key, letters, check.toUpperCase()), 'tekens'],
      [
        'a bad percent escape in the name',
        `naam=%E0%A4%A&${rejoin(version, count, key, letters, check)}`,
        'tekens',
      ],
      ['a flipped answer', rejoin(version, count, key, letters.replace('A', 'B'), check), 'controle'],
      [
        'a changed checksum',
        rejoin(version, count, key, letters, `${check.slice(0, 6)}${check[6] === '0' ? '1' : '0'}`),
        'controle',
      ],
      ['a checksum too long', rejoin(version, count, key, letters, `${check}0`), 'controle'],
      [
        'an answer removed (length differs from count)',
        rejoin(version, count, key, letters.slice(1), check),
        'controle',
      ],
      [
        'an answer added with the count edited to match',
        rejoin(version, '13', key, `${letters}A`, check),
        'controle',
      ],
      ['a checksum of other answers', rechecked(`${version}.${count}.${key}.${letters}`), 'controle'],
    ])('%s', (_, input, problem) => {
      expect(problemOf(input)).toBe(problem);
    });

    it('recognises a link made when the handbook had another number of questions', () => {
      const older = encodeShare({ 'start/vraag-1': 'A' }, ids.slice(0, 11));
      expect(decodeShare(older, ids)).toEqual({ ok: false, problem: 'aantal', found: 11, expected: 12 });
    });

    it('recognises a link made when the handbook had other questions of the same number', () => {
      const renamed = [...ids.slice(0, 11), 'monitoring/vraag-3'];
      expect(problemOf(encodeShare(some, renamed))).toBe('inhoud');
    });

    it('reports the version a link was made with', () => {
      expect(decodeShare(rejoin('7', count, key, letters, check), ids)).toMatchObject({
        problem: 'versie',
        found: 7,
      });
    });

    it('survives random junk', () => {
      for (const junk of [
        '\u0000',
        '####',
        '&&&=',
        'reflectie=....',
        '%',
        '\ud800',
        'reflectie=1.12',
        '1.',
        '1.12.k.A.'.repeat(50),
      ]) {
        expect(() => decodeShare(junk, ids)).not.toThrow();
        expect(decodeShare(junk, ids).ok).toBe(false);
      }
    });
  });
});

describe('the team', () => {
  const els: Answers = { 'start/vraag-1': 'A', 'start/vraag-2': 'A', 'start/vraag-3': 'B' };
  const jan: Answers = { 'start/vraag-1': 'A', 'start/vraag-2': 'B', 'start/vraag-3': 'A' };
  const kim: Answers = { 'start/vraag-1': 'A', 'start/vraag-2': 'B' };
  const three = ['start/vraag-1', 'start/vraag-2', 'start/vraag-3'];

  it('splits and joins a team link of several members', () => {
    const members = [encodeShare(els, ids, 'Els'), encodeShare(jan, ids), encodeShare(kim, ids, 'Kim')];
    const split = splitTeamFragment(`#${joinTeamFragment(members)}`);
    expect(split).toEqual(members);
    expect(split.map((m) => decodeShare(m, ids))).toMatchObject([
      { name: 'Els' },
      { name: '' },
      { name: 'Kim' },
    ]);
    expect(splitTeamFragment('#inhoud')).toEqual([]);
  });

  it('lists who chose A, who chose B and who has not answered', () => {
    const rows = compareTeam(
      [
        { name: 'Els', answers: els },
        { name: 'Kim', answers: kim },
      ],
      three,
    );
    expect(rows.find((r) => r.id === 'start/vraag-3')).toEqual({
      id: 'start/vraag-3',
      A: [],
      B: ['Els'],
      unanswered: ['Kim'],
      agreement: 'open',
    });
  });

  it('puts disagreements first, the most evenly split first, then the open ones, then agreement', () => {
    const rows = compareTeam(
      [
        { name: 'Els', answers: els },
        { name: 'Jan', answers: jan },
        { name: 'Kim', answers: kim },
      ],
      three,
    );
    expect(rows.map((r) => [r.id, r.agreement])).toEqual([
      ['start/vraag-2', 'verschil'],
      ['start/vraag-3', 'verschil'],
      ['start/vraag-1', 'eens'],
    ]);
    const split = compareTeam(
      [
        { name: 'a', answers: { x: 'A', y: 'A' } },
        { name: 'b', answers: { x: 'A', y: 'B' } },
        { name: 'c', answers: { x: 'B', y: 'B' } },
        { name: 'd', answers: { x: 'A', y: 'A' } },
      ],
      ['x', 'y'],
    );
    expect(split.map((r) => r.id)).toEqual(['y', 'x']); // y is split 2:2, x only 3:1
  });

  it('keeps the handbook order among equals', () => {
    const rows = compareTeam([{ name: 'Els', answers: {} }], three);
    expect(rows.map((r) => r.id)).toEqual(three);
    expect(rows.every((r) => r.agreement === 'open')).toBe(true);
  });
});

describe('texts from the page', () => {
  it('fills templates with plain values, and leaves unknown placeholders', () => {
    expect(fill('{n} van {totaal}', { n: 5, totaal: 12 })).toBe('5 van 12');
    expect(fill('{naam}: {n}', { naam: '{n}<b>', n: 1 })).toBe('{n}<b>: 1');
    expect(fill('{onbekend}', {})).toBe('{onbekend}');
  });
});
