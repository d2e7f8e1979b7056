/**
 * Back returns to where the reader was: before a link in the page navigates, the history entry it
 * leaves remembers the link and the scroll position; when Back (or Forward) lands on that entry again,
 * the link gets the focus back (keyboard users resume where they were) and the page scrolls to where
 * it was, once the view has rendered the link again (a lazily loaded view may need a moment).
 */
type ReturnPoint = [href: string, y: number]

const KEY = 'g20Return'
/** How many frames to wait for the view to render the link again (about 1.5 s). */
const FRAMES = 90

/** Called by a link just before it navigates in place. */
export function rememberReturnPoint(link: HTMLAnchorElement): void {
  const point: ReturnPoint = [link.getAttribute('href') ?? '', window.scrollY]
  window.history.replaceState({ ...(window.history.state as object | null), [KEY]: point }, '')
}

function restore([href, y]: ReturnPoint, frames: number): void {
  const link = [...document.querySelectorAll('main a')].find((a) => a.getAttribute('href') === href)
  if (link instanceof HTMLElement) {
    link.focus({ preventScroll: true })
    window.scrollTo({ top: y })
  } else if (frames > 0) requestAnimationFrame(() => restore([href, y], frames - 1))
}

/** Installs the Back handler once, at start-up. */
export function restoreReturnPoints(): void {
  window.addEventListener('popstate', (event) => {
    const point = (event.state as Record<string, unknown> | null)?.[KEY]
    // After the view has re-rendered from the new address.
    if (Array.isArray(point) && typeof point[0] === 'string' && point[0] && typeof point[1] === 'number')
      requestAnimationFrame(() => restore(point as ReturnPoint, FRAMES))
  })
}
