import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { parseDataset } from '@/data/parseDataset'
import { indexDataset, topicsOfMeeting } from '@/data/selectors'
import { makeDataset, makeMeeting, makeTopic } from '../../../tests/fixtures/dataset'
import { chooseMeetings, compareMeetings } from './compareMeetings'

const meeting = (id: string, startDate: string) => makeMeeting({ id, startDate, endDate: startDate })
const index = indexDataset(
  makeDataset({
    themes: ['ai', 'data', 'skills', 'gov'].map((id) => ({ id, name: { en: id }, description: { en: id } })),
    meetings: [meeting('m1', '2017-01-01'), meeting('m2', '2018-01-01'), meeting('m3', '2019-01-01')],
    topics: [
      makeTopic({ id: 't1', meetingId: 'm1', themes: ['ai', 'skills'] }),
      makeTopic({ id: 't2', meetingId: 'm2', themes: ['ai', 'data'] }),
      makeTopic({ id: 't3', meetingId: 'm3', themes: ['skills', 'gov'] }),
      makeTopic({ id: 't4', meetingId: 'm3', themes: ['data'] }),
    ],
  }),
)
const byId = (id: string) => index.meetingById.get(id)!

describe('compareMeetings', () => {
  it('sorts each theme into new, returned, not taken up again and continued, judged on the whole record', () => {
    const { earlier, later, changes } = compareMeetings(index, byId('m3'), byId('m2'))
    expect([earlier.id, later.id]).toEqual(['m2', 'm3'])
    expect(changes.map((c) => [c.kind, c.theme.id, c.lastSeen?.id ?? null])).toEqual([
      ['added', 'gov', null],
      // Not at m2, but at m1 before it: back, not new.
      ['returned', 'skills', 'm1'],
      ['dropped', 'ai', null],
      ['continued', 'data', null],
    ])
    const data = changes.find((c) => c.theme.id === 'data')!
    expect(data.earlierTopics.map((t) => t.id)).toEqual(['t2'])
    expect(data.laterTopics.map((t) => t.id)).toEqual(['t4'])
  })

  it('says the same whichever meeting comes first in the address', () => {
    expect(compareMeetings(index, byId('m1'), byId('m3'))).toEqual(compareMeetings(index, byId('m3'), byId('m1')))
  })
})

describe('chooseMeetings', () => {
  it('defaults to the last two meetings', () => {
    const chosen = chooseMeetings(index, null, null)!
    expect([chosen.a.id, chosen.b.id, chosen.unknown, chosen.same]).toEqual(['m2', 'm3', [], false])
  })

  it('keeps a known id, names an unknown one, and never compares a meeting with itself', () => {
    const unknown = chooseMeetings(index, 'm1', 'nope')!
    expect([unknown.a.id, unknown.b.id, unknown.unknown]).toEqual(['m1', 'm2', ['nope']])
    const same = chooseMeetings(index, 'm3', 'm3')!
    expect([same.a.id, same.b.id, same.same]).toEqual(['m3', 'm2', true])
  })

  it('has nothing to compare with fewer than two meetings', () => {
    expect(chooseMeetings(indexDataset(makeDataset({ meetings: [makeMeeting()] })), null, null)).toBeNull()
  })
})

describe('on the real dataset, every sentence the comparison makes is true', () => {
  const real = indexDataset(
    parseDataset(JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/g20-digital.json'), 'utf8'))),
  )
  const themesAt = (id: string) => new Set(topicsOfMeeting(real.topics, id).flatMap((t) => t.themes))

  it('for any two meetings', () => {
    const ids = real.meetings.map((m) => m.id)
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (x, y) => {
        fc.pre(x !== y)
        const { earlier, later, changes } = compareMeetings(real, real.meetingById.get(x)!, real.meetingById.get(y)!)
        const before = real.meetings.filter((m) => m.startDate < later.startDate)
        for (const change of changes) {
          const id = change.theme.id
          const atEarlier = themesAt(earlier.id).has(id)
          const atLater = themesAt(later.id).has(id)
          const seenBefore = before.some((m) => themesAt(m.id).has(id))
          if (change.kind === 'added') expect([atEarlier, atLater, seenBefore]).toEqual([false, true, false])
          if (change.kind === 'returned') {
            expect([atEarlier, atLater, seenBefore]).toEqual([false, true, true])
            // "last taken up at X": X had it, and no meeting between X and the later one did.
            const last = change.lastSeen!
            expect(themesAt(last.id).has(id)).toBe(true)
            const between = before.filter((m) => m.startDate > last.startDate)
            expect(between.some((m) => themesAt(m.id).has(id))).toBe(false)
          }
          if (change.kind === 'dropped') expect([atEarlier, atLater]).toEqual([true, false])
          if (change.kind === 'continued') expect([atEarlier, atLater]).toEqual([true, true])
        }
        // Every theme of either meeting is accounted for, once.
        const all = new Set([...themesAt(earlier.id), ...themesAt(later.id)])
        expect(changes.map((c) => c.theme.id).sort()).toEqual([...all].sort())
      }),
    )
  })
})
