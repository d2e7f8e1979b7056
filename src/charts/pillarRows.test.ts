import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { makeDataset } from '../../tests/fixtures/dataset'
import { pillarRows } from './pillarRows'

describe('pillarRows', () => {
  const index = indexDataset(makeDataset())
  it('counts the given topics per meeting and pillar, keeping empty meetings', () => {
    expect(pillarRows(index, index.topics, 'en')).toEqual([
      { meetingId: 'm-2017', label: 'Düsseldorf 2017', economy: 0, government: 1, total: 1 },
      { meetingId: 'm-2021', label: 'Trieste 2021', economy: 1, government: 0, total: 1 },
    ])
    expect(pillarRows(index, [], 'ja').map((r) => [r.label, r.total])).toEqual([
      ['デュッセルドルフ 2017', 0],
      ['Trieste 2021', 0],
    ])
  })
})
