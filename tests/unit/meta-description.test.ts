import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION_LENGTH, metaDescription, plainText } from '~/lib/meta-description';

describe('plainText', () => {
  it('drops Markdown and MDX marks but keeps the words', () => {
    const md = `import Werkvorm from 'x';\n\n### Tips\n\n- Lees **dit** en [de stappen](/fasen/start/).\n\n<Werkvorm id="nudge" />\n| a | b |`;
    expect(plainText(md)).toBe('Tips Lees dit en de stappen.');
  });
});

describe('metaDescription', () => {
  it('joins its parts and stays within the length search engines show, cut at a word', () => {
    const long = 'woord '.repeat(60);
    const text = metaDescription('Vraag: is er een kartrekker?', long);
    expect(text.startsWith('Vraag: is er een kartrekker? woord woord')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    expect(text.endsWith('woord…')).toBe(true);
  });
});
