import type { QueryClient } from '@tanstack/react-query'
import { datasetQueryOptions } from '@/data/queries'

/**
 * While the prerendered overview is being hydrated and the dataset fails, the view keeps
 * suspending on this hold instead of throwing: React then leaves the prerendered cards on
 * screen, and a banner (KeptContentBanner) names the cause with a Retry. The hold ends when
 * the dataset arrives (hydration resumes) or when the page renders on the client instead
 * (another view was chosen, whose error panel then shows).
 */
let hold: Promise<void> | null = null
const listeners = new Set<() => void>()

function notifySoon() {
  // Never while React renders: listeners re-render other components.
  queueMicrotask(() => {
    for (const listener of listeners) listener()
  })
}

export function holdPrerendered(client: QueryClient): Promise<void> {
  if (hold) return hold
  hold = new Promise((resolve) => {
    const unsubscribe = client.getQueryCache().subscribe(() => {
      if (client.getQueryState(datasetQueryOptions.queryKey)?.status !== 'success') return
      unsubscribe()
      hold = null
      notifySoon()
      resolve()
    })
  })
  notifySoon()
  return hold
}

export function releasePrerendered(): void {
  if (!hold) return
  hold = null
  notifySoon()
}

export function isHoldingPrerendered(): boolean {
  return hold !== null
}

export function subscribePrerendered(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}
