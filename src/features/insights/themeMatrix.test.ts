import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { matrixTakeawayText } from './takeawayText'
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
    makeTopic({ id: 't2', meetingId: 'm-2021', themes: ['gov'], pillar: 'digital-economy' }),
    makeTopic({ id: 't3', meetingId: 'm-2017', themes: ['ai'] }),
    makeTopic({ id: 't4', meetingId: 'm-2018', themes: ['ai', 'ai'] }),
    makeTopic({ id: 't5', meetingId: 'm-2019', themes: ['ai'] }),
    makeTopic({ id: 't6', meetingId: 'm-2021', themes: ['cities'] }),
  ],
})
const index = indexDataset(dataset)
const in2021 = index.topics.filter((t) => t.meetingId === 'm-2021')

describe('themeMatrix', () => {
  const matrix = themeMatrix(index, index.topics)

  it('has a column per year and a row per theme that appears, ordered by first year', () => {
    expect(matrix.years).toEqual([2017, 2018, 2019, 2021])
    expect(matrix.rows.map((r) => r.theme.id)).toEqual(['ai', 'gov', 'cities'])
  })

  it('marks new, continued, returned (after a gap) and absent years', () => {
    const gov = matrix.rows.find((r) => r.theme.id === 'gov')!
    expect(gov.cells.map((c) => c.status)).toEqual(['absent', 'new', 'absent', 'returned'])
    expect(gov).toMatchObject({ firstYear: 2018, yearsPresent: 2, total: 2 })
    const ai = matrix.rows.find((r) => r.theme.id === 'ai')!
    expect(ai.cells.map((c) => c.status)).toEqual(['new', 'continued', 'continued', 'absent'])
    // A theme listed twice on one topic counts once.
    expect(ai.cells.map((c) => c.count)).toEqual([1, 1, 1, 0])
  })

  it('shows only the themes of the filtered topics, but keeps their history from the whole record', () => {
    const only2021 = themeMatrix(index, in2021)
    expect(only2021.rows.map((r) => r.theme.id)).toEqual(['gov', 'cities'])
    // Digital government was first seen in 2018: in 2021 it returned, whatever the filter.
    expect(only2021.rows[0]).toMatchObject({ firstYear: 2018, yearsPresent: 2 })
    expect(only2021.rows[0]?.cells.map((c) => c.status)).toEqual(['absent', 'new', 'absent', 'returned'])
    expect(themeMatrix(index, []).rows).toEqual([])
  })

  it('shows only the years picked, and counts shown against all topics in each cell', () => {
    const economy2021 = themeMatrix(
      index,
      in2021.filter((t) => t.pillar === 'digital-economy'),
      [2021],
    )
    expect(economy2021.years).toEqual([2021])
    expect(economy2021.recordYears).toEqual([2017, 2018, 2019, 2021])
    expect(economy2021.rows[0]?.cells).toEqual([{ year: 2021, status: 'returned', count: 1, shown: 1 }])
  })
})

describe('matrixTakeaway', () => {
  it('names the most persistent themes and the newest arrivals, over the whole record, in English and Japanese', () => {
    const takeaway = matrixTakeaway(themeMatrix(index, index.topics), index)
    expect(takeaway).toEqual({
      kind: 'summary',
      scope: 'all',
      persistent: { themeIds: ['ai'], yearsPresent: 3 },
      record: { years: 4, first: 2017, last: 2021 },
      newest: { themeIds: ['cities'], firstYear: 2021, isEveryTheme: false },
    })
    expect(matrixTakeawayText(takeaway, index, 'en')).toBe(
      'AI is the most persistent theme, on the agenda in 3 of the 4 years on record (2017–2021); the newest, first seen in 2021, is Smart cities.',
    )
    expect(matrixTakeawayText(takeaway, index, 'ja')).toBe(
      '最も継続的に取り上げられたテーマは「AI」で、記録のある4年(2017〜2021年)のうち3年に登場しています。最も新しく登場したのは2021年の「スマートシティ」です。',
    )
  })

  it('under a filter, speaks of the themes shown and never calls an old theme new', () => {
    const takeaway = matrixTakeaway(themeMatrix(index, in2021), index)
    expect(takeaway).toMatchObject({
      scope: 'shown',
      persistent: { themeIds: ['gov'], yearsPresent: 2 },
      newest: { themeIds: ['cities'], firstYear: 2021 },
    })
    expect(matrixTakeawayText(takeaway, index, 'en')).toBe(
      'Of the themes shown, Digital government is the most persistent, on the agenda in 2 of the 4 years on record (2017–2021); the newest, first seen in 2021, is Smart cities.',
    )
  })

  it('says so when every theme shown starts in the same year, and when nothing matches', () => {
    const gov = matrixTakeaway(
      themeMatrix(
        index,
        index.topics.filter((t) => t.id === 't2'),
      ),
      index,
    )
    expect(matrixTakeawayText(gov, index, 'en')).toBe(
      'Of the themes shown, Digital government is the most persistent, on the agenda in 2 of the 4 years on record (2017–2021); it was first seen in 2018.',
    )
    expect(matrixTakeawayText(matrixTakeaway(themeMatrix(index, []), index), index, 'en')).toMatch(/No topics match/)
  })
})
