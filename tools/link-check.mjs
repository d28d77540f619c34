/**
 * The link check's logic: every internal href, src, srcset and form action of every HTML page
 * of a build must reach a file of the build, and every #fragment an id on the target page.
 * External links (http/https on another host) are collected for a report, never fetched.
 * No dependencies: the HTML Astro writes is regular enough for the small tokenizer below.
 * The command is scripts/check-links.mjs (`npm run check:links`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { normalizeBase } from '../src/lib/base-path.mjs';
import { listHtmlFiles } from './html-files.mjs';

/** A stand-in origin: URLs are resolved against it, so "same origin" means "this site". */
const SITE = 'http://site.invalid';

/** Attributes that point at something the browser loads or navigates to. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'poster', 'data']);

/** Turns "&amp;", "&#39;" and friends in an attribute value into the characters they stand for. */
export function decodeEntities(value) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return named[name.toLowerCase()] ?? whole;
  });
}

/** The attributes of one start tag's inside ("a href=x class='y' hidden"), names lower-cased. */
export function parseAttributes(text) {
  /** @type {Record<string, string>} */
  const attrs = {};
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  for (const m of text.matchAll(re)) {
    const name = m[1].toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/**
 * The ids of a page and the URLs it refers to. Comments and the inside of <script> and
 * <style> are skipped: a URL in a script is not a link. (A <template>'s links are checked:
 * they become real links once a script clones it.)
 * @returns {{ ids: Set<string>, refs: { tag: string, attr: string, value: string }[] }}
 */
export function parseHtml(html) {
  const ids = new Set();
  const refs = [];
  const tag = /<!--[\s\S]*?-->|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let m;
  while ((m = tag.exec(html))) {
    if (!m[1]) continue; // a comment
    const name = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]);
    if (attrs.id !== undefined) ids.add(attrs.id);
    if (name === 'a' && attrs.name !== undefined) ids.add(attrs.name);
    for (const [attr, value] of Object.entries(attrs)) {
      // "data" is a URL only on <object>; elsewhere it is an ordinary attribute name.
      if (URL_ATTRIBUTES.has(attr) && (attr !== 'data' || name === 'object')) {
        refs.push({ tag: name, attr, value });
      } else if (attr === 'srcset' || attr === 'imagesrcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) refs.push({ tag: name, attr, value: url });
        }
      }
    }
    if (name === 'script' || name === 'style') {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html)?.index ?? html.length;
    }
  }
  return { ids, refs };
}

/** The path a page file is served at: "fasen/start/index.html" → "/handboek/fasen/start/". */
export function pageUrlPath(file, base = '/') {
  const prefix = normalizeBase(base);
  return (
    prefix +
    file
      .split(sep)
      .join('/')
      .replace(/(^|\/)index\.html$/, '$1')
  );
}

/**
 * What a reference on a page means.
 * @returns {{ kind: 'external', url: string } | { kind: 'skip' } | { kind: 'problem', problem: string }
 *   | { kind: 'internal', path: string, fragment: string | undefined, samePage: boolean }}
 */
export function classifyRef(value, pageUrl) {
  const raw = value.trim();
  if (raw === '')
    return { kind: 'problem', problem: 'leeg doel: geef een adres, of maak er gewone tekst van' };
  if (raw === '#')
    return {
      kind: 'problem',
      problem:
        'href="#" gaat nergens heen: geef het echte doel, of maak er gewone tekst (of een <button>) van',
    };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === 'mailto' || scheme === 'tel' || scheme === 'data' || scheme === 'blob')
    return { kind: 'skip' };
  if (scheme === 'javascript')
    return { kind: 'problem', problem: 'javascript:-link: gebruik een <button> met een gebundeld script' };
  if (scheme && scheme !== 'http' && scheme !== 'https')
    return { kind: 'problem', problem: `onbekend schema "${scheme}:"` };
  let url;
  try {
    url = new URL(raw, SITE + pageUrl);
  } catch {
    return { kind: 'problem', problem: 'geen geldig adres' };
  }
  if (url.origin !== SITE) return { kind: 'external', url: url.href };
  const fragment = url.hash ? safeDecode(url.hash.slice(1)) : undefined;
  const path = safeDecode(url.pathname);
  return { kind: 'internal', path, fragment, samePage: path === pageUrl };
}

function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Which file of the build answers a URL path, the way a static host (nginx, Netlify…) would.
 * @param {(relPath: string) => 'file' | 'dir' | undefined} kindOf what exists in the build
 * @returns {{ file: string } | { problem: string }}
 */
export function resolveTarget(path, base, kindOf) {
  const prefix = normalizeBase(base);
  if (!path.startsWith(prefix)) {
    return {
      problem: `ligt buiten het basispad ${prefix}: schrijf interne links met href() uit src/lib/routes.ts`,
    };
  }
  const rel = path.slice(prefix.length);
  if (rel === '' || rel.endsWith('/')) {
    const index = `${rel}index.html`;
    if (kindOf(index) === 'file') return { file: index };
    return {
      problem: `geen pagina op ${path} (${index} ontbreekt): klopt het pad, en wordt die pagina gebouwd?`,
    };
  }
  const kind = kindOf(rel);
  if (kind === 'file') return { file: rel };
  if (kind === 'dir' && kindOf(`${rel}/index.html`) === 'file') {
    return {
      problem: `mist de slash aan het eind: schrijf ${path}/ (de site gebruikt trailingSlash: 'always')`,
    };
  }
  return { problem: `geen bestand op ${path} (${rel} ontbreekt in de build)` };
}

/**
 * What exists in a build: 'file', 'dir' or undefined for a path relative to its folder. Asked
 * once per path: the same few hundred targets are linked thousands of times.
 */
function kindsIn(root) {
  /** @type {Map<string, 'file' | 'dir' | undefined>} */
  const known = new Map();
  return (rel) => {
    if (!known.has(rel)) {
      const p = join(root, rel);
      known.set(rel, existsSync(p) ? (statSync(p).isDirectory() ? 'dir' : 'file') : undefined);
    }
    return known.get(rel);
  };
}

/**
 * What is wrong with one reference of one page, or undefined when it resolves.
 * @param {{ file: string, value: string, pageUrl: string, base: string,
 *   kindOf: (rel: string) => 'file' | 'dir' | undefined, idsOf: (file: string) => Set<string> }} ref
 * @returns {string | undefined}
 */
function problemOf({ file, value, pageUrl, base, kindOf, idsOf }) {
  const ref = classifyRef(value, pageUrl);
  if (ref.kind === 'problem') return ref.problem;
  if (ref.kind !== 'internal') return undefined;
  // The 404 page is served at any missing address, so a relative link on it would break.
  if (file === '404.html' && !/^(\/|#)/.test(value.trim()))
    return 'relatief adres op de 404-pagina: die wordt op elk ontbrekend adres getoond, schrijf een pad vanaf / (href())';
  const target = resolveTarget(ref.path, base, kindOf);
  if ('problem' in target) return target.problem;
  if (ref.fragment === undefined || !target.file.endsWith('.html')) return undefined;
  if (ref.fragment === '') return 'leeg anker "#": laat het # weg of geef het id van het doel';
  if (!idsOf(target.file).has(ref.fragment))
    return `anker #${ref.fragment} bestaat niet op ${ref.samePage ? 'deze pagina' : target.file}: geef het doel dat id, of link naar een id dat er wel is`;
  return undefined;
}

/**
 * Checks a whole build.
 * @returns {{ pages: number, checked: number, failures: { file: string, href: string, value: string, problem: string }[],
 *   external: Map<string, string[]> }}
 */
export function checkSite(dir, base = '/') {
  const root = resolve(dir);
  const kindOf = kindsIn(root);
  /** @type {Map<string, Set<string>>} ids per HTML file, parsed once */
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) ids.set(file, parseHtml(readFileSync(join(root, file), 'utf8')).ids);
    return ids.get(file);
  };
  const pages = listHtmlFiles(root);
  const failures = [];
  /** @type {Map<string, string[]>} external URL → pages that link to it */
  const external = new Map();
  let checked = 0;
  for (const file of pages) {
    const page = parseHtml(readFileSync(join(root, file), 'utf8'));
    ids.set(file, page.ids);
    const pageUrl = pageUrlPath(file, base);
    for (const { tag, attr, value } of page.refs) {
      const ref = classifyRef(value, pageUrl);
      if (ref.kind === 'skip') continue;
      if (ref.kind === 'external') {
        external.set(ref.url, [...(external.get(ref.url) ?? []), file]);
        continue;
      }
      if (ref.kind === 'internal') checked++;
      const problem = problemOf({ file, value, pageUrl, base, kindOf, idsOf });
      if (problem) failures.push({ file, href: `<${tag} ${attr}="${value}">`, value, problem });
    }
  }
  return { pages: pages.length, checked, failures, external };
}

/**
 * The failures of an earlier checkSite that still fail now, each with its problem as it is
 * now: the build checks its pages once, before the PDFs are printed, and afterwards only
 * looks again at the links that pointed at a PDF not yet written.
 * @template {{ file: string, value: string, problem: string }} F
 * @param {F[]} failures
 * @returns {F[]}
 */
export function recheck(dir, base, failures) {
  const root = resolve(dir);
  const kindOf = kindsIn(root);
  const idsOf = (file) => parseHtml(readFileSync(join(root, file), 'utf8')).ids;
  return failures.flatMap((f) => {
    const problem = problemOf({
      file: f.file,
      value: f.value,
      pageUrl: pageUrlPath(f.file, base),
      base,
      kindOf,
      idsOf,
    });
    return problem ? [{ ...f, problem }] : [];
  });
}

/** The report of external links: one URL a line, with the pages that link to it. */
export function externalReport(external) {
  return [...external.keys()]
    .sort()
    .map((url) => `${url}\n${[...new Set(external.get(url))].map((f) => `  ${f}`).join('\n')}`)
    .join('\n');
}
