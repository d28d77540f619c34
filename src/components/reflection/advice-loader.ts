import { answerUi as t } from '~/i18n/nl';
import { BLOCK_LOADED } from './store';

/**
 * A block of another page of the handbook (same origin), fetched and put in place on the phase
 * page: the advice of a chosen answer from its answer page, and the lists of "Meer uit de
 * bronnen" from the phase's "meer" page. So the phase page carries neither until the reader
 * asks. The block keeps its text; it is fitted into its new page: headings one level lower
 * (the question is the h2 there), no landmark of its own (one per answered question would
 * share a name), and ids prefixed so that two blocks never share one. A failed fetch says so
 * above what the slot held (a link to the page itself stays at hand) and is tried again next time.
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

/** Fills `slot` once with the children of `selector` on the page at `url`; sends BLOCK_LOADED. */
export async function loadBlock(
  slot: HTMLElement,
  url: string,
  selector: string,
  prefix: string,
  failed: string,
) {
  if (slot.dataset.state) return;
  slot.dataset.state = 'laden';
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const block = page.querySelector(selector);
    if (!block) throw new Error(selector);
    fitInto(block, prefix);
    slot.replaceChildren(...block.childNodes);
    slot.dataset.state = 'klaar';
    slot.dispatchEvent(new Event(BLOCK_LOADED, { bubbles: true }));
  } catch {
    slot.querySelector('[data-fout]')?.remove();
    const note = Object.assign(document.createElement('p'), { textContent: failed });
    note.dataset.fout = '';
    slot.prepend(note);
    delete slot.dataset.state;
  }
}

/** The advice of an answer page ([data-advies-blok]) into a question on the phase page. */
export const loadAdvice = (slot: HTMLElement, url: string, prefix: string) =>
  loadBlock(slot, url, '[data-advies-blok]', prefix, t.adviceNotLoaded);
