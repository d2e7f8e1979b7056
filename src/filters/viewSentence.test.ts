import { describe, expect, it } from 'vitest'
import { indexDataset, scopeIndex } from '@/data/selectors'
import { DEFAULT_VIEW_STATE, type ViewState } from '@/url/urlState'
import { makeDataset, makeMeeting, makeTopic } from '../../tests/fixtures/dataset'
import { describeShowing, viewClaims } from './viewSentence'

const whole = indexDataset(
  makeDataset({
    meetings: [
      makeMeeting({ id: 'm-2017', startDate: '2017-04-06', endDate: '2017-04-07' }),
      makeMeeting({
        id: 'm-2021',
        startDate: '2021-08-05',
        endDate: '2021-08-05',
        shortName: { en: 'Trieste 2021', ja: 'トリエステ 2021' },
      }),
      makeMeeting({ id: 'm-2024', startDate: '2024-09-12', endDate: '2024-09-13' }),
    ],
    topics: [
      makeTopic({ id: 't1', meetingId: 'm-2017' }),
      makeTopic({ id: 't2', meetingId: 'm-2021', pillar: 'digital-government' }),
      makeTopic({ id: 't3', meetingId: 'm-2024' }),
    ],
  }),
)
const core = scopeIndex(whole, 'core')
const all = scopeIndex(whole, 'all')
const view = (patch: Partial<ViewState>) => ({ ...DEFAULT_VIEW_STATE, ...patch })

describe('viewSentence: the one "what is showing" sentence', () => {
  it('says all topics, the meetings and the scope’s years when nothing filters', () => {
    expect(describeShowing(view({}), core, 2, 'en')).toBe('All 2 topics from the 2 meetings of 2017–2021')
    expect(describeShowing(view({}), core, 2, 'ja')).toBe('2017〜2021年の全2会合のトピック 2件')
    expect(describeShowing(view({}), all, 3, 'en')).toBe('All 3 topics from the 3 meetings of 2016–2025')
    expect(describeShowing(view({}), all, 3, 'ja')).toBe('2016〜2025年の全3会合のトピック 3件')
  })

  it('names the pillar with the vocabulary’s label, and the scope it is drawn from', () => {
    const state = view({ pillar: 'digital-government' })
    expect(describeShowing(state, core, 1, 'en')).toBe('1 Digital government topic (of 2 in 2017–2021)')
    expect(describeShowing(state, core, 1, 'ja')).toBe('2017〜2021年の2件のうち、デジタルガバメントのトピック 1件')
    expect(describeShowing(state, all, 1, 'en')).toBe('1 Digital government topic (of 3 in 2016–2025)')
  })

  it('names meetings, years, themes and the search, each as the filters read them (any of)', () => {
    const state = view({ meetings: ['m-2021'], years: [2021, 2017], themes: ['ai'], q: ' identity ' })
    expect(describeShowing(state, core, 3, 'en')).toBe(
      '3 topics at Trieste 2021 in 2017 or 2021 about AI matching “identity” (of 2 in 2017–2021)',
    )
    expect(describeShowing(state, core, 3, 'ja')).toBe(
      '2017〜2021年の2件のうち、トリエステ 2021の、2017年または2021年の、「AI」に関する、「identity」を含むトピック 3件',
    )
  })

  it('says when nothing matches', () => {
    const state = view({ pillar: 'digital-economy', q: 'zzz' })
    expect(describeShowing(state, core, 0, 'en')).toBe('No Digital economy topics matching “zzz” (of 2 in 2017–2021)')
    expect(describeShowing(state, core, 0, 'ja')).toBe(
      '2017〜2021年の2件のうち、「zzz」を含むデジタル経済のトピックはありません',
    )
  })

  it('leaves out what the filters ignore: unknown ids, and years and meetings outside the scope', () => {
    const stale = view({ meetings: ['nowhere', 'm-2024'], themes: ['nothing'], years: [2024] })
    expect(viewClaims(stale, core, 2)).toMatchObject({ meetingIds: [], themeIds: [], years: [], isFiltered: false })
    expect(describeShowing(stale, core, 2, 'en')).toBe('All 2 topics from the 2 meetings of 2017–2021')
    expect(viewClaims(stale, all, 1)).toMatchObject({ meetingIds: ['m-2024'], years: [2024], span: [2016, 2025] })
  })
})
