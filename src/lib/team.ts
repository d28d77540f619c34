import { isLetter, type Answers, type Letter } from './answers';

/** The team comparison: per question who chose A and who chose B, disagreements first. Pure. */

export interface Member {
  name: string;
  answers: Answers;
}

/** `verschil`: some chose A, some B; `open`: no difference yet, but not everyone answered; `eens`: all chose the same. */
export type Agreement = 'verschil' | 'open' | 'eens';

export interface QuestionComparison {
  id: string;
  /** Names of the members, in the order they were given. */
  A: string[];
  B: string[];
  unanswered: string[];
  agreement: Agreement;
}

const AGREEMENT_ORDER: Agreement[] = ['verschil', 'open', 'eens'];

/**
 * Per question, who chose A and who chose B. Questions where the team disagrees come first
 * (the most evenly split first: they need the conversation most), then the questions not
 * everyone answered, then those everyone agrees on; otherwise the handbook's order.
 */
export function compareTeam(members: readonly Member[], ids: readonly string[]): QuestionComparison[] {
  const rows = ids.map((id): QuestionComparison => {
    const pick = (letter: Letter) => members.filter((m) => m.answers[id] === letter).map((m) => m.name);
    const A = pick('A');
    const B = pick('B');
    const unanswered = members.filter((m) => !isLetter(m.answers[id])).map((m) => m.name);
    const agreement: Agreement = A.length && B.length ? 'verschil' : unanswered.length ? 'open' : 'eens';
    return { id, A, B, unanswered, agreement };
  });
  const minority = (r: QuestionComparison) => Math.min(r.A.length, r.B.length);
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (x, y) =>
        AGREEMENT_ORDER.indexOf(x.row.agreement) - AGREEMENT_ORDER.indexOf(y.row.agreement) ||
        (x.row.agreement === 'verschil' ? minority(y.row) - minority(x.row) : 0) ||
        x.index - y.index,
    )
    .map(({ row }) => row);
}
