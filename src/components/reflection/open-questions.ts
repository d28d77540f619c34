/**
 * Shows, of the OpenQuestions.astro list inside `root`, the questions that `isOpen` says are
 * still open; the list as a whole only while one is.
 */
export function showOpen(root: HTMLElement, isOpen: (id: string) => boolean) {
  const list = root.querySelector<HTMLElement>('[data-open]')!;
  let any = false;
  for (const item of list.querySelectorAll<HTMLElement>('li')) {
    item.hidden = !isOpen(item.dataset.vraag ?? '');
    any ||= !item.hidden;
  }
  list.hidden = !any;
}
