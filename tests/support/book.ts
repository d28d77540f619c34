import { globSync } from 'node:fs';
import { field } from './content';

/**
 * What the whole-handbook book (PDF and EPUB) must hold, read from content/: every source with
 * its title and rights line, every section's title per source, and the errata's corrections.
 */
export interface BookSourceText {
  id: string;
  title: string;
  rights: string;
  sectionTitles: string[];
}

export function bookSources(): BookSourceText[] {
  return globSync('*.{md,mdx}', { cwd: 'content/bronnen' })
    .map((file) => {
      const id = file.replace(/\.mdx?$/, '');
      return {
        id,
        order: Number(field(`bronnen/${file}`, 'nummer')),
        title: field(`bronnen/${file}`, 'titel'),
        rights: field(`bronnen/${file}`, 'rechten'),
        sectionTitles: globSync('*.{md,mdx}', { cwd: `content/secties/${id}` }).map((s) =>
          field(`secties/${id}/${s}`, 'titel'),
        ),
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _, ...source }) => source);
}

/** Text compared without whitespace or soft hyphens: a PDF breaks lines anywhere. */
export const squash = (text: string) =>
  text
    .normalize('NFKC')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, '');
