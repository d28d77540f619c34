import { ask } from './confirm';
import { clear } from './store';

/** Wires the "Alles wissen" button of ResetAnswers.astro inside `root`: ask first, then wipe. */
export function setUpReset(root: HTMLElement) {
  const button = root.querySelector<HTMLButtonElement>('[data-wissen]')!;
  const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
  const { vraag = '', ja = '', klaar } = button.dataset;
  button.addEventListener('click', async () => {
    if (await ask(dialog, vraag, ja)) clear({ message: klaar });
  });
}
