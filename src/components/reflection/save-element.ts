import { isLetter, withAnswer } from '~/lib/answers';
import type { WriteProblem } from '~/lib/answer-storage';
import { load, save, watch } from './store';
import { fill, setText, textsOf } from './text';

interface Texts {
  notKept: string;
  reasons: Record<WriteProblem, string>;
}

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
    const text = textsOf<Texts>(this);
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
            ? fill(text.notKept, { reden: text.reasons[problem] })
            : status.dataset.bewaard
          : stored
            ? status.dataset.ander
            : '';
      setText(status, said ?? '');
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('reflectie-bewaar', SaveAnswer);
