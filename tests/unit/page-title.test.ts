import { describe, expect, it } from 'vitest';
import { cutAtWord, MAX_TITLE_LENGTH, pageTitle } from '~/lib/page-title';

const site = 'Handboek Digitaal Samenwerken';

describe('pageTitle', () => {
  it('adds the site name when both fit', () => {
    expect(pageTitle('Privacy', site)).toBe('Privacy · Handboek Digitaal Samenwerken');
  });

  it('keeps the site name on a long title and cuts the page title at a word, marking the cut', () => {
    const title = pageTitle(
      'Vraag 3.2 (B): Hoe gaat de vorm waarin het digitale platform wordt aangeboden eruit zien?',
      site,
    );
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^Vraag 3\.2 \(B\): Hoe \S.*\S… · Handboek Digitaal Samenwerken$/);
  });

  it('counts "&" as the validator does, written as "&amp;"', () => {
    const title = pageTitle(
      '6. Bronnen, tools & Best Practices · Toolkit Digitale Informele Zorgdiensten',
      site,
    );
    expect(title.replace(/&/g, '&amp;').length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(title).toMatch(/^6\. Bronnen, tools & .*… · Handboek Digitaal Samenwerken$/);
  });
});

describe('cutAtWord', () => {
  it('leaves a short text alone and cuts a long one before a word, without trailing punctuation', () => {
    expect(cutAtWord('Kort.', 20)).toBe('Kort.');
    expect(cutAtWord('Een, twee, drie vier', 12)).toBe('Een, twee…');
  });
});
