import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { DEFAULT_VIEW_STATE } from '@/url/urlState'
import { makeDataset } from '../../tests/fixtures/dataset'
import { activeFilterChips, knownFilters, toggleValue } from './activeFilters'

const index = indexDataset(makeDataset())

describe('toggleValue', () => {
  it('adds and removes, keeping the list sorted', () => {
    expect(toggleValue([2021, 2017], 2019)).toEqual([2017, 2019, 2021])
    expect(toggleValue([2017, 2019], 2017)).toEqual([2019])
    expect(toggleValue(['b'], 'a')).toEqual(['a', 'b'])
  })
})

describe('knownFilters', () => {
  it('drops meeting and theme ids the dataset does not know', () => {
    const state = { ...DEFAULT_VIEW_STATE, meetings: ['m-2021', 'gone'], themes: ['nope', 'ai'] }
    expect(knownFilters(state, index)).toMatchObject({ meetings: ['m-2021'], themes: ['ai'] })
  })
})

describe('activeFilterChips', () => {
  it('lists one removable chip per active filter, with its label in the reader’s language', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      pillar: 'digital-government' as const,
      years: [2017, 2021],
      themes: ['ai'],
      q: ' id ',
    }
    const chips = activeFilterChips(state, index, 'en')
    expect(chips.map((c) => c.label)).toEqual(['Digital government', '2017', '2021', 'AI', '“id”'])
    expect(chips.find((c) => c.label === '2017')?.remove).toEqual({ years: [2021] })
    expect(chips[0]?.remove).toEqual({ pillar: 'all' })
    expect(activeFilterChips(state, index, 'ja')[0]?.label).toBe('デジタルガバメント')
  })

  it('shows no chip for an empty view or unknown ids', () => {
    expect(activeFilterChips({ ...DEFAULT_VIEW_STATE, meetings: ['gone'] }, index, 'en')).toEqual([])
  })
})
