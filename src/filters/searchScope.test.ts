import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../tests/fixtures/dataset'
import { applyFilters, buildSearchIndex, type TopicFilters } from './applyFilters'

// What the search hint promises beyond a topic's own words: its meeting's document titles and its themes' names.
const index = indexDataset(
  makeDataset({
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
            title: { en: 'Roadmap for Digitalisation', ja: 'デジタル化に向けたロードマップ' },
            sources: makeMeeting().sources,
          },
        ],
      }),
      makeMeeting({ id: 'm-2021', startDate: '2021-08-05', endDate: '2021-08-05', documents: [] }),
    ],
    topics: [
      makeTopic({ id: 'broadband', title: { en: 'Broadband' }, summary: { en: 'Networks.' }, themes: ['ai'] }),
      makeTopic({ id: 'training', title: { en: 'Training' }, summary: { en: 'Courses.' }, themes: ['skills'] }),
      makeTopic({
        id: 'later',
        meetingId: 'm-2021',
        title: { en: 'Later topic' },
        summary: { en: 'Elsewhere.' },
        themes: ['ai'],
      }),
    ],
  }),
)
const searchIndex = buildSearchIndex(index)
const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
const found = (q: string) => applyFilters(index, { ...none, q }, searchIndex).map((t) => t.id)

describe('search covers what its hint promises', () => {
  it("finds every topic of a meeting by a word of the meeting's document titles, in English and Japanese", () => {
    expect(found('roadmap')).toEqual(['broadband', 'training'])
    expect(found('ロードマップ')).toEqual(['broadband', 'training'])
  })

  it("finds a topic by its theme's name, in English and Japanese, though its own text does not say it", () => {
    expect(found('digital skills')).toEqual(['training'])
    expect(found('デジタル人材')).toEqual(['training'])
  })
})
