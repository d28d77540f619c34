import { offlineUi as t } from '~/i18n/nl';

/**
 * The offline copy in the page (loaded by OfflineLoader.astro). Two jobs:
 * - the block OfflineSave.astro (home, privacy): registering the service worker is the reader's
 *   choice; it shows how far the copy is (messages from src/offline/sw.ts), and removes it again
 *   (unregister and delete its caches);
 * - on every page the worker controls: when a new build's worker is installed and waiting,
 *   "Er is een nieuwe versie van het handboek" with a button that lets it take over and reloads.
 */
const container = navigator.serviceWorker;
const block = document.querySelector<HTMLElement>('[data-offline]');
const save = block?.querySelector<HTMLButtonElement>('[data-offline-save]');
const remove = block?.querySelector<HTMLButtonElement>('[data-offline-remove]');
const status = block?.querySelector<HTMLElement>('[data-offline-status]');

const say = (text: string) => {
  if (status) status.textContent = text;
};
const showSaved = (saved: boolean) => {
  if (save) save.hidden = saved;
  if (remove) remove.hidden = !saved;
};

/** Whether a copy exists: a worker of this site is active. */
async function registration() {
  return save ? container.getRegistration(save.dataset['scope']) : container.getRegistration();
}

container.addEventListener(
  'message',
  (event: MessageEvent<{ type?: string; done?: number; total?: number }>) => {
    if (event.data?.type === 'progress' && event.data.done && event.data.total)
      say(t.progress(event.data.done, event.data.total));
    if (event.data?.type === 'ready') {
      showSaved(true);
      say(t.saved);
    }
  },
);

/** The reader's choice: register the worker, which then copies the handbook (see sw.ts). */
async function saveCopy() {
  if (!save) return;
  save.disabled = true;
  try {
    await container.register(save.dataset['sw']!, { scope: save.dataset['scope']!, updateViaCache: 'none' });
  } catch {
    say(t.failed);
  } finally {
    save.disabled = false;
  }
}
save?.addEventListener('click', () => void saveCopy());

remove?.addEventListener('click', async () => {
  await (await registration())?.unregister();
  for (const key of await caches.keys()) await caches.delete(key);
  showSaved(false);
  say(t.removed);
});

/** The notice of a new version, at the top of the page. */
function offerUpdate(waiting: ServiceWorker) {
  const host = document.querySelector<HTMLElement>('[data-offline-client]');
  if (!host || !host.hidden) return;
  const text = Object.assign(document.createElement('p'), { textContent: t.update });
  text.setAttribute('role', 'status');
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: t.reload });
  button.addEventListener('click', () => {
    container.addEventListener('controllerchange', () => location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  });
  host.replaceChildren(text, button);
  host.hidden = false;
}

async function start() {
  if (block) block.hidden = false;
  // Loaded by the click on "Bewaar…" (OfflineLoader.astro): that click was the choice.
  if (save && 'chosen' in save.dataset) {
    delete save.dataset['chosen'];
    await saveCopy();
  }
  const reg = await registration();
  if (!reg) return;
  if (reg.active) showSaved(true);
  // Only a worker that replaces the one serving this page is news; the first one is not.
  const watch = (worker: ServiceWorker | null) => {
    if (!worker) return;
    if (worker.state === 'installed' && container.controller) offerUpdate(worker);
    else
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && container.controller) offerUpdate(worker);
      });
  };
  watch(reg.waiting ?? reg.installing);
  reg.addEventListener('updatefound', () => watch(reg.installing));
}

void start();
