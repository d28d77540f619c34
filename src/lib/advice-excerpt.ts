/**
 * The part of a passage that speaks to a question, verbatim: the run of sentences and list
 * items that holds most of the question's key terms and advice, not just the opening words.
 * Pure, so answer pages, phase pages and Mijn plan show a passage the same way, and the rule
 * (verbatim, never a lead-in without its list, never a sentence that only introduces a speaker)
 * is unit-tested over every linked passage.
 */
import { blocksAndBreaks, cutAtWord, sentenceEnds } from './excerpt';

/** How long the shown part may be, in characters, before it is cut. */
export const ADVICE_MAX = 320;

/** One sentence of a paragraph, or one list item; the smallest piece an excerpt is made of. */
interface Unit {
  text: string;
  /** A list item (shown on a line of its own). */
  item: boolean;
  /** The first unit of its block: it starts a line of its own in the excerpt. */
  opensBlock: boolean;
  /** Units of the same segment can be shown together; a heading, table or HTML block parts them. */
  segment: number;
}

/**
 * Words that open a Dutch imperative in these sources ("Zorg voor …", "Betrek …"): a sentence
 * that starts with one gives advice even when it names none of the question's terms.
 */
const IMPERATIVES = new Set(
  (
    'bekijk bepaal betrek bevraag beperk blijf breid breng communiceer denk doe durf evalueer ga geef gebruik ' +
    'heb houd informeer investeer kies kijk laat leg maak monitor neem onderzoek organiseer pas plan probeer ' +
    'rek spreek start stel verwacht verzamel voorzie vraag wees werk zet zoek zorg'
  ).split(' '),
);

/**
 * A sentence that only says who someone is: "Jan is bij Elan werkzaam als maatschappelijk
 * werker.", "Heleen is vanuit de gemeente Haarlem verantwoordelijk voor BUUV.", "In gesprek met …".
 */
const SPEAKER_INTRO = [
  /\b(is|was|zijn)\b[^.]{0,60}\bwerkzaam\b/i,
  /\bwerkzaam (als|bij)\b/i,
  /\bis vanuit\b[^.]{0,60}\bverantwoordelijk voor\b/i,
  /^(in gesprek met|deelnemers gesprek)\b/i,
];

/** Whether a sentence introduces a speaker and says nothing else a reader could use. */
export const introducesSpeaker = (sentence: string) =>
  SPEAKER_INTRO.some((re) => re.test(sentence)) &&
  sentence.length < 200 &&
  !/['‘’"“”]/.test(sentence.slice(1));

function unitsOf(markdown: string): Unit[] {
  const units: Unit[] = [];
  let segment = 0;
  for (const block of blocksAndBreaks(markdown)) {
    if (block.kind !== 'prose') {
      segment++;
      continue;
    }
    if (block.item) {
      units.push({ text: block.text, item: true, opensBlock: true, segment });
      continue;
    }
    let from = 0;
    for (const end of sentenceEnds(block.text)) {
      const text = block.text.slice(from, end).trim();
      if (text) units.push({ text, item: false, opensBlock: from === 0, segment });
      from = end;
    }
  }
  return units;
}

/** The score of a sentence that only introduces a speaker: a run never holds one. */
const SPEAKER_SCORE = -100;

const lower = (s: string) => s.toLocaleLowerCase('nl');

/** A term at the start of a word of the text; `*term` anywhere in a word (see question-terms.ts). */
function matches(text: string, term: string): boolean {
  if (term.startsWith('*')) return text.includes(term.slice(1));
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1))
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]!)) return true;
  return false;
}

/** How much a unit speaks to the question: its key terms (lower case) most, an imperative or list item a little. */
function scoreOf(unit: Unit, lowerTerms: readonly string[]): number {
  if (introducesSpeaker(unit.text)) return SPEAKER_SCORE;
  const text = lower(unit.text);
  const hits = lowerTerms.filter((t) => matches(text, t)).length;
  const firstWord = lower(/^[\p{L}]+/u.exec(unit.text.replace(/^\d+\.\s*/, ''))?.[0] ?? '');
  // The small cost per unit makes a run without a word for the question lose to a shorter one.
  // A list item alone is worth a little more than its cost, so a lead-in takes as many of its
  // items along as fit, but a list without the question's words never beats a sentence with them.
  return hits * 3 + (IMPERATIVES.has(firstWord) ? 1 : 0) + (unit.item ? 0.25 : 0) - 0.2;
}

const join = (units: readonly Unit[]) =>
  units.map((u, i) => (i === 0 ? u.text : `${u.opensBlock ? '\n' : ' '}${u.text}`)).join('');

const endsOnLeadIn = (text: string) => /:\s*$/.test(text);

/**
 * The part of a Markdown body that speaks best to a question with these key terms: the run of
 * consecutive sentences and list items (no heading or table between them) with the highest
 * score that fits in `max` characters, verbatim. "…" marks text left out before or after it.
 * A run never ends on a lead-in (a sentence ending on a colon) and never holds a sentence that
 * only introduces a speaker. Without any key term or imperative, the opening is shown.
 */
export function adviceExcerpt(markdown: string, terms: readonly string[], max = ADVICE_MAX): string {
  // The same passage is quoted under the same question on its phase page, both answer pages,
  // the phase's booklet and Mijn plan's data: worked out once per build, not five times.
  // Keyed by the passage's own string (its hash is worked out once), then by terms and length.
  let forPassage = excerpts.get(markdown);
  if (!forPassage) excerpts.set(markdown, (forPassage = new Map()));
  const key = `${max}\u0000${terms.join('\u0001')}`;
  let excerpt = forPassage.get(key);
  if (excerpt === undefined) forPassage.set(key, (excerpt = bestExcerpt(markdown, terms.map(lower), max)));
  return excerpt;
}

const excerpts = new Map<string, Map<string, string>>();

function bestExcerpt(markdown: string, lowerTerms: readonly string[], max: number): string {
  const units = unitsOf(markdown);
  const scores = units.map((u) => scoreOf(u, lowerTerms));
  let best: { from: number; to: number; score: number } | undefined;
  for (let from = 0; from < units.length; from++) {
    let length = 0;
    let score = 0;
    for (let to = from; to < units.length; to++) {
      const unit = units[to]!;
      if (unit.segment !== units[from]!.segment) break;
      length += unit.text.length + (to > from ? 1 : 0);
      if (length > max && to > from) break;
      const s = scores[to]!;
      if (s <= SPEAKER_SCORE) break;
      score += s;
      // Ending on a lead-in would promise a list the reader does not get.
      if (endsOnLeadIn(unit.text)) continue;
      // Strictly better only: an earlier run wins a tie, and a shorter one wins over padding.
      if (!best || score > best.score) best = { from, to, score };
    }
  }
  if (!best) return '';
  // Nothing speaks to the question by its terms: show the opening, from its first sentence that
  // does more than introduce a speaker: two sentences, or a lead-in with what follows it.
  if (best.score <= 0.5) {
    const opening = openingRun(units, scores, max);
    if (!opening) return '';
    best = { ...opening, score: 0 };
  }
  const chosen = units.slice(best.from, best.to + 1);
  let text = join(chosen);
  let cut = false;
  if (text.length > max) {
    text = cutAtWord(text, max);
    cut = true;
  }
  const before = best.from > 0 ? '… ' : '';
  const after = cut || best.to < units.length - 1 || hasMoreAfter(markdown, units) ? ' …' : '';
  return `${before}${text}${after}`;
}

/** The opening run: two units from the first that is not a speaker's introduction; a lead-in keeps its next unit. */
function openingRun(units: readonly Unit[], scores: readonly number[], max: number) {
  const from = scores.findIndex((score) => score > SPEAKER_SCORE);
  if (from === -1) return undefined;
  let to = from;
  let length = units[from]!.text.length;
  while (to + 1 < units.length && (to - from < 1 || endsOnLeadIn(units[to]!.text))) {
    const next = units[to + 1]!;
    length += next.text.length + 1;
    const fits = length <= max || endsOnLeadIn(units[to]!.text);
    if (!fits || next.segment !== units[from]!.segment || scores[to + 1]! <= SPEAKER_SCORE) break;
    to++;
  }
  // A lead-in whose list cannot follow is left out rather than shown alone.
  while (to > from && endsOnLeadIn(units[to]!.text)) to--;
  if (endsOnLeadIn(units[to]!.text)) return undefined;
  return { from, to };
}

/**
 * The opening of a passage shown without a question (a role's reading path): its first sentence
 * or two, verbatim, never a sentence that only introduces a speaker nor a lead-in without its list.
 */
export const openingExcerpt = (markdown: string, max = ADVICE_MAX) => adviceExcerpt(markdown, [], max);

/** Whether the body goes on after its last prose unit (a table or HTML block at the end). */
const hasMoreAfter = (markdown: string, units: readonly Unit[]) =>
  blocksAndBreaks(markdown).at(-1)?.kind === 'break' && units.length > 0;
