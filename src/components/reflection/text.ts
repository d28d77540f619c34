/**
 * Texts reach the scripts through the HTML, written by the .astro part from src/i18n/nl.ts,
 * so no script carries a dictionary. Some are templates with {placeholders}.
 */

/** "{n} van {totaal}" + { n: 5, totaal: 12 } → "5 van 12". Values are inserted as plain text. */
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/** The texts an element's .astro part put in its data-teksten attribute, as JSON. */
export const textsOf = <T>(element: HTMLElement): T => JSON.parse(element.dataset.teksten ?? '{}') as T;

/**
 * Writes a text only when it changes: a live region or alert written again with the same words
 * is announced again, so a screen reader would repeat it at every keystroke.
 */
export function setText(element: HTMLElement, text: string) {
  if (element.textContent !== text) element.textContent = text;
}
