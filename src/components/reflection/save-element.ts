import { isLetter, withAnswer } from '~/lib/answers';
import { answerUi as t } from '~/i18n/nl';
import { load, save, watch } from './store';
import { fill, setText } from './text';

/**
 * <reflectie-bewaar data-vraag="start/vraag-1" data-letter="A">: keeps this page's answer as the
 * reader's. The status line says whether it was kept on this device, and why not.
 */
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
    this.#stop = watch(() => {
      const { answers, problem } = load();
      const stored = answers[id];
      button.setAttribute('aria-pressed', String(stored === letter));
      const refused = problem === 'vol' || problem === 'geen';
      const said =
        stored === letter
          ? refused
            ? fill(t.savedThisNotKept(letter), { reden: t.notKeptReason[problem] })
            : t.savedThis(letter)
          : stored
            ? t.savedOther(stored)
            : '';
      setText(status, said);
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('reflectie-bewaar', SaveAnswer);
