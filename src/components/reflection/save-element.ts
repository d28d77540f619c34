import { isLetter, withAnswer } from '~/lib/answers';
import { load, save, watch } from './store';

/** <reflectie-bewaar data-vraag="start/vraag-1" data-letter="A">: keeps this page's answer as the reader's. */
class SaveAnswer extends HTMLElement {
  #stop?: () => void;

  connectedCallback() {
    const id = this.dataset.vraag ?? '';
    const letter = this.dataset.letter;
    if (!isLetter(letter)) return;
    const button = this.querySelector('button')!;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    button.addEventListener('click', () => {
      const { answers } = load();
      save(withAnswer(answers, id, answers[id] === letter ? null : letter));
    });
    this.hidden = false;
    this.#stop = watch(() => {
      const stored = load().answers[id];
      button.setAttribute('aria-pressed', String(stored === letter));
      status.textContent =
        (stored === letter ? status.dataset.bewaard : stored ? status.dataset.ander : '') ?? '';
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('reflectie-bewaar', SaveAnswer);
