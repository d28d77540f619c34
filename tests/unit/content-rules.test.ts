import { describe, expect, it } from 'vitest';
import { findContentProblems, type Input } from '~/lib/content-rules';

/** A small, valid handbook: one question with both answers, one werkvorm, two sources. */
function handbook(): Input {
  const answer = (letter: 'A' | 'B', werkvormen: string[] = [], body = '### Tips\n\n- Een tip.') => ({
    id: `start/vraag-1-${letter.toLowerCase()}`,
    filePath: `content/antwoorden/start/vraag-1-${letter.toLowerCase()}.mdx`,
    body,
    data: { vraag: { id: 'start/vraag-1' }, letter, werkvormen: werkvormen.map((id) => ({ id })) },
  });
  return {
    phases: ['start', 'financiering', 'platform', 'implementatie', 'monitoring'].map((id) => ({ id })),
    questions: [
      {
        id: 'start/vraag-1',
        filePath: 'content/vragen/start/vraag-1.md',
        data: { fase: 'start', nummer: 1 },
      },
    ],
    answers: [
      answer('A', ['gedeeld-probleembeeld'], '### Werkvormen\n\n<Werkvorm id="gedeeld-probleembeeld" />'),
      answer('B'),
    ],
    methods: [{ id: 'gedeeld-probleembeeld', data: { bron: { id: 'beslishulp' } } }],
    sources: [
      { id: 'beslishulp', data: { hoofdstukken: [] } },
      {
        id: 'toolkit',
        filePath: 'content/bronnen/toolkit.md',
        data: { hoofdstukken: [{ id: 'h3' }, { id: 'h3-1', deelVan: 'h3' }, { id: 'h4' }] },
      },
    ],
    sections: [
      {
        id: 'toolkit/01-verkennen',
        filePath: 'content/secties/toolkit/01-verkennen.md',
        data: { bron: { id: 'toolkit' }, volgorde: 1, hoofdstuk: 'h3' },
      },
    ],
    errata: [],
  };
}

describe('cross-file content rules', () => {
  it('finds nothing wrong in a valid handbook', () => {
    expect(findContentProblems(handbook())).toEqual([]);
  });

  it('reports an unknown question in a section’s vragen, naming file, field and the allowed ids', () => {
    const input = handbook();
    input.sections[0]!.data.vragen = [{ vraag: { id: 'start/vraag-9' } }];
    expect(findContentProblems(input)).toEqual([
      'content/secties/toolkit/01-verkennen.md: vragen: vraag "start/vraag-9" bestaat niet; bestaande vragen: start/vraag-1',
    ]);
  });

  it('reports a question linked twice from one section', () => {
    const input = handbook();
    input.sections[0]!.data.vragen = [{ vraag: { id: 'start/vraag-1' } }, { vraag: { id: 'start/vraag-1' } }];
    expect(findContentProblems(input)).toEqual([
      'content/secties/toolkit/01-verkennen.md: vragen: vraag "start/vraag-1" staat er twee keer; noem elke vraag één keer',
    ]);
  });

  it('accepts a section that speaks to a question of another phase', () => {
    const input = handbook();
    input.questions.push({
      id: 'financiering/vraag-1',
      filePath: 'content/vragen/financiering/vraag-1.md',
      data: { fase: 'financiering', nummer: 1 },
    });
    for (const a of input.answers.slice(0, 2))
      input.answers.push({
        ...a,
        id: a.id.replace('start', 'financiering'),
        filePath: `content/antwoorden/financiering/vraag-1-${a.data.letter.toLowerCase()}.mdx`,
        data: { ...a.data, vraag: { id: 'financiering/vraag-1' } },
      });
    input.sections[0]!.data.vragen = [{ vraag: { id: 'financiering/vraag-1' } }];
    expect(findContentProblems(input)).toEqual([]);
  });

  it('reports two questions with the same number in one phase, naming both files', () => {
    const input = handbook();
    input.questions.push({
      id: 'start/vraag-1-kopie',
      filePath: 'content/vragen/start/vraag-1-kopie.md',
      data: { fase: 'start', nummer: 1 },
    });
    // One message: the number it repeats (its missing answers are a task of their own).
    expect(findContentProblems(input).filter((p) => p.startsWith('content/vragen/'))).toEqual([
      'content/vragen/start/vraag-1-kopie.md: nummer: fase start heeft al een vraag 1 (content/vragen/start/vraag-1.md); geef deze vraag een eigen nummer n en noem het bestand content/vragen/start/vraag-n.md',
    ]);
  });

  it('reports a question that lacks its B answer', () => {
    const input = handbook();
    input.answers = input.answers.filter((a) => a.data.letter !== 'B');
    expect(findContentProblems(input)).toEqual([
      'content/antwoorden/start/vraag-1-b.mdx: ontbreekt; vraag start/vraag-1 heeft een antwoord A en een antwoord B nodig',
    ]);
  });

  it('reports a question that lacks its A answer', () => {
    const input = handbook();
    input.answers = input.answers.filter((a) => a.data.letter !== 'A');
    expect(findContentProblems(input)).toContainEqual(expect.stringMatching(/vraag-1-a\.mdx: ontbreekt/));
  });

  it('reports a reference to a werkvorm that does not exist and lists the existing ones', () => {
    const input = handbook();
    input.answers[0]!.data.werkvormen = [{ id: 'netwerkanalyse' }];
    const problems = findContentProblems(input);
    expect(problems).toContainEqual(
      'content/antwoorden/start/vraag-1-a.mdx: werkvormen: werkvorm "netwerkanalyse" bestaat niet; bestaande werkvormen: gedeeld-probleembeeld',
    );
  });

  it('reports a <Werkvorm> in the text that does not exist, or is not listed in the frontmatter', () => {
    const input = handbook();
    input.answers[1]!.body =
      '### Werkvormen\n\n<Werkvorm id="bestaat-niet" />\n<Werkvorm id="gedeeld-probleembeeld" />';
    const problems = findContentProblems(input);
    expect(problems).toContainEqual(
      expect.stringMatching(/vraag-1-b\.mdx: <Werkvorm id="bestaat-niet">: die werkvorm bestaat niet/),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/vraag-1-b\.mdx: werkvormen: noem "gedeeld-probleembeeld" ook in de frontmatter/),
    );
  });

  it('reports an answer without sections and a section heading outside the closed set', () => {
    const input = handbook();
    input.answers[1]!.body = 'Alleen tekst.';
    expect(findContentProblems(input)).toContainEqual(
      expect.stringMatching(/vraag-1-b\.mdx: tekst: een antwoord heeft minstens één sectie/),
    );
    input.answers[1]!.body = '### Valkuilen\n\n- x';
    expect(findContentProblems(input)).toContainEqual(
      expect.stringMatching(/onbekende sectie "### valkuilen"; toegestaan: randvoorwaarden, slaagfactoren/),
    );
  });

  it('reports an answer whose file name does not match its question and letter', () => {
    const input = handbook();
    input.answers[1]!.data.letter = 'A';
    // One mistake, one message: not also "two answers A" or "answer B missing".
    expect(findContentProblems(input)).toEqual([
      'content/antwoorden/start/vraag-1-b.mdx: vraag/letter: verwacht bestand content/antwoorden/start/vraag-1-a.mdx bij vraag start/vraag-1 en letter A',
    ]);
  });

  it('reports an answer to a question that does not exist once, not also its file name', () => {
    const input = handbook();
    input.answers[1]!.data.vraag = { id: 'start/vraag-9' };
    expect(findContentProblems(input)).toEqual([
      'content/antwoorden/start/vraag-1-b.mdx: vraag: "start/vraag-9" bestaat niet; bestaande vragen: start/vraag-1',
    ]);
  });

  it('reports a question whose number does not match its file name once', () => {
    const input = handbook();
    input.questions[0]!.data.nummer = 2;
    // The answers refer to the question by its file name, so they are fine.
    expect(findContentProblems(input)).toEqual([
      'content/vragen/start/vraag-1.md: fase/nummer: verwacht bestand content/vragen/start/vraag-2.md bij fase start en nummer 2',
    ]);
  });

  describe('a file whose frontmatter could not be read still counts as what it is', () => {
    it('a question: answers and sections naming it, and its missing entry, say nothing', () => {
      const input = handbook();
      input.questions = [];
      input.sections[0]!.data.vragen = [{ vraag: { id: 'start/vraag-1' } }];
      expect(findContentProblems(input)).not.toEqual([]);
      input.unreadable = [{ collection: 'vragen', id: 'start/vraag-1' }];
      expect(findContentProblems(input)).toEqual([]);
    });

    it('an answer: its question does not miss it', () => {
      const input = handbook();
      input.answers = input.answers.filter((a) => a.data.letter !== 'B');
      input.unreadable = [{ collection: 'antwoorden', id: 'start/vraag-1-b' }];
      expect(findContentProblems(input)).toEqual([]);
    });

    it('a werkvorm: answers listing it or showing it say nothing', () => {
      const input = handbook();
      input.methods = [];
      input.unreadable = [{ collection: 'werkvormen', id: 'gedeeld-probleembeeld' }];
      expect(findContentProblems(input)).toEqual([]);
    });

    it('a source: its sections, werkvormen and errata say nothing', () => {
      const input = handbook();
      input.sources = input.sources.filter((s) => s.id !== 'toolkit');
      input.methods.push({ id: 'netwerk', data: { bron: { id: 'toolkit' } } });
      input.errata.push({ id: 'toolkit-x', data: { bron: { id: 'toolkit' } } });
      expect(findContentProblems(input)).toHaveLength(3);
      input.unreadable = [{ collection: 'bronnen', id: 'toolkit' }];
      expect(findContentProblems(input)).toEqual([]);
    });

    it('a phase and a section: not missing, and a werkvorm naming the section is fine', () => {
      const input = handbook();
      input.phases = input.phases.filter((p) => p.id !== 'monitoring');
      input.methods[0]!.data.sectie = { id: 'toolkit/02-x' };
      input.unreadable = [
        { collection: 'fasen', id: 'monitoring' },
        { collection: 'secties', id: 'toolkit/02-x' },
      ];
      expect(findContentProblems(input)).toEqual([]);
    });
  });

  it('reports a phase file outside the closed set and a missing phase file', () => {
    const input = handbook();
    input.phases = input.phases.filter((p) => p.id !== 'monitoring').concat({ id: 'evaluatie' });
    const problems = findContentProblems(input);
    expect(problems).toContainEqual(
      expect.stringMatching(/evaluatie: bestandsnaam: onbekende fase "evaluatie"/),
    );
    expect(problems).toContainEqual(expect.stringMatching(/content\/fasen\/monitoring\.mdx: ontbreekt/));
  });

  it('reports a section with an unknown chapter, and two sections with the same order', () => {
    const input = handbook();
    input.sections.push({
      id: 'toolkit/01-evalueren',
      filePath: 'content/secties/toolkit/01-evalueren.md',
      data: { bron: { id: 'toolkit' }, volgorde: 1, hoofdstuk: 'h9' },
    });
    const problems = findContentProblems(input);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /01-evalueren\.md: hoofdstuk: "h9" is onbekend; hoofdstukken van toolkit: h3, h3-1, h4/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /01-evalueren\.md: volgorde: al gebruikt door content\/secties\/toolkit\/01-verkennen\.md/,
      ),
    );
  });

  it('reports a sub-chapter away from its chapter, a part of a part, and a chapter id used twice', () => {
    const input = handbook();
    input.sources[1]!.data.hoofdstukken = [
      { id: 'h3' },
      { id: 'h3-1', deelVan: 'h3' },
      { id: 'h3-1-1', deelVan: 'h3-1' },
      { id: 'h4' },
      { id: 'h3-2', deelVan: 'h3' },
      { id: 'h4' },
    ];
    expect(findContentProblems(input)).toEqual([
      'content/bronnen/toolkit.md: hoofdstukken: "h3-1-1" heeft deelVan "h3-1"; een deel staat direct na zijn hoofdstuk of na een ander deel ervan (een deel heeft zelf geen delen), hier dus deelVan: h3',
      'content/bronnen/toolkit.md: hoofdstukken: "h3-2" heeft deelVan "h3"; een deel staat direct na zijn hoofdstuk of na een ander deel ervan (een deel heeft zelf geen delen), hier dus deelVan: h4',
      'content/bronnen/toolkit.md: hoofdstukken: id "h4" staat er twee keer in; elk hoofdstuk een eigen id',
    ]);
  });

  it('reports a section whose chapter comes before the chapter of the section before it', () => {
    const input = handbook();
    input.sections.push({
      id: 'toolkit/02-ontwerpen',
      filePath: 'content/secties/toolkit/02-ontwerpen.md',
      data: { bron: { id: 'toolkit' }, volgorde: 2, hoofdstuk: 'h4' },
    });
    input.sections.push({
      id: 'toolkit/03-evalueren',
      filePath: 'content/secties/toolkit/03-evalueren.md',
      data: { bron: { id: 'toolkit' }, volgorde: 3, hoofdstuk: 'h3-1' },
    });
    expect(findContentProblems(input)).toEqual([
      'content/secties/toolkit/03-evalueren.md: hoofdstuk: "h3-1" komt in de hoofdstukken van toolkit vóór "h4" van de sectie ervoor (content/secties/toolkit/02-ontwerpen.md); de hoofdstukken volgen de volgorde van de secties',
    ]);
  });
});
