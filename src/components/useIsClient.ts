import { useSyncExternalStore } from 'react'

const subscribe = () => () => undefined

/**
 * False while prerendering and hydrating, true once the page runs in the browser: for what depends on
 * the visit (today's date, the address) and must not differ between the prerendered HTML and hydration.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  )
}
