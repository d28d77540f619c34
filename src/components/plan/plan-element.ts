import { decodeShare } from '~/lib/share-link';
import { derivePlan } from '~/lib/plan';
import type { Answers } from '~/lib/answers';
import { planElementUi as t } from '~/i18n/nl';
import { showOpen } from '../reflection/open-questions';
import { idsOf, load, watch } from '../reflection/store';
import { fill } from '../reflection/text';

/**
 * <mijn-plan>: shows, of the plan rendered in PlanView.astro, the parts that match the answers:
 * the reader's own (kept up to date when they change in another tab) or, read-only, those of a
 * share link in the address. The name and the date are for the printed plan.
 */
class PlanElement extends HTMLElement {
  connectedCallback() {
    const ids = idsOf(this);
    const el = <T extends HTMLElement = HTMLElement>(selector: string) => this.querySelector<T>(selector)!;
    el('[data-zonder-js]').hidden = true;
    el('[data-datum]').textContent = fill(t.madeOn, {
      datum: new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
    });
    const nameLine = el('[data-plan-van]');
    const showName = (name: string) => {
      nameLine.textContent = name ? fill(t.planOf, { naam: name }) : '';
      nameLine.hidden = !name;
    };

    const fragment = location.hash.slice(1);
    const shared = /reflectie=/.test(fragment) ? decodeShare(fragment, ids) : null;
    if (shared?.ok) {
      el('[data-gedeeld]').hidden = false;
      el('[data-gedeeld-tekst]').textContent = shared.name
        ? fill(t.sharedBy, { naam: shared.name })
        : t.sharedByNobody;
      showName(shared.name);
      this.render(shared.answers);
      return;
    }
    if (shared) el('[data-fout]').textContent = t.linkUnreadable;
    el('[data-bediening]').hidden = false;
    const name = el<HTMLInputElement>('[data-naam]');
    name.addEventListener('input', () => showName(name.value.trim()));
    el('[data-afdrukken]').addEventListener('click', () => window.print());
    watch(() => this.render(load().answers));
  }

  render(answers: Answers) {
    const questions = [...this.querySelectorAll<HTMLElement>('[data-plan-vraag]')].map((q) => ({
      id: q.dataset.planVraag!,
      phase: q.closest<HTMLElement>('[data-plan-fase]')!.dataset.planFase!,
    }));
    const plan = derivePlan(answers, questions);
    const chosen = new Map(plan.phases.flatMap((p) => p.steps.map((s) => [s.id, s.letter] as const)));
    for (const section of this.querySelectorAll<HTMLElement>('[data-plan-fase]'))
      section.hidden = !plan.phases.some((p) => p.phase === section.dataset.planFase);
    for (const item of this.querySelectorAll<HTMLElement>('[data-plan-vraag]')) {
      const letter = chosen.get(item.dataset.planVraag!);
      item.hidden = !letter;
      for (const part of item.querySelectorAll<HTMLElement>(':scope > [data-letter]'))
        part.hidden = part.dataset.letter !== letter;
    }
    const open = new Set(plan.open);
    showOpen(this, (id) => open.has(id));
    this.querySelector<HTMLElement>('[data-niets]')!.hidden = plan.phases.length > 0;
  }
}

if (!customElements.get('mijn-plan')) customElements.define('mijn-plan', PlanElement);
