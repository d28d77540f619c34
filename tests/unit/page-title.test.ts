import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from '~/lib/page-title';

const site = 'Handboek Digitaal Samenwerken';

describe('pageTitle', () => {
  it('adds the site name when both fit', () => {
    expect(pageTitle('Privacy', site)).toBe('Privacy · Handboek Digitaal Samenwerken');
  });

  it('leaves the site name out when the page title alone fits', () => {
    expect(pageTitle('Reflectie 1: Start samenwerking, visieontwikkeling en belanghebbenden', site)).toBe(
      'Reflectie 1: Start samenwerking, visieontwikkeling en belanghebbenden',
    );
  });

  it('cuts a long title at a word and marks the cut, keeping its distinguishing start', () => {
    const title = pageTitle(
      'Reflectie 3 · Vraag 2 · Antwoord B: Hoe gaat de vorm waarin het digitale platform wordt aangeboden eruit zien?',
      site,
    );
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^Reflectie 3 · Vraag 2 · Antwoord B: Hoe gaat de vorm .*\S…$/);
  });
});
