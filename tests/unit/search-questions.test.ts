import { describe, expect, it } from 'vitest';
import { loadQuestions } from '~/integrations/pagefind';
import {
  commonWords,
  dutchStems,
  extraWords,
  phrasesIn,
  questionBag,
  questionFor,
  rareWords,
  sameWord,
  type QuestionHelp,
} from '~/lib/search-questions';

/** Two questions in the beslishulp's own words (content/vragen/). */
const ask = (url: string, vraag: string, ...others: string[]): QuestionHelp => ({
  url,
  fase: 'Monitoring',
  nummer: 1,
  vraag,
  woorden: extraWords(vraag, others),
  zeldzaam: [],
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
    expect(sameWord('werk', 'werkafspraken')).toBe(false);
    expect(sameWord('rol', 'rollen')).toBe(false);
  });
  it('knows Dutch verb forms and plurals by their stem', () => {
    for (const [a, b] of [
      ['werken', 'gewerkt'],
      ['betalen', 'betaalt'],
      ['kiezen', 'kies'],
      ['blijven', 'blijft'],
      ['kosten', 'kost'],
      ['partners', 'partner'],
    ])
      expect(sameWord(a!, b!), `${a} ${b}`).toBe(true);
    // A short stem would make other words alike: "beeld" is no form of "bellen".
    expect(sameWord('beeld', 'bellen')).toBe(false);
    expect(dutchStems('gebeld')).not.toContain('bel');
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
  it('offers a question for one of its rare words in a sentence, not for one common word', () => {
    // As the build does: "bellen" only the first question has, and few pages use.
    const used = (w: string) => (w === 'bellen' ? 3 : 40);
    const rare = rareWords(questions.map(questionBag), used, 100);
    const withRare = questions.map((q, i) => ({ ...q, zeldzaam: rare[i]! }));
    expect(rare[0]).toEqual(['bellen']);
    expect(questionFor('collega’s blijven bellen', withRare)?.url).toBe('/fasen/monitoring/#vraag-1');
    expect(questionFor('collega’s blijven bellen', questions)).toBeNull();
    expect(questionFor('mensen blijven onderweg', withRare)).toBeNull();
  });
  it('takes a phrase of the synonym list as one word, not its words apart', () => {
    const governance = ask(
      '/fasen/financiering/#vraag-2',
      'Hoe is er steun gecreëerd in bestuurlijke lagen?',
    );
    const list = [['gemeente', 'lokaal bestuur']];
    expect(phrasesIn('wat doet het lokaal bestuur', list)).toEqual({
      phrases: [0],
      rest: ['wat', 'doet', 'het'],
    });
    expect(questionFor('bestuurlijke steun', [governance, ...questions], list)?.url).toBe(
      '/fasen/financiering/#vraag-2',
    );
    expect(questionFor('lokaal bestuur', [governance, ...questions], list)).toBeNull();
  });
  it('weighs words that many pages use less: two of them tie no query to a question', () => {
    const twelve = loadQuestions();
    // "zien" only one question has, "platform" six; a third of the handbook's pages use "zien".
    const common = commonWords(
      twelve.map(questionBag),
      (w) => (['zien', 'platform'].includes(w) ? 40 : 2),
      100,
    );
    expect(common).toEqual(['platform', 'zien']);
    expect(questionFor('wie mag het zien op het platform', twelve)?.url).toBe('/fasen/platform/#vraag-2');
    expect(questionFor('wie mag het zien op het platform', twelve, [], common)).toBeNull();
  });
  it('offers nothing for common words or function words alone', () => {
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
