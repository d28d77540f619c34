/** Opens a ConfirmDialog with this question; resolves true only when the reader chose "yes". */
export function ask(dialog: HTMLDialogElement, question: string, yes: string): Promise<boolean> {
  dialog.querySelector('[data-vraagtekst]')!.textContent = question;
  dialog.querySelector('[data-ja]')!.textContent = yes;
  dialog.returnValue = '';
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ja'), { once: true }),
  );
}
