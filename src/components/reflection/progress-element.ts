import { countAnswered } from '~/lib/answers';
import { answerUi as t } from '~/i18n/nl';
import { setUpReset } from './reset';
import { idsOf, load, showProblem, watch } from './store';
import { fill } from './text';

/**
 * <reflectie-voortgang data-vragen="…" data-fase-vragen="…">: "In deze fase 1 van 3. In totaal
 * 5 van 12 vragen beantwoord.", a note when stored data could not be read, the reset button,
 * and the page's live region, which speaks the message each change carries.
 */
class ReflectionProgress extends HTMLElement {
  #stop?: () => void;

  connectedCallback() {
    const all = idsOf(this);
    const phase = (this.dataset.faseVragen ?? '').split(' ').filter(Boolean);
    const text = this.querySelector<HTMLElement>('[data-tekst]')!;
    const live = this.querySelector<HTMLElement>('[data-meldingen]')!;
    const total = t.progressAll(all.length);
    setUpReset(this);
    this.hidden = false;
    this.#stop = watch(({ message }) => {
      const { answers, problem } = load();
      const n = countAnswered(answers, all);
      text.textContent = fill(`${t.progressPhase(phase.length)} ${total}`, {
        fase: countAnswered(answers, phase),
        n,
      });
      showProblem(this, problem);
      if (message) live.textContent = `${message} ${fill(total, { n })}`;
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('reflectie-voortgang', ReflectionProgress);
