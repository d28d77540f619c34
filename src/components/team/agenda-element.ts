import type { Member } from '~/lib/team';
import { teamAgenda } from '~/lib/plan';
import { teamUi as t } from '~/i18n/nl';
import { idsOf } from '../reflection/store';
import { fill } from '../reflection/text';

/**
 * <team-agenda>: listens for the team comparison (event "team-vergeleken" from <reflectie-team>)
 * and lists the questions the members differ on, most evenly split first. Its print button
 * prints the agenda alone (print.css hides the rest of the page while data-agenda-print is set).
 */
class TeamAgenda extends HTMLElement {
  connectedCallback() {
    const ids = idsOf(this);
    const list = this.querySelector<HTMLElement>('[data-agenda]')!;
    const pool = this.querySelector<HTMLElement>('[data-voorraad]')!;
    const show = (members: Member[]) => {
      pool.append(...list.children);
      const agenda = teamAgenda(members, ids);
      for (const row of agenda) {
        const item = pool.querySelector<HTMLElement>(`[data-vraag="${row.id}"]`)!;
        item.querySelector('[data-verdeling]')!.textContent =
          `(${fill(t.split, { a: row.A.length, b: row.B.length })}: A ${row.A.join(', ')}; B ${row.B.join(', ')})`;
        list.append(item);
      }
      this.querySelector<HTMLElement>('[data-geen]')!.hidden = agenda.length > 0;
      list.hidden = agenda.length === 0;
      this.hidden = members.length === 0;
    };
    document.addEventListener('team-vergeleken', (event) => show((event as CustomEvent<Member[]>).detail));
    // A team link in the address is compared before this element exists: take what is there.
    const team = document.querySelector<HTMLElement & { members?: Member[] }>('reflectie-team');
    if (team?.members?.length) show(team.members);
    this.querySelector('[data-afdrukken]')!.addEventListener('click', () => {
      document.documentElement.dataset.agendaPrint = '';
      window.print();
    });
    window.addEventListener('afterprint', () => delete document.documentElement.dataset.agendaPrint);
  }
}

if (!customElements.get('team-agenda')) customElements.define('team-agenda', TeamAgenda);
