import { adoptionOf, countAnswered, currentAnswers, type Answers } from '~/lib/answers';
import { decodeShare, encodeShare, isShareFragment, type ShareResult } from '~/lib/share-link';
import { answerUi, overviewUi as t, shareProblems } from '~/i18n/nl';
import { ask } from './confirm';
import { showOpen } from './open-questions';
import { setUpReset } from './reset';
import { idsOf, load, loadTicks, save, showProblem, watch } from './store';
import { fill, setText } from './text';

/**
 * <reflectie-overzicht data-vragen="…" data-team="/team/">: Mijn reflectie.
 * Shows the stored answers, or, when the address carries a share link, those answers
 * read-only with the choice to adopt them. Keeps the share link of the reader's own answers
 * up to date.
 */
class ReflectionOverview extends HTMLElement {
  #stop?: () => void;
  #ids: string[] = [];
  /** The share link this page shows, and its fragment: kept while the address jumps within the page. */
  #shared: ShareResult | null = null;
  #sharedFragment = '';

  connectedCallback() {
    this.#ids = idsOf(this);
    this.el('[data-zonder-js]').hidden = true;
    setUpReset(this);
    this.el('[data-overnemen]').addEventListener('click', () => this.adopt());
    this.el('[data-deel-naam]').addEventListener('input', () => this.render());
    this.el('[data-kopieer]').addEventListener('click', () => this.copy());
    this.readAddress();
    window.addEventListener('hashchange', this.onHash);
    this.#stop = watch(({ message }) => this.render(message));
  }

  disconnectedCallback() {
    this.#stop?.();
    window.removeEventListener('hashchange', this.onHash);
  }

  /** The answers in the address, if it holds (what is meant as) a share link. */
  readAddress() {
    const fragment = location.hash.slice(1);
    this.#sharedFragment = isShareFragment(fragment) ? fragment : '';
    this.#shared = this.#sharedFragment ? decodeShare(fragment, this.#ids) : null;
  }

  /**
   * A share link pasted into the address bar is read, and the page's own address (Back from a
   * shared view) shows the reader's own answers again. A jump within the page (the skip link's
   * "#inhoud") is no share link: the shared view stays, and its link goes back into the address.
   */
  onHash = () => {
    const fragment = location.hash.slice(1);
    if (isShareFragment(fragment) || !fragment || !this.#sharedFragment) {
      this.readAddress();
      this.render();
    } else {
      history.replaceState(
        history.state,
        '',
        `${location.pathname}${location.search}#${this.#sharedFragment}`,
      );
    }
  };

  el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  render(message?: string) {
    const ids = this.#ids;
    const shared = this.#shared;
    const own = load();
    const viewingShared = shared?.ok === true;
    const answers: Answers = shared?.ok ? shared.answers : own.answers;

    setText(
      this.el('[data-fout]'),
      shared && !shared.ok
        ? fill(t.linkUnreadable, {
            probleem: fill(shareProblems[shared.problem], {
              found: shared.found ?? '',
              expected: shared.expected ?? '',
            }),
          })
        : '',
    );
    this.el('[data-gedeeld]').hidden = !viewingShared;
    if (shared?.ok) {
      this.el('[data-gedeeld-tekst]').textContent = shared.name
        ? fill(t.sharedBy, { naam: shared.name })
        : t.sharedByNobody;
      this.el<HTMLAnchorElement>('[data-naar-team]').href = `${this.dataset.team}#${this.#sharedFragment}`;
    }
    showProblem(this, viewingShared ? undefined : own.problem);

    const answered = countAnswered(answers, ids);
    const total = this.el('[data-voortgang]');
    total.hidden = false;
    total.textContent = fill(t.progress, { n: answered, totaal: ids.length });
    this.el('[data-niets]').hidden = answered > 0;
    for (const item of this.querySelectorAll<HTMLElement>('.reflectie-antwoorden > li')) {
      const letter = answers[item.dataset.vraag ?? ''];
      item.hidden = !letter;
      for (const advice of item.querySelectorAll<HTMLElement>(':scope > [data-letter]'))
        advice.hidden = advice.dataset.letter !== letter;
    }
    for (const phase of this.querySelectorAll<HTMLElement>('[data-fase]'))
      phase.hidden = !phase.querySelector('li:not([hidden])');
    showOpen(this, (id) => !answers[id]);

    this.el('[data-delen]').hidden = viewingShared;
    this.el('[data-eigen]').hidden = viewingShared;
    const name = this.el<HTMLInputElement>('[data-deel-naam]').value;
    const answersNow = currentAnswers(own.answers, ids);
    // The link carries the ticked steps of Mijn plan too; a team compares answers only.
    const fragment = encodeShare(answersNow, ids, name, loadTicks());
    this.el<HTMLInputElement>('[data-deel-link]').value = `${location.href.split('#')[0]}#${fragment}`;
    this.el<HTMLAnchorElement>('[data-deel-team]').href =
      `${this.dataset.team}#${encodeShare(answersNow, ids, name)}`;
    if (message) setText(this.el('[data-meldingen]'), message);
  }

  /**
   * Makes the shared answers the reader's own, after asking whenever answers are stored, those
   * kept for questions the handbook no longer has included (they stay, see adoptionOf).
   */
  async adopt() {
    const shared = this.#shared;
    if (!shared?.ok) return;
    const ids = this.#ids;
    const { current, removed, next } = adoptionOf(load().answers, shared.answers, ids);
    const question = fill(removed ? t.adoptConfirmRemoved : t.adoptConfirm, {
      eigen: current + removed,
      nu: current,
      oud: removed,
      gedeeld: countAnswered(shared.answers, ids),
      totaal: ids.length,
    });
    if (current + removed > 0 && !(await ask(this.el<HTMLDialogElement>('dialog'), question, t.adoptYes)))
      return;
    history.replaceState(history.state, '', location.pathname + location.search);
    this.readAddress();
    save(next, {
      message: t.adopted,
      unsaved: (problem) => fill(t.adoptedNotKept, { reden: answerUi.notKeptReason[problem] }),
    });
    this.el('[data-voortgang]').focus();
  }

  async copy() {
    const link = this.el<HTMLInputElement>('[data-deel-link]');
    const status = this.el('[data-kopie-status]');
    try {
      await navigator.clipboard.writeText(link.value);
      status.textContent = t.copied;
    } catch {
      link.select();
      status.textContent = t.copyFailed;
    }
  }
}

customElements.define('reflectie-overzicht', ReflectionOverview);
