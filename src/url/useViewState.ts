import { useContext, useSyncExternalStore } from 'react'
import { addressFromSearch, stateSearch } from './address'
import { ServerSearchContext } from './ServerSearchContext'
import { historyFor, patchSearch, type LastChange } from './urlPatch'
import { parseViewState, type ViewState } from './urlState'

export interface Options {
  /** 'push' (default) adds a history entry, so Back restores the previous view; 'replace' for keystrokes. */
  history?: 'push' | 'replace'
}

export type SetViewState = (patch: Partial<ViewState>, options?: Options) => Promise<URLSearchParams>

// The URL is the one store. We replaced nuqs with these forty lines: the app already had
// pure, tested parse/serialize functions, and this saves 4 KB gzip of first-load JavaScript.
const CHANGE_EVENT = 'g20dm:urlchange'

// The last change this page wrote (and the address it led to: after Back it no longer counts),
// so rapid toggles of one filter control replace the history entry instead of pushing.
let lastChange: (LastChange & { search: string }) | null = null

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

// The address it was worked out for: every link and field listens to the address, and each asks for
// it on every change, so it is worked out once per address.
let read: { pathname: string; search: string; state: string } | null = null

/** The state search of the address bar: the path's view, meeting and language, and the query. */
function currentSearch(): string {
  const { pathname, search } = window.location
  if (read?.pathname !== pathname || read.search !== search)
    read = { pathname, search, state: stateSearch(pathname, search) }
  return read.state
}

// One parsed state per search string, so arrays keep their identity between renders.
let last: { search: string; state: ViewState } | null = null
function stateFor(search: string): ViewState {
  if (last?.search !== search) last = { search, state: parseViewState(search) }
  return last.state
}

function setViewState(patch: Partial<ViewState>, options?: Options): Promise<URLSearchParams> {
  const current = currentSearch()
  const search = patchSearch(current, patch)
  const url = `${addressFromSearch(search)}${window.location.hash}`
  if (search !== current) {
    const changed = Object.keys(patch)
    const now = Date.now()
    const last = lastChange?.search === current ? lastChange : null
    const history = options?.history ?? historyFor(changed, last, now)
    lastChange = { keys: changed.join(), at: now, search }
    if (history === 'replace') window.history.replaceState(window.history.state, '', url)
    else window.history.pushState(null, '', url)
    window.dispatchEvent(new Event(CHANGE_EVENT))
  }
  return Promise.resolve(new URLSearchParams(search))
}

/**
 * What the page was rendered with: at build time the page's own state search (ServerSearchContext);
 * in the browser, while hydrating, the address itself, since each prerendered page is the one its
 * path names (public/boot.js clears it otherwise).
 */
function hydrationSearch(serverSearch: string): string {
  return typeof window === 'undefined' ? serverSearch : currentSearch()
}

/** The view as it stands in the URL, and a setter that writes a patch of it to the URL. */
export function useViewState(): [ViewState, SetViewState] {
  const serverSearch = useContext(ServerSearchContext)
  const search = useSyncExternalStore(subscribe, currentSearch, () => hydrationSearch(serverSearch))
  return [stateFor(search), setViewState]
}

/** One field of the view; the component re-renders only when that field changes. */
export function useViewField<K extends keyof ViewState>(key: K): ViewState[K] {
  const serverSearch = useContext(ServerSearchContext)
  return useSyncExternalStore(
    subscribe,
    () => stateFor(currentSearch())[key],
    () => stateFor(hydrationSearch(serverSearch))[key],
  )
}

/**
 * Rewrites the address bar to the canonical address of what it shows (an old `?view=…&lang=ja` link
 * becomes `/ja/…/`), without a history entry. Run once at start-up, before the app renders.
 */
export function canonicalizeAddress(): void {
  const { pathname, search, hash } = window.location
  const address = addressFromSearch(patchSearch(currentSearch(), {}))
  if (address !== `${pathname}${search}`) window.history.replaceState(window.history.state, '', `${address}${hash}`)
}

/** The setter alone, for components that change the view but do not show it (no re-render on changes). */
export function useSetViewState(): SetViewState {
  return setViewState
}
