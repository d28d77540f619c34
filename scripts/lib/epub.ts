/**
 * The whole handbook as an EPUB 3 (dist/boekjes/handboek.epub), written from the site's own
 * rendering of the book page (/boekjes/handboek/): scripts/booklets.mjs loads that page in
 * Chromium, `bookChapters` (run in the page) serializes its parts as XHTML, and the pure
 * functions here write the package around them. fflate packs the archive: `mimetype` first and
 * stored, every file dated at the build date, so two builds give the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** One XHTML document of the book, as `bookChapters` returns it. */
export interface Chapter {
  /** File name inside OEBPS/, e.g. "dossier.xhtml". */
  file: string;
  /** The document's title (its first heading). */
  title: string;
  /** The chapter's markup, serialized as XHTML by the browser. */
  body: string;
  /** Every id in the chapter, so links from elsewhere find their file. */
  ids: string[];
  /** People (or the publisher) the source names, for dc:creator. */
  creators: string[];
}

/** An entry of the contents (nav document), with the id it points to. */
export interface TocEntry {
  title: string;
  id: string;
  children: TocEntry[];
}

export interface BookMeta {
  title: string;
  /** A stable identifier, e.g. "urn:uuid:…" (the same for every build of the handbook). */
  identifier: string;
  /** Build date YYYY-MM-DD. */
  date: string;
  /** What the accessibilitySummary says. */
  accessibilitySummary: string;
  /** The stylesheet's text (OEBPS/boek.css). */
  css: string;
}

/**
 * Runs in the book page in Chromium: the cover with the introduction, and every source, each as
 * one chapter, serialized by the browser as XHTML. The page-number spans of the printed
 * contents and the screen-only note are left out (an e-reader has its own pages and contents).
 */
export function bookChapters(): { chapters: Chapter[]; toc: TocEntry[] } {
  const article = document.querySelector('article.book');
  if (!article) throw new Error('geen article.book op de pagina');
  const clean = (el: Element) => {
    const copy = el.cloneNode(true) as Element;
    for (const x of copy.querySelectorAll('[data-page-of], .no-print')) x.remove();
    // Addresses of other sites as the browser reads them: a host written with %-escapes
    // ("co%C3%B6peratie…") becomes its ASCII form, which e-readers (and epubcheck) accept.
    for (const a of copy.querySelectorAll<HTMLAnchorElement>('a[href^="http"]'))
      a.setAttribute('href', a.href);
    return copy;
  };
  const idsOf = (el: Element) => [
    ...(el.id ? [el.id] : []),
    ...[...el.querySelectorAll('[id]')].map((x) => x.id),
  ];
  const serializer = new XMLSerializer();
  const front = [article.querySelector('.booklet-cover'), article.querySelector('.booklet-intro')].filter(
    (x): x is Element => x !== null,
  );
  const chapters: Chapter[] = [
    {
      file: 'titel.xhtml',
      title: (article.querySelector('h1')?.textContent ?? '').trim(),
      body: front.map((el) => serializer.serializeToString(clean(el))).join('\n'),
      ids: front.flatMap(idsOf),
      creators: [],
    },
  ];
  for (const section of article.querySelectorAll<HTMLElement>('.book-source')) {
    chapters.push({
      file: `${section.dataset['source']}.xhtml`,
      title: (section.querySelector('h2')?.textContent ?? '').trim(),
      body: serializer.serializeToString(clean(section)),
      ids: idsOf(section),
      creators: JSON.parse(section.dataset['creators'] ?? '[]') as string[],
    });
  }
  const entries = (list: Element | null): TocEntry[] =>
    list
      ? [...list.children].map((li) => {
          const a = li.querySelector(':scope > a');
          return {
            title: (a?.textContent ?? '').trim(),
            id: (a?.getAttribute('href') ?? '').slice(1),
            children: entries(li.querySelector(':scope > ol')),
          };
        })
      : [];
  return { chapters, toc: entries(article.querySelector('.booklet-toc > ol')) };
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Points every "#id" link at the file that holds the id ("dossier.xhtml#dossier-kosten"). */
export function linkAcrossFiles(chapters: Chapter[]): Chapter[] {
  const fileOf = new Map(chapters.flatMap((c) => c.ids.map((id) => [id, c.file] as const)));
  return chapters.map((c) => ({
    ...c,
    body: c.body.replace(/(\shref)="#([^"]*)"/g, (whole, name: string, id: string) => {
      const file = fileOf.get(id);
      return file && file !== c.file ? `${name}="${file}#${id}"` : whole;
    }),
  }));
}

/** One content document: the chapter's XHTML in a page of its own. */
export function chapterDocument(chapter: Chapter): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="nl" xml:lang="nl">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(chapter.title)}</title>
<link rel="stylesheet" type="text/css" href="boek.css"/>
</head>
<body>
${chapter.body.replace(/ xmlns="http:\/\/www\.w3\.org\/1999\/xhtml"/g, '')}
</body>
</html>
`;
}

/** The navigation document: the contents (nested as in the printed book) and the landmarks. */
export function navDocument(toc: TocEntry[], chapters: Chapter[], title: string): string {
  const fileOf = new Map(chapters.flatMap((c) => c.ids.map((id) => [id, c.file] as const)));
  const list = (entries: TocEntry[]): string =>
    `<ol>${entries
      .map(
        (e) =>
          `<li><a href="${fileOf.get(e.id) ?? chapters[0]!.file}#${escapeXml(e.id)}">${escapeXml(e.title)}</a>${
            e.children.length > 0 ? list(e.children) : ''
          }</li>`,
      )
      .join('')}</ol>`;
  const body = chapters[1]?.file ?? chapters[0]!.file;
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="nl" xml:lang="nl">
<head>
<meta charset="UTF-8"/>
<title>${escapeXml(title)}</title>
<link rel="stylesheet" type="text/css" href="boek.css"/>
</head>
<body>
<nav epub:type="toc" role="doc-toc" id="inhoud" aria-labelledby="inhoud-titel"><h1 id="inhoud-titel">Inhoud</h1>${list(toc)}</nav>
<nav epub:type="landmarks" id="orientatie" aria-labelledby="orientatie-titel" hidden="hidden"><h2 id="orientatie-titel">Oriëntatiepunten</h2><ol>
<li><a epub:type="titlepage" href="${chapters[0]!.file}">${escapeXml(title)}</a></li>
<li><a epub:type="toc" href="nav.xhtml">Inhoud</a></li>
<li><a epub:type="bodymatter" href="${body}">${escapeXml(chapters[1]?.title ?? title)}</a></li>
</ol></nav>
</body>
</html>
`;
}

/** The package document: metadata (with accessibility metadata), manifest and reading order. */
export function packageDocument(meta: BookMeta, chapters: Chapter[]): string {
  const creators = [...new Set(chapters.flatMap((c) => c.creators))];
  const items = chapters.map(
    (c, i) => `<item id="c${i}" href="${c.file}" media-type="application/xhtml+xml"/>`,
  );
  const spine = chapters.map((_, i) => `<itemref idref="c${i}"/>`);
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id" xml:lang="nl">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">${escapeXml(meta.identifier)}</dc:identifier>
<dc:title>${escapeXml(meta.title)}</dc:title>
<dc:language>nl</dc:language>
${creators.map((c) => `<dc:creator>${escapeXml(c)}</dc:creator>`).join('\n')}
<dc:date>${meta.date}</dc:date>
<meta property="dcterms:modified">${meta.date}T00:00:00Z</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">${escapeXml(meta.accessibilitySummary)}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="boek.css" media-type="text/css"/>
${items.join('\n')}
</manifest>
<spine>
<itemref idref="c0"/>
<itemref idref="nav"/>
${spine.slice(1).join('\n')}
</spine>
</package>
`;
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/** The EPUB's bytes: mimetype first and stored (as the OCF asks), then the rest compressed. */
export function makeEpub(meta: BookMeta, raw: { chapters: Chapter[]; toc: TocEntry[] }): Uint8Array {
  const chapters = linkAcrossFiles(raw.chapters);
  const mtime = new Date(`${meta.date}T00:00:00Z`);
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    'OEBPS/package.opf': strToU8(packageDocument(meta, chapters)),
    'OEBPS/nav.xhtml': strToU8(navDocument(raw.toc, chapters, meta.title)),
    'OEBPS/boek.css': strToU8(meta.css),
  };
  for (const c of chapters) files[`OEBPS/${c.file}`] = strToU8(chapterDocument(c));
  return zipSync(files, { level: 9, mtime });
}
