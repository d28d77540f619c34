import { answerUi as t } from '~/i18n/nl';
import { ADVICE_LOADED } from './store';

/**
 * The advice of an answer, fetched from its answer page (same origin) and put in place on the
 * phase page, so that the phase page carries neither answer's advice until the reader chooses.
 * The block keeps its text; it is fitted into its new page: headings one level lower (the
 * question is the h2 there), no landmark of its own (one per answered question would share a
 * name), and ids prefixed with the question's anchor so that two answered questions never share
 * one. A failed fetch says so, and the link to the answer's own page right below stays.
 */
function fitInto(block: Element, prefix: string) {
  for (const h2 of block.querySelectorAll('h2')) {
    const h3 = document.createElement('h3');
    for (const { name, value } of h2.attributes) h3.setAttribute(name, value);
    h3.append(...h2.childNodes);
    h2.replaceWith(h3);
  }
  for (const section of block.querySelectorAll('section')) section.removeAttribute('aria-labelledby');
  for (const el of block.querySelectorAll('[id]')) el.id = `${prefix}-${el.id}`;
  for (const a of block.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
    a.setAttribute('href', `#${prefix}-${a.getAttribute('href')!.slice(1)}`);
}

/** Fills `slot` once with the advice block of the page at `url`; tries again after a failure. */
export async function loadAdvice(slot: HTMLElement, url: string, prefix: string) {
  if (slot.dataset.state) return;
  slot.dataset.state = 'laden';
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const block = page.querySelector('[data-advies-blok]');
    if (!block) throw new Error('geen advies');
    fitInto(block, prefix);
    slot.replaceChildren(...block.childNodes);
    slot.dataset.state = 'klaar';
    slot.dispatchEvent(new Event(ADVICE_LOADED, { bubbles: true }));
  } catch {
    const note = document.createElement('p');
    note.textContent = t.adviceNotLoaded;
    slot.replaceChildren(note);
    delete slot.dataset.state;
  }
}
