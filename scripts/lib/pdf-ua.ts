/**
 * Takes Chromium's tagged PDF a step toward PDF/UA-1, for what Chromium cannot do itself:
 * - XMP metadata with title, language and the PDF/UA identification (pdfuaid:part 1);
 * - page content that belongs to no structure element (the running footer, page and box
 *   backgrounds) marked as /Artifact, so assistive technology skips it;
 * - a role map for Chromium's /Strong and /Em (not standard structure types in PDF 1.7);
 * - list items as /Lbl + /LBody, as PDF/UA asks (Chromium puts the body straight in /LI);
 * - table header cells (/TH) with their /Scope, column or row, as the HTML gives it;
 * - /Figure without alternative text, which Chromium makes of an HTML <figure> around a
 *   caption and a list, becomes a /Div (it is no image);
 * - every link annotation with a description (/Contents) and every page with /Tabs /S;
 * - the bookmarks panel open on opening, and a Creator/Producer without a browser's user agent.
 * Everything it writes depends only on its input, so two builds still give the same bytes.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFString,
} from 'pdf-lib';
import { liftSingleRootOutline } from './pdf-outline.ts';

const N = (name: string) => PDFName.of(name);

/** What the post-processing changed, for the booklet script's report and the tests. */
export interface Counts {
  artifacts: number;
  lbody: number;
  figuresToDiv: number;
  linkDescriptions: number;
  scopedHeaderCells: number;
}

export interface AccessibleOptions {
  /** The document language, e.g. "nl". */
  lang: string;
  /** The build date as YYYY-MM-DD (also the PDF's dates). */
  date: string;
  /** The application that made the document. */
  creator: string;
  /** A link's visible text by its target: the address for other sites, "#id" within the booklet. */
  linkTexts: Record<string, string>;
  /** The scope of every table header cell of the page, in order. */
  headerScopes: ('Column' | 'Row')[];
  /** The whole-handbook book: its parts, not its title, are the top-level bookmarks (pdf-outline.ts). */
  liftOutline?: boolean;
}

/** Makes a tagged PDF from Chromium more accessible; returns the new bytes and what it changed. */
export async function makeAccessible(
  bytes: Uint8Array,
  options: AccessibleOptions,
): Promise<{ bytes: Uint8Array; counts: Counts }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const counts: Counts = {
    artifacts: 0,
    lbody: 0,
    figuresToDiv: 0,
    linkDescriptions: 0,
    scopedHeaderCells: 0,
  };
  const title = doc.getTitle() ?? '';

  doc.setCreator(options.creator);
  doc.setProducer('Chromium (Skia/PDF), pdf-lib');
  doc.catalog.set(N('PageMode'), N('UseOutlines'));
  if (options.liftOutline) liftSingleRootOutline(doc);
  doc.catalog.set(N('Metadata'), doc.context.register(xmpStream(doc, { ...options, title })));

  const treeRoot = doc.catalog.lookup(N('StructTreeRoot'), PDFDict);
  treeRoot.set(N('RoleMap'), doc.context.obj({ Strong: N('Span'), Em: N('Span') }));
  fixStructure(doc, treeRoot, options, counts);

  for (const page of doc.getPages()) {
    counts.artifacts += markArtifacts(doc, page.node);
    const annots = page.node.lookup(N('Annots'));
    if (annots instanceof PDFArray) {
      page.node.set(N('Tabs'), N('S'));
      for (let i = 0; i < annots.size(); i++) {
        const annot = annots.lookup(i, PDFDict);
        if (annot.get(N('Subtype')) !== N('Link') || annot.has(N('Contents'))) continue;
        annot.set(N('Contents'), PDFHexString.fromText(describeLink(annot, options.linkTexts)));
        counts.linkDescriptions++;
      }
    }
  }
  return { bytes: await doc.save(), counts };
}

/** A link's description: its visible text where known, else where it leads. */
function describeLink(annot: PDFDict, linkTexts: Record<string, string>) {
  const action = annot.lookup(N('A'));
  const uri = action instanceof PDFDict ? action.lookup(N('URI')) : undefined;
  if (uri instanceof PDFString || uri instanceof PDFHexString) {
    const address = uri.decodeText();
    return linkTexts[address] ?? `Link naar ${address}`;
  }
  const dest = annot.get(N('Dest'));
  const id = dest instanceof PDFName ? dest.decodeText() : '';
  return linkTexts[`#${id}`] ?? 'Link naar een andere plaats in dit boekje';
}

/** The structure elements of the tree in reading order (depth-first, pre-order). */
function structureElements(doc: PDFDocument, root: PDFDict) {
  const found: PDFDict[] = [];
  const visit = (element: PDFDict) => {
    found.push(element);
    for (const kid of kidsOf(element)) {
      const value = kid instanceof PDFRef ? doc.context.lookup(kid) : kid;
      if (value instanceof PDFDict && value.get(N('Type')) !== N('OBJR') && value.has(N('S'))) visit(value);
    }
  };
  visit(root);
  return found;
}

/**
 * Structure fixes: table header cells with their scope (only when the page and the PDF
 * count the same cells), list bodies, and figures that are no images.
 */
function fixStructure(doc: PDFDocument, root: PDFDict, { headerScopes }: AccessibleOptions, counts: Counts) {
  const elements = structureElements(doc, root);
  const headerCells = elements.filter((element) => element.get(N('S')) === N('TH'));
  if (headerCells.length === headerScopes.length) {
    headerCells.forEach((cell, i) =>
      cell.set(N('A'), doc.context.obj({ O: N('Table'), Scope: N(headerScopes[i] ?? 'Row') })),
    );
    counts.scopedHeaderCells = headerCells.length;
  }
  for (const element of elements) {
    const type = element.get(N('S'));
    if (type === N('Figure') && !element.has(N('Alt'))) {
      element.set(N('S'), N('Div'));
      counts.figuresToDiv++;
    }
    if (type === N('LI')) counts.lbody += wrapListBody(doc, element);
  }
}

/** The /K entries of a structure element as a list. */
function kidsOf(element: PDFDict) {
  const k = element.get(N('K'));
  if (k instanceof PDFArray) return k.asArray();
  return k ? [k] : [];
}

/**
 * Moves everything in a list item but its label into a new /LBody. Only element kids are
 * moved (their /P changes); a list item holding marked content directly is left as it is.
 * @returns {number} 1 when a body was made
 */
function wrapListBody(doc: PDFDocument, item: PDFDict) {
  const kids = kidsOf(item);
  const isLabel = (kid: unknown) =>
    kid instanceof PDFRef && doc.context.lookup(kid, PDFDict).get(N('S')) === N('Lbl');
  const body = kids.filter((kid) => !isLabel(kid));
  if (body.length === 0 || !body.every((kid) => kid instanceof PDFRef)) return 0;
  const bodyRef = doc.context.register(
    doc.context.obj({ Type: N('StructElem'), S: N('LBody'), P: doc.context.getObjectRef(item) ?? item }),
  );
  const bodyDict = doc.context.lookup(bodyRef, PDFDict);
  bodyDict.set(N('K'), doc.context.obj(body));
  for (const kid of body) doc.context.lookup(kid, PDFDict).set(N('P'), bodyRef);
  item.set(N('K'), doc.context.obj([...kids.filter(isLabel), bodyRef]));
  return 1;
}

/** XMP metadata: Dublin Core title and language, dates, tools, and the PDF/UA part. */
function xmpStream(
  doc: PDFDocument,
  { title, lang, date, creator }: { title: string; lang: string; date: string; creator: string },
) {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const stamp = `${date}T00:00:00Z`;
  const xml = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${escape(lang)}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>Chromium (Skia/PDF), pdf-lib</pdf:Producer>
<xmp:CreatorTool>${escape(creator)}</xmp:CreatorTool>
<xmp:CreateDate>${stamp}</xmp:CreateDate>
<xmp:ModifyDate>${stamp}</xmp:ModifyDate>
<xmp:MetadataDate>${stamp}</xmp:MetadataDate>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  return doc.context.stream(new TextEncoder().encode(xml), { Type: 'Metadata', Subtype: 'XML' });
}

// ---- artifacts in page content

/** Operators that put marks on the page (text, paths, images, shadings). */
const PAINTING = new Set(['Tj', 'TJ', "'", '"', 'f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'sh']);

/**
 * Wraps every stretch of page content outside a marked-content sequence that paints
 * something in `/Artifact BMC … EMC`. Text objects (BT … ET) stay whole. Returns the number
 * of stretches marked; a page with inline images (BI) is left alone.
 */
function markArtifacts(doc: PDFDocument, pageNode: PDFDict) {
  const contents = pageNode.lookup(N('Contents'));
  const streams = contents instanceof PDFArray ? contents.asArray() : [pageNode.get(N('Contents'))];
  const source = streams
    .map((ref) => {
      const stream = doc.context.lookup(ref);
      if (!(stream instanceof PDFRawStream)) return '';
      return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
    })
    .join('\n');
  const operations = parseOperations(source);
  if (!operations || operations.some((op) => op.operator === 'BI')) return 0;

  const out: string[] = [];
  let depth = 0;
  let inText = false;
  /** Unmarked operations since the last marked-content sequence, and where they began. */
  let run: string[] = [];
  let runPaints = false;
  let runStartsInText = false;
  let marked = 0;
  // A marked-content sequence may not cross the edge of a text object (BT … ET), so a run is
  // only wrapped when it starts and ends on the same side of one.
  const flush = () => {
    if (runPaints && runStartsInText === inText) {
      out.push('/Artifact BMC', ...run, 'EMC');
      marked++;
    } else out.push(...run);
    run = [];
    runPaints = false;
  };
  for (const op of operations) {
    if (op.operator === 'BDC' || op.operator === 'BMC') {
      if (depth === 0) flush();
      depth++;
      out.push(op.text);
      continue;
    }
    if (depth > 0) {
      if (op.operator === 'EMC') depth--;
      if (op.operator === 'BT') inText = true;
      if (op.operator === 'ET') inText = false;
      out.push(op.text);
      continue;
    }
    if (run.length === 0) runStartsInText = inText;
    run.push(op.text);
    if (op.operator === 'BT') inText = true;
    if (op.operator === 'ET') inText = false;
    if (PAINTING.has(op.operator)) runPaints = true;
  }
  flush();
  const stream = doc.context.flateStream(new Uint8Array(Buffer.from(out.join('\n'), 'latin1')));
  pageNode.set(N('Contents'), doc.context.register(stream));
  return marked;
}

/**
 * Splits a content stream into operations (operands + operator), keeping each one's text.
 * Strings, hex strings, arrays and dictionaries are kept whole. Null when it cannot be read.
 */
export function parseOperations(source: string): { operator: string; text: string }[] | null {
  const operations: { operator: string; text: string }[] = [];
  let start = 0;
  let i = 0;
  const length = source.length;
  const isSpace = (c: string | undefined) =>
    c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';
  const isDelimiter = (c: string | undefined) => c === undefined || '()<>[]{}/%'.includes(c) || isSpace(c);
  while (i < length) {
    const c = source[i];
    if (isSpace(c)) {
      i++;
    } else if (c === '%') {
      while (i < length && source[i] !== '\n' && source[i] !== '\r') i++;
    } else if (c === '(') {
      let nesting = 0;
      for (; i < length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') nesting++;
        else if (source[i] === ')' && --nesting === 0) break;
      }
      if (i >= length) return null;
      i++;
    } else if (c === '<' && source[i + 1] === '<') {
      i += 2;
    } else if (c === '>' && source[i + 1] === '>') {
      i += 2;
    } else if (c === '<') {
      const end = source.indexOf('>', i);
      if (end < 0) return null;
      i = end + 1;
    } else if (c === '[' || c === ']' || c === '{' || c === '}') {
      i++;
    } else if (c === '/') {
      i++;
      while (i < length && !isDelimiter(source[i])) i++;
    } else {
      const wordStart = i;
      while (i < length && !isDelimiter(source[i])) i++;
      const word = source.slice(wordStart, i);
      if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && word !== 'true' && word !== 'false' && word !== 'null') {
        operations.push({ operator: word, text: source.slice(start, i).trim() });
        start = i;
      }
    }
  }
  return operations;
}
