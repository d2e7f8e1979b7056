/**
 * The one piece of the service worker that is in the first bundle: whether a new version (a new
 * build or dataset) is waiting, and how to apply it. src/app/serviceWorker.ts (a lazy chunk)
 * announces it; UpdateNotice shows it.
 */
let apply: (() => void) | null = null
const listeners = new Set<() => void>()

export function announceUpdate(applyUpdate: () => void) {
  apply = applyUpdate
  for (const listener of listeners) listener()
}

export function subscribeUpdate(listener: () => void) {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}

export const isUpdateWaiting = () => apply !== null

export function applyUpdate() {
  apply?.()
}
