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
  /**
   * Its words that no other question has and that few pages of the handbook use (rareWords):
   * one of them in a query is enough to offer the question ("collega's blijven bellen").
   */
  zeldzaam: string[];
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
export const questionBag = (q: Pick<QuestionHelp, 'vraag' | 'woorden'>) => [
  ...questionWords([q.vraag]),
  ...q.woorden,
];

/**
 * Whether two words are forms of one word: equal, or sharing a beginning of at least five
 * letters that leaves at most two letters of the shorter one and four of the longer one
 * ("gebruikt", "gebruikers"), so a compound is not a form of its first part
 * ("gebruiksvriendelijk", "gebruik").
 */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter >= 5) {
    let common = 0;
    while (common < shorter && a[common] === b[common]) common++;
    if (common >= Math.max(5, shorter - 2) && Math.max(a.length, b.length) - common <= 4) return true;
  }
  const stems = dutchStems(a);
  return dutchStems(b).some((stem) => stems.includes(stem));
}

/** Endings of Dutch verbs and nouns, longest first: werk·en, werk·t, gewerk·t, werk·te, vorm·de. */
const ENDINGS = ['enden', 'ende', 'end', 'ten', 'den', 'en', 'te', 'de', 'e', 't', 'd', 's'];
/** A stem shorter than this says too little: "bel" would make "beeld" a form of "bellen". */
const MIN_STEM = 4;

/**
 * The stems a Dutch word may have, for telling its forms apart from other words without a
 * dictionary: the word and the word without one ending and without "ge" before a past
 * participle, each with a doubled last consonant made single (stopp·en → stop), a doubled
 * vowel single (betaal·t → betal) and a z or v at the end as s or f (kiez·en → kies, blijv·en →
 * blijf).
 * Two words are forms of one word when they share a stem of four letters or more: werken,
 * werkt, gewerkt (werk); betalen, betaalt (betal); kiezen, kies; blijven, blijft. Words, not
 * meaning: "kies" is not "keuze".
 */
export function dutchStems(word: string): readonly string[] {
  let stems = stemsOf.get(word);
  if (!stems) stemsOf.set(word, (stems = stemsOfWord(word)));
  return stems;
}

/** The stems of the words met so far: a query is matched against every question's words, often. */
const stemsOf = new Map<string, readonly string[]>();

function stemsOfWord(word: string): string[] {
  const bare = word.length > 6 && /^ge.+[dt]$/.test(word) ? [word, word.slice(2)] : [word];
  const cut = bare.flatMap((w) => [
    w,
    ...ENDINGS.filter((e) => w.endsWith(e) && w.length - e.length >= MIN_STEM).map((e) =>
      w.slice(0, -e.length),
    ),
  ]);
  const tidy = (stem: string) =>
    stem
      .replace(/([bcdfghjklmnpqrstvwxz])\1$/, '$1')
      .replace(/(aa|ee|oo|uu)(?=[^aeiou]*$)/, (v) => v[0]!)
      .replace(/z$/, 's')
      .replace(/v$/, 'f');
  return [...new Set(cut.map(tidy))].filter((stem) => stem.length >= MIN_STEM);
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
 * A word that many pages of the handbook use (`common`, commonWords) weighs COMMON_WEIGHT of that.
 * The best question wins when it reaches QUESTION_MIN_SCORE of that and shares two words with the query
 * (one, for a one-word query, or one of its rare words: `zeldzaam`) and QUESTION_MIN_SHARE of
 * its content words; a tie goes to the question with fewer words (the more specific).
 */
export function questionFor(
  query: string,
  questions: readonly QuestionHelp[],
  synonyms: readonly (readonly string[])[] = [],
  common: readonly string[] = [],
): QuestionHelp | null {
  // Each query word with the one-word terms of its synonym groups: "scholing" also stands for
  // "vorming". A phrase of the list in the query ("lokaal bestuur") means something only whole:
  // it stands for its group's one-word terms ("gemeente"), and its words do not count apart.
  const single = synonyms.map((g) => g.filter((t) => words(t).length === 1));
  const { phrases, rest } = phrasesIn(query, synonyms);
  const forms = [
    ...phrases.map((group) => single[group]!),
    ...contentWords(rest.join(' '))
      .filter((w) => w.length >= MIN_TELLING)
      .map((w) => [w, ...single.filter((g) => g.some((t) => sameWord(t, w))).flat()]),
  ].filter((ws) => ws.length > 0);
  const asked = forms.map((ws) => ws[0]!);
  if (asked.length === 0 || questions.length === 0) return null;
  const bags = new Map(questions.map((q) => [q, questionBag(q)]));
  const has = (q: QuestionHelp, ws: readonly string[]) =>
    bags.get(q)!.some((qw) => ws.some((w) => sameWord(qw, w)));
  const weight = forms.map(
    (ws) =>
      Math.log((questions.length + 1) / Math.max(1, questions.filter((q) => has(q, ws)).length)) *
      (common.some((c) => sameWord(c, ws[0]!)) ? COMMON_WEIGHT : 1),
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
  if (!best || best.score < QUESTION_MIN_SCORE * Math.log(questions.length + 1)) return null;
  if (best.shared / asked.length < QUESTION_MIN_SHARE) return null;
  // Two shared words, or one that only this question has and few pages use.
  const rare = forms.some((ws) => best.q.zeldzaam.some((r) => ws.some((w) => sameWord(r, w))));
  return best.shared >= Math.min(2, asked.length) || rare ? best.q : null;
}

/**
 * The phrases of the synonym list in a query, as the index of their group, and the query's
 * other words: "wie betaalt het platform" has the phrase "wie betaalt" and the words "het",
 * "platform".
 */
export function phrasesIn(query: string, synonyms: readonly (readonly string[])[]) {
  const rest = words(query);
  const phrases: number[] = [];
  synonyms.forEach((group, g) => {
    for (const term of group) {
      const parts = words(term);
      if (parts.length < 2) continue;
      const at = rest.findIndex((_, i) => parts.every((p, k) => rest[i + k] === p));
      if (at >= 0) {
        rest.splice(at, parts.length);
        phrases.push(g);
      }
    }
  });
  return { phrases, rest };
}

/** A word on at most this share of the handbook's pages is rare enough to tie a query to a question. */
export const RARE_SHARE = 1 / 8;
/** A word on more than this share of the pages is common ("werken", "zien", "platform")… */
export const COMMON_SHARE = 1 / 4;
/** …and counts this much of its weight: "zien" and "platform" together tie no query to a question. */
export const COMMON_WEIGHT = 0.7;

/** The words of the questions that more than COMMON_SHARE of the `pages` pages use (`used` counts them). */
export const commonWords = (
  bags: readonly (readonly string[])[],
  used: (word: string) => number,
  pages: number,
) => [...new Set(bags.flat())].filter((w) => used(w) > COMMON_SHARE * pages).sort();

/**
 * What the build ships as each question's `zeldzaam`: the words of `bags` (each question's
 * words) that no other question has and that at most RARE_SHARE of the `pages` pages use
 * (`used` counts them). "bellen" is one of them; "zien" (a third of the pages) is not.
 */
export function rareWords(
  bags: readonly (readonly string[])[],
  used: (word: string) => number,
  pages: number,
) {
  return bags.map((bag, i) =>
    bag.filter(
      (w) =>
        used(w) <= RARE_SHARE * pages &&
        !bags.some((other, j) => j !== i && other.some((o) => sameWord(o, w))),
    ),
  );
}
