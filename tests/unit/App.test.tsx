import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeDataset, rawDataset } from '../fixtures/dataset'
import { renderApp } from '../renderApp'

afterEach(() => vi.unstubAllGlobals())

describe('the app shell', { timeout: 30_000 }, () => {
  it('shows the topic cards and the dataset details in the footer', async () => {
    renderApp({ dataset: makeDataset() })
    expect(await screen.findByRole('heading', { name: 'Digital Identity' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent("G20 Digital Ministers' Track")
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Data as of 29 November 2026')
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Dataset version 1.0.0')
  })

  it('shows a loading state, then an error panel naming the cause, and Retry recovers', async () => {
    const fetchMock = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response('nope', { status: 503 }))
      .mockResolvedValue(new Response(JSON.stringify(rawDataset())))
    vi.stubGlobal('fetch', fetchMock)
    renderApp()
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset')
    const panel = await screen.findByRole('alert')
    expect(panel).toHaveTextContent('HTTP 503')
    expect(screen.getByRole('banner')).toBeInTheDocument()
    // Nothing fetches behind the error panel (the footer only listens): the one request is the failed one.
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(screen.getByRole('contentinfo')).not.toHaveTextContent(/Data as of/)
    await userEvent.click(within(panel).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { name: 'Digital Identity' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(await within(screen.getByRole('contentinfo')).findByText(/Data as of/)).toBeInTheDocument()
    // Retry made exactly one request, and the data it brought fills the main area and the footer.
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('switches to Japanese, with <html lang> and the URL following', async () => {
    renderApp({ dataset: makeDataset() })
    await userEvent.click(screen.getByRole('button', { name: '日本語' }))
    expect(await screen.findByRole('heading', { name: 'デジタルアイデンティティ' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('ja')
    expect(window.location.pathname).toMatch(/^\/ja\//)
    // A text with no Japanese falls back to English, visibly marked.
    expect(screen.getAllByText('英語のみ').length).toBeGreaterThan(0)
  })

  it('links every view with the filters kept, so a view can be opened in a new tab', async () => {
    renderApp({ url: '/?pillar=digital-government&years=2021', dataset: makeDataset() })
    const nav = await screen.findByRole('navigation', { name: 'Views' })
    expect(within(nav).getByRole('link', { name: 'Timeline' })).toHaveAttribute(
      'href',
      '/timeline/?pillar=digital-government&years=2021',
    )
    expect(within(nav).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page')
  })
})
