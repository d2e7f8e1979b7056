/**
 * `?embed=1`: the view alone, for an iframe on another page (no header, no footer, a link to the full page).
 * Like `presenter=1`, a param the view state does not own: every link inside keeps it (patchSearch keeps
 * unknown params), and addressOf, which writes only the view state, gives the full page without it.
 * Such an address is never prerendered (public/boot.js renders any address with a query on the client).
 *
 * `&chart=matrix` or `&chart=pillars` with it: that one chart of the Themes view alone. Any other value
 * is ignored (the whole view shows: nothing is lost).
 */
export const EMBED_CHARTS = ['matrix', 'pillars'] as const
export type EmbedChart = (typeof EMBED_CHARTS)[number]

export const isEmbedded = (): boolean =>
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1'

/** The chart an embed address asks for, or null for the whole view (no embed, no chart, an unknown one). */
export function embeddedChartOf(search: string): EmbedChart | null {
  const params = new URLSearchParams(search)
  const chart = params.get('chart')
  return params.get('embed') === '1' && (EMBED_CHARTS as readonly string[]).includes(chart ?? '')
    ? (chart as EmbedChart)
    : null
}

export const embeddedChart = (): EmbedChart | null =>
  typeof window === 'undefined' ? null : embeddedChartOf(window.location.search)

/** The address of one chart alone: a view's address (path and query, from addressOf) with embed=1&chart=…. */
export function chartEmbedAddress(address: string, chart: EmbedChart): string {
  const url = new URL(address, 'https://host.invalid')
  url.searchParams.set('embed', '1')
  url.searchParams.set('chart', chart)
  return `${url.pathname}${url.search}`
}
