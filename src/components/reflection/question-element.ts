import { isLetter, withAnswer } from '~/lib/answers';
import { load, save, watch } from './store';

/**
 * <reflectie-vraag data-vraag="start/vraag-1" data-melding-a="…" …>: one question of a phase
 * page. Hides the A/B links, shows the A/B toggle buttons (aria-pressed), and the advice and
 * status line of the stored answer. Pressing the chosen answer again takes it back.
 */
class ReflectionQuestion extends HTMLElement {
  #stop?: () => void;

  connectedCallback() {
    const id = this.dataset.vraag ?? '';
    const buttons = this.querySelectorAll<HTMLButtonElement>('button[data-letter]');
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const { answers } = load();
        const letter = button.dataset.letter;
        if (!isLetter(letter)) return;
        const next = answers[id] === letter ? null : letter;
        save(withAnswer(answers, id, next), {
          message: next ? this.dataset[`melding${next}`] : this.dataset.meldingGewist,
        });
      });
    }
    this.querySelector<HTMLElement>('[data-links]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-knoppen]')!.hidden = false;
    this.#stop = watch(() => {
      const chosen = load().answers[id];
      for (const button of buttons)
        button.setAttribute('aria-pressed', String(button.dataset.letter === chosen));
      for (const shown of this.querySelectorAll<HTMLElement>('.advice, [data-status]')) {
        shown.hidden = (shown.dataset.letter ?? shown.dataset.status) !== chosen;
      }
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('reflectie-vraag', ReflectionQuestion);
