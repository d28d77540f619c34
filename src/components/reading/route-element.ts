import { countAnswered } from '~/lib/answers';
import { answerUi as t } from '~/i18n/nl';
import { idsOf, load, watch } from '../reflection/store';
import { fill } from '../reflection/text';

/**
 * <fase-route>: fills in each phase's "n van m beantwoord" from the answers on this device,
 * and again after every change (in this tab or another).
 */
class PhaseRoute extends HTMLElement {
  #stop?: () => void;

  connectedCallback() {
    const counts = [...this.querySelectorAll<HTMLElement>('[data-vragen]')];
    this.#stop = watch(() => {
      const { answers } = load();
      for (const count of counts) {
        const ids = idsOf(count);
        count.textContent = fill(t.routeCount(ids.length), { n: countAnswered(answers, ids) });
      }
    });
  }

  disconnectedCallback() {
    this.#stop?.();
  }
}

customElements.define('fase-route', PhaseRoute);
