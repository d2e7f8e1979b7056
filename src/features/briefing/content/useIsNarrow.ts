import { useSyncExternalStore } from 'react'

/** Below this width a 16:9 slide's text would be too small to read: the deck becomes a list of slides. */
export const NARROW_QUERY = '(max-width: 639px)'

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => undefined
  const query = window.matchMedia(NARROW_QUERY)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}

/** True on a phone-sized window; false on the server and where matchMedia is missing. */
export function useIsNarrow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches,
    () => false,
  )
}
