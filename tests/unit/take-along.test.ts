import { strFromU8, unzipSync } from 'fflate';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { liftSingleRootOutline } from '../../scripts/lib/pdf-outline.ts';
import {
  chapterDocument,
  linkAcrossFiles,
  makeEpub,
  navDocument,
  packageDocument,
  type Chapter,
} from '../../scripts/lib/epub.ts';
import { bookLinks, prefixIds } from '~/lib/handbook-book';
import { fillSizes, megabytes } from '~/lib/take-along';

describe('prefixIds', () => {
  it('prefixes every id and every reference to it: labels, ARIA lists, table headers, #links', () => {
    const html =
      '<section aria-labelledby="t"><h2 id="t">T</h2><label for="x">X</label><input id="x">' +
      '<th id="h">H</th><td headers="h">1</td><p aria-describedby="t x"><a href="#t">naar T</a></p></section>';
    expect(prefixIds(html, 'dossier-')).toBe(
      '<section aria-labelledby="dossier-t"><h2 id="dossier-t">T</h2><label for="dossier-x">X</label><input id="dossier-x">' +
        '<th id="dossier-h">H</th><td headers="dossier-h">1</td><p aria-describedby="dossier-t dossier-x"><a href="#dossier-t">naar T</a></p></section>',
    );
  });
  it('leaves references to ids outside the html as they are', () => {
    expect(prefixIds('<a href="#werkvorm-1">w</a><a href="#a">a</a><h3 id="a">a</h3>', 'p-')).toBe(
      '<a href="#werkvorm-1">w</a><a href="#p-a">a</a><h3 id="p-a">a</h3>',
    );
  });
  it('changes nothing without a prefix', () => {
    expect(prefixIds('<h2 id="a">a</h2>', '')).toBe('<h2 id="a">a</h2>');
  });
});

describe('bookLinks', () => {
  const pages = [
    { path: '/bronnen/dossier/', anchor: 'dossier-boek-dossier', prefix: 'dossier-' },
    { path: '/fasen/start/vraag-1/a/', anchor: 'fase-start-boekje-vraag-1-a', prefix: '' },
  ];
  const html = (href: string) =>
    `<h2 id="dossier-boek-dossier">D</h2><h3 id="dossier-kosten">K</h3><a href="${href}">x</a>`;

  it.each([
    ['/handboek/bronnen/dossier/#kosten', '#dossier-kosten'],
    ['/handboek/bronnen/dossier/#bestaat-niet', '#dossier-boek-dossier'],
    ['/handboek/bronnen/dossier/', '#dossier-boek-dossier'],
    ['/handboek/fasen/start/vraag-1/a/', '#fase-start-boekje-vraag-1-a'],
    ['/handboek/mijn-plan/', '/handboek/mijn-plan/'],
    ['https://example.org/bronnen/dossier/', 'https://example.org/bronnen/dossier/'],
    ['#dossier-kosten', '#dossier-kosten'],
  ])('%s → %s', (href, expected) => {
    expect(bookLinks(html(href), pages, '/handboek/')).toContain(`<a href="${expected}">`);
  });
  it('reads an escaped fragment as the id it names', () => {
    const withAccent = '<h3 id="dossier-één">E</h3><a href="/bronnen/dossier/#%C3%A9%C3%A9n">x</a>';
    expect(bookLinks(withAccent, pages, '/')).toContain('<a href="#dossier-één">');
  });
});

describe('sizes on the pages', () => {
  it.each([
    [0, '0,1'],
    [52_000, '0,1'],
    [2_199_136, '2,1'],
    [7_073_351, '6,7'],
  ])('%d bytes read as %s MB', (bytes, text) => {
    expect(megabytes(bytes)).toBe(text);
  });
  it('fills empty and filled placeholders alike, escapes text, and leaves unknown keys', () => {
    const html =
      '<span data-size-of="a"></span><span data-size-of="b">(oud)</span><span data-size-of="c"></span>';
    expect(fillSizes(html, { a: '(PDF, 2,1 MB)', b: '<nieuw> & meer' })).toBe(
      '<span data-size-of="a">(PDF, 2,1 MB)</span><span data-size-of="b">&lt;nieuw> &amp; meer</span><span data-size-of="c"></span>',
    );
  });
});

describe('EPUB', () => {
  const chapters: Chapter[] = [
    {
      file: 'titel.xhtml',
      title: 'Het hele handboek',
      body: '<h1 id="titel">Titel</h1>',
      ids: ['titel'],
      creators: [],
    },
    {
      file: 'dossier.xhtml',
      title: 'Dossier & meer',
      body: '<section xmlns="http://www.w3.org/1999/xhtml"><h2 id="d">D</h2><a href="#t2">naar toolkit</a><a href="#d">hier</a></section>',
      ids: ['d'],
      creators: ['Onlinehulp Vlaanderen', 'Agentschap Opgroeien'],
    },
    {
      file: 'toolkit.xhtml',
      title: 'Toolkit',
      body: '<h2 id="t2">T</h2>',
      ids: ['t2'],
      creators: ['Onlinehulp Vlaanderen'],
    },
  ];
  const meta = {
    title: 'Het hele handboek',
    identifier: 'urn:uuid:1',
    date: '2026-12-07',
    accessibilitySummary: 'Alleen tekst.',
    css: 'body{}',
  };

  it('points links to ids in another document at that file, and keeps links within one', () => {
    const [, dossier] = linkAcrossFiles(chapters);
    expect(dossier!.body).toContain('href="toolkit.xhtml#t2"');
    expect(dossier!.body).toContain('href="#d"');
  });
  it('writes each document in Dutch, titled, without a second namespace declaration', () => {
    const doc = chapterDocument(chapters[1]!);
    expect(doc).toContain('lang="nl" xml:lang="nl"');
    expect(doc).toContain('<title>Dossier &amp; meer</title>');
    expect(doc.match(/xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/g)).toHaveLength(1);
  });
  it('names each creator once, the language, the accessibility, and reads the title page, contents, then the sources', () => {
    const opf = packageDocument(meta, chapters);
    expect(opf.match(/<dc:creator>Onlinehulp Vlaanderen<\/dc:creator>/g)).toHaveLength(1);
    expect(opf).toContain('<dc:creator>Agentschap Opgroeien</dc:creator>');
    expect(opf).toContain('<dc:language>nl</dc:language>');
    expect(opf).toContain('<meta property="schema:accessibilitySummary">Alleen tekst.</meta>');
    expect(opf).toContain('<meta property="dcterms:modified">2026-12-07T00:00:00Z</meta>');
    expect([...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'c0',
      'nav',
      'c1',
      'c2',
    ]);
  });
  it('nests the contents as given, each entry linked to the file of its id', () => {
    const nav = navDocument(
      [{ title: 'Dossier', id: 'd', children: [{ title: 'Toolkit', id: 't2', children: [] }] }],
      chapters,
      'Het hele handboek',
    );
    expect(nav).toContain(
      '<ol><li><a href="dossier.xhtml#d">Dossier</a><ol><li><a href="toolkit.xhtml#t2">Toolkit</a></li></ol></li></ol>',
    );
    expect(nav).toContain('epub:type="bodymatter" href="dossier.xhtml"');
  });
  it('packs mimetype first and stored, and gives the same bytes twice', () => {
    const a = makeEpub(meta, { chapters, toc: [] });
    expect(Buffer.from(a.subarray(30, 38)).toString()).toBe('mimetype');
    expect(Buffer.from(a).readUInt16LE(8)).toBe(0);
    expect(Buffer.from(makeEpub(meta, { chapters, toc: [] })).equals(Buffer.from(a))).toBe(true);
    expect(Object.keys(unzipSync(a))).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/package.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/boek.css',
      'OEBPS/titel.xhtml',
      'OEBPS/dossier.xhtml',
      'OEBPS/toolkit.xhtml',
    ]);
    expect(strFromU8(unzipSync(a)['mimetype']!)).toBe('application/epub+zip');
  });
});

describe('liftSingleRootOutline', () => {
  /** A PDF whose outline is Title > [A, B], built by hand. */
  async function titledOutline() {
    const doc = await PDFDocument.create();
    doc.addPage();
    const ctx = doc.context;
    const outlines = ctx.nextRef();
    const title = ctx.nextRef();
    const a = ctx.nextRef();
    const b = ctx.nextRef();
    const str = (s: string) => ctx.obj(s);
    ctx.assign(a, ctx.obj({ Title: str('A'), Parent: title, Next: b }));
    ctx.assign(b, ctx.obj({ Title: str('B'), Parent: title, Prev: a }));
    ctx.assign(title, ctx.obj({ Title: str('Titel'), Parent: outlines, First: a, Last: b, Count: 2 }));
    ctx.assign(outlines, ctx.obj({ Type: 'Outlines', First: title, Last: title, Count: 3 }));
    doc.catalog.set(PDFName.of('Outlines'), outlines);
    return { doc, outlines, a, b };
  }

  it('lifts the children of a single top-level bookmark to the top', async () => {
    const { doc, outlines, a, b } = await titledOutline();
    expect(liftSingleRootOutline(doc)).toBe(2);
    const root = doc.context.lookup(outlines) as unknown as { get(n: PDFName): unknown };
    expect(root.get(PDFName.of('First'))).toBe(a);
    expect(root.get(PDFName.of('Last'))).toBe(b);
    expect(String(root.get(PDFName.of('Count')))).toBe('2');
    const first = doc.context.lookup(a) as unknown as { get(n: PDFName): unknown };
    expect(first.get(PDFName.of('Parent'))).toBe(outlines);
  });
  it('changes nothing in a PDF without bookmarks', async () => {
    const doc = await PDFDocument.create();
    expect(liftSingleRootOutline(doc)).toBe(0);
  });
});
