import { countAnswered, currentAnswers } from '~/lib/answers';
import {
  cleanName,
  decodeShare,
  encodeShare,
  isShareFragment,
  joinTeamFragment,
  MAX_TEAM_MEMBERS,
  splitTeamFragment,
} from '~/lib/share-link';
import { compareTeam, type Member } from '~/lib/team';
import { shareProblems, teamUi as t } from '~/i18n/nl';
import { idsOf, load } from './store';
import { fill, setText } from './text';

/** The name in a member's fragment, also when the rest of it cannot be read. */
function nameIn(fragment: string): string {
  const raw = /(?:^|&)naam=([^&]*)/.exec(fragment)?.[1] ?? '';
  try {
    return cleanName(decodeURIComponent(raw));
  } catch {
    return cleanName(raw);
  }
}

/**
 * <reflectie-team data-vragen="…" data-reflectie="/mijn-reflectie/" data-max="100">: the team
 * comparison. Members come from the rows the reader fills in, or from the address
 * (/team/#naam=…&reflectie=…, several after each other, also pasted later), which is rewritten
 * after each comparison so it can be kept. A member whose link cannot be read keeps their row,
 * its message and their place in the address; nothing is dropped without a word. Work is linear
 * in the number of members, which a link may hold up to data-max.
 */
class TeamComparison extends HTMLElement {
  /** The members last compared, for the agenda (src/components/team/agenda-element.ts). */
  members: Member[] = [];
  #ids: string[] = [];
  #rows = 0;
  #max = MAX_TEAM_MEMBERS;
  /** The fragment this page last read from or wrote to the address (without "#"). */
  #address = '';

  connectedCallback() {
    this.#ids = idsOf(this);
    this.#max = Number(this.dataset.max) || MAX_TEAM_MEMBERS;
    // The first rows are in the HTML (no layout shift); they only need their remove buttons.
    for (const row of this.rows()) this.wireRow(row);
    this.#rows = this.rows().length;
    this.el('[data-formulier]').addEventListener('submit', (event) => {
      event.preventDefault();
      this.compare(true);
    });
    this.el('[data-erbij]').addEventListener('click', () => {
      if (this.full()) return;
      const row = this.addRow();
      this.numberRows();
      row.querySelector('input')!.focus();
    });
    this.el('[data-mijn]').addEventListener('click', () => {
      const link = `${this.reflectionUrl()}#${encodeShare(currentAnswers(load().answers, this.#ids), this.#ids)}`;
      const empty = this.rows().find(
        (row) => !this.input(row, 'naam').value && !this.input(row, 'link').value,
      );
      if (!empty && this.full()) return;
      const row = empty ?? this.addRow();
      this.numberRows();
      this.input(row, 'naam').value = t.mine;
      this.input(row, 'link').value = link;
      this.input(row, 'naam').focus();
    });
    window.addEventListener('hashchange', this.onHash);
    this.readAddress();
  }

  disconnectedCallback() {
    window.removeEventListener('hashchange', this.onHash);
  }

  /**
   * A team link pasted into the address bar is read; the page's own address (Back from a team
   * link) gives the empty form again; a jump to a place in the page (the skip link's "#inhoud")
   * leaves the comparison alone and puts it back in the address.
   */
  onHash = () => {
    const fragment = location.hash.slice(1);
    if (isShareFragment(fragment)) {
      if (fragment !== this.#address) this.readAddress();
    } else if (!fragment && this.#address) {
      this.#address = '';
      this.reset();
    } else if (this.#address) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${this.#address}`);
    }
  };

  el<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.querySelector<T>(selector)!;
  }

  rows = () => [...this.querySelectorAll<HTMLFieldSetElement>('[data-leden] fieldset')];
  input = (row: HTMLElement, name: 'naam' | 'link') => row.querySelector<HTMLInputElement>(`[data-${name}]`)!;
  reflectionUrl = () => new URL(this.dataset.reflectie ?? '', location.href).href;
  alert = (text: string) => setText(this.el('[data-fouten]'), text);

  /** At the limit, says so instead of adding a row. */
  full(): boolean {
    const full = this.rows().length >= this.#max;
    if (full) this.alert(fill(t.teamFull, { max: this.#max }));
    return full;
  }

  /** A row per member in the address, then the comparison. A link over the limit is refused whole. */
  readAddress() {
    const members = splitTeamFragment(location.hash);
    if (!members.length) return;
    this.#address = location.hash.slice(1);
    if (members.length > this.#max) {
      this.alert(fill(t.teamTooMany, { n: members.length, max: this.#max }));
      return;
    }
    const rows = this.rows();
    const keep = Math.max(members.length, 2);
    for (const row of rows.splice(keep)) row.remove();
    while (rows.length < members.length) rows.push(this.addRow());
    rows.forEach((row, i) => {
      const fragment = members[i];
      this.input(row, 'naam').value = fragment === undefined ? '' : nameIn(fragment);
      this.input(row, 'link').value = fragment === undefined ? '' : `${this.reflectionUrl()}#${fragment}`;
    });
    this.numberRows();
    this.compare(false);
  }

  /** Back to the form as the page came: two empty rows, no comparison, no messages. */
  reset() {
    for (const row of this.rows().slice(2)) row.remove();
    for (const row of this.rows()) {
      for (const input of row.querySelectorAll('input')) input.value = '';
      row.querySelector<HTMLElement>('[data-fout]')!.hidden = true;
    }
    this.numberRows();
    this.alert('');
    this.el('[data-resultaat]').hidden = true;
    setText(this.el('[data-samenvatting]'), '');
    this.members = [];
    this.dispatchEvent(new CustomEvent('team-vergeleken', { bubbles: true, detail: [] }));
  }

  addRow(): HTMLFieldSetElement {
    const template = this.el<HTMLTemplateElement>('[data-sjabloon]');
    const row = (template.content.cloneNode(true) as DocumentFragment).querySelector('fieldset')!;
    const key = `lid-${++this.#rows}`;
    for (const label of row.querySelectorAll<HTMLLabelElement>('label')) {
      label.htmlFor = `${key}-${label.dataset.voor}`;
      row.querySelector(`[data-${label.dataset.voor}]`)!.id = label.htmlFor;
    }
    row.querySelector('[data-fout]')!.id = `${key}-fout`;
    this.wireRow(row);
    this.el('[data-leden]').append(row);
    return row;
  }

  wireRow(row: HTMLFieldSetElement) {
    row.querySelector('[data-verwijder]')!.addEventListener('click', () => {
      row.remove();
      this.numberRows();
      this.el('[data-erbij]').focus();
    });
  }

  /** Legends follow the order on screen; a single row cannot be removed. */
  numberRows() {
    const rows = this.rows();
    rows.forEach((row, i) => {
      setText(row.querySelector<HTMLElement>('[data-legenda]')!, fill(t.member, { n: i + 1 }));
      const remove = row.querySelector<HTMLElement>('[data-verwijder]')!;
      setText(remove, fill(t.removeMember, { n: i + 1 }));
      remove.hidden = rows.length < 2;
    });
  }

  /** Reads every filled-in row, marks the unreadable ones, and shows the comparison of the rest. */
  compare(byReader: boolean) {
    const ids = this.#ids;
    const members: Member[] = [];
    const fragments: string[] = [];
    const invalid: HTMLInputElement[] = [];
    this.rows().forEach((row, i) => {
      const link = this.input(row, 'link');
      const error = row.querySelector<HTMLElement>('[data-fout]')!;
      const text = link.value.trim();
      const read = text ? decodeShare(text, ids) : null;
      const problem =
        read && !read.ok
          ? fill(shareProblems[read.problem], { found: read.found ?? '', expected: read.expected ?? '' })
          : '';
      setText(error, problem);
      error.hidden = !problem;
      if (problem) {
        link.setAttribute('aria-invalid', 'true');
        link.setAttribute('aria-describedby', error.id);
        invalid.push(link);
        // Kept in the address as it came, so the member and the message come back with it.
        fragments.push(...splitTeamFragment(text.replace(/\s+/g, '')));
      } else {
        link.removeAttribute('aria-invalid');
        link.removeAttribute('aria-describedby');
      }
      if (!read?.ok) return;
      const name = this.input(row, 'naam').value.trim() || read.name;
      // An unnamed member is "Teamlid 2" on the page, but stays unnamed in the address.
      members.push({ name: name || fill(t.member, { n: i + 1 }), answers: read.answers });
      fragments.push(encodeShare(read.answers, ids, name));
    });

    this.alert(invalid.length ? t.teamRowProblems : members.length ? '' : t.teamNoLinks);
    if (byReader && invalid.length) invalid[0]?.focus();
    if (fragments.length) {
      this.#address = joinTeamFragment(fragments);
      history.replaceState(history.state, '', `${location.pathname}${location.search}#${this.#address}`);
    }
    this.el('[data-resultaat]').hidden = members.length === 0;
    if (!members.length) {
      setText(this.el('[data-samenvatting]'), '');
      return;
    }
    this.show(members);
  }

  show(members: Member[]) {
    const ids = this.#ids;
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
    setText(
      this.el('[data-samenvatting]'),
      fill(t.teamSummary, { leden: members.length, verschil: differ, totaal: ids.length }),
    );
    // For the conversation agenda (src/components/team/agenda-element.ts), which lives beside this element.
    this.members = members;
    this.dispatchEvent(new CustomEvent('team-vergeleken', { bubbles: true, detail: members }));
  }
}

customElements.define('reflectie-team', TeamComparison);
