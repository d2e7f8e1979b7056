import { describe, expect, it } from 'vitest'
import { pillarRows } from '@/charts/pillarRows'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { pillarTakeaway } from './pillarTakeaway'
import { pillarTakeawayText } from './takeawayText'

const index = indexDataset(
  makeDataset({
    meetings: [
      makeMeeting({ id: 'a', shortName: { en: 'Salta 2018', ja: 'サルタ 2018' }, startDate: '2018-08-23' }),
      makeMeeting({ id: 'b', shortName: { en: 'Trieste 2021', ja: 'トリエステ 2021' }, startDate: '2021-08-05' }),
    ],
    topics: [
      makeTopic({ id: 't1', meetingId: 'a', pillar: 'digital-economy' }),
      makeTopic({ id: 't2', meetingId: 'b', pillar: 'digital-economy' }),
      makeTopic({ id: 't3', meetingId: 'b', pillar: 'digital-government' }),
      makeTopic({ id: 't4', meetingId: 'a', pillar: 'digital-government' }),
      makeTopic({ id: 't5', meetingId: 'b', pillar: 'digital-economy' }),
    ],
  }),
)
const rows = (ids: string[]) =>
  pillarRows(
    index,
    index.topics.filter((t) => ids.includes(t.id)),
    'en',
  )

describe('pillarTakeaway', () => {
  it('names the meeting with the most topics and its split by pillar', () => {
    const takeaway = pillarTakeaway(rows(['t1', 't2', 't3', 't4', 't5']), true)
    expect(takeaway).toEqual({
      kind: 'most',
      scope: 'all',
      meetingIds: ['b'],
      count: 3,
      split: { economy: 2, government: 1 },
    })
    expect(pillarTakeawayText(takeaway, index, 'en')).toBe(
      'Trieste 2021 had the most topics: 3 (2 Digital economy, 1 Digital government).',
    )
    expect(pillarTakeawayText(takeaway, index, 'ja')).toBe(
      'トピックが最も多かったのは「トリエステ 2021」の3件(デジタル経済2件、デジタルガバメント1件)です。',
    )
  })

  it('under a filter, says the counts are of the topics shown, and names every meeting that ties', () => {
    const takeaway = pillarTakeaway(rows(['t1', 't2']), false)
    expect(takeaway).toMatchObject({ scope: 'shown', meetingIds: ['a', 'b'], count: 1, split: null })
    expect(pillarTakeawayText(takeaway, index, 'en')).toBe(
      'Of the topics shown, Salta 2018 and Trieste 2021 have the most: 1 each.',
    )
  })

  it('says when no topic matches', () => {
    expect(pillarTakeawayText(pillarTakeaway(rows([]), false), index, 'en')).toBe(
      'No topics match the current filters.',
    )
    expect(pillarTakeawayText(pillarTakeaway([], false), index, 'ja')).toBe(
      '現在の絞り込みに該当するトピックはありません。',
    )
  })
})
