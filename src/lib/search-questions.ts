/**
 * Which of the beslishulp's twelve questions a reader's query asks, as pure functions
 * (unit-tested). The build ships each question's words (question text, A/B statements, the
 * phase's title) beside the index; search offers the best-fitting question's block on its
 * phase page first, when the query shares enough telling words with it.
 */
import { contentWords } from './search-query.ts';
import { words } from './search-index.ts';

/** One beslishulp question as search ships it (src/integrations/pagefind.ts). */
export interface QuestionHelp {
  /** The question's block on its phase page, from the site root: "/fasen/start/#vraag-1". */
  url: string;
  /** The phase's short title, "Start". */
  fase: string;
  /** The question's number within its phase. */
  nummer: number;
  /** The question as the beslishulp asks it. */
  vraag: string;
  /** The distinct content words of the A/B statements and the phase's title that the question text lacks. */
  woorden: string[];
}

/** The telling words of texts: content words of four letters or more, each once. */
export const questionWords = (texts: readonly string[]): string[] => [
  ...new Set(texts.flatMap((t) => contentWords(t)).filter((w) => w.length >= MIN_TELLING)),
];

/**
 * What the build ships as a question's `woorden`: the words of its statements and phase title
 * that its text lacks (the text itself is shipped anyway, to be shown).
 */
export const extraWords = (vraag: string, others: readonly string[]): string[] => {
  const own = new Set(questionWords([vraag]));
  return questionWords(others).filter((w) => !own.has(w));
};

/** Every word a question is matched on: its text's, its statements' and its phase title's. */
const allWords = (q: QuestionHelp) => [...questionWords([q.vraag]), ...q.woorden];

/**
 * Whether two words are forms of one word: equal, or sharing a beginning of at least five
 * letters that leaves at most two letters of the shorter one and four of the longer one
 * ("gebruikt", "gebruikers"), so a compound is not a form of its first part
 * ("gebruiksvriendelijk", "gebruik").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.max(5, shorter - 2) && Math.max(a.length, b.length) - common <= 4;
}

/** Words shorter than this say too little to tie a query to a question ("rol", "wie"). */
const MIN_TELLING = 4;

/**
 * A question is offered when its telling words weigh at least this share of one word that
 * only it has (with twelve questions: 2.49 of 2.56; two words of three questions each pass).
 */
export const QUESTION_MIN_SCORE = 0.97;
/** …and at least this share of the query's content words is among them. */
export const QUESTION_MIN_SHARE = 1 / 3;

/**
 * The question a query asks, or null. Each content word of the query (or a synonym of it)
 * that is a word of a question adds how telling it is: ln(13 / number of questions with it),
 * so a word of one question counts 2.56 and a word of all twelve almost nothing ("platform").
 * The best question wins when it reaches QUESTION_MIN_SCORE of that and shares two words with the query
 * (one, for a one-word query) and QUESTION_MIN_SHARE of its content words; a tie goes to the
 * question with fewer words (the more specific).
 */
export function questionFor(
  query: string,
  questions: readonly QuestionHelp[],
  synonyms: readonly (readonly string[])[] = [],
): QuestionHelp | null {
  const asked = contentWords(query).filter((w) => w.length >= MIN_TELLING);
  if (asked.length === 0 || questions.length === 0) return null;
  // Each query word with the one-word terms of its synonym groups: "scholing" also stands for
  // "vorming". Phrases ("lokaal bestuur") mean something only whole, so their words do not count.
  const single = synonyms.map((g) => g.filter((t) => words(t).length === 1));
  const forms = asked.map((w) => [w, ...single.filter((g) => g.some((t) => sameWord(t, w))).flat()]);
  const bags = new Map(questions.map((q) => [q, allWords(q)]));
  const has = (q: QuestionHelp, ws: readonly string[]) =>
    bags.get(q)!.some((qw) => ws.some((w) => sameWord(qw, w)));
  const weight = forms.map((ws) =>
    Math.log((questions.length + 1) / Math.max(1, questions.filter((q) => has(q, ws)).length)),
  );
  let best: { q: QuestionHelp; score: number; shared: number } | null = null;
  for (const q of questions) {
    const hits = forms.map((ws, i) => (has(q, ws) ? weight[i]! : 0));
    const score = hits.reduce((a, b) => a + b, 0);
    const shared = hits.filter((h) => h > 0).length;
    if (
      !best ||
      score > best.score + 1e-9 ||
      (Math.abs(score - best.score) < 1e-9 && bags.get(q)!.length < bags.get(best.q)!.length)
    )
      best = { q, score, shared };
  }
  return best &&
    best.score >= QUESTION_MIN_SCORE * Math.log(questions.length + 1) &&
    best.shared >= Math.min(2, asked.length) &&
    best.shared / asked.length >= QUESTION_MIN_SHARE
    ? best.q
    : null;
}
