import { decodeShare, isShareFragment, type ShareResult } from '~/lib/share-link';
import {
  answerIdOf,
  countDone,
  derivePlan,
  nextStep,
  pickPassages,
  stepKey,
  type Plan,
  type PlanData,
} from '~/lib/plan';
import type { Answers } from '~/lib/answers';
import { planElementUi as t, shareProblems } from '~/i18n/nl';
import { showOpen } from '../reflection/open-questions';
import { idsOf, load, loadTicks, saveTicks, watch } from '../reflection/store';
import { fill, setText } from '../reflection/text';

/** An element with these attributes and children (text is set as text, never parsed). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
/** An element holding trusted HTML of our own build (the data file). */
const html = (tag: string, markup: string, attrs: Record<string, string> = {}) =>
  Object.assign(h(tag, attrs), { innerHTML: markup });
const idOf = (key: string) => `stap-${key.replace(/[^\w-]+/g, '-')}`;

/**
 * <mijn-plan data-vragen="…" data-stappen="…/stappen.json">: Mijn plan. Shows the steps of the
 * reader's own answers, ticked as kept on this device, or, read-only, those of a share link in
 * the address (with its ticks). A share link pasted into the address is shown at once; Back to
 * the page's own address shows the reader's own plan again.
 */
class PlanElement extends HTMLElement {
  #ids: string[] = [];
  #data: Promise<PlanData> | undefined;
  #shared: ShareResult | null = null;
  #sharedFragment = '';
  #done = new Set<string>();
  /** The step keys per phase of the plan on screen, for the counts and "Volgende stap". */
  #phases: { phase: string; title: string; keys: string[] }[] = [];
  /** Bumped per render, so an older render that awaited the data does not overwrite a newer one. */
  #turn = 0;

  connectedCallback() {
    this.#ids = idsOf(this);
    this.el('[data-zonder-js]').hidden = true;
    this.el('[data-datum]').textContent = fill(t.madeOn, {
      datum: new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
    });
    const name = this.el<HTMLInputElement>('[data-naam]');
    name.addEventListener('input', () => this.showName(name.value.trim()));
    this.el('[data-afdrukken]').addEventListener('click', () => window.print());
    this.addEventListener('change', this.onTick);
    this.readAddress();
    window.addEventListener('hashchange', this.onHash);
    watch(() => void this.render());
  }

  el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  showName(name: string) {
    const line = this.el('[data-plan-van]');
    line.textContent = name ? fill(t.planOf, { naam: name }) : '';
    line.hidden = !name;
  }

  readAddress() {
    const fragment = location.hash.slice(1);
    this.#sharedFragment = isShareFragment(fragment) ? fragment : '';
    this.#shared = this.#sharedFragment ? decodeShare(fragment, this.#ids) : null;
  }

  /**
   * A share link put into the address is shown; the page's own address (Back from a shared
   * view) shows the reader's own plan; a jump within the page (the skip link) keeps the shared
   * view and its link in the address.
   */
  onHash = () => {
    const fragment = location.hash.slice(1);
    if (isShareFragment(fragment) || (!fragment && this.#sharedFragment)) {
      this.readAddress();
      void this.render();
    } else if (fragment && this.#sharedFragment) {
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${location.search}#${this.#sharedFragment}`,
      );
    }
  };

  async render() {
    const turn = ++this.#turn;
    const shared = this.#shared?.ok ? this.#shared : null;
    const answers: Answers = shared ? shared.answers : load().answers;
    this.#done = new Set(shared ? shared.done : loadTicks());

    const problem = this.#shared && !this.#shared.ok ? this.#shared.problem : undefined;
    setText(
      this.el('[data-fout]'),
      problem ? `${t.linkUnreadable} (${fill(shareProblems[problem], { found: '', expected: '' })})` : '',
    );
    this.el('[data-gedeeld]').hidden = !shared;
    if (shared) {
      setText(
        this.el('[data-gedeeld-tekst]'),
        `${shared.name ? fill(t.sharedBy, { naam: shared.name }) : t.sharedByNobody}${shared.doneUnreadable ? ` ${t.ticksUnreadable}` : ''}`,
      );
      this.el<HTMLInputElement>('[data-naam]').value = shared.name;
    }
    this.showName(this.el<HTMLInputElement>('[data-naam]').value.trim());

    const ids = this.#ids;
    const answered = ids.some((id) => answers[id]);
    const target = this.el('[data-plan]');
    if (!answered) {
      target.replaceChildren();
      this.el('[data-niets]').hidden = false;
      showOpen(this, () => true);
      return;
    }
    let data: PlanData;
    try {
      data = await (this.#data ??= fetch(this.dataset.stappen!).then((r) => {
        if (!r.ok) throw new Error(String(r.status));
        return r.json() as Promise<PlanData>;
      }));
    } catch {
      this.#data = undefined;
      setText(this.el('[data-fout]'), t.loadFailed);
      return;
    }
    if (turn !== this.#turn) return;
    const questions = data.phases.flatMap((p) => p.questions.map((id) => ({ id, phase: p.id })));
    const plan = derivePlan(answers, questions);
    this.el('[data-niets]').hidden = true;
    target.replaceChildren(...this.build(plan, data, Boolean(shared)));
    const open = new Set(plan.open);
    showOpen(this, (id) => open.has(id));
    this.update();
  }

  /** The plan's parts: "Volgende stap", then per phase its questions with their steps. */
  build(plan: Plan, data: PlanData, readOnly: boolean): HTMLElement[] {
    const picked = pickPassages(
      plan.phases.flatMap((p) => p.steps.map((s) => s.id)),
      (id) => (data.questions[id]?.passages ?? []).map((p) => p.id),
    );
    this.#phases = [];
    const next = h('section', { class: 'plan-volgende', 'aria-labelledby': 'plan-volgende' });
    const parts: HTMLElement[] = [next];
    for (const { phase, steps } of plan.phases) {
      const title = data.phases.find((p) => p.id === phase)!.title;
      const keys: string[] = [];
      const section = h(
        'section',
        { 'data-plan-fase': phase, 'aria-labelledby': `plan-${phase}` },
        h('h2', { id: `plan-${phase}` }, title),
        h('p', { class: 'plan-telling', 'data-telling': phase }),
      );
      for (const { id, letter } of steps) {
        const answerId = answerIdOf(id, letter);
        const answer = data.answers[answerId]!;
        const anchor = `plan-${id.replace('/', '-')}`;
        const article = h(
          'article',
          { class: 'plan-part', 'data-plan-vraag': id, 'data-letter': letter, 'aria-labelledby': anchor },
          h('h3', { id: anchor }, data.questions[id]!.title),
          h('p', { class: 'answer-label', 'data-letter': letter }, answer.label),
          h('p', { class: 'lead' }, answer.lead),
        );
        let n = 0;
        for (const group of answer.groups) {
          const list = h('ul', { class: 'plan-stappen' });
          for (const step of group.steps) {
            const key = stepKey(answerId, n++);
            keys.push(key);
            const box = h('input', { type: 'checkbox', 'data-stap': key, 'aria-describedby': idOf(key) });
            if (readOnly) box.setAttribute('disabled', '');
            list.append(
              h(
                'li',
                { class: 'plan-stap' },
                h(
                  'label',
                  { class: 'plan-gedaan' },
                  box,
                  h('span', { class: 'plan-vakje', 'aria-hidden': 'true' }),
                  t.done,
                ),
                html('div', step, { class: 'plan-stap-tekst', id: idOf(key) }),
              ),
            );
          }
          article.append(h('h4', {}, group.title), list);
        }
        const passages = picked.get(id) ?? [];
        if (passages.length)
          article.append(
            h('h4', {}, data.passagesTitle),
            html(
              'ul',
              data.questions[id]!.passages.flatMap((p) => (passages.includes(p.id) ? [p.html] : [])).join(''),
              { class: 'passages' },
            ),
          );
        article.append(h('p', { class: 'no-print' }, h('a', { href: answer.href }, answer.link)));
        section.append(article);
      }
      this.#phases.push({ phase, title, keys });
      parts.push(section);
    }
    return parts;
  }

  /** Boxes, counts per phase and "Volgende stap" after the ticks. */
  update() {
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-stap]'))
      box.checked = this.#done.has(box.dataset.stap!);
    for (const { phase, keys } of this.#phases) {
      const { done, total } = countDone(keys, this.#done);
      setText(this.el(`[data-telling="${phase}"]`), fill(t.doneCount, { n: done, totaal: total }));
    }
    const next = nextStep(this.#phases, this.#done);
    const block = this.el('.plan-volgende');
    const heading = h('h2', { id: 'plan-volgende' }, t.nextTitle);
    if (!next) {
      block.replaceChildren(heading, h('p', {}, t.allDone));
      return;
    }
    const phase = this.#phases.find((p) => p.phase === next.phase)!;
    const text = this.querySelector(`#${idOf(next.key)}`)?.textContent?.trim() ?? '';
    block.replaceChildren(
      heading,
      h(
        'p',
        {},
        h('strong', {}, fill(t.nextIn, { fase: phase.title })),
        ' ',
        h('a', { href: `#${idOf(next.key)}` }, text),
      ),
    );
  }

  onTick = (event: Event) => {
    const box = event.target as HTMLInputElement;
    const key = box.dataset.stap;
    if (!key || this.#shared?.ok) return;
    const ticks = loadTicks();
    if (box.checked) ticks.add(key);
    else ticks.delete(key);
    this.#done = ticks;
    if (!saveTicks(ticks)) setText(this.el('[data-fout]'), t.notKept);
    this.update();
  };
}

if (!customElements.get('mijn-plan')) customElements.define('mijn-plan', PlanElement);
