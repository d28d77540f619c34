import { describe, expect, it } from 'vitest';
import { globSync, readFileSync } from 'node:fs';
import {
  isRecorded,
  reservesAllRights,
  rightsWarnings,
  WARNING_PREFIX,
  WARNING_WIDTH,
  type Permission,
} from '~/lib/rights';

const source = (id: string, rechten: string, toestemming: Permission) => ({
  id,
  filePath: `content/bronnen/${id}.md`,
  data: { rechten, toestemming },
});
const reserved =
  '©2024 Onlinehulp Vlaanderen. Alle rechten voorbehouden. Niets uit deze uitgave mag zonder voorafgaande schriftelijke toestemming worden overgenomen.';

describe('rights on record', () => {
  it('recognises a statement that reserves all rights, in Dutch or English', () => {
    expect(reservesAllRights(reserved)).toBe(true);
    expect(reservesAllRights('© 2020 X. All rights reserved.')).toBe(true);
    expect(reservesAllRights('Het document vermeldt geen licentie of auteursrechtregel.')).toBe(false);
    expect(reservesAllRights('CC BY 4.0')).toBe(false);
  });

  it('warns in one line for a source that reserves all rights without recorded permission: its file, that none is recorded, where to record it', () => {
    const warnings = rightsWarnings([
      source('stappenplan', reserved, 'niet vastgelegd'),
      source('dossier', 'Het document vermeldt geen licentie of auteursrechtregel.', 'niet vastgelegd'),
    ]);
    expect(warnings).toEqual([
      'content/bronnen/stappenplan.md: alle rechten voorbehouden, toestemming niet vastgelegd; vul het veld toestemming in (uitleg: content/REDACTIE.md)',
    ]);
  });

  it('keeps the printed line within the width for every source file of content/bronnen/', () => {
    const files = globSync('content/bronnen/*.{md,mdx}');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const [line] = rightsWarnings([{ ...source('x', reserved, 'niet vastgelegd'), filePath: file }]);
      expect(`${WARNING_PREFIX}${line}`.length, file).toBeLessThanOrEqual(WARNING_WIDTH);
      expect(line).not.toContain('\n');
    }
  });

  it('REDACTIE.md explains the warning it points to', () => {
    const guide = readFileSync('content/REDACTIE.md', 'utf8');
    expect(guide).toMatch(/alle rechten voorbehouden, toestemming niet vastgelegd/);
    expect(guide).toMatch(/^toestemming: \{ door: .*, datum: .* \}$/m);
  });

  it('is silent once the permission is recorded', () => {
    const given: Permission = { door: 'Naam, Onlinehulp Vlaanderen', datum: '2026-11-20' };
    expect(isRecorded(given)).toBe(true);
    expect(isRecorded('niet vastgelegd')).toBe(false);
    expect(rightsWarnings([source('stappenplan', reserved, given)])).toEqual([]);
  });
});
