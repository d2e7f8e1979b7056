import { startTransition, useEffect, useState } from 'react'

/**
 * `value`, a frame later: after a change, readers get it in a render that starts once the browser has
 * painted the frame that answers the click or keystroke (a transition, so it yields to the next one).
 * A newer value before then replaces the one waiting. useDeferredValue would start that render at
 * once, in the time before the frame, and hold the paint up.
 */
export function useAfterPaint<T>(value: T): T {
  // Functions too: as the value, not as an initializer or an update.
  const [later, setLater] = useState(() => value)
  useEffect(() => {
    if (Object.is(later, value)) return
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setLater(() => value)))
    })
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [value, later])
  return later
}
