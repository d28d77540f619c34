import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { adviceExcerpt, introducesSpeaker } from '~/lib/advice-excerpt';
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
    expect(introducesSpeaker('Jan is bij Elan werkzaam als maatschappelijk werker.')).toBe(true);
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

/** Every section with its linked questions, read from the frontmatter as an editor wrote it. */
const linked = globSync('content/secties/*/*.md*').flatMap((file) => {
  const [, head, body] = readFileSync(file, 'utf8').split(/^---$/m);
  const links = (parse(head!).vragen ?? []) as { vraag: string }[];
  return links.map((l) => ({ file, question: l.vraag, body: body! }));
});

describe('every passage shown under a question', () => {
  it('finds the linked passages', () => expect(linked.length).toBeGreaterThan(80));

  it('is verbatim, ends on no lead-in, and holds no sentence that only introduces a speaker', () => {
    const wrong: string[] = [];
    for (const { file, question, body } of linked) {
      const shown = passageExcerpt(body, question);
      const text = plainBlocks(body).join(' ');
      const parts = shown.replace(/^… /, '').replace(/ …$/, '').split('\n');
      if (!shown) wrong.push(`${file} ${question}: leeg`);
      if (/:$/.test(shown)) wrong.push(`${file} ${question}: eindigt op een dubbelepunt: ${shown}`);
      for (const part of parts)
        if (!text.includes(part)) wrong.push(`${file} ${question}: niet letterlijk: ${part}`);
      if (parts.some((p) => introducesSpeaker(p)))
        wrong.push(`${file} ${question}: stelt alleen iemand voor`);
    }
    expect(wrong).toEqual([]);
  });

  it('knows the terms of every question a section links to', () => {
    for (const { question } of linked) expect(QUESTION_TERMS, question).toHaveProperty([question]);
  });
});
