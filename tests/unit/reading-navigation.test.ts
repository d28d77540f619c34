import { describe, expect, it } from 'vitest';
import { contentsHtml, contentsOf, headingsIn, splitAfterTitle } from '~/lib/contents';
import { answerOrder, chapterNav, chapterParent, chapterParts, neighbours, phaseNav } from '~/lib/navigation';

describe('headingsIn', () => {
  it('reads h2/h3 with an id, in order, with their text without tags', () => {
    const html =
      '<h1>Titel</h1><h2 id="a">Eerste <em>deel</em></h2><p>x</p><h3 id="a-1">Sub &amp; meer</h3><h4 id="d">diep</h4><h2 id="b">Twee</h2>';
    expect(headingsIn(html)).toEqual([
      { depth: 2, id: 'a', text: 'Eerste deel' },
      { depth: 3, id: 'a-1', text: 'Sub &amp; meer' },
      { depth: 2, id: 'b', text: 'Twee' },
    ]);
  });

  it('leaves out headings without an id and those inside hidden, inert or data-toc-skip content', () => {
    const html = [
      '<h2>zonder id</h2>',
      '<div class="advice" hidden><p>advies</p><h3 id="verborgen">Tips</h3></div>',
      '<section inert><h2 id="inert">x</h2></section>',
      '<nav data-toc-skip><h2 id="skip">y</h2></nav>',
      '<div aria-hidden="true" class="visually-hidden"><h2 id="zichtbaar">Vragen</h2></div>',
      '<img src="a.png" alt=""><br><input hidden><h3 id="na-void">Na lege elementen</h3>',
    ].join('');
    expect(headingsIn(html).map((h) => h.id)).toEqual(['zichtbaar', 'na-void']);
  });

  it('ignores headings written inside scripts, styles, templates and comments', () => {
    const html =
      '<!-- <h2 id="c">c</h2> --><script>const s = "<h2 id=\\"s\\">s</h2>";</script><template><h2 id="t">t</h2></template><h2 id="echt">Echt</h2>';
    expect(headingsIn(html).map((h) => h.id)).toEqual(['echt']);
  });
});

describe('contentsOf', () => {
  const h = (depth: number, id: string) => ({ depth, id, text: id });

  it('gives no list below three headings', () => {
    expect(contentsOf([h(2, 'a'), h(3, 'b')])).toEqual([]);
  });

  it('nests h3 under the h2 before it; an h3 before any h2 stands on its own', () => {
    const list = contentsOf([h(3, 'voor'), h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]);
    expect(list.map((e) => [e.id, e.children.map((c) => c.id)])).toEqual([
      ['voor', []],
      ['a', ['a1', 'a2']],
      ['b', []],
    ]);
  });

  it('writes the items as links to the headings', () => {
    expect(contentsHtml(contentsOf([h(2, 'a'), h(3, 'a1'), h(2, 'b')]))).toBe(
      '<li><a href="#a">a</a><ul><li><a href="#a1">a1</a></li></ul></li><li><a href="#b">b</a></li>',
    );
  });
});

describe('splitAfterTitle', () => {
  it('splits right after the first h1', () => {
    expect(splitAfterTitle('<p>k</p><h1 class="x">T</h1><p>tekst</p>')).toEqual([
      '<p>k</p><h1 class="x">T</h1>',
      '<p>tekst</p>',
    ]);
  });
  it('puts everything after the split when there is no h1', () => {
    expect(splitAfterTitle('<p>tekst</p>')).toEqual(['', '<p>tekst</p>']);
  });
});

describe('side navigation', () => {
  const phases = [
    { id: 'start', label: '1. Start', path: '/fasen/start/' },
    { id: 'platform', label: '3. Platform', path: '/fasen/platform/' },
  ];
  const questions = [
    { phase: 'start', number: 1, label: 'Vraag 1' },
    { phase: 'start', number: 2, label: 'Vraag 2' },
    { phase: 'platform', number: 1, label: 'Vraag 1' },
  ];
  const questionPath = (phase: string, n: number) => `/fasen/${phase}/#vraag-${n}`;

  it('lists the phases with their questions and marks the current phase page', () => {
    const nav = phaseNav(phases, questions, questionPath, { phase: 'start' });
    expect(nav.map((p) => [p.label, p.current, p.children?.map((q) => q.path)])).toEqual([
      ['1. Start', true, ['/fasen/start/#vraag-1', '/fasen/start/#vraag-2']],
      ['3. Platform', false, ['/fasen/platform/#vraag-1']],
    ]);
  });

  it('on an answer page marks its question, not the phase', () => {
    const nav = phaseNav(phases, questions, questionPath, { phase: 'platform', question: 1 });
    expect(nav.flatMap((p) => [p, ...(p.children ?? [])]).filter((l) => l.current)).toEqual([
      { label: 'Vraag 1', path: '/fasen/platform/#vraag-1', current: true },
    ]);
  });

  it("lists a source's chapters with the current one marked", () => {
    const nav = chapterNav(
      [
        { id: 'h1', titel: '1. Inleiding' },
        { id: 'h2', titel: '2. Aanpak' },
      ],
      (id) => `/bronnen/toolkit/${id}/`,
      'h2',
    );
    expect(nav).toEqual([
      { label: '1. Inleiding', path: '/bronnen/toolkit/h1/', current: false },
      { label: '2. Aanpak', path: '/bronnen/toolkit/h2/', current: true },
    ]);
  });

  describe('a chapter read in sub-chapters', () => {
    const chapters = [
      { id: 'h2', titel: '2. Rol' },
      { id: 'h3', titel: '3. Aanpak' },
      { id: 'h3-1', titel: '3.1 Verkennen', deelVan: 'h3' },
      { id: 'h3-2', titel: '3.2 Ontwerpen', deelVan: 'h3' },
      { id: 'h4', titel: '4. Ervaringen' },
    ];
    const path = (id: string) => `/bronnen/toolkit/${id}/`;

    it('puts the sub-chapters under their chapter in the side navigation, the current one marked', () => {
      expect(chapterNav(chapters, path, 'h3-2')).toEqual([
        { label: '2. Rol', path: '/bronnen/toolkit/h2/', current: false },
        {
          label: '3. Aanpak',
          path: '/bronnen/toolkit/h3/',
          current: false,
          children: [
            { label: '3.1 Verkennen', path: '/bronnen/toolkit/h3-1/', current: false },
            { label: '3.2 Ontwerpen', path: '/bronnen/toolkit/h3-2/', current: true },
          ],
        },
        { label: '4. Ervaringen', path: '/bronnen/toolkit/h4/', current: false },
      ]);
    });

    it('finds the parts of a chapter and the chapter of a part', () => {
      expect(chapterParts(chapters, 'h3').map((c) => c.id)).toEqual(['h3-1', 'h3-2']);
      expect(chapterParts(chapters, 'h4')).toEqual([]);
      expect(chapterParent(chapters, chapters[2]!)?.id).toBe('h3');
      expect(chapterParent(chapters, chapters[1]!)).toBeUndefined();
    });

    it('reads on through the sub-chapters: previous and next follow the list', () => {
      expect(neighbours(chapters, 'h3')).toEqual({ previous: chapters[0], next: chapters[2] });
      expect(neighbours(chapters, 'h3-2')).toEqual({ previous: chapters[2], next: chapters[4] });
    });
  });
});

describe('answerOrder', () => {
  it('orders answers phase by phase, question by question, A before B, whatever the input order', () => {
    const order = answerOrder(
      ['start', 'financiering'],
      [
        { phase: 'financiering', number: 1 },
        { phase: 'start', number: 10 },
        { phase: 'start', number: 2 },
      ],
    );
    expect(order.map((a) => a.id)).toEqual([
      'start/vraag-2-a',
      'start/vraag-2-b',
      'start/vraag-10-a',
      'start/vraag-10-b',
      'financiering/vraag-1-a',
      'financiering/vraag-1-b',
    ]);
    // Across a phase boundary, the next answer is the next phase's first.
    expect(neighbours(order, 'start/vraag-10-b').next?.id).toBe('financiering/vraag-1-a');
  });
});
