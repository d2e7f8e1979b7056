import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { rovingTarget, sinceCoreSlots, timelineSlots } from './timelineSlots'

const src = [{ url: 'https://example.org/a', publisher: 'example-ministry' }]
const context = (id: string, date: string) => ({ id, date, title: { en: id }, summary: { en: id }, sources: src })

describe('timelineSlots', () => {
  const index = indexDataset(
    makeDataset({
      meetings: [
        makeMeeting({ id: 'm-2021', startDate: '2021-08-05', endDate: '2021-08-05' }),
        makeMeeting({ id: 'm-2017', startDate: '2017-04-06', endDate: '2017-04-07' }),
      ],
      topics: [
        makeTopic({ id: 'a', meetingId: 'm-2021', pillar: 'digital-economy' }),
        makeTopic({ id: 'b', meetingId: 'm-2021', pillar: 'digital-government' }),
        makeTopic({ id: 'c', meetingId: 'm-2021', pillar: 'digital-economy' }),
      ],
      context: [context('same-day', '2021-08-05'), context('before', '2016-09-05'), context('between', '2018-01-01')],
    }),
  )

  it('lists meetings in date order with topic counts by pillar', () => {
    const { meetings } = timelineSlots(index)
    expect(meetings.map((s) => s.meeting.id)).toEqual(['m-2017', 'm-2021'])
    expect(meetings[0]).toMatchObject({ total: 0, counts: { 'digital-economy': 0, 'digital-government': 0 } })
    expect(meetings[1]).toMatchObject({ total: 3, counts: { 'digital-economy': 2, 'digital-government': 1 } })
  })

  it('puts context before the first meeting, or after the meeting it follows (same day counts as after)', () => {
    const slots = timelineSlots(index)
    expect(slots.before.map((c) => c.id)).toEqual(['before'])
    expect(slots.meetings[0]?.context.map((c) => c.id)).toEqual(['between'])
    expect(slots.meetings[1]?.context.map((c) => c.id)).toEqual(['same-day'])
  })
})

describe('rovingTarget', () => {
  it.each([
    ['ArrowRight', 2, 3],
    ['ArrowDown', 2, 3],
    ['ArrowLeft', 2, 1],
    ['ArrowUp', 2, 1],
    ['Home', 4, 0],
    ['End', 1, 5],
    ['ArrowRight', 5, 5],
    ['ArrowLeft', 0, 0],
  ])('%s from %i goes to %i of 6', (key, from, to) => {
    expect(rovingTarget(key, from, 6)).toBe(to)
  })

  it('ignores other keys and empty lists', () => {
    expect(rovingTarget('Enter', 1, 6)).toBeNull()
    expect(rovingTarget('a', 1, 6)).toBeNull()
    expect(rovingTarget('End', 0, 0)).toBeNull()
  })
})

describe('sinceCoreSlots', () => {
  it('gives the meetings after 2021, in date order with their topic counts, whatever the scope', () => {
    const index = indexDataset(
      makeDataset({
        meetings: [
          makeMeeting({ id: 'm-2023', startDate: '2023-08-19', endDate: '2023-08-19' }),
          makeMeeting({ id: 'm-2021', startDate: '2021-08-05', endDate: '2021-08-05' }),
          makeMeeting({ id: 'm-2022', startDate: '2022-09-01', endDate: '2022-09-01' }),
        ],
        topics: [
          makeTopic({ id: 'a', meetingId: 'm-2022', pillar: 'digital-economy' }),
          makeTopic({ id: 'b', meetingId: 'm-2023', pillar: 'digital-government' }),
          makeTopic({ id: 'c', meetingId: 'm-2021' }),
        ],
      }),
    )
    const slots = sinceCoreSlots(index)
    expect(slots.map((s) => [s.meeting.id, s.total, s.counts['digital-government']])).toEqual([
      ['m-2022', 1, 0],
      ['m-2023', 1, 1],
    ])
  })
})
