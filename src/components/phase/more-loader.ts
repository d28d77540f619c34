import { answerUi as t } from '~/i18n/nl';
import { loadBlock } from '../reflection/advice-loader';

/**
 * "Meer uit de bronnen" on a phase page (MoreFromSources.astro, folded): opening a source's
 * group fetches its list from the phase's "meer" page, the page its link leads to without
 * JavaScript. The role reader narrows the list when it arrives (BLOCK_LOADED).
 */
for (const group of document.querySelectorAll<HTMLDetailsElement>('.more-sources details[data-meer]')) {
  const slot = group.querySelector<HTMLElement>('[data-inhoud]')!;
  const link = slot.querySelector('a')!;
  const [url] = link.href.split('#');
  group.addEventListener('toggle', () => {
    if (group.open)
      void loadBlock(slot, url!, `#${group.dataset.meer} [data-lijst]`, group.dataset.meer!, t.moreNotLoaded);
  });
}
