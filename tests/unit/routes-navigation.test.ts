import { describe, expect, it } from 'vitest';
import { groupBy, neighbours, readingPath } from '~/lib/navigation';
import { href, paths, sectionAnchor, sectionPath } from '~/lib/routes';

describe('routes', () => {
  it('builds answer addresses with a lower-case letter and a trailing slash', () => {
    expect(paths.answer('start', 2, 'B')).toBe('/fasen/start/vraag-2/b/');
    expect(paths.question('platform', 1)).toBe('/fasen/platform/#vraag-1');
  });

  it('adds the base path for hosting under a sub-path, once', () => {
    expect(href('/fasen/start/', '/handboek/')).toBe('/handboek/fasen/start/');
    expect(href('/fasen/start/', '/handboek')).toBe('/handboek/fasen/start/');
    expect(href('/', '/')).toBe('/');
    expect(href('https://example.org/', '/handboek/')).toBe('https://example.org/');
  });

  it('places a section on its source page or on its chapter page, at its anchor', () => {
    expect(sectionAnchor('stappenplan/03-stap-1-leiding')).toBe('stap-1-leiding');
    expect(sectionPath('stappenplan', 'stappenplan/03-stap-1-leiding')).toBe(
      '/bronnen/stappenplan/#stap-1-leiding',
    );
    expect(sectionPath('toolkit', 'toolkit/012-verkennen', 'h3')).toBe('/bronnen/toolkit/h3/#verkennen');
  });
});

describe('navigation', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('gives previous and next, and nothing past the ends', () => {
    expect(neighbours(items, 'b')).toEqual({ previous: { id: 'a' }, next: { id: 'c' } });
    expect(neighbours(items, 'a')).toEqual({ next: { id: 'b' } });
    expect(neighbours(items, 'x')).toEqual({});
  });

  it('groups in order of first appearance', () => {
    expect(groupBy([1, 2, 3, 4, 5], (n) => n % 2)).toEqual([
      [1, [1, 3, 5]],
      [0, [2, 4]],
    ]);
  });

  it('builds a reading path per phase with what is tagged for the role (untagged items serve everyone)', () => {
    const tagged = [
      { phases: ['start'], roles: ['gemeente'], name: 'toolkit' },
      { phases: ['start', 'monitoring'], roles: [], name: 'werkvorm' },
      { phases: ['platform'], roles: ['burger'], name: 'burger' },
    ];
    const path = readingPath(['start', 'platform', 'monitoring'], 'gemeente', tagged);
    expect(path.map((p) => [p.phase, p.items.map((i) => i.name)])).toEqual([
      ['start', ['toolkit', 'werkvorm']],
      ['platform', []],
      ['monitoring', ['werkvorm']],
    ]);
  });
});
