import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { renderApp } from '../../../tests/renderApp'

const dataset = makeDataset({
  themes: [
    { id: 'skills', name: { en: 'Digital skills', ja: 'デジタル人材' }, description: { en: 'Skills.' } },
    { id: 'ai', name: { en: 'AI' }, description: { en: 'AI.' } },
  ],
  meetings: [
    makeMeeting({
      documents: [
        {
          id: 'roadmap',
          kind: 'annex',
          title: { en: 'Roadmap for Digitalisation' },
          sources: makeMeeting().sources,
        },
      ],
    }),
    makeMeeting({ id: 'm-2021', startDate: '2021-08-05', endDate: '2021-08-05', documents: [] }),
  ],
  topics: [
    makeTopic({ id: 'broadband', title: { en: 'Broadband' }, summary: { en: 'Networks.' }, themes: ['ai'] }),
    makeTopic({
      id: 'training',
      meetingId: 'm-2021',
      title: { en: 'Training' },
      summary: { en: 'Courses.' },
      themes: ['skills'],
    }),
  ],
})

const cardNames = () =>
  within(screen.getByRole('region', { name: /^Topics/ }))
    .queryAllByRole('article')
    .map((card) => card.getAttribute('aria-label') ?? within(card).getByRole('heading').textContent)

describe('searching the topics view', { timeout: 30_000 }, () => {
  it("shows a meeting's topics for a word of its document titles, and a topic for its theme's name", async () => {
    renderApp({ url: '/?view=topics', dataset })
    const box = await screen.findByRole('searchbox', { name: 'Search topics and meetings' })
    await userEvent.type(box, 'roadmap')
    await waitFor(() => expect(cardNames()).toEqual(['Broadband']))
    await userEvent.clear(box)
    await userEvent.type(box, 'digital skills')
    await waitFor(() => expect(cardNames()).toEqual(['Training']))
  })
})
