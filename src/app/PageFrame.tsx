import { useSyncExternalStore, type ReactNode } from 'react'
import { loadedHandout, subscribeHandout } from '@/features/briefing/handoutLoader'

const hasHandout = () => loadedHandout() !== null
const noHandout = () => false

/**
 * The page around the views. Printing shows the handout in its place; if the handout's code
 * never arrived, the page itself prints rather than a blank sheet. Its own component, so the
 * handout arriving re-renders this frame only, never the views inside it (a re-render would end
 * the hydration of prerendered cards that are being kept while the data fails).
 */
interface Props {
  isHidden: boolean
  /** A view that prints as it is on screen (the comparison), never the handout. */
  printsItself: boolean
  children: ReactNode
}

export function PageFrame({ isHidden, printsItself, children }: Props) {
  const isHandoutReady = useSyncExternalStore(subscribeHandout, hasHandout, noHandout)
  return (
    <div
      hidden={isHidden}
      className={`flex min-h-screen flex-col ${!printsItself && isHandoutReady ? 'print:hidden' : ''}`}
    >
      {children}
    </div>
  )
}
