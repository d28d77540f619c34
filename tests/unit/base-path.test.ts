import { describe, expect, it } from 'vitest';
import { basePathFromEnv, normalizeBase, withBase } from '~/lib/base-path.mjs';
import { href } from '~/lib/routes';

describe('base path', () => {
  it('reads every way of writing a sub-path as the same folder', () => {
    for (const written of ['/handboek', 'handboek/', '/handboek/', '//handboek//'])
      expect(normalizeBase(written)).toBe('/handboek/');
    expect(normalizeBase('')).toBe('/');
    expect(normalizeBase()).toBe('/');
    expect(basePathFromEnv({ BASE_PATH: '/handboek' })).toBe('/handboek/');
    expect(basePathFromEnv({})).toBe('/');
  });

  it('puts the base in front of site paths only', () => {
    expect(withBase('/handboek/', '/fasen/start/')).toBe('/handboek/fasen/start/');
    expect(withBase('/handboek', '/fasen/')).toBe('/handboek/fasen/');
    expect(withBase('/', '/fasen/')).toBe('/fasen/');
    for (const other of ['https://example.org/', '//cdn.example/x.js', '#vraag-1', 'mailto:a@b.nl'])
      expect(withBase('/handboek/', other)).toBe(other);
  });

  it('is what href() uses for the pages', () => {
    expect(href('/werkvormen/', '/handboek/')).toBe('/handboek/werkvormen/');
  });
});
