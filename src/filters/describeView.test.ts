import { describe, expect, it } from 'vitest'
import { indexDataset } from '@/data/selectors'
import { DEFAULT_VIEW_STATE, type ViewState } from '@/url/urlState'
import { makeDataset, makeMeeting } from '../../tests/fixtures/dataset'
import { describeView } from './describeView'

const index = indexDataset(
  makeDataset({
    meetings: [
      makeMeeting(),
      makeMeeting({
        id: 'm-2021',
        startDate: '2021-08-05',
        endDate: '2021-08-05',
        shortName: { en: 'Trieste 2021', ja: 'トリエステ 2021' },
      }),
    ],
  }),
)
const view = (patch: Partial<ViewState>) => ({ ...DEFAULT_VIEW_STATE, ...patch })

describe('describeView', () => {
  it('says the whole list is showing when nothing narrows it', () => {
    expect(describeView(view({}), index, 39, 'en')).toBe('All 39 topics')
    expect(describeView(view({}), index, 39, 'ja')).toBe('すべてのトピック 39件')
  })

  it('names the pillar, the meeting and the search text', () => {
    const state = view({ pillar: 'digital-government', meetings: ['m-2021'], q: 'identity' })
    expect(describeView(state, index, 3, 'en')).toBe(
      '3 digital government topics from Trieste 2021 matching “identity”',
    )
    expect(describeView(state, index, 3, 'ja')).toBe(
      'トリエステ 2021の、「identity」を含むデジタルガバメントのトピック 3件',
    )
  })

  it('joins several years or themes with "or", as the filter does', () => {
    const state = view({ years: [2021, 2019], themes: ['ai', 'digital-government'] })
    expect(describeView(state, index, 1, 'en')).toBe('1 topic in 2019 or 2021 about AI or Digital government')
    expect(describeView(state, index, 1, 'ja')).toBe(
      '2019年または2021年の、「AIまたはDigital government」に関するトピック 1件',
    )
  })

  it('says "no topics" for an empty result', () => {
    const state = view({ pillar: 'digital-economy', q: 'zzz' })
    expect(describeView(state, index, 0, 'en')).toBe('No digital economy topics matching “zzz”')
    expect(describeView(state, index, 0, 'ja')).toBe('「zzz」を含むデジタル経済のトピックはありません')
  })

  it('leaves out ids the dataset does not know', () => {
    expect(describeView(view({ meetings: ['nowhere'], themes: ['nothing'] }), index, 2, 'en')).toBe('All 2 topics')
  })
})
