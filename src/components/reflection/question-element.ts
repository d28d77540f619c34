import { isLetter, withAnswer } from '~/lib/answers';
import type { WriteProblem } from '~/lib/answer-storage';
import { load, save, watch } from './store';
import { fill, setText, textsOf } from './text';

/** The sentences for an answer the browser did not keep (QuestionBlock.astro writes them). */
interface Texts {
  A: string;
  B: string;
  gewist: string;
  statusA: string;
  statusB: string;
  reasons: Record<WriteProblem, string>;
}

/**
 * <reflectie-vraag data-vraag="start/vraag-1" data-melding-a="…" …>: one question of a phase
 * page. Hides the A/B links, shows the A/B toggle buttons (aria-pressed), and the advice and
 * status line of the stored answer. Pressing the chosen answer again takes it back. When the
 * browser does not keep answers, the announcement and the status line say so, and why.
 */
class ReflectionQuestion extends HTMLElement {
  #stop?: () => void;

  connectedCallback() {
    const id = this.dataset.vraag ?? '';
    const text = textsOf<Texts>(this);
    const buttons = this.querySelectorAll<HTMLButtonElement>('button[data-letter]');
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const { answers } = load();
        const letter = button.dataset.letter;
        if (!isLetter(letter)) return;
        const next = answers[id] === letter ? null : letter;
        save(withAnswer(answers, id, next), {
          message: next ? this.dataset[`melding${next}`] : this.dataset.meldingGewist,
          unsaved: (problem) => fill(text[next ?? 'gewist'], { reden: text.reasons[problem] }),
        });
      });
    }
    this.querySelector<HTMLElement>('[data-links]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-knoppen]')!.hidden = false;
    const statuses = [...this.querySelectorAll<HTMLElement>('[data-status]')];
    const kept = new Map(statuses.map((status) => [status, status.textContent ?? '']));
    this.#stop = watch(() => {
      const { answers, problem } = load();
      const chosen = answers[id];
      const reason = problem === 'vol' || problem === 'geen' ? text.reasons[problem] : '';
      for (const button of buttons)
        button.setAttribute('aria-pressed', String(button.dataset.letter === chosen));
      for (const shown of this.querySelectorAll<HTMLElement>('.advice'))
        shown.hidden = shown.dataset.letter !== chosen;
      for (const status of statuses) {
        const letter = status.dataset.status;
        status.hidden = letter !== chosen;
        if (!isLetter(letter)) continue;
        setText(status, reason ? fill(text[`status${letter}`], { reden: reason }) : kept.get(status)!);
      }
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('reflectie-vraag', ReflectionQuestion);
