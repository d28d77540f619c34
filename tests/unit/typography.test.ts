import { describe, expect, it } from 'vitest';
import { smartPunctuation, smartQuotes } from '~/lib/typography.mjs';
import { renderMarkdown as render } from '../support/markdown';

describe('typographic quotes', () => {
  it.each([
    ["collega's en zo'n ding", 'collega’s en zo’n ding'],
    [
      "Ook als het motto is: 'digitaal, tenzij..' worden",
      'Ook als het motto is: ‘digitaal, tenzij..’ worden',
    ],
    ['"Do\'s" en "Don\'ts"', '“Do’s” en “Don’ts”'],
    ["'s avonds en de '80s", '’s avonds en de ’80s'],
    ["hij zei: 'ja.' en ging", 'hij zei: ‘ja.’ en ging'],
    ['"\'Samen\' werken"', '“‘Samen’ werken”'],
    ['("dit")', '(“dit”)'],
    ["en?' ja", 'en?’ ja'],
  ])('%s → %s', (text, expected) => {
    expect(smartQuotes(text)).toBe(expected);
  });

  it('leaves text without straight quotes as it is', () => {
    const text = 'Geen aanhalingstekens, wel ‘krullen’ die er al stonden.';
    expect(smartQuotes(text)).toBe(text);
  });
});

describe('dashes and ellipses', () => {
  it.each([
    ['x -- y', 'x — y'],
    ['gezinnen... Enkele', 'gezinnen… Enkele'],
    ['a . . . b', 'a … b'],
    ['tenzij..', 'tenzij..'],
    ['e-mail en x---y', 'e-mail en x---y'],
  ])('%s → %s', (text, expected) => {
    expect(smartPunctuation(text)).toBe(expected);
  });
});

describe('typography in the Markdown pipeline', () => {
  it('pairs quotes across bold text and links, as a reader reads the sentence', async () => {
    const html = await render("een **'burning platform.'** en '[de toolkit](/bronnen/toolkit/)' lezen");
    expect(html).toContain('<strong>‘burning platform.’</strong>');
    expect(html).toContain('‘<a href="/bronnen/toolkit/">de toolkit</a>’');
  });

  it('opens a quote at the start of a heading or paragraph, and never changes code', async () => {
    const html = await render("## 'Samen' starten\n\n\"Begin klein\", zegt `it's` niets -- echt...");
    expect(html).toContain('‘Samen’ starten</h2>');
    expect(html).toContain("<p>“Begin klein”, zegt <code>it's</code> niets — echt…</p>");
  });
});
