import { describe, expect, it } from 'vitest';
import {
  isAdvice,
  moreForPhase,
  NOT_ADVICE,
  headingIsAmbiguous,
  passageExcerpt,
  passagesFor,
  passageWeight,
  type SectionLike,
} from '~/lib/passages';
import { LINK_WEIGHTS, type LinkWeight } from '~/schemas/vocabulary';

/** A section; a link is "question" (kern) or "question:achtergrond". */
const section = (id: string, soort: string, fasen: string[], vragen: string[] = []): SectionLike => ({
  id,
  data: {
    bron: { id: id.split('/')[0]! },
    soort,
    fasen,
    vragen: vragen.map((v) => {
      const [vraag, gewicht = 'kern'] = v.split(':');
      return { vraag: { id: vraag! }, gewicht: gewicht as LinkWeight };
    }),
  },
});

const sections = [
  section('stappenplan/03-stap-1', 'stap', ['start'], ['start/vraag-1:achtergrond']),
  section('stappenplan/04-stap-2', 'stap', ['start'], ['start/vraag-2', 'financiering/vraag-2']),
  section('dossier/03-visie', 'aanbeveling', ['start'], ['start/vraag-1']),
  section('dossier/05-kosten', 'aanbeveling', ['financiering'], ['financiering/vraag-1']),
  section('dossier/08-draagvlak', 'aanbeveling', ['start', 'implementatie']),
  section('dossier/15-meer-lezen', 'literatuur', ['start']),
  section('toolkit/011-leeswijzer', 'inleiding', ['start']),
  section('toolkit/019-stakeholders', 'toolkit', ['start']),
];

describe('passages under a question', () => {
  it('are the sections that name the question, kern first, each weight in source order', () => {
    expect(passagesFor(sections, 'start/vraag-1').map((s) => s.id)).toEqual([
      'dossier/03-visie',
      'stappenplan/03-stap-1',
    ]);
    expect(passagesFor(sections, 'financiering/vraag-2').map((s) => s.id)).toEqual(['stappenplan/04-stap-2']);
    expect(passagesFor(sections, 'monitoring/vraag-1')).toEqual([]);
  });
  it('tell each link’s weight, and nothing for a section not linked to the question', () => {
    expect(passageWeight(sections[0]!, 'start/vraag-1')).toBe('achtergrond');
    expect(passageWeight(sections[2]!, 'start/vraag-1')).toBe('kern');
    expect(passageWeight(sections[0]!, 'start/vraag-2')).toBeUndefined();
    expect(LINK_WEIGHTS).toEqual(['kern', 'achtergrond']);
  });
  it('show the part of a passage that holds the question’s terms', () => {
    expect(
      passageExcerpt('Het begon klein. De kosten deelden we met drie partners.', 'financiering/vraag-1'),
    ).toBe('… De kosten deelden we met drie partners.');
    expect(() => passageExcerpt('Tekst.', 'start/vraag-99')).toThrow('onbekende vraag "start/vraag-99"');
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

describe('a passage heading that needs our short title beside it', () => {
  const titled = (titel: string) => ({ data: { titel } });
  const toolkit = [
    "4.2.3 Don'ts",
    "4.3.3 Don'ts",
    '3.1 Verkennen',
    '4.2.1 Rol van de gemeente',
    '2. Rol van de gemeente',
  ].map(titled);
  const interviews = [
    'Innovatiebudget',
    'Conclusie 2',
    'Conclusie 3',
    'Interview 2',
    'Interview 2 (vervolg)',
    'Aanleiding',
  ].map(titled);
  it('is one the source uses more than once, apart from its number or a continuation mark', () => {
    expect(headingIsAmbiguous(toolkit[0]!, toolkit)).toBe(true);
    expect(headingIsAmbiguous(toolkit[3]!, toolkit)).toBe(true);
    expect(headingIsAmbiguous(interviews[1]!, interviews)).toBe(true);
    expect(headingIsAmbiguous(interviews[4]!, interviews)).toBe(true);
  });
  it('is not a heading that names its part alone', () => {
    expect(headingIsAmbiguous(toolkit[2]!, toolkit)).toBe(false);
    expect(headingIsAmbiguous(interviews[0]!, interviews)).toBe(false);
    expect(
      headingIsAmbiguous(titled('Stap 1: Welke actor(en) nemen de leiding?'), [
        titled('Stap 1: Welke actor(en) nemen de leiding?'),
        titled('Stap 2: Bepaal de visie'),
      ]),
    ).toBe(false);
  });
});
