import { describe, expect, it } from 'vitest';
import { answerSchema } from '~/schemas/answer';
import { formatIssues } from '~/schemas/friendly-errors';
import { methodSchema } from '~/schemas/method';
import { phaseSchema } from '~/schemas/phase';
import { questionSchema } from '~/schemas/question';
import { sectionSchema } from '~/schemas/section';

/** The message an editor would see for this frontmatter, or '' when it is valid. */
function messageFor(
  schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
  data: unknown,
) {
  const result = schema.safeParse(data);
  return result.success ? '' : formatIssues(result.error as never);
}

const question = { fase: 'start', nummer: 1, vraag: 'Is er een kartrekker?' };
const section = {
  bron: 'toolkit',
  volgorde: 1,
  titel: 'Verkennen',
  soort: 'toolkit',
  fasen: ['start'],
  rollen: ['gemeente'],
};

describe('frontmatter schemas: bad input names the field and what is allowed', () => {
  it('accepts a valid question', () => {
    expect(messageFor(questionSchema, question)).toBe('');
  });

  it('rejects an unknown phase and lists the five phases', () => {
    const message = messageFor(questionSchema, { ...question, fase: 'afronding' });
    expect(message).toMatch(/^fase: onbekende fase "afronding"/);
    expect(message).toContain('start, financiering, platform, implementatie, monitoring');
  });

  it('rejects an unknown role in a section and lists the roles', () => {
    const message = messageFor(sectionSchema, { ...section, rollen: ['gemeente', 'wethouder'] });
    expect(message).toMatch(/^rollen\.1: onbekende rol "wethouder"/);
    expect(message).toContain(
      'burger, zorgprofessional, welzijnsprofessional, platformontwikkelaar, financier, gemeente',
    );
  });

  it('rejects a section without a fasen field, but accepts [] written on purpose', () => {
    const { fasen: _omitted, ...withoutPhases } = section;
    expect(messageFor(sectionSchema, withoutPhases)).toMatch(
      /^fasen: verwacht een lijst, bijvoorbeeld \[start\], of \[\]/,
    );
    expect(messageFor(sectionSchema, { ...section, fasen: [] })).toBe('');
  });

  describe('a section’s links to questions (vragen)', () => {
    const withLinks = (vragen: unknown) => messageFor(sectionSchema, { ...section, vragen });
    it('accepts each weight, and no links at all', () => {
      expect(withLinks([{ vraag: 'start/vraag-1', gewicht: 'kern' }])).toBe('');
      expect(withLinks([{ vraag: 'start/vraag-1', gewicht: 'achtergrond' }])).toBe('');
      expect(messageFor(sectionSchema, section)).toBe('');
    });
    it('rejects an unknown or missing weight and lists the weights', () => {
      expect(withLinks([{ vraag: 'start/vraag-1', gewicht: 'belangrijk' }])).toBe(
        'vragen.0.gewicht: onbekend gewicht "belangrijk"; toegestaan: kern, achtergrond',
      );
      expect(withLinks([{ vraag: 'start/vraag-1' }])).toBe(
        'vragen.0.gewicht: gewicht ontbreekt; kies uit: kern, achtergrond',
      );
    });
    it('rejects the old short form, an unknown field and a missing question, saying what a link looks like', () => {
      expect(withLinks(['start/vraag-1'])).toBe(
        'vragen.0: verwacht per koppeling "vraag: <fase>/vraag-<nummer>" en "gewicht: kern of achtergrond"',
      );
      expect(withLinks([{ vraag: 'start/vraag-1', gewicht: 'kern', toelichting: 'x' }])).toBe(
        'vragen.0: onbekend veld "toelichting" in een koppeling; toegestaan: vraag, gewicht',
      );
      expect(withLinks([{ gewicht: 'kern' }])).toBe(
        'vragen.0.vraag: vraag ontbreekt of is geen tekst (gevonden: niets); schrijf bijvoorbeeld start/vraag-1 (<fase>/vraag-<nummer>)',
      );
      expect(withLinks('start/vraag-1')).toMatch(/^vragen: verwacht een lijst van koppelingen/);
    });
  });

  it('rejects an answer letter other than A or B', () => {
    const message = messageFor(answerSchema, { vraag: 'start/vraag-1', letter: 'C', inleiding: 'Tekst.' });
    expect(message).toMatch(/^letter: onbekende antwoordletter "C"; toegestaan: A, B/);
  });

  it('names a missing required field', () => {
    const { vraag: _omitted, ...withoutText } = question;
    expect(messageFor(questionSchema, withoutText)).toMatch(/^vraag: vraag ontbreekt/);
  });

  it('rejects a field that does not exist (a typo in a name)', () => {
    expect(messageFor(questionSchema, { ...question, faze: 'start' })).toMatch(/faze/);
  });

  it('rejects a phase number outside 1 to 5', () => {
    const phase = { nummer: 6, titel: 'X', korteTitel: 'X', rollen: ['burger'] };
    expect(messageFor(phaseSchema, phase)).toMatch(/^nummer: een fase heeft een nummer van 1 tot en met 5/);
  });

  it('accepts a werkvorm of another source without a number', () => {
    expect(
      messageFor(methodSchema, {
        titel: 'Netwerkanalyse',
        bron: 'toolkit',
        soort: 'methode',
        fasen: ['start'],
      }),
    ).toBe('');
  });

  it('asks what a werkvorm is (methode, instrument, theorie, voorbeeld)', () => {
    const method = { titel: 'Adoptiecurve', bron: 'interviews', fasen: ['implementatie'] };
    expect(messageFor(methodSchema, method)).toMatch(
      /^soort: soort ontbreekt; kies uit: methode, instrument, theorie, voorbeeld/,
    );
    expect(messageFor(methodSchema, { ...method, soort: 'werkvorm' })).toMatch(
      /^soort: onbekende soort "werkvorm"/,
    );
  });
});
