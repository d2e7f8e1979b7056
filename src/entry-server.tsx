import { QueryClientProvider } from '@tanstack/react-query'
import { renderToString } from 'react-dom/server'
import { prerender } from 'react-dom/static'
import { AppShell } from '@/app/AppShell'
import { createQueryClient } from '@/app/queryClient'
import { parseDataset } from '@/data/parseDataset'
import { scopeSpan } from '@/data/selectors'
import { datasetQueryOptions } from '@/data/queries'
import { appMessages } from '@/app/messages'
import { resolveLang } from '@/i18n/resolveLang'
import { addressFromSearch, pageSearches } from '@/url/address'
import { parseViewState } from '@/url/urlState'
import { ServerSearchContext } from '@/url/ServerSearchContext'
import { LangProvider } from '@/url/LangProvider'

function page(rawDataset: unknown, search: string) {
  const client = createQueryClient()
  client.setQueryData(datasetQueryOptions.queryKey, parseDataset(rawDataset))
  return (
    <QueryClientProvider client={client}>
      <ServerSearchContext value={search}>
        <LangProvider>
          <AppShell />
        </LangProvider>
      </ServerSearchContext>
    </QueryClientProvider>
  )
}

/**
 * Renders a view (the state search of its page; the plain overview in English by default) to HTML at
 * build time, with the dataset already in the cache, so its content is in the page before any
 * JavaScript runs. The client hydrates it (src/main.tsx). A first, discarded pass waits for the lazy
 * views (a meeting page, the timeline) to load; the second renders them in place, in one piece: the
 * streaming form would need inline scripts, which the Content-Security-Policy refuses.
 */
export async function renderFirstView(rawDataset: unknown, search = ''): Promise<string> {
  await prerender(page(rawDataset, search))
  return renderToString(page(rawDataset, search))
}

export interface PrerenderedPage {
  /** Where the page goes in dist/, e.g. "ja/meetings/2021-trieste/" ("" for the root). */
  folder: string
  lang: 'en' | 'ja'
  title: string
  html: string
}

/**
 * Every page of the build (each view and meeting, in English and Japanese; src/url/address.ts), rendered
 * with the dataset in the cache so its content is in the HTML before any JavaScript runs.
 */
export async function renderPages(rawDataset: unknown, base: string): Promise<PrerenderedPage[]> {
  const dataset = parseDataset(rawDataset)
  const pages: PrerenderedPage[] = []
  for (const search of pageSearches(
    dataset.meetings.map((m) => m.id),
    dataset.themes.map((t) => t.id),
  )) {
    const state = parseViewState(search)
    const lang = resolveLang(state.lang, null, [])
    pages.push({
      folder: addressFromSearch(search, base).slice(base.length),
      lang,
      title: appMessages[lang].documentTitle(...scopeSpan(state.scope)),
      html: await renderFirstView(rawDataset, search),
    })
  }
  return pages
}
