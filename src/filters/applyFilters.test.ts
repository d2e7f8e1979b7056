import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../tests/fixtures/dataset'
import { applyFilters, buildSearchIndex, lensCounts, type TopicFilters } from './applyFilters'

const index = indexDataset(
  makeDataset({
    meetings: [
      makeMeeting(),
      makeMeeting({
        id: 'm-2021',
        startDate: '2021-08-05',
        endDate: '2021-08-05',
        city: { en: 'Trieste', ja: 'トリエステ' },
        country: { en: 'Italy' },
        shortName: { en: 'Trieste 2021' },
      }),
    ],
    topics: [
      makeTopic({ id: 'gov-2017', title: { en: 'Digital government principles' } }),
      makeTopic({ id: 'ai-2017', title: { en: 'Emerging technologies' }, pillar: 'digital-economy', themes: ['ai'] }),
      makeTopic({
        id: 'id-2021',
        meetingId: 'm-2021',
        title: { en: 'Digital Identity', ja: 'デジタルアイデンティティ' },
      }),
      makeTopic({
        id: 'ai-2021',
        meetingId: 'm-2021',
        title: { en: 'Trustworthy AI' },
        pillar: 'digital-economy',
        themes: ['ai'],
      }),
    ],
  }),
)
const search = buildSearchIndex(index)
const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
const ids = (f: Partial<TopicFilters>) => applyFilters(index, { ...none, ...f }, search).map((t) => t.id)

describe('applyFilters', () => {
  it('shows everything with no filters', () => {
    expect(ids({})).toEqual(['gov-2017', 'ai-2017', 'id-2021', 'ai-2021'])
  })

  it('narrows by pillar, year, meeting and theme, AND across and OR within', () => {
    expect(ids({ pillar: 'digital-government' })).toEqual(['gov-2017', 'id-2021'])
    expect(ids({ years: [2021] })).toEqual(['id-2021', 'ai-2021'])
    expect(ids({ years: [2017, 2021], themes: ['ai'] })).toEqual(['ai-2017', 'ai-2021'])
    expect(ids({ meetings: ['m-2017'], pillar: 'digital-economy' })).toEqual(['ai-2017'])
  })

  it('searches titles, cities and both languages, ignoring accents and width', () => {
    expect(ids({ q: 'dusseldorf' })).toEqual(['gov-2017', 'ai-2017'])
    expect(ids({ q: 'TRIESTE' })).toEqual(['id-2021', 'ai-2021'])
    expect(ids({ q: 'ｱｲﾃﾞﾝﾃｨﾃｨ' })).toEqual(['id-2021'])
    expect(ids({ q: 'identity' })).toEqual(['id-2021'])
    // Every word, in any order and any field: the title and the meeting's city.
    expect(ids({ q: 'identity trieste' })).toEqual(['id-2021'])
    expect(ids({ q: 'identity dusseldorf' })).toEqual([])
  })

  it('ignores unknown ids instead of failing', () => {
    expect(ids({ themes: ['no-such-theme'] })).toEqual([])
  })
})

describe('lensCounts', () => {
  it('counts each lens under the other filters', () => {
    expect(lensCounts(index, { ...none, years: [2021], pillar: 'digital-government' }, search)).toEqual({
      all: 2,
      'digital-economy': 1,
      'digital-government': 1,
    })
  })
})
