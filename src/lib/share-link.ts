import { isLetter, type Answers, type Letter } from './answers';
import { answerIdOf, stepKey } from './plan';

/**
 * Share links: the reader's answers in the URL fragment of a link (a fragment never reaches a
 * server), and team links that carry several members. Pure; see answers.ts for the ids.
 */

// The answers travel in the fragment as
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
// Optionally the ticked steps of Mijn plan follow the answers:
//   &gedaan=3--f1.0a9c1
//          per question in the handbook's order, the ticked steps of the answer given as bits
//          (step 0 is the lowest bit of the first hex digit), "-" between questions, trailing
//          empty ones left off; then a checksum of these and the answers' letters.
// Links without "gedaan=" (every link made before ticks existed) read as no ticks; pages made
// before ticks existed ignore the part.

export const SHARE_VERSION = 1;
const SHARE_KEY = 'reflectie';
const NAME_KEY = 'naam';
const TICKS_KEY = 'gedaan';
const TICKS_CHECK_LENGTH = 5;
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
  | {
      ok: true;
      answers: Answers;
      name: string;
      /** The ticked steps (stepKey of src/lib/plan.ts); empty when the link carries none. */
      done: string[];
      /** The link carries ticks that cannot be read (damaged): shown without them. */
      doneUnreadable?: true;
    }
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
  Array.from(
    name
      .replace(/[\p{Cc}\s]+/gu, ' ')
      .replace(/(?![\u200c\u200d])\p{Cf}/gu, '')
      .trim(),
  )
    .slice(0, MAX_NAME_LENGTH)
    .join('')
    .trim();

const lettersOf = (answers: Answers, ids: readonly string[]) =>
  ids.map((id) => (isLetter(answers[id]) ? answers[id] : '-')).join('');

/**
 * The fragment (without "#") that carries these answers, e.g. for /mijn-reflectie/#…, and the
 * ticked steps of the answers given, when `done` holds any.
 */
export function encodeShare(
  answers: Answers,
  ids: readonly string[],
  name = '',
  done: ReadonlySet<string> = new Set(),
): string {
  const letters = lettersOf(answers, ids);
  const body = [SHARE_VERSION, ids.length, contentKey(ids), letters].join('.');
  const label = cleanName(name);
  const ticks = encodeTicks(answers, ids, done);
  return (
    `${label ? `${NAME_KEY}=${encodeURIComponent(label)}&` : ''}${SHARE_KEY}=${body}.${checksum(body)}` +
    (ticks ? `&${TICKS_KEY}=${ticks}.${base36(hash(`${letters}|${ticks}`), TICKS_CHECK_LENGTH)}` : '')
  );
}

/** The ticks part (without its checksum): per question the ticked steps' bits in hex. */
function encodeTicks(answers: Answers, ids: readonly string[], done: ReadonlySet<string>): string {
  const chunks = ids.map((id) => {
    const letter = answers[id];
    if (!isLetter(letter)) return '';
    const prefix = `${answerIdOf(id, letter)}.`;
    const steps = [...done].filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length)));
    const bits = steps.filter((n) => Number.isInteger(n) && n >= 0 && n < 400);
    let hex = '';
    for (let at = 0; at <= Math.max(-1, ...bits); at += 4)
      hex += [0, 1, 2, 3].reduce((n, b) => n | (bits.includes(at + b) ? 1 << b : 0), 0).toString(16);
    return hex.replace(/0+$/, '');
  });
  return chunks.join('-').replace(/-+$/, '');
}

/** The ticked steps of a "gedaan=" part, or null when it is damaged. */
function decodeTicks(
  part: string,
  answers: Answers,
  ids: readonly string[],
  letters: string,
): string[] | null {
  const at = part.lastIndexOf('.');
  const ticks = part.slice(0, at);
  if (at < 0 || !/^[0-9a-f-]*$/.test(ticks)) return null;
  if (part.slice(at + 1) !== base36(hash(`${letters}|${ticks}`), TICKS_CHECK_LENGTH)) return null;
  const done: string[] = [];
  ticks.split('-').forEach((hex, q) => {
    const id = ids[q];
    const letter = id === undefined ? undefined : answers[id];
    if (!isLetter(letter)) return;
    [...hex].forEach((digit, i) => {
      for (let b = 0; b < 4; b++)
        if (parseInt(digit, 16) & (1 << b)) done.push(stepKey(answerIdOf(id!, letter), i * 4 + b));
    });
  });
  return done;
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
  if (payload === '' || (payload === undefined && params.has(NAME_KEY)))
    return { ok: false, problem: 'afgekapt' };
  if (payload === undefined) return { ok: false, problem: 'geen-link' };

  const rawName = params.get(NAME_KEY) ?? '';
  let name: string;
  try {
    name = cleanName(decodeURIComponent(rawName));
  } catch {
    return { ok: false, problem: 'tekens' };
  }
  const read = decodePayload(payload, ids, name);
  const ticks = params.get(TICKS_KEY);
  if (!read.ok || ticks === undefined) return read;
  const done = decodeTicks(ticks, read.answers, ids, lettersOf(read.answers, ids));
  return done ? { ...read, done } : { ...read, doneUnreadable: true };
}

function decodePayload(payload: string, ids: readonly string[], name: string): ShareResult {
  const parts = payload.split('.');
  const [version = '', count = '', key = '', letters = '', check = ''] = parts;
  if (!/^\d{1,3}$/.test(version)) return { ok: false, problem: 'tekens' };
  if (Number(version) !== SHARE_VERSION)
    return { ok: false, problem: 'versie', found: Number(version), expected: SHARE_VERSION };
  if (parts.length > 5) return { ok: false, problem: 'tekens' };
  if (parts.length < 5) return { ok: false, problem: 'afgekapt' };
  if (
    !/^\d{1,4}$/.test(count) ||
    !/^[0-9a-z]+$/.test(key) ||
    !/^[AB-]*$/.test(letters) ||
    !/^[0-9a-z]*$/.test(check)
  ) {
    return { ok: false, problem: 'tekens' };
  }
  if (check.length < CHECK_LENGTH) return { ok: false, problem: 'afgekapt' };
  const body = parts.slice(0, 4).join('.');
  if (
    check.length > CHECK_LENGTH ||
    key.length !== CONTENT_KEY_LENGTH ||
    letters.length !== Number(count) ||
    check !== checksum(body)
  ) {
    return { ok: false, problem: 'controle' };
  }
  if (Number(count) !== ids.length)
    return { ok: false, problem: 'aantal', found: Number(count), expected: ids.length };
  if (key !== contentKey(ids)) return { ok: false, problem: 'inhoud' };

  const answers: Record<string, Letter> = {};
  ids.forEach((id, i) => {
    const letter = letters[i];
    if (isLetter(letter)) answers[id] = letter;
  });
  return { ok: true, answers, name, done: [] };
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

// ---- team links

/**
 * Whether an address fragment is meant as a share or team link (also when damaged or cut short),
 * rather than a place in the page such as "#inhoud", which the skip link sets.
 */
export const isShareFragment = (fragment: string) =>
  /(^|[#&])(reflectie|naam)=/.test(fragment) || /^#?\d+\.\d/.test(fragment);

/** The most members a team link may hold: enough for any project team, and still quick to show. */
export const MAX_TEAM_MEMBERS = 100;

/**
 * A team link (/team/#…) is the members' own fragments joined with "&":
 *   naam=Els&reflectie=1.12…&naam=Jan&reflectie=1.12…
 * Each "reflectie=" closes a member, with the "naam=" just before it, if any. Read as leniently
 * as Mijn reflectie reads its address: a whole address after the "#", a bare payload
 * ("1.12.…") as a member. A name that no answers follow (the link was cut short, or a member's
 * answers went missing) is a member too, so that decodeShare reports it instead of it being
 * dropped. Returns each member's fragment, to be read with decodeShare.
 */
export function splitTeamFragment(fragment: string): string[] {
  const members: string[] = [];
  let name = '';
  const text = fragment.slice(fragment.lastIndexOf('#') + 1);
  for (const pair of text.split('&')) {
    const answers = pair.startsWith(`${SHARE_KEY}=`)
      ? pair
      : /^\d+\.\d/.test(pair)
        ? `${SHARE_KEY}=${pair}`
        : '';
    if (pair.startsWith(`${NAME_KEY}=`)) {
      if (name) members.push(name);
      name = pair;
    } else if (answers) {
      members.push(name ? `${name}&${answers}` : answers);
      name = '';
    }
  }
  if (name) members.push(name);
  return members;
}

export const joinTeamFragment = (memberFragments: readonly string[]) => memberFragments.join('&');
