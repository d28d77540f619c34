import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { describeCompressed, precompressDir } from '~/lib/precompress';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small built site: a page, a stylesheet, JSON, a Pagefind fragment and a tiny file. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handboek-precompress-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'fasen/start'), { recursive: true });
  mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
  const text = '<p>Digitaal samenwerken in welzijn en zorg.</p>\n'.repeat(200);
  writeFileSync(join(dir, 'fasen/start/index.html'), `<!doctype html><html lang="nl">${text}</html>`);
  writeFileSync(join(dir, 'style.css'), 'main { margin: 0 auto; }\n'.repeat(100));
  writeFileSync(
    join(dir, 'pagefind/pagefind-entry.json'),
    JSON.stringify(Array.from({ length: 8 }, (_, page) => ({ page, language: 'nl', words: 4443 }))),
  );
  writeFileSync(join(dir, 'pagefind/fragment/abc.pf_fragment'), Buffer.from(text));
  writeFileSync(join(dir, 'a.js'), 'x');
  return dir;
}

describe('precompressDir', () => {
  it('writes gzip and Brotli copies that unpack to the original, beside text files only', async () => {
    const dir = site();
    const result = await precompressDir(dir);
    for (const file of ['fasen/start/index.html', 'style.css', 'pagefind/pagefind-entry.json']) {
      const original = readFileSync(join(dir, file));
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`))).equals(original), file).toBe(true);
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`))).equals(original), file).toBe(true);
    }
    // Pagefind compresses its own files; they get no copies.
    expect(existsSync(join(dir, 'pagefind/fragment/abc.pf_fragment.gz'))).toBe(false);
    expect(result.files).toBe(4);
    expect(result.bytes.brotli).toBeLessThan(result.bytes.original);
  });

  it('writes no copy that would be larger than its original', async () => {
    const dir = site();
    await precompressDir(dir);
    expect(existsSync(join(dir, 'a.js.gz'))).toBe(false);
    expect(existsSync(join(dir, 'a.js.br'))).toBe(false);
  });

  it('gives byte-identical copies for the same files (two builds stay identical)', async () => {
    const [one, two] = [site(), site()];
    await Promise.all([precompressDir(one), precompressDir(two)]);
    for (const file of ['fasen/start/index.html.gz', 'fasen/start/index.html.br', 'style.css.gz'])
      expect(readFileSync(join(one, file)).equals(readFileSync(join(two, file))), file).toBe(true);
  });

  it('in a second pass, compresses only what changed or is new, and drops copies of removed files', async () => {
    const dir = site();
    const first = await precompressDir(dir);
    const page = join(dir, 'fasen/start/index.html');
    const styleCopy = statSync(join(dir, 'style.css.gz')).mtimeMs;
    // What the last steps of a build do: change a page, add a file, remove one.
    writeFileSync(page, '<!doctype html><html lang="nl"><p>Nieuw: 3,7 MB.</p></html>'.repeat(20));
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});\n'.repeat(50));
    rmSync(join(dir, 'pagefind/pagefind-entry.json'));
    const second = await precompressDir(dir, first.done);
    expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
    expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(readFileSync(page))).toBe(true);
    expect(existsSync(join(dir, 'sw.js.br'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json.gz'))).toBe(false);
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json.br'))).toBe(false);
    // The unchanged stylesheet kept its copies (not written again), and counts in the summary.
    expect(statSync(join(dir, 'style.css.gz')).mtimeMs).toBe(styleCopy);
    expect(second.files).toBe(4);
    expect(second.bytes.original).toBe(
      ['fasen/start/index.html', 'style.css', 'sw.js', 'a.js']
        .map((f) => readFileSync(join(dir, f)).length)
        .reduce((a, b) => a + b),
    );
  });

  it('removes a copy that a changed file no longer gains from', async () => {
    const dir = site();
    const first = await precompressDir(dir);
    writeFileSync(join(dir, 'style.css'), 'x');
    await precompressDir(dir, first.done);
    expect(existsSync(join(dir, 'style.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'style.css.br'))).toBe(false);
  });

  it('sums up in one line for the build log', () => {
    expect(
      describeCompressed({ files: 3, written: 6, bytes: { original: 4096, gzip: 1024, brotli: 512 } }),
    ).toBe('3 files, 4 KB → gzip 1 KB, brotli 1 KB');
  });
});
