import { answerUi as t } from '~/i18n/nl';
import { ask } from './confirm';
import { clear, forgetTicks, loadTicks } from './store';
import { fill } from './text';

/**
 * Wires the "Alles wissen" button of ResetAnswers.astro inside `root`: ask first, then wipe.
 * Ticked steps of Mijn plan are a separate question: a reader may start the answers again and
 * still keep what the team already did.
 */
export function setUpReset(root: HTMLElement) {
  const button = root.querySelector<HTMLButtonElement>('[data-wissen]')!;
  const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
  button.addEventListener('click', async () => {
    if (!(await ask(dialog, t.resetConfirm, t.resetYes))) return;
    const ticks = loadTicks().size;
    if (
      ticks &&
      (await ask(dialog, fill(t.resetTicksConfirm, { n: ticks }), t.resetTicksYes, t.resetTicksNo))
    )
      forgetTicks();
    clear({ message: t.resetDone });
  });
}
