/**
 * Back returns to where the reader was: before a link in the page is followed, the history entry it
 * leaves remembers the link and the scroll position; when Back (or Forward) lands on that entry again,
 * the link gets the focus back (keyboard users resume where they were) and the page scrolls to where
 * it was, once the view has rendered the link again (a lazily loaded view may need a moment).
 * This holds for links followed in place and for links followed by loading a page (a click before the
 * app has hydrated, a prerendered page): Back then loads the page again, and it restores the same way.
 */
type ReturnPoint = [href: string, y: number]

const KEY = 'g20Return'
/** How many frames to wait for the view to render the link again (about 1.5 s). */
const FRAMES = 90

/** Each Back, Forward or followed link starts afresh; a search still waiting for an earlier entry's link stops. */
let generation = 0

function rememberReturnPoint(link: HTMLAnchorElement): void {
  generation++
  const point: ReturnPoint = [link.getAttribute('href') ?? '', window.scrollY]
  window.history.replaceState({ ...(window.history.state as object | null), [KEY]: point }, '')
}

function returnPointOf(state: unknown): ReturnPoint | null {
  const point = (state as Record<string, unknown> | null)?.[KEY]
  return Array.isArray(point) && typeof point[0] === 'string' && point[0] && typeof point[1] === 'number'
    ? (point as ReturnPoint)
    : null
}

function restore([href, y]: ReturnPoint, frames: number, run: number): void {
  if (run !== generation) return
  const link = [...document.querySelectorAll('main a')].find((a) => a.getAttribute('href') === href)
  if (link instanceof HTMLElement) {
    link.focus({ preventScroll: true })
    window.scrollTo({ top: y })
  } else if (frames > 0) requestAnimationFrame(() => restore([href, y], frames - 1, run))
}

function restoreLater(point: ReturnPoint | null): void {
  const run = ++generation
  // After the view has rendered from the address.
  if (point) requestAnimationFrame(() => restore(point, FRAMES, run))
}

/** A plain click on a link in the page, the only kind that navigates this tab. */
function followedLink(event: MouseEvent): HTMLAnchorElement | null {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null
  const link = event.target instanceof Element ? event.target.closest('main a') : null
  return link instanceof HTMLAnchorElement && link.target === '' && !link.hasAttribute('download') ? link : null
}

/** Installs the handlers once, at start-up (before the app hydrates, so an early click counts too). */
export function restoreReturnPoints(): void {
  // Capture: before the link's own handler navigates in place.
  document.addEventListener(
    'click',
    (event) => {
      const link = followedLink(event)
      if (link) rememberReturnPoint(link)
    },
    true,
  )
  window.addEventListener('popstate', (event) => restoreLater(returnPointOf(event.state)))
  // Back or Forward onto an entry that loads the page again.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
  if (navigation?.type === 'back_forward') restoreLater(returnPointOf(window.history.state))
}
