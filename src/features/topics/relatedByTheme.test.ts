import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeTopic } from '../../../tests/fixtures/dataset'
import { relatedByTheme } from './relatedByTheme'

describe('relatedByTheme', () => {
  it('groups the other meetings’ topics by the theme they share, leaving out the same meeting', () => {
    const index = indexDataset(
      makeDataset({
        topics: [
          makeTopic({ id: 'a', themes: ['ai', 'digital-government'] }),
          makeTopic({ id: 'same-meeting', themes: ['ai'] }),
          makeTopic({ id: 'b', meetingId: 'm-2021', themes: ['ai'] }),
          makeTopic({ id: 'c', meetingId: 'm-2021', themes: ['ai', 'digital-government'] }),
        ],
      }),
    )
    const groups = relatedByTheme(index, index.topicById.get('a')!)
    expect(groups.map((g) => [g.theme.id, g.topics.map((t) => t.id)])).toEqual([
      ['ai', ['b', 'c']],
      ['digital-government', ['c']],
    ])
    expect(relatedByTheme(index, index.topicById.get('b')!).map((g) => g.topics.map((t) => t.id))).toEqual([
      ['a', 'same-meeting'],
    ])
  })
})
