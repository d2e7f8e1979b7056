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
