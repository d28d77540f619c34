import { countAnswered, currentAnswers, type Answers } from '~/lib/answers';
import { decodeShare, encodeShare, type ShareResult } from '~/lib/share-link';
import type { reflectionUi } from '~/i18n/nl';
import { ask } from './confirm';
import { setUpReset } from './reset';
import { idsOf, load, save, showProblem, watch } from './store';
import { fill, textsOf } from './text';

type Texts = Pick<
  typeof reflectionUi,
  | 'sharedBy'
  | 'sharedByNobody'
  | 'linkUnreadable'
  | 'shareProblems'
  | 'progress'
  | 'adoptConfirm'
  | 'adoptYes'
  | 'adopted'
  | 'copied'
  | 'copyFailed'
>;

/**
 * <reflectie-overzicht data-vragen="…" data-team="/team/" data-teksten="{…}">: Mijn reflectie.
 * Shows the stored answers, or, when the address carries a share link, those answers
 * read-only with the choice to adopt them. Keeps the share link of the reader's own answers
 * up to date.
 */
class ReflectionOverview extends HTMLElement {
  #stop?: () => void;
  #ids: string[] = [];
  #text = {} as Texts;

  connectedCallback() {
    this.#ids = idsOf(this);
    this.#text = textsOf<Texts>(this);
    this.el('[data-zonder-js]').hidden = true;
    setUpReset(this);
    this.el('[data-overnemen]').addEventListener('click', () => this.adopt());
    this.el('[data-deel-naam]').addEventListener('input', () => this.render());
    this.el('[data-kopieer]').addEventListener('click', () => this.copy());
    window.addEventListener('hashchange', this.onHash);
    this.#stop = watch(({ message }) => this.render(message));
  }

  disconnectedCallback() {
    this.#stop?.();
    window.removeEventListener('hashchange', this.onHash);
  }

  onHash = () => this.render();

  el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  /** The answers in the address, if it holds (what looks like) a share link. */
  shared(): ShareResult | null {
    const fragment = location.hash.slice(1);
    return /reflectie|naam=/.test(fragment) ? decodeShare(fragment, this.#ids) : null;
  }

  render(message?: string) {
    const ids = this.#ids;
    const text = this.#text;
    const shared = this.shared();
    const own = load();
    const viewingShared = shared?.ok === true;
    const answers: Answers = shared?.ok ? shared.answers : own.answers;

    this.el('[data-fout]').textContent =
      shared && !shared.ok
        ? fill(text.linkUnreadable, {
            probleem: fill(text.shareProblems[shared.problem], {
              found: shared.found ?? '',
              expected: shared.expected ?? '',
            }),
          })
        : '';
    this.el('[data-gedeeld]').hidden = !viewingShared;
    if (shared?.ok) {
      this.el('[data-gedeeld-tekst]').textContent = shared.name
        ? fill(text.sharedBy, { naam: shared.name })
        : text.sharedByNobody;
      this.el<HTMLAnchorElement>('[data-naar-team]').href = `${this.dataset.team}${location.hash}`;
    }
    showProblem(this, viewingShared ? undefined : own.problem);

    const answered = countAnswered(answers, ids);
    const total = this.el('[data-voortgang]');
    total.hidden = false;
    total.textContent = fill(text.progress, { n: answered, totaal: ids.length });
    this.el('[data-niets]').hidden = answered > 0;
    for (const item of this.querySelectorAll<HTMLElement>('.reflectie-antwoorden > li')) {
      const letter = answers[item.dataset.vraag ?? ''];
      item.hidden = !letter;
      for (const advice of item.querySelectorAll<HTMLElement>(':scope > [data-letter]'))
        advice.hidden = advice.dataset.letter !== letter;
    }
    for (const phase of this.querySelectorAll<HTMLElement>('[data-fase]'))
      phase.hidden = !phase.querySelector('li:not([hidden])');
    for (const item of this.querySelectorAll<HTMLElement>('[data-open] li'))
      item.hidden = Boolean(answers[item.dataset.vraag ?? '']);
    this.el('[data-open]').hidden = answered === ids.length;

    this.el('[data-delen]').hidden = viewingShared;
    this.el('[data-eigen]').hidden = viewingShared;
    const name = this.el<HTMLInputElement>('[data-deel-naam]').value;
    const fragment = encodeShare(currentAnswers(own.answers, ids), ids, name);
    this.el<HTMLInputElement>('[data-deel-link]').value = `${location.href.split('#')[0]}#${fragment}`;
    this.el<HTMLAnchorElement>('[data-deel-team]').href = `${this.dataset.team}#${fragment}`;
    if (message) this.el('[data-meldingen]').textContent = message;
  }

  /** Makes the shared answers the reader's own, after asking when that replaces answers. */
  async adopt() {
    const shared = this.shared();
    if (!shared?.ok) return;
    const ids = this.#ids;
    const own = countAnswered(load().answers, ids);
    const question = fill(this.#text.adoptConfirm, {
      eigen: own,
      gedeeld: countAnswered(shared.answers, ids),
      totaal: ids.length,
    });
    if (own > 0 && !(await ask(this.el<HTMLDialogElement>('dialog'), question, this.#text.adoptYes))) return;
    history.replaceState(null, '', location.pathname + location.search);
    save(shared.answers, { message: this.#text.adopted });
    this.el('[data-voortgang]').focus();
  }

  async copy() {
    const link = this.el<HTMLInputElement>('[data-deel-link]');
    const status = this.el('[data-kopie-status]');
    try {
      await navigator.clipboard.writeText(link.value);
      status.textContent = this.#text.copied;
    } catch {
      link.select();
      status.textContent = this.#text.copyFailed;
    }
  }
}

customElements.define('reflectie-overzicht', ReflectionOverview);
