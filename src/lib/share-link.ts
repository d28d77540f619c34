import { isLetter, type Answers, type Letter } from './answers';

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
  Array.from(
    name
      .replace(/[\p{Cc}\s]+/gu, ' ')
      .replace(/(?![\u200c\u200d])\p{Cf}/gu, '')
      .trim(),
  )
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
  return decodePayload(payload, ids, name);
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
