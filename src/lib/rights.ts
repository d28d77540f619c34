/**
 * Rights on record: a source whose rights statement reserves all rights may only be
 * reproduced with its holder's permission. The handbook records that permission per source
 * (field `toestemming` in content/bronnen/<id>.md) and never assumes it. Pure functions;
 * src/content.ts prints the warnings during the build.
 */

/** What the source's frontmatter records: who gave permission and when, or that none is recorded. */
export type Permission = 'niet vastgelegd' | { door: string; datum: string; hoe?: string | undefined };

export interface RightsInput {
  id: string;
  filePath?: string;
  data: { rechten: string; toestemming: Permission };
}

/** "Alle rechten voorbehouden", "All rights reserved": the statements that reserve all rights. */
export function reservesAllRights(statement: string): boolean {
  return /alle\s+rechten\s+voorbehouden|all\s+rights\s+reserved/i.test(statement);
}

export const isRecorded = (permission: Permission): permission is Exclude<Permission, string> =>
  typeof permission === 'object';

/** Printed before each warning; the whole line stays within WARNING_WIDTH characters. */
export const WARNING_PREFIX = '[WAARSCHUWING] ';
export const WARNING_WIDTH = 160;

/**
 * One line per source that reserves all rights while no permission is recorded: which source
 * (its file), that permission is not recorded, where to record it. Why it matters and how to
 * fill in the field is explained once, in content/REDACTIE.md, not on every build.
 */
export function rightsWarnings(sources: RightsInput[]): string[] {
  return sources
    .filter((s) => reservesAllRights(s.data.rechten) && !isRecorded(s.data.toestemming))
    .map(
      (s) =>
        `${s.filePath ?? `content/bronnen/${s.id}.md`}: alle rechten voorbehouden, toestemming niet vastgelegd; ` +
        'vul het veld toestemming in (uitleg: content/REDACTIE.md)',
    );
}
