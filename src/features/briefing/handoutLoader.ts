import type { ComponentType } from 'react'
import { ChunkLoadError, isChunkLoadFailure } from '@/components/ChunkLoadError'

type Listener = () => void

let loaded: ComponentType | null = null
let loading: Promise<ComponentType> | null = null
let printing = false
const listeners = new Set<Listener>()

function notify() {
  for (const listener of listeners) listener()
}

/**
 * Loads the handout's code once; everyone waiting gets the same component. A failed load is
 * forgotten, so the next call (the next Print handout) imports it again.
 */
export function loadHandout(): Promise<ComponentType> {
  loading ??= import('./content/Handout').then(
    (m) => {
      loaded = m.Handout
      notify()
      return m.Handout
    },
    (error: unknown) => {
      loading = null
      throw isChunkLoadFailure(error) ? new ChunkLoadError(error) : error
    },
  )
  return loading
}

export function loadedHandout(): ComponentType | null {
  return loaded
}

/**
 * The handout is rendered only while printing: kept mounted, a hidden table of
 * every filtered topic would re-render on each keystroke (10,000 rows in the benchmark).
 */
export function isPrinting(): boolean {
  return printing
}

export function setPrinting(value: boolean): void {
  if (printing === value) return
  printing = value
  notify()
}

export function subscribeHandout(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Waits until React has painted what a state change asked for. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}
