import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'

const dataset = makeDataset({
  meetings: [
    makeMeeting({ shortName: { en: 'Düsseldorf 2017' } }),
    makeMeeting({
      id: 'm-2025',
      startDate: '2025-09-29',
      endDate: '2025-09-29',
      outcomeKind: 'chairs-statement',
      formatUnconfirmed: true,
      name: { en: 'Later Ministerial' },
      shortName: { en: 'Cape Town 2025' },
      agreements: [],
    }),
  ],
  topics: [makeTopic(), makeTopic({ id: 't-2025', meetingId: 'm-2025', title: { en: 'Inclusive AI' } })],
})

beforeAll(async () => {
  await Promise.all([import('./TimelineView'), import('./MeetingDetail')])
})

describe('the Since 2021 band', { timeout: 30_000 }, () => {
  it('puts meetings after 2021 in their own band in the default scope, and their page says what the outcome means', async () => {
    renderApp({ url: '/?view=timeline', dataset })
    const band = await screen.findByRole('region', { name: 'Since 2021: the Digital Economy Working Group' })
    expect(within(band).getAllByRole('listitem')).toHaveLength(1)
    expect(within(band).getByText('Chair’s statement (no declaration)')).toBeInTheDocument()
    const core = screen.getByRole('list', { name: 'Meetings, 2017–2021' })
    expect(within(core).queryByText('Cape Town 2025')).toBeNull()

    await userEvent.click(within(band).getByRole('link', { name: 'Cape Town 2025' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Later Ministerial' })).toBeInTheDocument()
    expect(screen.getByText(/not agreed by all members/)).toBeInTheDocument()
    expect(screen.getByText('Unconfirmed')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Topics (1)' })).toBeInTheDocument()
  })
})
