import { useEffect } from 'react'

export type LivePart = 'shell' | 'view'

const liveParts = new Set<LivePart>()

/**
 * Tells public/boot.js that a part of the page is the app's now (hydrated, or rendered): the shell
 * (header, navigation, footer) or the view in <main>. Presses made on the server's controls before
 * that were kept; boot.js now replays them on those controls, which have their handlers.
 * `data-app="live"` on <html> says the whole page is, to anything that waits for it.
 */
export function announceAppLive(part: LivePart): void {
  if (liveParts.has(part)) return
  liveParts.add(part)
  if (liveParts.size === 2) document.documentElement.setAttribute('data-app', 'live')
  window.dispatchEvent(new CustomEvent('g20:live', { detail: part }))
}

/** Rendered with the view, inside its data boundary: live once the view has hydrated or rendered. */
export function ViewLive(): null {
  useEffect(() => announceAppLive('view'), [])
  return null
}
