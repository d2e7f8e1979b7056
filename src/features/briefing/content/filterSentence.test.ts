import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import type { TopicFilters } from '@/filters/applyFilters'
import { makeDataset } from '../../../../tests/fixtures/dataset'
import { filterSentence } from './filterSentence'

const index = indexDataset(makeDataset())
const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }

describe('filterSentence', () => {
  it('says "all" when nothing narrows the view', () => {
    expect(filterSentence(index, none, 2, 'en')).toBe('All 2 topics from all 2 meetings, 2017–2021.')
    expect(filterSentence(index, none, 2, 'ja')).toBe('全2会合(2017–2021)の全トピック2件。')
  })

  it('names every active filter in both languages', () => {
    const filters: TopicFilters = {
      pillar: 'digital-government',
      years: [2017, 2021],
      meetings: [],
      themes: ['ai'],
      q: 'id',
    }
    expect(filterSentence(index, filters, 1, 'en')).toBe(
      '1 topic in Digital government from 2017 or 2021 on AI matching “id”.',
    )
    expect(filterSentence(index, filters, 3, 'ja')).toBe(
      'デジタルガバメント、2017年・2021年、テーマ「AI」、キーワード「id」に当てはまるトピック3件。',
    )
  })

  it('names meetings by their short name and skips unknown ids', () => {
    const filters: TopicFilters = { ...none, meetings: ['m-2021', 'gone'] }
    expect(filterSentence(index, filters, 1, 'en')).toBe('1 topic at Trieste 2021.')
  })
})
