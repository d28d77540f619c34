import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ui } from '~/i18n/nl';
import { htmlPages, readPage } from '../support/site';

/**
 * The editorial pass (issue 12), as a reader of the built site sees it: errata applied, our
 * own text marked, quotes exact, credits and rights as the sources give them. Expectations
 * are read from content/ and the dictionary, so an editor's change does not break them.
 */

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
const text = (html: string) =>
  decode(html.replace(/<(script|style|template)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
const mainOf = (html: string) => html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
// Every errata table of a page: one on a source page, one per source in the whole-handbook book.
const ERRATA_TABLE = /<section class="errata"[^>]*>[\s\S]*?<\/table>\s*<\/section>\s*<\/section>/g;

/** content/errata.yaml: one `- { id: …, bron: …, … }` line per item, as the file asks. */
function readErrata() {
  const file = readFileSync('content/errata.yaml', 'utf8');
  const items = [...file.matchAll(/^- \{(.*)\}\s*$/gm)].map((m) => {
    const field = (name: string) =>
      new RegExp(`\\b${name}:\\s*("((?:[^"\\\\]|\\\\.)*)"|[^,}]+)`).exec(m[1]!)?.slice(1);
    const value = (name: string) => {
      const f = field(name);
      return (f?.[1] ?? f?.[0] ?? '').trim();
    };
    return {
      id: value('id'),
      bron: value('bron'),
      plaats: value('plaats'),
      origineel: value('origineel'),
      correctie: value('correctie'),
    };
  });
  expect(items.length, 'content/errata.yaml: write each item on one line, like the others').toBe(
    (file.match(/^-\s/gm) ?? []).length,
  );
  return items;
}

const frontmatter = (path: string) => readFileSync(path, 'utf8').split(/^---$/m)[1] ?? '';
const sourceFile = (id: string) =>
  ['md', 'mdx'].map((ext) => `content/bronnen/${id}.${ext}`).find((p) => existsSync(p))!;
const sourceIds = readdirSync('content/bronnen').map((f) => f.replace(/\.mdx?$/, ''));
const pages = htmlPages();

describe('errata: applied on every page, listed in document order', () => {
  const errata = readErrata();

  it('no page shows an original outside the errata table, and the pages show each correction', () => {
    const siteText = pages.map((p) => ({ page: p, text: text(readPage(p).replace(ERRATA_TABLE, ' ')) }));
    expect(errata.length).toBeGreaterThan(0);
    for (const e of errata) {
      const still = siteText.filter((p) => p.text.includes(e.origineel)).map((p) => p.page);
      expect(still, `${e.id}: "${e.origineel}" is still on these pages`).toEqual([]);
      const shown = siteText.filter((p) => p.text.includes(e.correctie));
      expect(shown.length, `${e.id}: "${e.correctie}" is on no page`).toBeGreaterThan(0);
    }
  });

  it("each source page's errata table follows content/errata.yaml", () => {
    for (const id of sourceIds) {
      const expected = errata.filter((e) => e.bron === id).map((e) => e.plaats);
      const table = readPage(`bronnen/${id}/index.html`).match(ERRATA_TABLE)?.[0] ?? '';
      const rows = [...table.matchAll(/<tr>\s*<td>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!));
      expect(rows, id).toEqual(expected);
    }
  });

  const seeds = '../shared/seeds';
  it.runIf(existsSync(seeds))('content/errata.yaml lists each source in the order of its document', () => {
    for (const id of sourceIds) {
      const seed = /^seed:\s*(\S+)/m.exec(frontmatter(sourceFile(id)))![1]!;
      const original = readFileSync(join(seeds, seed), 'utf8').replace(/\s+/g, ' ');
      const positions = errata
        .filter((e) => e.bron === id)
        .map((e) => ({ id: e.id, at: original.indexOf(e.origineel) }));
      for (const p of positions) expect(p.at, `${p.id}: original not found in ${seed}`).toBeGreaterThan(-1);
      expect(positions.map((p) => p.id)).toEqual([...positions].sort((a, b) => a.at - b.at).map((p) => p.id));
    }
  });
});

describe('our own text is marked as ours', () => {
  it('the home page quotes the beslishulp word for word and says whose words they are', () => {
    const home = readPage('index.html');
    const quote = text(home.match(/<blockquote>([\s\S]*?)<\/blockquote>/)?.[1] ?? '');
    expect(quote.length).toBeGreaterThan(20);
    expect(text(mainOf(readPage('bronnen/beslishulp/index.html')))).toContain(quote);
    // Named in the caption; the list of sources below links it (once on the page).
    expect(home).toMatch(/<figcaption>[^<]*<cite>Digitaal samenwerken in welzijn en zorg<\/cite>/);
    expect(home.match(/href="\/bronnen\/beslishulp\/"/g)).toHaveLength(1);
  });

  it("the beslishulp's help text for the website stands in a block labelled as ours", () => {
    const blocks =
      mainOf(readPage('bronnen/beslishulp/index.html')).match(/<div class="ours">[\s\S]*?<\/div>/g) ?? [];
    const help = blocks.find((b) => b.includes('<h2'));
    expect(help, 'a marked block with a heading').toBeDefined();
    expect(text(help!)).toContain(ui.ours);
  });

  it('every caption we added to a source table carries the label, and no marker leaks', () => {
    const added = readdirSync('content/secties', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md') || f.endsWith('.mdx'))
      .flatMap((f) => [
        ...readFileSync(join('content/secties', f), 'utf8').matchAll(/<caption data-ours>(.*?)<\/caption>/g),
      ])
      .map((m) => m[1]!);
    expect(added.length).toBeGreaterThan(0);
    const all = pages.map((p) => readPage(p)).join('\n');
    expect(all).not.toContain('data-ours');
    for (const caption of added)
      expect(all, caption).toMatch(
        new RegExp(`<caption>${caption.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} <small class="ours-label">`),
      );
  });

  it('example statements come with the note that the source names no speaker', () => {
    const withStatements = pages.filter((p) => /<div class="statements"[\s>]/.test(readPage(p)));
    expect(withStatements.length).toBeGreaterThan(0);
    for (const page of withStatements) expect(text(readPage(page)), page).toContain(ui.statementsNote);
  });

  it("a role's reading path never starts a sentence with the link to a phase", () => {
    for (const page of pages.filter((p) => /^rollen\/[a-z]+\/index\.html$/.test(p))) {
      const main = mainOf(readPage(page));
      expect(main, page).toContain(`>${ui.rolePhaseQuestions}</a>.`);
      expect(main, page).not.toMatch(/<p>\s*<a href="\/fasen\/[a-z]+\/">/);
    }
  });
});

describe('werkvormen say what they are', () => {
  const kinds = readdirSync('content/werkvormen').map((f) => ({
    id: f.replace(/\.mdx?$/, ''),
    soort: /^soort:\s*(\S+)/m.exec(
      frontmatter(join('content/werkvormen', f)),
    )?.[1] as keyof typeof ui.methodKinds,
  }));

  it('the index and each page name the kind the content gives', () => {
    const index = mainOf(readPage('werkvormen/index.html'));
    for (const { id, soort } of kinds) {
      const label = ui.methodKinds[soort].label;
      expect(index, id).toMatch(
        new RegExp(`href="/werkvormen/${id}/"[^>]*>[^<]*</a>\\s*<span class="method-kind">\\(${label}\\)`),
      );
      expect(text(mainOf(readPage(`werkvormen/${id}/index.html`))), id).toContain(
        `${ui.methodKindLabel}: ${label}`,
      );
    }
  });
});

describe('credits and rights as the sources give them', () => {
  const credits = (page: string) =>
    (readPage(page).match(/<dl class="credits">[\s\S]*?<\/dl>/g) ?? []).map(text);

  it('every source page and booklet records whether permission to reproduce is on record', () => {
    for (const id of sourceIds) {
      const dl = credits(`bronnen/${id}/index.html`)[0] ?? '';
      expect(dl, id).toContain(ui.credits.toestemming);
      if (/^toestemming:\s*niet vastgelegd\s*$/m.test(frontmatter(sourceFile(id))))
        expect(dl, id).toContain(ui.credits.permissionNotRecorded);
      expect(dl, id).not.toMatch(/\bonbekend\b/);
    }
    const booklets = pages.filter((p) => /^boekjes\/[a-z]+\/index\.html$/.test(p));
    expect(booklets.length).toBeGreaterThan(0);
    for (const page of booklets)
      for (const dl of credits(page)) expect(dl, page).toContain(ui.credits.toestemming);
  });

  it('a source naming project leads shows them as such, and a disclaimer under its own label', () => {
    for (const id of sourceIds) {
      const fm = frontmatter(sourceFile(id));
      const dl = credits(`bronnen/${id}/index.html`)[0] ?? '';
      if (/^projectleiding:/m.test(fm)) expect(dl, id).toContain(ui.credits.projectleiding);
      if (!/^auteurs:/m.test(fm)) expect(dl, id).not.toContain(ui.credits.auteurs);
      if (/^disclaimer:/m.test(fm)) {
        expect(dl, id).toContain(ui.credits.disclaimer);
        expect(dl.split(ui.credits.rechten)[1]!.split(ui.credits.disclaimer)[0], id).not.toMatch(
          /disclaimer/i,
        );
      }
    }
  });

  it('a closing block stands after the last section, and a printed part heading over its sections', () => {
    for (const id of sourceIds) {
      const fm = frontmatter(sourceFile(id));
      const html = mainOf(readPage(`bronnen/${id}/index.html`));
      if (/^afsluiting:/m.test(fm))
        expect(html.indexOf('id="afsluiting"'), id).toBeGreaterThan(
          html.lastIndexOf('class="section-block"'),
        );
      for (const part of fm.matchAll(/titel:\s*([^,}]+),\s*van:\s*(\d+),\s*tot:\s*(\d+)/g)) {
        const at = html.indexOf(`>${part[1]!.trim()}</h2>`);
        expect(at, `${id}: ${part[1]}`).toBeGreaterThan(-1);
        const after = html.slice(at).split('<section class="section-block">').slice(1);
        const inPart = Number(part[3]) - Number(part[2]) + 1;
        for (const block of after.slice(0, inPart)) expect(block.trimStart().slice(0, 3), id).toBe('<h3');
      }
    }
  });
});
