import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { currentViewState, renderApp } from '../../../tests/renderApp'

const src = [{ url: 'https://example.org/source', publisher: 'example-ministry', fact: 'F1' }]
const dataset = makeDataset({
  meetings: [
    makeMeeting({
      id: 'm-2021',
      startDate: '2021-08-05',
      endDate: '2021-08-05',
      format: 'hybrid',
      shortName: { en: 'Trieste 2021' },
    }),
    makeMeeting(),
    makeMeeting({
      id: 'm-2020',
      startDate: '2020-07-22',
      endDate: '2020-07-22',
      format: 'virtual',
      city: null,
      country: null,
      shortName: { en: 'Virtual 2020' },
    }),
  ],
  topics: [makeTopic(), makeTopic({ id: 't-2', meetingId: 'm-2021', pillar: 'digital-economy' })],
  context: [
    {
      id: 'hangzhou',
      date: '2016-09-05',
      title: { en: 'Hangzhou initiative' },
      summary: { en: 'Leaders adopted it.' },
      sources: src,
    },
  ],
})

// The views are lazy-loaded; transform them once up front so the first test does not wait on the compiler.
beforeAll(async () => {
  await import('./TimelineView')
  await import('./MeetingDetail')
})

// Whole-app renders: generous limits, as a busy CI machine can be slow to load the lazy views.
describe('the timeline', { timeout: 20_000 }, () => {
  it('lists the meetings in date order with dates, format in words and context marked as such', async () => {
    renderApp({ url: '/?view=timeline', dataset })
    const list = await screen.findByRole('list', { name: 'Meetings, 2017–2021' }, { timeout: 8000 })
    const links = within(list).getAllByRole('link')
    expect(links.map((l) => l.textContent)).toEqual(['Düsseldorf 2017', 'Virtual 2020', 'Trieste 2021'])
    expect(within(list).getByText('6–7 April 2017')).toBeInTheDocument()
    expect(within(list).getByText('Hybrid')).toBeInTheDocument()
    expect(within(list).getByText('Virtual')).toBeInTheDocument()
    expect(within(list).getByText('Context')).toBeInTheDocument()
    expect(within(list).getByText('Leaders adopted it.')).toBeInTheDocument()
  })

  it('says plainly that the filters do not narrow it, and only when a filter is set', async () => {
    const { unmount } = renderApp({ url: '/timeline/?pillar=digital-government', dataset })
    expect(await screen.findByRole('note', {}, { timeout: 8000 })).toHaveTextContent(
      'The timeline shows every meeting: the filters you set apply to the topic cards, not here.',
    )
    unmount()
    renderApp({ url: '/timeline/', dataset })
    await screen.findByRole('list', { name: 'Meetings, 2017–2021' }, { timeout: 8000 })
    expect(screen.queryByRole('note')).not.toBeInTheDocument()
  })

  it('is one tab stop; arrow keys, Home and End move focus; Enter opens the meeting', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=timeline', dataset })
    const list = await screen.findByRole('list', { name: 'Meetings, 2017–2021' }, { timeout: 8000 })
    const [first, second, third] = within(list).getAllByRole('link')
    expect([first, second, third].map((l) => l!.tabIndex)).toEqual([0, -1, -1])
    first!.focus()
    await user.keyboard('{ArrowRight}')
    expect(second).toHaveFocus()
    expect([first, second, third].map((l) => l!.tabIndex)).toEqual([-1, 0, -1])
    await user.keyboard('{End}')
    expect(third).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(third).toHaveFocus()
    await user.keyboard('{Home}')
    expect(first).toHaveFocus()
    await user.keyboard('{End}{Enter}')
    const heading = await screen.findByRole('heading', { level: 2, name: 'Test Ministerial Conference' })
    expect(heading).toHaveFocus()
    expect(window.location.pathname).toBe('/meetings/m-2021/')
  })

  it('has no action of its own below the meetings; a meeting’s page links to its topics', async () => {
    const user = userEvent.setup()
    renderApp({ url: '/?view=timeline', dataset })
    const list = await screen.findByRole('list', { name: 'Meetings, 2017–2021' }, { timeout: 8000 })
    expect(screen.queryByRole('button', { name: /Show the topics/ })).not.toBeInTheDocument()
    await user.click(within(list).getByRole('link', { name: 'Trieste 2021' }))
    const topics = await screen.findByRole('link', { name: 'Show this meeting’s topics' })
    expect(topics).toHaveAttribute('href', '/topics/?meetings=m-2021')
    await user.click(topics)
    expect(currentViewState()).toMatchObject({ meetings: ['m-2021'], view: 'topics', meeting: null })
    expect(window.location.pathname).toBe('/topics/')
  })
})
