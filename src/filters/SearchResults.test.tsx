import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { localText } from '@/data/localize'
import { parseDataset } from '@/data/parseDataset'
import { makeDataset, makeMeeting } from '../../tests/fixtures/dataset'
import { renderApp } from '../../tests/renderApp'

const realDataset = parseDataset(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/g20-digital.json'), 'utf8')),
)

const results = () => screen.findByRole('region', { name: /^Found in the meetings record/ })

// The whole app renders in jsdom, and slowly when the machine is busy.
describe('search results beyond the topic cards', { timeout: 30_000 }, () => {
  it('finds Takeda in Japan’s participation, says so, and opens the meeting from the keyboard', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=topics&q=Takeda', dataset: realDataset })
    const region = await results()
    const link = within(region).getByRole('link', { name: /Japan’s participation.*Trieste 2021.*TAKEDA/ })
    expect(within(link).getByText('TAKEDA', { selector: 'mark' })).toBeInTheDocument()
    expect(within(region).getByRole('list', { name: 'Matches by kind' })).toHaveTextContent('Japan’s participation (1)')
    expect(within(region).getByText('No topic card matches.')).toBeInTheDocument()

    link.focus()
    await user.keyboard('{Enter}')
    // The meeting page itself (lazy-loaded) is checked in the browser test, tests/e2e/search.spec.ts.
    await waitFor(() => expect(window.location.pathname).toBe('/meetings/2021-trieste/'))
  })

  it('follows the search box as the reader types', async () => {
    const dataset = makeDataset({
      meetings: [
        makeMeeting({
          japan: {
            summary: { en: 'State Minister Sato attended.' },
            remarks: [],
            sources: [{ url: 'https://example.org/j', publisher: 'example-ministry' }],
          },
        }),
      ],
    })
    renderApp({ url: '/?view=topics', dataset })
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search topics and meetings' }), 'sato')
    expect(within(await results()).getByRole('link', { name: /Japan’s participation.*Sato/ })).toBeInTheDocument()
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search topics and meetings' }))
    await waitFor(() => expect(screen.queryByRole('region', { name: /^Found/ })).not.toBeInTheDocument())
  })

  it('finds a document by its title and links to its meeting', async () => {
    const meeting = realDataset.meetings.find((m) => m.documents.length > 1)!
    const doc = meeting.documents[1]!
    const title = localText(doc.title, 'en')
    renderApp({ url: `/?view=topics&q=${encodeURIComponent(title)}`, dataset: realDataset })
    const link = within(await results()).getByRole('link', { name: new RegExp(`^Document`) })
    expect(link).toHaveTextContent(title)
    expect(link).toHaveTextContent(localText(meeting.shortName, 'en'))
    expect(link).toHaveAttribute('href', expect.stringContaining(`/meetings/${meeting.id}/`))
  })

  it('shows a few results at a time, with the count of each kind, and more on request', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=topics&q=Japan', dataset: realDataset })
    const region = await results()
    const shown = () => within(region).getAllByRole('link')
    expect(shown()).toHaveLength(5)
    const more = within(region).getByRole('button', { name: /^Show more results \(5 of \d+ shown\)$/ })
    const total = Number(/of (\d+)/.exec(more.textContent)![1])
    const kinds = within(region).getByRole('list', { name: 'Matches by kind' })
    const counted = within(kinds)
      .getAllByRole('listitem')
      .reduce((sum, item) => sum + Number(/\((\d+)\)/.exec(item.textContent)![1]), 0)
    expect(counted).toBe(total)
    expect(kinds).toHaveTextContent(/Minister’s remarks \(\d+\)/)
    await user.click(more)
    expect(shown().length).toBeGreaterThan(5)
  })

  it('speaks Japanese and finds Japanese text', async () => {
    renderApp({ url: '/?view=topics&lang=ja&q=武田', dataset: realDataset })
    const region = await screen.findByRole('region', { name: /^会合の記録での一致/ })
    expect(within(region).getByRole('link', { name: /日本の参加.*武田/ })).toBeInTheDocument()
  })

  it('offers what holds some of the words when nothing holds them all', async () => {
    renderApp({ url: '/?view=topics&q=Osaka%20Track', dataset: realDataset })
    const region = await screen.findByRole('region', { name: /^Found with some of the words/ })
    const note = 'Nothing holds every word of “Osaka Track”. These hold some of them, most words first.'
    expect(within(region).getByText((_, el) => el?.tagName === 'P' && el.textContent === note)).toBeInTheDocument()
    expect(
      within(region)
        .getAllByRole('link')
        .some((link) => /Osaka/.test(link.textContent)),
    ).toBe(true)
  })

  it('says plainly when nothing at all matches', async () => {
    renderApp({ url: '/?view=topics&q=zzzz-nothing', dataset: realDataset })
    expect(await screen.findByRole('heading', { name: 'Nothing matches “zzzz-nothing”' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: /^Found/ })).not.toBeInTheDocument()
  })

  it('isolates a query holding bidi controls in a <bdi> wherever the page echoes it', async () => {
    // U+202E (right-to-left override) would otherwise mirror the rest of the sentence after it.
    const q = '\u202Edigital track'
    renderApp({ url: `/?view=topics&q=${encodeURIComponent(q)}`, dataset: realDataset })
    await screen.findByRole('region', { name: /^Found with some of the words/ })
    const echoes = screen.getAllByText(q)
    // The sentence under the cards' heading, the search note and its live announcement.
    expect(echoes.length).toBeGreaterThanOrEqual(2)
    for (const echo of echoes) expect(echo.tagName).toBe('BDI')
  })
})
