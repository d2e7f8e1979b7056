import { announceUpdate } from './pendingUpdate'

/** Where the built service worker is, and what it controls: always under the app's base path. */
export function serviceWorkerUrl(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`
  return { script: `${root}sw.js`, scope: root }
}

/**
 * Registers dist/sw.js (vite.config.ts, writeServiceWorker). Loaded by a dynamic import after the
 * page's load event, so it costs the first bundle almost nothing. When a new worker has installed
 * while an old one controls the page, the reader is told (UpdateNotice) instead of the page being
 * swapped under them; Reload activates the new worker and reloads once it controls the page.
 */
export async function registerServiceWorker(container: ServiceWorkerContainer, base: string) {
  const { script, scope } = serviceWorkerUrl(base)
  const registration = await container.register(script, { scope })
  const offer = (worker: ServiceWorker) =>
    announceUpdate(() => {
      let reloading = false
      container.addEventListener('controllerchange', () => {
        if (reloading) return
        reloading = true
        window.location.reload()
      })
      worker.postMessage({ type: 'SKIP_WAITING' })
    })
  if (registration.waiting && container.controller) offer(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing
    if (!worker) return
    worker.addEventListener('statechange', () => {
      // With no controller this is the first install: nothing to announce.
      if (worker.state === 'installed' && container.controller) offer(worker)
    })
  })
  return registration
}
