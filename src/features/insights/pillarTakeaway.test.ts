import { describe, expect, it } from 'vitest'
import type { PillarRow } from '@/charts/pillarRows'
import { pillarTakeaway } from './pillarTakeaway'

const row = (label: string, economy: number, government: number): PillarRow => ({
  meetingId: label.toLowerCase().replace(/\s/g, '-'),
  label,
  economy,
  government,
  total: economy + government,
})

describe('pillarTakeaway', () => {
  it('names the meeting with the most topics and its split by pillar', () => {
    const rows = [row('Salta 2018', 7, 1), row('Trieste 2021', 8, 3), row('Tsukuba 2019', 5, 0)]
    expect(pillarTakeaway(rows, 'en')).toBe(
      'Trieste 2021 had the most topics: 11 (8 digital economy, 3 digital government).',
    )
    expect(pillarTakeaway(rows, 'ja')).toBe(
      'トピックが最も多かったのは「Trieste 2021」の11件(デジタル経済8件、デジタルガバメント3件)です。',
    )
  })

  it('names every meeting that ties for the most', () => {
    expect(pillarTakeaway([row('A 2017', 2, 0), row('B 2018', 1, 1), row('C 2019', 1, 0)], 'en')).toBe(
      'A 2017 and B 2018 had the most topics: 2 each.',
    )
  })

  it('says when no topic matches', () => {
    expect(pillarTakeaway([row('A 2017', 0, 0)], 'en')).toBe('No topics match the current filters.')
    expect(pillarTakeaway([], 'ja')).toBe('現在の絞り込みに該当するトピックはありません。')
  })
})
