/**
 * Opens a ConfirmDialog with this question; resolves true only when the reader chose "yes".
 * `no` names the other choice where "Annuleren" would not say what it does.
 */
export function ask(dialog: HTMLDialogElement, question: string, yes: string, no?: string): Promise<boolean> {
  dialog.querySelector('[data-vraagtekst]')!.textContent = question;
  dialog.querySelector('[data-ja]')!.textContent = yes;
  const cancel = dialog.querySelector<HTMLElement>('[data-nee]')!;
  cancel.textContent = no ?? cancel.dataset.nee!;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ja'), { once: true }),
  );
}
