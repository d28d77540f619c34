import { describe, expect, it } from 'vitest';
import { isAdvice, moreForPhase, NOT_ADVICE, passagesFor, type SectionLike } from '~/lib/passages';

const section = (id: string, soort: string, fasen: string[], vragen: string[] = []): SectionLike => ({
  id,
  data: { bron: { id: id.split('/')[0]! }, soort, fasen, vragen: vragen.map((v) => ({ id: v })) },
});

const sections = [
  section('stappenplan/03-stap-1', 'stap', ['start'], ['start/vraag-1']),
  section('stappenplan/04-stap-2', 'stap', ['start'], ['start/vraag-2', 'financiering/vraag-2']),
  section('dossier/05-kosten', 'aanbeveling', ['financiering'], ['financiering/vraag-1']),
  section('dossier/08-draagvlak', 'aanbeveling', ['start', 'implementatie']),
  section('dossier/15-meer-lezen', 'literatuur', ['start']),
  section('toolkit/011-leeswijzer', 'inleiding', ['start']),
  section('toolkit/019-stakeholders', 'toolkit', ['start']),
];

describe('passages under a question', () => {
  it('are the sections that name the question, in source order', () => {
    expect(passagesFor(sections, 'start/vraag-1').map((s) => s.id)).toEqual(['stappenplan/03-stap-1']);
    expect(passagesFor(sections, 'financiering/vraag-2').map((s) => s.id)).toEqual(['stappenplan/04-stap-2']);
    expect(passagesFor(sections, 'monitoring/vraag-1')).toEqual([]);
  });
});

describe('what is advice on a phase page', () => {
  it('leaves out literature lists, colofons and supplier factsheets by kind', () => {
    expect(isAdvice(section('dossier/15-meer-lezen', 'literatuur', ['start']))).toBe(false);
    expect(isAdvice(section('x/1', 'colofon', ['start']))).toBe(false);
    expect(isAdvice(section('x/2', 'leverancier', ['platform']))).toBe(false);
    expect(isAdvice(section('x/3', 'aanbeveling', ['start']))).toBe(true);
  });
  it('leaves out the listed leeswijzers, profiles and link lists, each with a reason', () => {
    expect(isAdvice(section('toolkit/011-leeswijzer', 'inleiding', ['start']))).toBe(false);
    for (const reason of Object.values(NOT_ADVICE)) expect(reason.length).toBeGreaterThan(3);
  });
});

describe('"Meer uit de bronnen" on a phase page', () => {
  it('holds the phase advice not already under its questions, grouped per source', () => {
    const groups = moreForPhase(sections, 'start', ['start/vraag-1', 'start/vraag-2', 'start/vraag-3']);
    expect(groups.map((g) => [g.sourceId, g.sections.map((s) => s.id)])).toEqual([
      ['dossier', ['dossier/08-draagvlak']],
      ['toolkit', ['toolkit/019-stakeholders']],
    ]);
  });
  it('keeps a section linked to another phase’s question', () => {
    const groups = moreForPhase(sections, 'start', ['start/vraag-1']);
    expect(groups[0]!.sections.map((s) => s.id)).toContain('stappenplan/04-stap-2');
  });
});
