import { describe, expect, it } from 'vitest'
import { makeDataset, makeMeeting, makeTopic } from '../../tests/fixtures/dataset'
import type { Source } from './schema'
import {
  countByPillar,
  indexDataset,
  isPressOnly,
  meetingYear,
  neighbours,
  relatedTopics,
  scopeIndex,
  scopeSpan,
  sourcesByAuthority,
} from './selectors'

describe('selectors', () => {
  const data = makeDataset({
    meetings: [
      makeMeeting({ id: 'm-2021', startDate: '2021-08-05', endDate: '2021-08-05' }),
      makeMeeting({ id: 'm-2017' }),
      makeMeeting({ id: 'm-2019', startDate: '2019-06-08', endDate: '2019-06-09' }),
    ],
    topics: [
      makeTopic({ id: 'late-ai', meetingId: 'm-2021', themes: ['ai'], pillar: 'digital-economy' }),
      makeTopic({ id: 'early-gov', meetingId: 'm-2017' }),
      makeTopic({ id: 'mid-ai', meetingId: 'm-2019', themes: ['ai'], pillar: 'digital-economy' }),
      makeTopic({ id: 'late-gov', meetingId: 'm-2021' }),
    ],
  })
  const index = indexDataset(data)

  it('orders meetings by date and topics by meeting, then agenda order', () => {
    expect(index.meetings.map((m) => m.id)).toEqual(['m-2017', 'm-2019', 'm-2021'])
    expect(index.topics.map((t) => t.id)).toEqual(['early-gov', 'mid-ai', 'late-ai', 'late-gov'])
    expect(index.years).toEqual([2017, 2019, 2021])
  })

  it('reads the year from the start date', () => {
    expect(meetingYear({ startDate: '2020-04-30' })).toBe(2020)
  })

  it('counts topics per pillar', () => {
    expect(countByPillar(index.topics)).toEqual({ 'digital-economy': 2, 'digital-government': 2 })
  })

  it('finds the same theme in other meetings, not the same one', () => {
    expect(relatedTopics(index, index.topicById.get('late-ai')!).map((t) => t.id)).toEqual(['mid-ai'])
  })

  it('gives previous and next meetings', () => {
    expect(neighbours(index, 'm-2019')).toMatchObject({ previous: { id: 'm-2017' }, next: { id: 'm-2021' } })
    expect(neighbours(index, 'm-2017').previous).toBeNull()
    expect(neighbours(index, 'nope')).toEqual({ previous: null, next: null })
  })

  const source = (publisher: string, n: number): Source => ({ url: `https://example.org/${publisher}/${n}`, publisher })

  it('finds a publisher by id', () => {
    expect(index.publisherById.get('example-news')?.kind).toBe('press')
  })

  it('calls sources press-only only when every one is press coverage', () => {
    const { publisherById } = index
    expect(isPressOnly([source('example-news', 1), source('example-news', 2)], publisherById)).toBe(true)
    expect(isPressOnly([source('example-news', 1), source('example-archive', 1)], publisherById)).toBe(false)
    expect(isPressOnly([source('example-ministry', 1)], publisherById)).toBe(false)
    expect(isPressOnly([], publisherById)).toBe(false)
  })

  it('orders sources official, then archive, then press, keeping the data’s order within a kind', () => {
    const sources = [
      source('example-news', 1),
      source('example-archive', 1),
      source('example-ministry', 1),
      source('example-news', 2),
      source('example-ministry', 2),
    ]
    expect(sourcesByAuthority(sources, index.publisherById).map((s) => s.url.slice(20))).toEqual([
      'example-ministry/1',
      'example-ministry/2',
      'example-archive/1',
      'example-news/1',
      'example-news/2',
    ])
    expect(sources[0]!.publisher).toBe('example-news')
  })
})

describe('scopeIndex', () => {
  const index = indexDataset(
    makeDataset({
      meta: {
        title: { en: 'Track 2017–2021' },
        titleAll: { en: 'Track 2016–2025' },
        version: '1.0.0',
        dataAsOf: '2026-12-02',
        licence: { en: 'Licence' },
        sourcesNote: { en: 'Sources' },
      },
      meetings: [
        makeMeeting({ id: 'm-2024', startDate: '2024-09-13', endDate: '2024-09-13' }),
        makeMeeting({ id: 'm-2017' }),
        makeMeeting({ id: 'm-2021', startDate: '2021-08-05', endDate: '2021-08-05' }),
        makeMeeting({ id: 'm-2027', startDate: '2027-01-01', endDate: '2027-01-01' }),
      ],
      topics: [
        makeTopic({ id: 'core', meetingId: 'm-2017' }),
        makeTopic({ id: 'later', meetingId: 'm-2024', themes: ['ai'] }),
      ],
    }),
  )

  it('derives the year list from the data and the scope', () => {
    expect(scopeIndex(index, 'core').years).toEqual([2017, 2021])
    expect(scopeIndex(index, 'all').years).toEqual([2017, 2021, 2024])
    expect(index.years).toEqual([2017, 2021, 2024, 2027])
  })

  it('narrows meetings, topics and themes to the scope, and keeps every id lookup whole', () => {
    const core = scopeIndex(index, 'core')
    expect(core.meetings.map((m) => m.id)).toEqual(['m-2017', 'm-2021'])
    expect(core.topics.map((t) => t.id)).toEqual(['core'])
    expect(core.themes.map((t) => t.id)).toEqual(['digital-government'])
    expect(core.meetingById.has('m-2024')).toBe(true)
    expect(core.allMeetings).toHaveLength(4)
    expect(scopeIndex(index, 'all').topics.map((t) => t.id)).toEqual(['core', 'later'])
  })

  it('titles the scope, and gives the same object for the same scope', () => {
    expect(scopeIndex(index, 'core').meta.title.en).toBe('Track 2017–2021')
    expect(scopeIndex(index, 'all').meta.title.en).toBe('Track 2016–2025')
    expect(scopeIndex(index, 'all')).toBe(scopeIndex(index, 'all'))
    expect(scopeSpan('all')).toEqual([2016, 2025])
  })
})
