import { answerUi as t } from '~/i18n/nl';
import { ask } from './confirm';
import { clear } from './store';

/** Wires the "Alles wissen" button of ResetAnswers.astro inside `root`: ask first, then wipe. */
export function setUpReset(root: HTMLElement) {
  const button = root.querySelector<HTMLButtonElement>('[data-wissen]')!;
  const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
  button.addEventListener('click', async () => {
    if (await ask(dialog, t.resetConfirm, t.resetYes)) clear({ message: t.resetDone });
  });
}
