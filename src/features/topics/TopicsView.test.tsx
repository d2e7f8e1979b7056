import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import { makeAgreement, makeDataset, makeTopic, makeUnagreedTopic, pressSources } from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'

const realDataset = parseDataset(
  JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/g20-digital.json'), 'utf8')),
)

/** The topic cards (other parts of the app, like the print handout, are articles too). */
function cards(): HTMLElement[] {
  return within(screen.getByRole('region', { name: /^Topics/ })).queryAllByRole('article')
}

/** Counted straight from the file, independently of the app's filter code: the core 2017–2021 unless `all`. */
function countInFile(pillar: string | null, year: number | null, all = false): string {
  const meetingYear = new Map(realDataset.meetings.map((m) => [m.id, Number(m.startDate.slice(0, 4))]))
  const inScope = (y: number | undefined) => y !== undefined && (all ? y >= 2016 && y <= 2025 : y >= 2017 && y <= 2021)
  const n = realDataset.topics.filter((t) => {
    const y = meetingYear.get(t.meetingId)
    return inScope(y) && (pillar === null || t.pillar === pillar) && (year === null || y === year)
  }).length
  return `${n} topics`
}
/** Topics in the 2017–2021 scope, as the sentence's "(of N in 2017–2021)" says. */
const realTopicsInCore = countInFile(null, null).split(' ')[0]

/** A lens button's name is exactly the lens; its count is its accessible description. */
function expectLens(name: string, count: string) {
  expect(screen.getByRole('button', { name })).toHaveAccessibleDescription(count)
}

// The whole app renders in jsdom, and slowly when the machine is busy.
describe('the topics view', { timeout: 30_000 }, () => {
  it('shows each lens with its count for the other filters (real dataset)', async () => {
    renderApp({ url: '/?view=topics', dataset: realDataset })
    expect(await screen.findByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true')
    expectLens('All', countInFile(null, null))
    expectLens('Digital economy', countInFile('digital-economy', null))
    expectLens('Digital government', countInFile('digital-government', null))

    await userEvent.click(screen.getByRole('button', { name: '2021' }))
    expectLens('All', countInFile(null, 2021))
    expectLens('Digital economy', countInFile('digital-economy', 2021))
    expectLens('Digital government', countInFile('digital-government', 2021))

    // Choosing a lens keeps the counts: they are for the other filters.
    await userEvent.click(screen.getByRole('button', { name: 'Digital government' }))
    expect(`${cards().length} topics`).toBe(countInFile('digital-government', 2021))
    expectLens('Digital economy', countInFile('digital-economy', 2021))
    await waitFor(() => expect(window.location.search).toContain('pillar=digital-government'))
    expect(
      screen.getByText(
        `${countInFile('digital-government', 2021).split(' ')[0]} Digital government topics in 2021 (of ${realTopicsInCore} in 2017–2021)`,
      ),
    ).toBeInTheDocument()
  })

  it('spans 2017–2021 by default and 2016–2025 when the scope control says so (real dataset)', async () => {
    renderApp({ url: '/?view=topics', dataset: realDataset })
    const core = await screen.findByRole('button', { name: '2017–2021' })
    expect(core).toHaveAttribute('aria-pressed', 'true')
    expectLens('All', countInFile(null, null))
    expect(screen.queryByRole('button', { name: '2024' })).not.toBeInTheDocument()
    expect(screen.queryByRole('article', { name: /Information integrity|Integrity of information/ })).toBeNull()

    await userEvent.click(screen.getByRole('button', { name: '2016–2025' }))
    await waitFor(() => expect(window.location.search).toContain('scope=all'))
    expect(screen.getByRole('button', { name: '2016–2025' })).toHaveAttribute('aria-pressed', 'true')
    expectLens('All', countInFile(null, null, true))
    expect(countInFile(null, null, true)).not.toBe(countInFile(null, null))
    await userEvent.click(screen.getByRole('button', { name: '2024' }))
    expect(`${cards().length} topics`).toBe(countInFile(null, 2024, true))
    expect(
      screen.getByRole('article', { name: 'Integrity of information online and trust in the digital economy' }),
    ).toBeInTheDocument()
  })

  it('highlights the search text in the cards and says what is showing', async () => {
    renderApp({ url: '/?view=topics', dataset: makeDataset() })
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search topics and meetings' }), 'identity')
    const card = screen.getByRole('article', { name: 'Digital Identity' })
    expect(within(card).getByText('Identity', { selector: 'mark' })).toBeInTheDocument()
    expect(cards()).toHaveLength(1)
    // The echoed search sits in its own <bdi>, so the sentence spans two elements.
    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' && /^1 topic matching “identity” \(of \d+ in 2017–2021\)$/.test(element.textContent),
      ),
    ).toBeInTheDocument()
    // The URL is written as the state changes; wait for the render that follows.
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('q')).toBe('identity'))
  })

  it('offers to clear the filters when nothing matches, and clearing shows everything again', async () => {
    renderApp({ url: '/?view=topics&pillar=digital-economy&q=nothing-like-this', dataset: makeDataset() })
    expect(await screen.findByRole('heading', { name: 'Nothing matches “nothing-like-this”' })).toBeInTheDocument()
    expect(cards()).toHaveLength(0)
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(cards()).toHaveLength(2)
    expect(screen.getByRole('searchbox', { name: 'Search topics and meetings' })).toHaveValue('')
    await waitFor(() => expect(window.location.search).not.toMatch(/pillar|q=/))
  })

  it('removes one filter with its chip and all of them with Clear all', async () => {
    renderApp({ url: '/?view=topics&years=2017,2021&pillar=digital-government', dataset: makeDataset() })
    await userEvent.click(await screen.findByRole('button', { name: 'Remove filter: 2017' }))
    await waitFor(() => expect(window.location.search).toContain('years=2021'))
    expect(screen.getByRole('button', { name: 'Remove filter: 2021' })).toHaveFocus()
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }))
    expect(screen.queryByRole('button', { name: /^Remove filter/ })).not.toBeInTheDocument()
    expect(cards()).toHaveLength(2)
  })

  it('a filter hides the cards it leaves out, and the cards it keeps link with the filter', async () => {
    const dataset = makeDataset({
      topics: [
        makeTopic(),
        makeTopic({ id: 'econ-2017', title: { en: 'Data flows' }, pillar: 'digital-economy', themes: ['ai'] }),
      ],
    })
    renderApp({ url: '/?view=topics', dataset })
    const region = await screen.findByRole('region', { name: /^Topics/ })
    expect(within(region).getAllByRole('article')).toHaveLength(2)
    await userEvent.click(screen.getByRole('button', { name: /^Digital government/ }))
    expect(within(region).getAllByRole('article')).toHaveLength(1)
    expect(within(region).queryByRole('heading', { name: 'Data flows' })).not.toBeInTheDocument()
    // The kept card's title and theme links carry the lens (a frame after the list has changed).
    const card = within(region).getByRole('article', { name: 'Digital Identity' })
    await waitFor(() =>
      expect(within(card).getByRole('link', { name: 'Digital Identity' })).toHaveAttribute(
        'href',
        '/topics/?pillar=digital-government&topic=t-1',
      ),
    )
    await waitFor(() =>
      expect(within(card).getByRole('link', { name: 'Digital government' })).toHaveAttribute(
        'href',
        expect.stringContaining('pillar=digital-government'),
      ),
    )
    await userEvent.click(screen.getByRole('button', { name: /^All/ }))
    expect(within(region).getAllByRole('article')).toHaveLength(2)
    await waitFor(() =>
      expect(within(region).getByRole('link', { name: 'Data flows' })).toHaveAttribute(
        'href',
        '/topics/?topic=econ-2017',
      ),
    )
  })

  it('opens a topic’s detail from its card, with why it sits in its pillar and the same theme elsewhere', async () => {
    const dataset = makeDataset({
      topics: [
        makeTopic({ pillarBasis: { kind: 'declaration', reason: { en: 'Listed under Digital Government.' } } }),
        makeTopic({ id: 'gov-2021', meetingId: 'm-2021', title: { en: 'Government as a platform' } }),
      ],
    })
    renderApp({ url: '/?view=topics', dataset })
    await userEvent.click(await screen.findByRole('link', { name: 'Digital Identity' }))
    const dialog = await screen.findByRole('dialog', { name: 'Digital Identity' })
    await waitFor(() => expect(window.location.search).toContain('topic=t-1'))
    expect(within(dialog).getByText('From the declaration’s own structure')).toBeInTheDocument()
    expect(within(dialog).getByText('Listed under Digital Government.')).toBeInTheDocument()
    // The dialog leads to its meeting's page.
    expect(within(dialog).getByRole('link', { name: 'Test Ministerial Conference' })).toHaveAttribute(
      'href',
      '/meetings/m-2017/',
    )
    const related = within(dialog).getByRole('region', { name: 'The same themes at other meetings' })
    await userEvent.click(within(related).getByRole('link', { name: 'Government as a platform' }))
    expect(await screen.findByRole('dialog', { name: 'Government as a platform' })).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toContain('topic=gov-2021'))
  })

  it('says on each card what was agreed, or that no agreed text was found, and marks press-only topics', async () => {
    const dataset = makeDataset({
      topics: [
        makeTopic({
          agreement: [makeAgreement(), makeAgreement({ verb: 'noted', text: { en: 'Noted a report on identity.' } })],
        }),
        makeUnagreedTopic({ meetingId: 'm-2021', sources: pressSources }),
      ],
    })
    renderApp({ url: '/?view=topics', dataset })
    const agreed = await screen.findByRole('article', { name: 'Digital Identity' })
    expect(agreed).toHaveTextContent('What was agreed: Adopted the “Test Principles”. (and 1 more in the detail)')
    expect(agreed).toHaveTextContent(/Sources: Official: Example Ministry/)
    expect(agreed).not.toHaveTextContent('Press only')
    const none = screen.getByRole('article', { name: 'Future Skills' })
    expect(none).toHaveTextContent('No agreed text found in the sources')
    expect(none).toHaveTextContent(/Press only.*Sources: Press coverage: Example News/)
    // A search shows the agreement it matched, not the first one.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search topics and meetings' }), 'report')
    expect(screen.getByRole('article', { name: 'Digital Identity' })).toHaveTextContent('Noted a report on identity.')

    await userEvent.click(screen.getByRole('link', { name: 'Digital Identity' }))
    const dialog = await screen.findByRole('dialog', { name: 'Digital Identity' })
    const section = within(dialog).getByRole('region', { name: 'What was agreed' })
    expect(section).toHaveTextContent(/Adopted the “Test Principles”\.Where: Annex 1/)
    expect(section).toHaveTextContent('Noted a report on identity.')
  })

  it('explains in the detail why a press-only topic needs checking, and why no agreed text is shown', async () => {
    const dataset = makeDataset({ topics: [makeUnagreedTopic({ sources: pressSources })] })
    renderApp({ url: '/?view=topics&topic=t-none&lang=ja', dataset })
    const dialog = await screen.findByRole('dialog', { name: '将来のスキル' })
    const section = within(dialog).getByRole('region', { name: '合意された内容' })
    expect(section).toHaveTextContent('出典に合意文は見つかっていません')
    expect(section).toHaveTextContent('作業部会のテーマにとどまり、合意文は見つかっていない。')
    expect(dialog).toHaveTextContent(/報道のみ.*公式の文書やその写しは見つかっていません.*出典: 報道: 例示ニュース/)
  })

  it('narrows by theme and meeting, several at once', async () => {
    renderApp({ url: '/?view=topics', dataset: makeDataset() })
    await userEvent.click(await screen.findByText('Themes', { selector: 'summary > span' }))
    await userEvent.click(screen.getByRole('checkbox', { name: 'AI' }))
    expect(cards()).toHaveLength(1)
    await userEvent.click(screen.getByRole('checkbox', { name: 'Digital government' }))
    expect(cards()).toHaveLength(2)
    await userEvent.click(screen.getByRole('button', { name: 'Trieste 2021' }))
    expect(cards()).toHaveLength(1)
    expect(
      screen.getByText(/^1 topic at Trieste 2021 about AI or Digital government \(of \d+ in 2017–2021\)$/),
    ).toBeInTheDocument()
    await waitFor(() => expect(window.location.search).toContain('themes=ai,digital-government'))
  })

  it('copies the link to the view and says so, or says how to copy it by hand', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=topics&pillar=digital-government', dataset: makeDataset() })
    await user.click(await screen.findByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText('Link copied')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(window.location.href)

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await user.click(screen.getByRole('button', { name: 'Copy link' }))
    expect(await screen.findByText(/copy the address from the browser’s address bar/)).toBeInTheDocument()
  })

  it('speaks Japanese: lens names and the search box', async () => {
    renderApp({ url: '/?view=topics&lang=ja', dataset: makeDataset() })
    expect(await screen.findByRole('button', { name: 'デジタルガバメント' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'すべて' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'デジタル経済' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'トピックと会合を検索' })).toBeInTheDocument()
  })
})
