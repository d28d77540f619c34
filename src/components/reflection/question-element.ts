import { isLetter, withAnswer } from '~/lib/answers';
import { answerUi as t } from '~/i18n/nl';
import { loadAdvice } from './advice-loader';
import { load, save, watch } from './store';
import { fill, setText } from './text';

/**
 * <reflectie-vraag data-vraag="start/vraag-1">: one question of a phase page. Hides the A/B
 * links, shows the A/B toggle buttons (aria-pressed), and the advice and status line of the
 * stored answer; the advice comes from the answer's page (advice-loader.ts), the first time. Pressing the chosen answer again takes it back. Announcements name the
 * question as its heading does ("Vraag 1"). When the browser does not keep answers, the
 * announcement and the status line say so, and why.
 */
class ReflectionQuestion extends HTMLElement {
  #stop?: () => void;

  connectedCallback() {
    const id = this.dataset.vraag ?? '';
    const name = this.querySelector('h2')?.textContent ?? '';
    const buttons = this.querySelectorAll<HTMLButtonElement>('button[data-letter]');
    for (const button of buttons) {
      button.addEventListener('click', () => {
        const { answers } = load();
        const letter = button.dataset.letter;
        if (!isLetter(letter)) return;
        const next = answers[id] === letter ? null : letter;
        save(withAnswer(answers, id, next), {
          message: next ? t.announceChosen(name, next) : t.announceCleared(name),
          unsaved: (problem) =>
            fill(next ? t.announceNotKept(name, next) : t.announceClearedNotKept(name), {
              reden: t.notKeptReason[problem],
            }),
        });
      });
    }
    this.querySelector<HTMLElement>('[data-links]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-knoppen]')!.hidden = false;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    this.#stop = watch(() => {
      const { answers, problem } = load();
      const chosen = answers[id];
      for (const button of buttons)
        button.setAttribute('aria-pressed', String(button.dataset.letter === chosen));
      for (const part of this.querySelectorAll<HTMLElement>('.advice')) {
        const letter = part.dataset.letter;
        part.hidden = letter !== chosen;
        if (!part.hidden)
          void loadAdvice(
            part.querySelector<HTMLElement>('[data-inhoud]')!,
            this.querySelector<HTMLAnchorElement>(`a.choice[data-letter="${letter}"]`)!.href,
            this.closest('article')?.id ?? id,
          );
      }
      status.hidden = !chosen;
      if (!chosen) return;
      const refused = problem === 'vol' || problem === 'geen';
      setText(
        status,
        refused
          ? fill(t.yourAnswerNotKept(chosen), { reden: t.notKeptReason[problem] })
          : t.yourAnswer(chosen),
      );
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('reflectie-vraag', ReflectionQuestion);
