import { describe, expect, it } from 'vitest';
import { adviceOf, countDone, derivePlan, itemsOf, nextStep, pickPassages, teamAgenda } from '~/lib/plan';

const questions = [
  { id: 'start/vraag-1', phase: 'start' },
  { id: 'start/vraag-2', phase: 'start' },
  { id: 'financiering/vraag-1', phase: 'financiering' },
  { id: 'platform/vraag-1', phase: 'platform' },
];

describe('Mijn plan from the answers', () => {
  it('lists the answered questions per phase, in the handbook’s order, and the open ones', () => {
    const plan = derivePlan(
      { 'platform/vraag-1': 'B', 'start/vraag-2': 'A', 'start/vraag-1': 'A' },
      questions,
    );
    expect(plan.phases).toEqual([
      {
        phase: 'start',
        steps: [
          { id: 'start/vraag-1', letter: 'A' },
          { id: 'start/vraag-2', letter: 'A' },
        ],
      },
      { phase: 'platform', steps: [{ id: 'platform/vraag-1', letter: 'B' }] },
    ]);
    expect(plan.open).toEqual(['financiering/vraag-1']);
  });

  it('ignores answers to questions the handbook no longer has, and junk letters', () => {
    const plan = derivePlan({ 'oud/vraag-9': 'A', 'start/vraag-1': 'C' as 'A' }, questions);
    expect(plan.phases).toEqual([]);
    expect(plan.open).toHaveLength(questions.length);
  });
});

describe('adviceOf: the steps of rendered advice', () => {
  const lead = '<p class="lead">Kijk hieronder eens voor handvatten.</p>';
  const section = (title: string, body: string) =>
    `<h3 id="x-${title.toLowerCase()}">${title}</h3>\n${body}\n`;
  const list = (...items: string[]) => `<ul>\n${items.map((i) => `<li>${i}</li>`).join('\n')}\n</ul>`;
  const answer =
    lead +
    section('Randvoorwaarden', list('R1', 'R2 <a href="/w/">w</a>')) +
    section('Slaagfactoren', list('S1')) +
    section('Faalfactoren', list('F1')) +
    section(
      'Werkvormen',
      '<p><a href="/werkvormen/nudge/">Werkvorm 6: NUDGE</a></p>\n<p>Kijk ook eens bij X</p>',
    ) +
    section('Tips', list('T1') + '\n<p>Kijk ook eens bij <a href="/n/">NUDGE</a></p>');

  it('A: every section as the answer gives it, each list item and paragraph a step, the opening left out', () => {
    expect(adviceOf(answer, 'A')).toEqual([
      { title: 'Randvoorwaarden', steps: ['R1', 'R2 <a href="/w/">w</a>'] },
      { title: 'Slaagfactoren', steps: ['S1'] },
      { title: 'Faalfactoren', steps: ['F1'] },
      {
        title: 'Werkvormen',
        steps: ['<a href="/werkvormen/nudge/">Werkvorm 6: NUDGE</a>', 'Kijk ook eens bij X'],
      },
      { title: 'Tips', steps: ['T1', 'Kijk ook eens bij <a href="/n/">NUDGE</a>'] },
    ]);
  });

  it('B: its aandachtspunten and werkvormen when it has aandachtspunten', () => {
    const b =
      lead +
      section('Aandachtspunten', list('P1', 'P2')) +
      section('Werkvormen', '<p>W</p>') +
      section('Tips', list('T'));
    expect(adviceOf(b, 'B')).toEqual([
      { title: 'Aandachtspunten', steps: ['P1', 'P2'] },
      { title: 'Werkvormen', steps: ['W'] },
    ]);
  });

  it('B without aandachtspunten: its advice text itself, every section', () => {
    expect(adviceOf(answer, 'B').map((g) => g.title)).toEqual([
      'Randvoorwaarden',
      'Slaagfactoren',
      'Faalfactoren',
      'Werkvormen',
      'Tips',
    ]);
  });

  it('drops empty sections and empty items; numbered list items keep their number', () => {
    expect(
      itemsOf('<ol class="numbered"><li><span class="list-number">1. </span>Een</li><li> </li></ol>'),
    ).toEqual(['<span class="list-number">1. </span>Een']);
    expect(adviceOf(section('Tips', ''), 'A')).toEqual([]);
  });
});

describe('passages, counts and the next step', () => {
  it('takes at most three passages per question, best first, and never one twice', () => {
    const lists: Record<string, string[]> = {
      q1: ['a', 'b', 'c', 'd'],
      q2: ['b', 'e', 'a', 'f', 'g'],
      q3: ['a'],
    };
    const picked = pickPassages(['q1', 'q2', 'q3'], (id) => lists[id] ?? []);
    expect(Object.fromEntries(picked)).toEqual({ q1: ['a', 'b', 'c'], q2: ['e', 'f', 'g'], q3: [] });
  });

  it('counts ticked steps and finds the first unticked step of the first phase that has one', () => {
    const phases = [
      { phase: 'start', keys: ['s.0', 's.1'] },
      { phase: 'platform', keys: ['p.0', 'p.1', 'p.2'] },
    ];
    expect(countDone(phases[1]!.keys, new Set(['p.1', 's.0']))).toEqual({ done: 1, total: 3 });
    expect(nextStep(phases, new Set())).toEqual({ phase: 'start', key: 's.0' });
    expect(nextStep(phases, new Set(['s.0']))).toEqual({ phase: 'start', key: 's.1' });
    expect(nextStep(phases, new Set(['s.0', 's.1', 'p.0']))).toEqual({ phase: 'platform', key: 'p.1' });
    expect(nextStep(phases, new Set(['s.0', 's.1', 'p.0', 'p.1', 'p.2']))).toBeUndefined();
  });
});

describe('team agenda', () => {
  const ids = ['q1', 'q2', 'q3', 'q4'];
  const members = [
    { name: 'Els', answers: { q1: 'A', q2: 'A', q3: 'A', q4: 'B' } as const },
    { name: 'Jan', answers: { q1: 'A', q2: 'B', q3: 'B', q4: 'B' } as const },
    { name: 'Ali', answers: { q1: 'A', q2: 'B', q3: 'B' } as const },
    { name: 'Mo', answers: { q1: 'A', q2: 'A', q3: 'B' } as const },
  ];
  it('holds only the questions members differ on, the most evenly split first', () => {
    const agenda = teamAgenda(members, ids);
    expect(agenda.map((r) => r.id)).toEqual(['q2', 'q3']);
    expect(agenda[0]).toMatchObject({ A: ['Els', 'Mo'], B: ['Jan', 'Ali'] });
  });
  it('is empty when everyone agrees', () => {
    expect(teamAgenda(members.slice(0, 1), ids)).toEqual([]);
  });
});
