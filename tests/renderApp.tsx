import { render } from '@testing-library/react'
import { App } from '@/app/App'
import { createQueryClient } from '@/app/queryClient'
import { datasetQueryOptions } from '@/data/queries'
import type { Dataset } from '@/data/schema'
import { stateSearch } from '@/url/address'
import { parseViewState, type ViewState } from '@/url/urlState'

/** Renders the whole app at a URL, with the dataset already in the query cache when given. */
export function renderApp({ url = '/', dataset }: { url?: string; dataset?: Dataset } = {}) {
  window.history.replaceState(null, '', url)
  const client = createQueryClient()
  if (dataset) client.setQueryData(datasetQueryOptions.queryKey, dataset)
  // The error panel shows caught errors; React need not also log them.
  return { client, ...render(<App client={client} />, { onCaughtError: () => undefined }) }
}

/** The view the address bar shows (path and query together), as the app reads it. */
export function currentViewState(): ViewState {
  return parseViewState(stateSearch(window.location.pathname, window.location.search))
}
