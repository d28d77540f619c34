import { describe, expect, it } from 'vitest';
import { isRecorded, reservesAllRights, rightsWarnings, type Permission } from '~/lib/rights';

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

  it('warns for a source that reserves all rights without recorded permission, naming the file, source and field', () => {
    const warnings = rightsWarnings([
      source('stappenplan', reserved, 'niet vastgelegd'),
      source('dossier', 'Het document vermeldt geen licentie of auteursrechtregel.', 'niet vastgelegd'),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^content\/bronnen\/stappenplan\.md: toestemming: bron "stappenplan" behoudt alle rechten voor/,
    );
    expect(warnings[0]).toContain('Vul het veld toestemming in');
  });

  it('is silent once the permission is recorded', () => {
    const given: Permission = { door: 'Naam, Onlinehulp Vlaanderen', datum: '2026-11-20' };
    expect(isRecorded(given)).toBe(true);
    expect(isRecorded('niet vastgelegd')).toBe(false);
    expect(rightsWarnings([source('stappenplan', reserved, given)])).toEqual([]);
  });
});
