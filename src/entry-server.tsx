import { QueryClientProvider } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { AppShell } from '@/app/AppShell'
import { createQueryClient } from '@/app/queryClient'
import { parseDataset } from '@/data/parseDataset'
import { datasetQueryOptions } from '@/data/queries'
import { ServerSearchContext } from '@/url/ServerSearchContext'
import { LangProvider } from '@/url/LangProvider'

/**
 * Renders the first view (no search params, English) to HTML at build time,
 * with the dataset already in the cache, so the topic cards are in the page
 * before any JavaScript runs. The client hydrates it (src/main.tsx).
 */
export function renderFirstView(rawDataset: unknown, search = ''): string {
  const client = createQueryClient()
  client.setQueryData(datasetQueryOptions.queryKey, parseDataset(rawDataset))
  return renderToString(
    <QueryClientProvider client={client}>
      <ServerSearchContext value={search}>
        <LangProvider>
          <AppShell />
        </LangProvider>
      </ServerSearchContext>
    </QueryClientProvider>,
  )
}
