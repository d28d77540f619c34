import { describe, expect, it } from 'vitest';
import { loadQuestions } from '~/integrations/pagefind';
import { extraWords, questionFor, sameWord, type QuestionHelp } from '~/lib/search-questions';

/** Two questions in the beslishulp's own words (content/vragen/). */
const ask = (url: string, vraag: string, ...others: string[]): QuestionHelp => ({
  url,
  fase: 'Monitoring',
  nummer: 1,
  vraag,
  woorden: extraWords(vraag, others),
});
const questions = [
  ask(
    '/fasen/monitoring/#vraag-1',
    'Hoe houd je in de gaten dat mensen daadwerkelijk gebruik van het digitale platform maken? Hoe voorkom je dat zij de oude routes weer gaan volgen, bijvoorbeeld door weer te gaan bellen?',
  ),
  ask(
    '/fasen/monitoring/#vraag-2',
    'Wat nu als het in de onderlinge samenwerking tussen de samenwerkingspartners stroef gaat? Weet je hoe je daarmee kunt omgaan?',
  ),
  ask(
    '/fasen/start/#vraag-1',
    'Is er een kartrekker of aanspreekpunt vanuit de organisatie aangesteld en wordt deze in die rol goed gefaciliteerd?',
  ),
  ask(
    '/fasen/platform/#vraag-1',
    'Heb je goed in beeld wat het digitale platform precies moet doen?',
    'Welke functies',
  ),
];

describe('sameWord', () => {
  it('takes forms of one word as the same, not a compound and its first part', () => {
    expect(sameWord('gebruikt', 'gebruikers')).toBe(true);
    expect(sameWord('bellen', 'bellen')).toBe(true);
    expect(sameWord('gebruik', 'gebruiksvriendelijk')).toBe(false);
    expect(sameWord('rol', 'rollen')).toBe(false);
  });
});

describe('questionFor', () => {
  it('finds the question a sentence asks, without its question and function words', () => {
    expect(questionFor('wat als de samenwerking stroef loopt', questions)?.url).toBe(
      '/fasen/monitoring/#vraag-2',
    );
    expect(questionFor('hoe voorkom je dat mensen weer gaan bellen', questions)?.url).toBe(
      '/fasen/monitoring/#vraag-1',
    );
  });
  it('takes a one-word query that only one question has', () => {
    expect(questionFor('kartrekker', questions)?.url).toBe('/fasen/start/#vraag-1');
  });
  it('counts a synonym of a query word as that word, but not the words of a phrase apart', () => {
    expect(questionFor('trekker aanspreekpunt', questions, [['kartrekker', 'trekker']])?.url).toBe(
      '/fasen/start/#vraag-1',
    );
    expect(questionFor('rollen', questions, [['rollen', 'die rol']])).toBeNull();
  });
  it('offers nothing for one shared word in a longer query, common words or function words alone', () => {
    expect(questionFor('collega’s blijven bellen', questions)).toBeNull();
    // Words most of the twelve questions share tell nothing.
    expect(questionFor('digitale platform', loadQuestions())).toBeNull();
    expect(questionFor('hoe wat je het', questions)).toBeNull();
    expect(questionFor('rol van de gemeente', questions)).toBeNull();
  });
});

describe('loadQuestions (content/vragen/)', () => {
  it('ships every question with its block on the phase page and its words', () => {
    const all = loadQuestions();
    expect(all.length).toBe(12);
    for (const q of all) {
      expect(q.url).toMatch(/^\/fasen\/[a-z]+\/#vraag-\d+$/);
      expect(q.vraag.length).toBeGreaterThan(10);
      for (const w of q.woorden) expect(q.vraag.toLowerCase()).not.toMatch(new RegExp(`\\b${w}\\b`, 'u'));
    }
  });
});
