import { describe, expect, it } from 'vitest';
import { bookletMethodIds, bookletSourceIds, shiftHeadings } from '~/lib/booklet';
import { chooseBuildDate, dutchDate } from '~/lib/build-date';

describe('shiftHeadings', () => {
  it('moves opening and closing heading tags down, keeping attributes', () => {
    expect(shiftHeadings('<h3 id="a">Tips</h3><p>x</p><h4>Meer</h4>', 1)).toBe(
      '<h4 id="a">Tips</h4><p>x</p><h5>Meer</h5>',
    );
  });
  it('stops at h6 and leaves other tags that start with h alone', () => {
    expect(shiftHeadings('<h6>a</h6><header><hr></header>', 2)).toBe('<h6>a</h6><header><hr></header>');
  });
  it('changes nothing when shifting by 0', () => {
    expect(shiftHeadings('<h2>a</h2>', 0)).toBe('<h2>a</h2>');
  });
});

describe('bookletMethodIds', () => {
  it('keeps each werkvorm once, in the order of all werkvormen', () => {
    expect(bookletMethodIds(['a', 'b', 'c', 'd'], ['c', 'a', 'c'], ['d', 'a'])).toEqual(['a', 'c', 'd']);
  });
});

describe('bookletSourceIds', () => {
  it('keeps each source once, in the order of all sources', () => {
    expect(
      bookletSourceIds(['beslishulp', 'stappenplan', 'dossier'], ['dossier', 'beslishulp', 'dossier']),
    ).toEqual(['beslishulp', 'dossier']);
  });
});

describe('chooseBuildDate', () => {
  it('prefers SOURCE_DATE_EPOCH, as reproducible builds expect', () => {
    expect(chooseBuildDate('1700000000', '2020-01-01')).toBe('2023-11-14');
  });
  it('falls back to the date of the last commit', () => {
    expect(chooseBuildDate(undefined, '2026-11-22\n')).toBe('2026-11-22');
  });
  it('gives nothing without either, so the cover prints a fixed text', () => {
    expect(chooseBuildDate('', undefined)).toBeUndefined();
    expect(chooseBuildDate('gisteren', 'fatal: not a git repository')).toBeUndefined();
  });
});

describe('dutchDate', () => {
  it('writes the date out in Dutch', () => {
    expect(dutchDate('2026-11-02')).toBe('2 november 2026');
  });
});
