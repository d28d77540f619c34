/**
 * The reader's answers to the reflection questions, as pure data: the state, how it is kept in
 * localStorage, how it travels in a share link, and how a team's answers are compared.
 * No DOM here: the custom elements in src/components/reflection/ do the browser work.
 *
 * A question is known by its content id ("start/vraag-1"); `ids` is always the handbook's
 * ordered list of them, as the pages print it in their HTML.
 */

export type Letter = 'A' | 'B';
/** Question id → the answer chosen. Questions without an answer are absent. */
export type Answers = Readonly<Record<string, Letter>>;

const isLetter = (value: unknown): value is Letter => value === 'A' || value === 'B';
/** Content ids are "<fase>/vraag-<n>"; anything else in storage is junk (and never "__proto__"). */
const ID_PATTERN = /^[a-z0-9-]+\/[a-z0-9-]+$/;

// ---- the state

export function withAnswer(answers: Answers, id: string, letter: Letter | null): Answers {
  const next: Record<string, Letter> = { ...answers };
  if (letter) next[id] = letter;
  else delete next[id];
  return next;
}

/** How many of the handbook's questions have an answer (answers to removed questions don't count). */
export const countAnswered = (answers: Answers, ids: readonly string[]) => ids.filter((id) => isLetter(answers[id])).length;

/** Only the answers to questions the handbook has now, in its order. */
export function currentAnswers(answers: Answers, ids: readonly string[]): Answers {
  const out: Record<string, Letter> = {};
  for (const id of ids) if (isLetter(answers[id])) out[id] = answers[id];
  return out;
}

// ---- localStorage

export const STORAGE_KEY = 'handboek-reflectie';
/** Where unreadable stored data is kept before the first new answer is written over it. */
export const BACKUP_KEY = 'handboek-reflectie-onleesbaar';
const STORAGE_VERSION = 1;

/** `onleesbaar`: nothing could be read; `deels`: some entries were junk and are left out. */
export type StorageProblem = 'onleesbaar' | 'deels';
export interface StoredState {
  answers: Answers;
  problem?: StorageProblem | undefined;
}

/**
 * Reads what localStorage holds (null: nothing yet). Never throws: damaged data gives the
 * entries that can be read plus a `problem`, so the page can say so and keep working.
 * Answers to questions the handbook no longer has are kept, so they survive a content change.
 */
export function parseStored(raw: string | null | undefined): StoredState {
  if (raw === null || raw === undefined || raw === '') return { answers: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { answers: {}, problem: 'onleesbaar' };
  }
  if (!isRecord(data) || data.versie !== STORAGE_VERSION || !isRecord(data.antwoorden)) {
    return { answers: {}, problem: 'onleesbaar' };
  }
  const answers: Record<string, Letter> = {};
  let junk = 0;
  for (const [id, letter] of Object.entries(data.antwoorden)) {
    if (ID_PATTERN.test(id) && isLetter(letter)) answers[id] = letter;
    else junk++;
  }
  return junk ? { answers, problem: 'deels' } : { answers };
}

export const serialiseStored = (answers: Answers) => JSON.stringify({ versie: STORAGE_VERSION, antwoorden: answers });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- share links
//
// The answers travel in the URL fragment (never sent to a server) as
//   #naam=<name, percent-encoded, optional>&reflectie=1.12.k7x2.AB--A-BBA--A.0f3c9q1
//                                          version.count.content key.answers.checksum
// - version: the format; a later format gets a new number and old pages say so.
// - count and content key (4 characters of a hash of the question ids): a link made when the
//   handbook had other questions is recognised, instead of answers landing on wrong questions.
// - answers: one character per question in the handbook's order, A, B or - (not answered).
// - checksum: 7 characters of a hash of everything before it, so a changed or damaged
//   character is noticed. It detects accidents and hand edits, it is no signature.
// The name is a label the reader chose; it sits before the answers so that a link cut short
// loses its checksum (and says so) rather than a piece of the name.

export const SHARE_VERSION = 1;
const SHARE_KEY = 'reflectie';
const NAME_KEY = 'naam';
const CHECK_LENGTH = 7;
const CONTENT_KEY_LENGTH = 4;
export const MAX_NAME_LENGTH = 40;

export type ShareProblem =
  | 'leeg' // nothing given
  | 'geen-link' // text without any answers in it
  | 'versie' // made by another format version
  | 'afgekapt' // cut short: a part or the end of the checksum is missing
  | 'tekens' // characters that do not belong in such a link
  | 'controle' // the checksum does not match: damaged or altered
  | 'aantal' // made when the handbook had a different number of questions
  | 'inhoud'; // made when the handbook had other questions (same number)

export type ShareResult =
  | { ok: true; answers: Answers; name: string }
  | { ok: false; problem: ShareProblem; found?: number; expected?: number };

/** FNV-1a, 32 bits: tiny, and enough to notice a changed character. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
const base36 = (n: number, length: number) => n.toString(36).padStart(length, '0').slice(-length);

/** A short fingerprint of the handbook's questions: changes when one is added, removed or renamed. */
export const contentKey = (ids: readonly string[]) => base36(hash(ids.join('\n')), CONTENT_KEY_LENGTH);
const checksum = (body: string) => base36(hash(body), CHECK_LENGTH);

/**
 * A name as it may appear in a link and on the page: one line, not too long, without control
 * or invisible formatting characters (bidi overrides could disguise it), except the joiners
 * that emoji and some scripts need.
 */
export const cleanName = (name: string) =>
  Array.from(name.replace(/[\p{Cc}\s]+/gu, ' ').replace(/(?![\u200c\u200d])\p{Cf}/gu, '').trim())
    .slice(0, MAX_NAME_LENGTH)
    .join('')
    .trim();

/** The fragment (without "#") that carries these answers, e.g. for /mijn-reflectie/#… */
export function encodeShare(answers: Answers, ids: readonly string[], name = ''): string {
  const letters = ids.map((id) => (isLetter(answers[id]) ? answers[id] : '-')).join('');
  const body = [SHARE_VERSION, ids.length, contentKey(ids), letters].join('.');
  const label = cleanName(name);
  return `${label ? `${NAME_KEY}=${encodeURIComponent(label)}&` : ''}${SHARE_KEY}=${body}.${checksum(body)}`;
}

/**
 * Reads a share link: a whole address, its fragment, or only the part after "reflectie=".
 * Whitespace (a link broken over lines by a mail program) and punctuation stuck to its end
 * (a link at the end of a sentence) are ignored. Never throws.
 */
export function decodeShare(input: string, ids: readonly string[]): ShareResult {
  const text = input.replace(/\s+/g, '').replace(/[.,;:!?)\]>'"]+$/, '');
  if (!text) return { ok: false, problem: 'leeg' };
  const hashAt = text.indexOf('#');
  const params = fragmentParams(hashAt >= 0 ? text.slice(hashAt + 1) : text);
  let payload = params.get(SHARE_KEY);
  if (payload === undefined && /^\d+\.\d/.test(text)) payload = text;
  // A name without answers, or "reflectie=" with nothing after it: the link lost its end.
  if (payload === '' || (payload === undefined && params.has(NAME_KEY))) return { ok: false, problem: 'afgekapt' };
  if (payload === undefined) return { ok: false, problem: 'geen-link' };

  const rawName = params.get(NAME_KEY) ?? '';
  let name: string;
  try {
    name = cleanName(decodeURIComponent(rawName));
  } catch {
    return { ok: false, problem: 'tekens' };
  }
  return decodePayload(payload, ids, name);
}

function decodePayload(payload: string, ids: readonly string[], name: string): ShareResult {
  const parts = payload.split('.');
  const [version = '', count = '', key = '', letters = '', check = ''] = parts;
  if (!/^\d{1,3}$/.test(version)) return { ok: false, problem: 'tekens' };
  if (Number(version) !== SHARE_VERSION) return { ok: false, problem: 'versie', found: Number(version), expected: SHARE_VERSION };
  if (parts.length > 5) return { ok: false, problem: 'tekens' };
  if (parts.length < 5) return { ok: false, problem: 'afgekapt' };
  if (!/^\d{1,4}$/.test(count) || !/^[0-9a-z]+$/.test(key) || !/^[AB-]*$/.test(letters) || !/^[0-9a-z]*$/.test(check)) {
    return { ok: false, problem: 'tekens' };
  }
  if (check.length < CHECK_LENGTH) return { ok: false, problem: 'afgekapt' };
  const body = parts.slice(0, 4).join('.');
  if (check.length > CHECK_LENGTH || key.length !== CONTENT_KEY_LENGTH || letters.length !== Number(count) || check !== checksum(body)) {
    return { ok: false, problem: 'controle' };
  }
  if (Number(count) !== ids.length) return { ok: false, problem: 'aantal', found: Number(count), expected: ids.length };
  if (key !== contentKey(ids)) return { ok: false, problem: 'inhoud' };

  const answers: Record<string, Letter> = {};
  ids.forEach((id, i) => {
    if (isLetter(letters[i])) answers[id] = letters[i] as Letter;
  });
  return { ok: true, answers, name };
}

/** "a=1&b=2" → Map; later keys win. Values stay percent-encoded. */
function fragmentParams(fragment: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of fragment.split('&')) {
    const at = pair.indexOf('=');
    if (at > 0) params.set(pair.slice(0, at), pair.slice(at + 1));
  }
  return params;
}

// ---- the team

/**
 * A team link (/team/#…) is the members' own fragments joined with "&":
 *   naam=Els&reflectie=1.12…&naam=Jan&reflectie=1.12…
 * Each "reflectie=" closes a member, with the "naam=" just before it, if any.
 * Returns each member's fragment, to be read with decodeShare.
 */
export function splitTeamFragment(fragment: string): string[] {
  const members: string[] = [];
  let name = '';
  for (const pair of fragment.replace(/^#/, '').split('&')) {
    if (pair.startsWith(`${NAME_KEY}=`)) name = pair;
    else if (pair.startsWith(`${SHARE_KEY}=`)) {
      members.push(name ? `${name}&${pair}` : pair);
      name = '';
    }
  }
  return members;
}

export const joinTeamFragment = (memberFragments: readonly string[]) => memberFragments.join('&');

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
