/**
 * Helpers for the texts the browser scripts write. A script imports its section of
 * src/i18n/nl.ts (`import { answerUi as t } from '~/i18n/nl'`), and Vite bundles only the
 * sections it imports. Some texts are templates with {placeholders}, filled in here.
 */

/** "{n} van {totaal}" + { n: 5, totaal: 12 } → "5 van 12". Values are inserted as plain text. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/**
 * Writes a text only when it changes: a live region or alert written again with the same words
 * is announced again, so a screen reader would repeat it at every keystroke.
 */
export function setText(element: HTMLElement, text: string) {
  if (element.textContent !== text) element.textContent = text;
}
