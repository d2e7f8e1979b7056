import { startTransition, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * False while prerendering and hydrating, true once the page has started and the browser is idle (or
 * is about to print): for what is for printing only and depends on the visit (today's date, the
 * address), so it must not differ between the prerendered HTML and hydration. It is built in a
 * transition, in slices, not in one long task as the page comes alive.
 */
export function useIsIdleClient(): boolean {
  const [isReady, setReady] = useState(false)
  useEffect(() => {
    const ready = () => startTransition(() => setReady(true))
    // Printing now: there before the page is laid out for paper.
    const printing = () => flushSync(() => setReady(true))
    window.addEventListener('beforeprint', printing)
    const idle = typeof window.requestIdleCallback === 'function'
    const id = idle ? window.requestIdleCallback(ready, { timeout: 2000 }) : window.setTimeout(ready, 500)
    return () => {
      window.removeEventListener('beforeprint', printing)
      if (idle) window.cancelIdleCallback(id)
      else window.clearTimeout(id)
    }
  }, [])
  return isReady
}
