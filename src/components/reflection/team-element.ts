import { countAnswered, currentAnswers } from '~/lib/answers';
import { decodeShare, encodeShare, joinTeamFragment, splitTeamFragment } from '~/lib/share-link';
import { compareTeam, type Member } from '~/lib/team';
import type { reflectionUi } from '~/i18n/nl';
import { idsOf, load } from './store';
import { fill, textsOf } from './text';

type Texts = Pick<
  typeof reflectionUi,
  | 'member'
  | 'removeMember'
  | 'mine'
  | 'teamNoLinks'
  | 'teamRowProblems'
  | 'teamSummary'
  | 'memberAnswered'
  | 'shareProblems'
>;

/**
 * <reflectie-team data-vragen="…" data-reflectie="/mijn-reflectie/">: the team comparison.
 * Members come from the rows the reader fills in, or from the address (/team/#naam=…&reflectie=…,
 * several after each other), which is rewritten after each comparison so it can be kept.
 */
class TeamComparison extends HTMLElement {
  /** The members last compared, for the agenda (src/components/team/agenda-element.ts). */
  members: Member[] = [];
  #ids: string[] = [];
  #rows = 0;
  #text = {} as Texts;

  connectedCallback() {
    this.#ids = idsOf(this);
    this.#text = textsOf<Texts>(this);
    const t = this.#text;
    this.el('[data-zonder-js]').hidden = true;
    const form = this.el<HTMLFormElement>('[data-formulier]');
    form.hidden = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.compare(true);
    });
    this.el('[data-erbij]').addEventListener('click', () => this.addRow().querySelector('input')!.focus());
    this.el('[data-mijn]').addEventListener('click', () => {
      const link = `${new URL(this.dataset.reflectie ?? '', location.href)}#${encodeShare(currentAnswers(load().answers, this.#ids), this.#ids)}`;
      const empty = this.rows().find(
        (row) => !this.input(row, 'naam').value && !this.input(row, 'link').value,
      );
      const row = empty ?? this.addRow();
      this.input(row, 'naam').value = t.mine;
      this.input(row, 'link').value = link;
      this.input(row, 'naam').focus();
    });
    const fromAddress = splitTeamFragment(location.hash);
    for (const fragment of fromAddress) {
      const row = this.addRow();
      const read = decodeShare(fragment, this.#ids);
      this.input(row, 'naam').value = read.ok ? read.name : '';
      this.input(row, 'link').value = `${new URL(this.dataset.reflectie ?? '', location.href)}#${fragment}`;
    }
    while (this.rows().length < 2) this.addRow();
    if (fromAddress.length) this.compare(false);
  }

  el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  rows = () => [...this.querySelectorAll<HTMLFieldSetElement>('[data-leden] fieldset')];
  input = (row: HTMLElement, name: 'naam' | 'link') => row.querySelector<HTMLInputElement>(`[data-${name}]`)!;

  addRow(): HTMLFieldSetElement {
    const template = this.el<HTMLTemplateElement>('[data-sjabloon]');
    const row = (template.content.cloneNode(true) as DocumentFragment).querySelector('fieldset')!;
    const key = `lid-${++this.#rows}`;
    for (const label of row.querySelectorAll<HTMLLabelElement>('label')) {
      label.htmlFor = `${key}-${label.dataset.voor}`;
      row.querySelector(`[data-${label.dataset.voor}]`)!.id = label.htmlFor;
    }
    row.querySelector('[data-fout]')!.id = `${key}-fout`;
    row.querySelector('[data-verwijder]')!.addEventListener('click', () => {
      row.remove();
      this.numberRows();
      this.el('[data-erbij]').focus();
    });
    this.el('[data-leden]').append(row);
    this.numberRows();
    return row;
  }

  /** Legends follow the order on screen; a single row cannot be removed. */
  numberRows() {
    const rows = this.rows();
    rows.forEach((row, i) => {
      row.querySelector('[data-legenda]')!.textContent = fill(this.#text.member, { n: i + 1 });
      const remove = row.querySelector<HTMLElement>('[data-verwijder]')!;
      remove.textContent = fill(this.#text.removeMember, { n: i + 1 });
      remove.hidden = rows.length < 2;
    });
  }

  /** Reads every filled-in row, marks the unreadable ones, and shows the comparison of the rest. */
  compare(byReader: boolean) {
    const ids = this.#ids;
    const t = this.#text;
    const members: Member[] = [];
    const fragments: string[] = [];
    const invalid: HTMLInputElement[] = [];
    this.rows().forEach((row, i) => {
      const link = this.input(row, 'link');
      const error = row.querySelector<HTMLElement>('[data-fout]')!;
      const read = link.value.trim() ? decodeShare(link.value, ids) : null;
      const problem =
        read && !read.ok
          ? fill(t.shareProblems[read.problem], { found: read.found ?? '', expected: read.expected ?? '' })
          : '';
      error.textContent = problem;
      error.hidden = !problem;
      if (problem) {
        link.setAttribute('aria-invalid', 'true');
        link.setAttribute('aria-describedby', error.id);
      } else {
        link.removeAttribute('aria-invalid');
        link.removeAttribute('aria-describedby');
      }
      if (read && !read.ok) invalid.push(link);
      if (!read?.ok) return;
      const name = this.input(row, 'naam').value.trim() || read.name || fill(t.member, { n: i + 1 });
      members.push({ name, answers: read.answers });
      fragments.push(encodeShare(read.answers, ids, name));
    });

    this.el('[data-fouten]').textContent = invalid.length
      ? t.teamRowProblems
      : members.length
        ? ''
        : t.teamNoLinks;
    if (byReader && invalid.length) invalid[0]?.focus();
    this.el('[data-resultaat]').hidden = members.length === 0;
    if (!members.length) {
      this.el('[data-samenvatting]').textContent = '';
      return;
    }
    history.replaceState(null, '', `${location.pathname}${location.search}#${joinTeamFragment(fragments)}`);
    this.show(members);
  }

  show(members: Member[]) {
    const ids = this.#ids;
    const t = this.#text;
    const list = this.el('[data-ledenlijst]');
    list.replaceChildren(
      ...members.map((m) =>
        Object.assign(document.createElement('li'), {
          textContent: fill(t.memberAnswered, {
            naam: m.name,
            n: countAnswered(m.answers, ids),
            totaal: ids.length,
          }),
        }),
      ),
    );
    const comparison = compareTeam(members, ids);
    const pool = this.el('[data-pool]');
    const groups = new Map(
      [...this.querySelectorAll<HTMLElement>('[data-groep]')].map((g) => [g.dataset.groep, g]),
    );
    pool.append(...this.querySelectorAll('.reflectie-team-vragen > li'));
    for (const row of comparison) {
      const item = pool.querySelector<HTMLElement>(`[data-vraag="${row.id}"]`)!;
      const names = { A: row.A, B: row.B, '-': row.unanswered };
      for (const choice of item.querySelectorAll<HTMLElement>('.reflectie-keuzes > li')) {
        const who = names[choice.dataset.letter as keyof typeof names];
        choice.querySelector('[data-namen]')!.textContent = `(${who.length}): ${who.join(', ')}`;
        choice.hidden = who.length === 0;
      }
      groups.get(row.agreement)!.querySelector('ol')!.append(item);
    }
    for (const group of groups.values()) group.hidden = !group.querySelector('li');
    const differ = comparison.filter((row) => row.agreement === 'verschil').length;
    this.el('[data-samenvatting]').textContent = fill(t.teamSummary, {
      leden: members.length,
      verschil: differ,
      totaal: ids.length,
    });
    // For the conversation agenda (src/components/team/agenda-element.ts), which lives beside this element.
    this.members = members;
    this.dispatchEvent(new CustomEvent('team-vergeleken', { bubbles: true, detail: members }));
  }
}

customElements.define('reflectie-team', TeamComparison);
