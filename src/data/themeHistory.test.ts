import { describe, expect, it } from 'vitest'
import { makeDataset, makeMeeting, makeTopic } from '../../tests/fixtures/dataset'
import { indexDataset } from './selectors'
import { recordHistory } from './themeHistory'

const meetings = [2017, 2018, 2019, 2021].map((y) =>
  makeMeeting({ id: `m-${y}`, startDate: `${y}-05-01`, endDate: `${y}-05-01` }),
)
const index = indexDataset(
  makeDataset({
    meetings,
    themes: [
      { id: 'a', name: { en: 'A' }, description: { en: '.' } },
      { id: 'b', name: { en: 'B' }, description: { en: '.' } },
      { id: 'never', name: { en: 'Never' }, description: { en: '.' } },
    ],
    topics: [
      makeTopic({ id: 't1', meetingId: 'm-2017', themes: ['a'] }),
      makeTopic({ id: 't2', meetingId: 'm-2018', themes: ['a', 'a'] }),
      makeTopic({ id: 't3', meetingId: 'm-2021', themes: ['a', 'b'] }),
      makeTopic({ id: 't4', meetingId: 'm-2019', themes: ['b'] }),
    ],
  }),
)

describe('recordHistory', () => {
  const history = recordHistory(index)

  it('marks each year new, continued (the year before too), returned (after a gap) or absent', () => {
    expect(history.years).toEqual([2017, 2018, 2019, 2021])
    expect([...history.themes.get('a')!.statusByYear.values()]).toEqual(['new', 'continued', 'absent', 'returned'])
    // 2019 to 2021 skips 2020, a year with no meeting: that is not a gap in the record.
    expect([...history.themes.get('b')!.statusByYear.values()]).toEqual(['absent', 'absent', 'new', 'continued'])
  })

  it('counts first year, years present and topics over every meeting; a theme listed twice counts once', () => {
    expect(history.themes.get('a')).toMatchObject({ firstYear: 2017, yearsPresent: 3, total: 3 })
    expect(history.themes.get('never')).toMatchObject({ firstYear: null, yearsPresent: 0, total: 0 })
  })
})
