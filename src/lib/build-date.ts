import { execFileSync } from 'node:child_process';

/**
 * The date a booklet's cover prints. It must not be "now": two builds of the same commit
 * have to give the same files. So it is SOURCE_DATE_EPOCH when the builder sets it (the
 * reproducible-builds convention), else the date of the last git commit, else nothing (the
 * cover then prints a fixed text).
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The build date as YYYY-MM-DD from what the environment offers, or undefined. */
export function chooseBuildDate(
  sourceDateEpoch: string | undefined,
  gitCommitDate: string | undefined,
): string | undefined {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch.trim())) {
    return new Date(Number(sourceDateEpoch.trim()) * 1000).toISOString().slice(0, 10);
  }
  const git = gitCommitDate?.trim();
  return git && ISO_DATE.test(git) ? git : undefined;
}

/** `git log -1 --format=%cs` (committer date, YYYY-MM-DD), or undefined without git. */
function lastCommitDate(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cs'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return undefined;
  }
}

let cached: string | undefined | null = null;

/** The build date of this build (looked up once). */
export function buildDate(): string | undefined {
  if (cached === null) cached = chooseBuildDate(process.env.SOURCE_DATE_EPOCH, lastCommitDate());
  return cached;
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** "2026-11-22" → "22 november 2026". Written out by hand so no locale data can change it. */
export function dutchDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month! - 1]} ${year}`;
}
