// The page's part of ending a customer's visit (kiosk) or service (desk): every storage the page
// can reach is emptied, the clipboard overwritten, and the page loaded afresh, which drops every
// store, every component's state and the chosen language (the app never persists it). Main has
// already ended the session and removed the screen's files; in Electron the shell has cleared
// the window's partition, cache, history and clipboard too (src-main/app/screen-wipe.ts).

/** What the fresh page says once, on the screen it opens: see VisitEndedNotice. */
export const endNotices = [
  'visit',
  'visit-idle',
  'service',
  'service-idle',
  'signed-out',
  'signed-out-serving',
] as const
export type EndNotice = (typeof endNotices)[number]

const NOTICE_KEY = 'sportello-visit-ended'

/** Reads and forgets the notice the last page left for this one (null when there is none). */
export function takeEndNotice(): EndNotice | null {
  try {
    const value = sessionStorage.getItem(NOTICE_KEY)
    sessionStorage.removeItem(NOTICE_KEY)
    return (endNotices as readonly string[]).includes(value ?? '') ? (value as EndNotice) : null
  } catch {
    return null
  }
}

/** Waits for `work`, but never longer than `ms`: a wipe must not hang on a refused permission. */
function atMost(ms: number, work: Promise<unknown>): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms)
    work.then(
      () => (clearTimeout(timer), done()),
      () => (clearTimeout(timer), done()),
    )
  })
}

async function deleteDatabases(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return
  const databases = await indexedDB.databases().catch(() => [])
  await Promise.all(
    databases.map(({ name }) =>
      name === undefined
        ? undefined
        : new Promise<void>((done) => {
            const request = indexedDB.deleteDatabase(name)
            // Blocked: a connection of this page holds it; the reload closes it and the
            // deletion completes then.
            request.onsuccess = request.onerror = request.onblocked = () => done()
          }),
    ),
  )
}

async function deleteCaches(): Promise<void> {
  if (typeof caches === 'undefined') return
  const names = await caches.keys().catch(() => [])
  await Promise.all(names.map((name) => caches.delete(name).catch(() => false)))
}

/** Overwrites what a customer may have copied; a refusal (no permission, no focus) is fine. */
async function overwriteClipboard(): Promise<void> {
  if (!navigator.clipboard?.writeText) return
  await navigator.clipboard.writeText('')
}

/** Empties every storage area of the page and the clipboard. */
export async function clearPageStorage(): Promise<void> {
  for (const storage of [() => localStorage, () => sessionStorage]) {
    try {
      storage().clear()
    } catch {
      // Storage disabled: nothing is kept there either.
    }
  }
  await Promise.all([
    atMost(2000, deleteDatabases()),
    atMost(2000, deleteCaches()),
    atMost(1000, overwriteClipboard()),
  ])
}

/**
 * Wipes the page and loads it afresh at `path` (a desk's hash route) or, at a kiosk, at its
 * start (memory history: the address carries no route). `notice` is left, after the clearing,
 * for the fresh page to say.
 */
export async function wipeScreen(notice: EndNotice, path: string | null): Promise<void> {
  // vue-router keeps scroll positions by path in sessionStorage and saves the current one as the
  // page goes (a desk's path names the customer: /clienti/12345678); with the browser's own
  // scroll restoration it saves nothing.
  window.history.scrollRestoration = 'auto'
  await clearPageStorage()
  try {
    sessionStorage.setItem(NOTICE_KEY, notice)
  } catch {
    // No notice then; the wipe itself matters more.
  }
  const { pathname, search } = window.location
  window.history.replaceState(null, '', `${pathname}${search}${path === null ? '' : `#${path}`}`)
  window.location.reload()
}
