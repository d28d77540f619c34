import { z } from 'astro/zod';

/**
 * One place that turns zod's terse messages into Dutch sentences an editor can act on:
 * what was found, and what is allowed. Astro prefixes them with the file and the field.
 */

const shown = (value: unknown) => (value === undefined ? 'niets' : JSON.stringify(value));

/** Names of closed sets that take "het" in Dutch: "onbekend gewicht", not "onbekende gewicht". */
const HET_WORDS = new Set(['gewicht']);
const unknown = (what: string) => `${HET_WORDS.has(what) ? 'onbekend' : 'onbekende'} ${what}`;

/** A value from a closed set, with a message that lists every allowed value. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, {
    error: (issue) =>
      issue.input === undefined
        ? `${what} ontbreekt; kies uit: ${values.join(', ')}`
        : `${unknown(what)} ${shown(issue.input)}; toegestaan: ${values.join(', ')}`,
  });
}

/** A required text that may not be empty. */
export function text(what: string) {
  return z
    .string({ error: (issue) => `${what} ontbreekt of is geen tekst (gevonden: ${shown(issue.input)})` })
    .trim()
    .min(1, { error: `${what} is leeg` });
}

/** The id of another entry, as text; the message shows how such an id is written. */
export function entryId(what: string, example: string) {
  return z.string({
    error: (issue) =>
      `${what} ontbreekt of is geen tekst (gevonden: ${shown(issue.input)}); schrijf bijvoorbeeld ${example}`,
  });
}

/** A whole number from `min` up. */
export function count(what: string, min = 1) {
  return z
    .number({ error: (issue) => `${what} moet een getal zijn (gevonden: ${shown(issue.input)})` })
    .int({ error: `${what} moet een heel getal zijn` })
    .min(min, { error: `${what} moet ${min} of hoger zijn` });
}

/** A list of values from a closed set with at least one item. */
export function someOf<const T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z
    .array(oneOf(values, what), { error: `${what}: verwacht een lijst, bijvoorbeeld [${values[0]}]` })
    .min(1, {
      error: `noem minstens één ${what}; kies uit: ${values.join(', ')}`,
    });
}

/** Formats a zod error as one line per problem: `veld: melding`. Used by tests and scripts. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(bestand)'}: ${issue.message}`)
    .join('\n');
}
