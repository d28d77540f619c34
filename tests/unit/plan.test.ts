import { describe, expect, it } from 'vitest';
import { derivePlan, pickParts, PLAN_PARTS, teamAgenda } from '~/lib/plan';

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

  it('gives A the randvoorwaarden and tips, B the aandachtspunten', () => {
    expect(PLAN_PARTS.A).toEqual(['randvoorwaarden', 'tips']);
    expect(PLAN_PARTS.B).toEqual(['aandachtspunten']);
  });
});

describe('pickParts: the chosen sections of rendered advice', () => {
  const html =
    '<p class="lead">Inleiding</p> <h3 id="a-randvoorwaarden">Randvoorwaarden</h3><ul><li>R</li></ul>' +
    '<h3 id="a-slaagfactoren">Slaagfactoren</h3><ul><li>S</li></ul><h3 id="a-tips">Tips</h3><ul><li>T <a href="/w/">w</a></li></ul>';
  it('keeps the named sections whole, one heading level down, and drops the rest', () => {
    expect(pickParts(html, ['randvoorwaarden', 'tips'])).toBe(
      '<h4 id="a-randvoorwaarden">Randvoorwaarden</h4><ul><li>R</li></ul><h4 id="a-tips">Tips</h4><ul><li>T <a href="/w/">w</a></li></ul>',
    );
  });
  it('gives nothing when the advice lacks the sections', () => {
    expect(pickParts(html, ['aandachtspunten'])).toBe('');
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
