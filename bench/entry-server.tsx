// Server-renders the app's first view with the dataset already in the query
// cache, for the benchmark's static baseline page. Loaded with Vite's
// ssrLoadModule after bench/static.mjs has put a DOM-like window in place.
import { renderToString } from 'react-dom/server'
import { App } from '@/app/App'
import { createQueryClient } from '@/app/queryClient'
import { datasetQueryOptions } from '@/data/queries'
import { parseDataset } from '@/data/parseDataset'

export function render(raw: unknown): string {
  const client = createQueryClient()
  client.setQueryData(datasetQueryOptions.queryKey, parseDataset(raw))
  return renderToString(<App client={client} />)
}
