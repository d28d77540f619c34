import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adviceExcerpt, introducesSpeaker, openingExcerpt } from '~/lib/advice-excerpt';
import { plainBlocks } from '~/lib/excerpt';
import { passageExcerpt } from '~/lib/passages';
import { QUESTION_TERMS } from '~/lib/question-terms';

describe('adviceExcerpt: the part of a passage that speaks to the question', () => {
  it('chooses the sentences that hold the question’s terms, not the opening, and marks what is left out', () => {
    const body =
      'Het begon in 2015. Toen was er nog niets. Een kartrekker met 18 uur per week hielp ons. Daarna groeide het.';
    expect(adviceExcerpt(body, ['kartrekker'])).toBe('… Een kartrekker met 18 uur per week hielp ons. …');
  });

  it('takes a lead-in together with its list, never the lead-in alone', () => {
    const body = 'Inleiding over iets anders.\n\nMaak afspraken over:\n\n- de kosten\n- de taken';
    expect(adviceExcerpt(body, ['afspraken'])).toBe('… Maak afspraken over:\nde kosten\nde taken');
    const tooLong = `Zorg voor afspraken:\n\n- ${'x'.repeat(40)}\n- ${'y'.repeat(40)}`;
    expect(adviceExcerpt(tooLong, ['afspraken'], 60).trimEnd()).not.toMatch(/:( …)?$/);
  });

  it('never shows a sentence that only introduces a speaker', () => {
    const body = 'Jan is bij Elan werkzaam als maatschappelijk werker. Zij vonden de kosten hoog.';
    for (const intro of [
      'Jan is bij Elan werkzaam als maatschappelijk werker.',
      'Heleen Agterhuis is vanuit de gemeente Haarlem verantwoordelijk voor de buurtmarktplaats BUUV.',
      'In gesprek met manager Innovatie Ryan Esser',
    ])
      expect(introducesSpeaker(intro), intro).toBe(true);
    expect(introducesSpeaker('Het team is werkzaam en enthousiast: ‘We doen het gewoon.’')).toBe(false);
    expect(introducesSpeaker('De gemeente is verantwoordelijk voor de kosten.')).toBe(false);
    expect(adviceExcerpt(body, ['werker'])).toBe('… Zij vonden de kosten hoog.');
  });

  it('prefers an imperative when no term occurs, and shows the opening when nothing speaks to the question', () => {
    expect(adviceExcerpt('Het is een lange weg. Zorg voor geduld.', ['kosten'])).toBe('… Zorg voor geduld.');
    expect(adviceExcerpt('Eerste zin. Tweede zin. Derde zin.', ['kosten'])).toBe('Eerste zin. Tweede zin. …');
  });

  it('does not run across a heading or a table', () => {
    const body = 'De kosten zijn hoog.\n\n### Baten\n\nDe kosten dalen later.';
    expect(adviceExcerpt(body, ['kosten'])).toBe('De kosten zijn hoog. …');
  });

  it('cuts a very long sentence at a word boundary', () => {
    const long = `De kosten ${'en nog meer woorden '.repeat(30)}eind.`;
    const result = adviceExcerpt(long, ['kosten'], 100);
    expect(result.endsWith(' …')).toBe(true);
    expect(long.startsWith(result.slice(0, -2))).toBe(true);
  });
});

/** Every section, and every link to a question, read from the frontmatter as an editor wrote it. */
const sections = globSync('content/secties/*/*.md*').map((file) => {
  const [, head, body] = readFileSync(file, 'utf8').split(/^---$/m);
  return { file, body: body!, links: (parse(head!).vragen ?? []) as { vraag: string }[] };
});
const linked = sections.flatMap(({ file, body, links }) =>
  links.map((l) => ({ file, question: l.vraag, body })),
);

/** What is wrong with a shown excerpt of a body: not verbatim, a lead-in at its end, a speaker's introduction. */
function faults(shown: string, body: string): string[] {
  const text = plainBlocks(body).join(' ');
  const parts = shown.replace(/^… /, '').replace(/ …$/, '').split('\n');
  return [
    ...(/:$/.test(shown) ? [`eindigt op een dubbelepunt: ${shown}`] : []),
    ...parts.filter((p) => !text.includes(p)).map((p) => `niet letterlijk: ${p}`),
    ...(parts.some((p) => introducesSpeaker(p)) ? ['stelt alleen iemand voor'] : []),
  ];
}

describe('every passage shown under a question', () => {
  it('finds the linked passages', () => expect(linked.length).toBeGreaterThan(80));

  it('is verbatim, ends on no lead-in, and holds no sentence that only introduces a speaker', () => {
    const wrong = linked.flatMap(({ file, question, body }) => {
      const shown = passageExcerpt(body, question);
      return (shown ? faults(shown, body) : ['leeg']).map((f) => `${file} ${question}: ${f}`);
    });
    expect(wrong).toEqual([]);
  });

  it('and so is the opening of every section, as a reading path shows it', () => {
    const wrong = sections.flatMap(({ file, body }) =>
      faults(openingExcerpt(body), body).map((f) => `${file}: ${f}`),
    );
    expect(wrong).toEqual([]);
    expect(sections.length).toBeGreaterThan(180);
  });

  it('knows the terms of every question a section links to', () => {
    for (const { question } of linked) expect(QUESTION_TERMS, question).toHaveProperty([question]);
  });
});
