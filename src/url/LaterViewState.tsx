import { createContext, use, type ReactNode } from 'react'
import { useAfterPaint } from '@/lib/useAfterPaint'
import type { ViewState } from './urlState'
import { useViewState } from './useViewState'

const LaterViewStateContext = createContext<ViewState | null>(null)

/**
 * The view state a frame later: the same state, given to its readers in a render after the browser has
 * painted the answer to a click or keystroke (useAfterPaint). Links read it for their addresses (StateLink), so a change of the
 * filters paints without waiting for every link on the page to work out its address again.
 */
export function LaterViewStateProvider({ children }: { children: ReactNode }) {
  const [state] = useViewState()
  return <LaterViewStateContext value={useAfterPaint(state)}>{children}</LaterViewStateContext>
}

/** The view state as LaterViewStateProvider gives it (inside the app's providers). */
export function useLaterViewState(): ViewState {
  const state = use(LaterViewStateContext)
  if (state === null) throw new Error('useLaterViewState needs LaterViewStateProvider (src/url/LangProvider)')
  return state
}
