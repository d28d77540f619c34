import { execFileSync } from 'node:child_process';

/**
 * A PDF as qpdf reads it (`qpdf --json=2`, Debian's qpdf): every object by its reference
 * ("12 0 R"), stream data decoded, and the bookmark titles. For tests that check the
 * structure a screen reader or PDF/UA checker reads, independently of the code that wrote it.
 */
export interface PdfObject {
  value?: unknown;
  stream?: { dict: Record<string, unknown>; data?: string };
}
export interface ReadPdf {
  objects: Record<string, PdfObject>;
  /** A dictionary object by reference, or the dictionary itself when given one. */
  dict: (refOrDict: unknown) => Record<string, unknown>;
  catalog: Record<string, unknown>;
  info: Record<string, unknown>;
  /** Each page's dictionary and the references of its content streams. */
  pages: { dict: Record<string, unknown>; contents: string[] }[];
  bookmarks: string[];
  /** The decoded content of a stream object, as Latin-1 text. */
  streamText: (ref: string) => string;
}

const run = (args: string[]) =>
  execFileSync('qpdf', args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

export function readPdf(file: string): ReadPdf {
  const json = JSON.parse(
    run([
      '--json=2',
      '--json-key=qpdf',
      '--json-key=outlines',
      '--json-key=pages',
      '--json-stream-data=inline',
      '--decode-level=generalized',
      file,
    ]),
  );
  const [, body] = json.qpdf as [unknown, Record<string, PdfObject>];
  const objects: Record<string, PdfObject> = {};
  for (const [key, value] of Object.entries(body)) objects[key.replace(/^obj:/, '')] = value;
  const dict = (refOrDict: unknown): Record<string, unknown> => {
    if (typeof refOrDict === 'string') {
      const object = objects[refOrDict];
      return (object?.value ?? object?.stream?.dict ?? {}) as Record<string, unknown>;
    }
    return (refOrDict ?? {}) as Record<string, unknown>;
  };
  const trailer = dict((objects.trailer?.value as Record<string, unknown>) ?? {});
  const titles: string[] = [];
  const walk = (items: { title: string; kids: unknown[] }[]) =>
    items.forEach((item) => (titles.push(item.title.trim()), walk(item.kids as never)));
  walk(json.outlines);
  return {
    objects,
    dict,
    catalog: dict(trailer['/Root']),
    info: dict(trailer['/Info']),
    pages: (json.pages as { object: string; contents: string[] }[]).map((p) => ({
      dict: dict(p.object),
      contents: p.contents,
    })),
    bookmarks: titles,
    streamText: (ref) => Buffer.from(objects[ref]?.stream?.data ?? '', 'base64').toString('latin1'),
  };
}

/** The text of a qpdf JSON string value ("u:…" for text, "b:…" for bytes in hex). */
export const textOf = (value: unknown) => {
  const s = String(value ?? '');
  if (s.startsWith('u:')) return s.slice(2);
  if (s.startsWith('b:')) return Buffer.from(s.slice(2), 'hex').toString('latin1');
  return s;
};
