import type { ComponentType } from 'react'

type Listener = () => void

let loaded: ComponentType | null = null
let loading: Promise<ComponentType> | null = null
const listeners = new Set<Listener>()

/** Loads the handout's code once; everyone waiting gets the same component. */
export function loadHandout(): Promise<ComponentType> {
  loading ??= import('./content/Handout').then((m) => {
    loaded = m.Handout
    for (const listener of listeners) listener()
    return m.Handout
  })
  return loading
}

export function isHandoutLoaded(): boolean {
  return loaded !== null
}

export function subscribeHandout(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Waits until React has painted what a state change asked for. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))
}
