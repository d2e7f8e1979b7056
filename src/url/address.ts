import { toSearchString } from './urlPatch'
import { serializeViewState, VIEWS, type ViewState } from './urlState'

/**
 * Addresses with paths: the view, the meeting and Japanese live in the path, the filters in the
 * query — `/ja/meetings/2021-trieste/?years=2021`. Every such page is a real file of the build
 * (prerendered, vite.config.ts). Inside the app the state is still read from one search string
 * ("state search": the path's parts as `view`, `meeting` and `lang` params, the query's on top),
 * so old links (`/?view=timeline&meeting=…&lang=ja`) keep working and are rewritten on load.
 */

/**
 * How an address names a page. 'path' (the web build): `/ja/meetings/2021-trieste/?years=2021`, each page a
 * file of its own. 'query' (the single-file build, `npm run build:offline`, opened from `file://` where no
 * other path exists): everything in the query of the one file, `g20-digital-dashboard.html?meeting=2021-trieste&lang=ja`.
 * The query and not the hash, because the hash is the page's own (the skip link's `#main`). Decided at build
 * time (VITE_ADDRESSING in .env.offline), so the web build carries no trace of the other mode (the tests
 * stub the flag and load this module again).
 */
export const ADDRESSING: 'path' | 'query' = import.meta.env.VITE_ADDRESSING === 'query' ? 'query' : 'path'

/**
 * The folder the app is served from ("/" or "/g20/"), from Vite's `base`; with query addressing, the file
 * itself (its own path, whatever the file was renamed to: the single file is never prerendered).
 */
export const BASE: string =
  ADDRESSING === 'query' && typeof window !== 'undefined' ? window.location.pathname : import.meta.env.BASE_URL

const PATH_VIEWS = VIEWS.filter((view) => view !== 'overview')
const JA = 'ja'
const MEETINGS = 'meetings'
const THEMES = 'themes'

/** What a path says: "/ja/meetings/2021-trieste/" → lang=ja&meeting=2021-trieste. Anything else in it is ignored. */
export function pathParams(pathname: string, base = BASE): URLSearchParams {
  const params = new URLSearchParams()
  if (ADDRESSING === 'query' || !pathname.startsWith(base)) return params
  const parts = pathname
    .slice(base.length)
    .split('/')
    .filter((part) => part !== '' && part !== 'index.html')
  if (parts[0] === JA) {
    params.set('lang', JA)
    parts.shift()
  }
  const [first, second] = parts
  if (first === MEETINGS && second !== undefined) params.set('meeting', decodeURIComponent(second))
  else if (first === THEMES && second !== undefined) params.set('theme', decodeURIComponent(second))
  else if (first !== undefined && (PATH_VIEWS as readonly string[]).includes(first)) params.set('view', first)
  return params
}

/** The search string the view state is read from: the path's parts, with the query's own keys on top. */
export function stateSearch(pathname: string, search: string, base = BASE): string {
  const params = pathParams(pathname, base)
  for (const [key, value] of new URLSearchParams(search)) params.set(key, value)
  return toSearchString(params)
}

/**
 * The address of a state search (canonical, as patchSearch writes it): view, meeting and Japanese
 * move into the path, everything else stays in the query in its order. A meeting's page is its own
 * path, whatever view was under it.
 */
export function addressFromSearch(search: string, base = BASE): string {
  // The one file: the state search is its query as it is.
  if (ADDRESSING === 'query') return `${base}${search}`
  const params = new URLSearchParams(search)
  const view = params.get('view')
  const meeting = params.get('meeting')
  // A meeting page wins over a theme page, as on screen.
  const theme = meeting === null ? params.get('theme') : null
  const isJapanese = params.get('lang') === JA
  params.delete('view')
  params.delete('meeting')
  if (theme !== null) params.delete('theme')
  if (isJapanese) params.delete('lang')
  const path =
    (isJapanese ? `${JA}/` : '') +
    (meeting !== null
      ? `${MEETINGS}/${encodeURIComponent(meeting)}/`
      : theme !== null
        ? `${THEMES}/${encodeURIComponent(theme)}/`
        : view !== null
          ? `${view}/`
          : '')
  return `${base}${path}${toSearchString(params)}`
}

/** The address of a view state (for links, Copy link and the citation). */
export function addressOf(state: ViewState, base = BASE): string {
  return addressFromSearch(toSearchString(serializeViewState(state)), base)
}

/** Every page the build writes, as state searches: each view, meeting and theme, in English and Japanese. */
export function pageSearches(meetingIds: readonly string[], themeIds: readonly string[] = []): string[] {
  const pages = [
    '',
    ...PATH_VIEWS.map((view) => `?view=${view}`),
    ...meetingIds.map((id) => `?meeting=${encodeURIComponent(id)}`),
    ...themeIds.map((id) => `?theme=${encodeURIComponent(id)}`),
  ]
  return [...pages, ...pages.map((page) => (page === '' ? '?lang=ja' : `${page}&lang=ja`))]
}
