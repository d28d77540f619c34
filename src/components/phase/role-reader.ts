import { roleReaderUi as t } from '~/i18n/nl';
import { BLOCK_LOADED } from '../reflection/store';
import { fill } from '../reflection/text';

/**
 * <lees-als-rol>: hides the passages (li[data-rollen]) that do not serve the chosen role, on
 * this page (also those that come later, with an answer's advice or a list of "Meer"); the
 * choice is kept in localStorage so the next phase page opens the same way.
 * The roles and their names are the options of its <select>.
 */
const KEY = 'handboek-rol';

function stored(): string {
  try {
    return localStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

function remember(role: string) {
  try {
    if (role) localStorage.setItem(KEY, role);
    else localStorage.removeItem(KEY);
  } catch {
    // Nothing kept (a private window): the choice lasts for this page.
  }
}

class RoleReader extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select')!;
    const names = new Map([...select.options].filter((o) => o.value).map((o) => [o.value, o.text]));
    const undo = this.querySelector<HTMLButtonElement>('[data-herstel]')!;
    const status = this.querySelector<HTMLElement>('[data-melding]')!;
    this.querySelector<HTMLElement>('[data-zonder-js]')!.hidden = true;
    this.querySelector<HTMLElement>('[data-keuze]')!.hidden = false;

    const apply = (role: string, announce: boolean) => {
      if (role && !names.has(role)) role = '';
      select.value = role;
      undo.hidden = !role;
      let shown = 0;
      let total = 0;
      for (const item of document.querySelectorAll<HTMLElement>('li[data-rollen]')) {
        const fits = !role || (item.dataset.rollen ?? '').split(' ').includes(role);
        item.hidden = !fits;
        if (item.closest('.passages')) {
          total++;
          if (fits) shown++;
        }
      }
      // A folded source group of "Meer uit de bronnen", or the folded passages under a question,
      // whose list has arrived and holds nothing for the role.
      for (const group of document.querySelectorAll<HTMLElement>(
        '.more-sources details, .other-sources details',
      ))
        group.hidden = !!group.querySelector('li') && !group.querySelector('li:not([hidden])');
      // A question none of whose passages serves the role says so, rather than showing an empty list.
      for (const block of document.querySelectorAll<HTMLElement>('.other-sources')) {
        const note = block.querySelector<HTMLElement>('[data-geen-rol]');
        if (note) note.hidden = !!block.querySelector('.passages > li:not([hidden])');
      }
      if (announce)
        status.textContent = role
          ? fill(t.roleAnnounce, { rol: names.get(role)!, n: shown, totaal: total })
          : t.roleCleared;
    };

    select.addEventListener('change', () => {
      remember(select.value);
      apply(select.value, true);
    });
    undo.addEventListener('click', () => {
      remember('');
      apply('', true);
      select.focus();
    });
    apply(stored(), false);
    // The advice of a chosen answer arrives later, with its passages: narrowed like the rest.
    document.addEventListener(BLOCK_LOADED, () => apply(select.value, false));
  }
}

if (!customElements.get('lees-als-rol')) customElements.define('lees-als-rol', RoleReader);
