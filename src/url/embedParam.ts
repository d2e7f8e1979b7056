/**
 * `?embed=1`: the view alone, for an iframe on another page (no header, no footer, a link to the full page).
 * Like `presenter=1`, a param the view state does not own: every link inside keeps it (patchSearch keeps
 * unknown params), and addressOf, which writes only the view state, gives the full page without it.
 * Such an address is never prerendered (public/boot.js renders any address with a query on the client).
 */
export const isEmbedded = (): boolean =>
  typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('embed') === '1'
