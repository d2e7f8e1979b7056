import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { matrixTakeaway, themeMatrix } from './themeMatrix'

const meetings = [2017, 2018, 2019, 2021].map((y) =>
  makeMeeting({ id: `m-${y}`, startDate: `${y}-05-01`, endDate: `${y}-05-01` }),
)
const themes = [
  { id: 'gov', name: { en: 'Digital government', ja: 'デジタルガバメント' }, description: { en: '.' } },
  { id: 'ai', name: { en: 'AI', ja: 'AI' }, description: { en: '.' } },
  { id: 'unused', name: { en: 'Unused' }, description: { en: '.' } },
  { id: 'cities', name: { en: 'Smart cities', ja: 'スマートシティ' }, description: { en: '.' } },
]
const dataset = makeDataset({
  meetings,
  themes,
  topics: [
    makeTopic({ id: 't1', meetingId: 'm-2018', themes: ['gov'] }),
    makeTopic({ id: 't2', meetingId: 'm-2021', themes: ['gov'] }),
    makeTopic({ id: 't3', meetingId: 'm-2017', themes: ['ai'] }),
    makeTopic({ id: 't4', meetingId: 'm-2019', themes: ['ai', 'ai'] }),
    makeTopic({ id: 't5', meetingId: 'm-2019', themes: ['ai'] }),
    makeTopic({ id: 't6', meetingId: 'm-2021', themes: ['cities'] }),
  ],
})
const index = indexDataset(dataset)

describe('themeMatrix', () => {
  const matrix = themeMatrix(index, index.topics)

  it('has a column per year and a row per theme that appears, ordered by first year', () => {
    expect(matrix.years).toEqual([2017, 2018, 2019, 2021])
    expect(matrix.rows.map((r) => r.theme.id)).toEqual(['ai', 'gov', 'cities'])
  })

  it('marks the first year new, later years with topics continued, and the rest absent', () => {
    const gov = matrix.rows.find((r) => r.theme.id === 'gov')!
    expect(gov.cells.map((c) => c.status)).toEqual(['absent', 'new', 'absent', 'continued'])
    expect(gov).toMatchObject({ firstYear: 2018, yearsPresent: 2, total: 2 })
    const ai = matrix.rows.find((r) => r.theme.id === 'ai')!
    // A theme listed twice on one topic counts once.
    expect(ai.cells.map((c) => c.count)).toEqual([1, 0, 2, 0])
  })

  it('follows the topics it is given (the active filters)', () => {
    const only2021 = themeMatrix(
      index,
      index.topics.filter((t) => t.meetingId === 'm-2021'),
    )
    expect(only2021.rows.map((r) => r.theme.id)).toEqual(['gov', 'cities'])
    expect(only2021.rows[0]?.cells.map((c) => c.status)).toEqual(['absent', 'absent', 'absent', 'new'])
    expect(themeMatrix(index, []).rows).toEqual([])
  })
})

describe('matrixTakeaway', () => {
  it('names the most persistent theme and the newest arrival, in English and Japanese', () => {
    const matrix = themeMatrix(index, index.topics)
    // AI and Digital government both appear in 2 years; AI has more topics.
    expect(matrixTakeaway(matrix, 'en')).toBe(
      'AI is the most persistent theme, appearing in 2 of 4 years; the newest, first seen in 2021, is Smart cities.',
    )
    expect(matrixTakeaway(matrix, 'ja')).toBe(
      '最も継続的に取り上げられたテーマは「AI」で4年のうち2年に登場し、最も新しく登場したのは2021年の「スマートシティ」です。',
    )
  })

  it('says so when every theme starts in the same year, and when nothing matches', () => {
    const gov2018 = themeMatrix(
      index,
      index.topics.filter((t) => t.id === 't1' || t.id === 't2'),
    )
    expect(matrixTakeaway(gov2018, 'en')).toBe(
      'Digital government is the most persistent theme, appearing in 2 of 4 years; every theme shown first appears in 2018.',
    )
    expect(matrixTakeaway(themeMatrix(index, []), 'en')).toMatch(/No topics match/)
  })
})
