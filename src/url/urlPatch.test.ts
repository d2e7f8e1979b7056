import { describe, expect, it } from 'vitest'
import { historyFor, patchSearch, RAPID_TOGGLE_MS } from './urlPatch'

describe('patchSearch', () => {
  it('writes the changed keys and leaves defaults out', () => {
    expect(patchSearch('', { pillar: 'digital-government' })).toBe('?pillar=digital-government')
    expect(patchSearch('?pillar=digital-government&years=2021', { pillar: 'all' })).toBe('?years=2021')
    expect(patchSearch('?q=ai', { q: '' })).toBe('')
  })

  it('keeps lists readable and encodes the rest', () => {
    expect(patchSearch('', { years: [2019, 2021], q: 'a&b c' })).toBe('?years=2019,2021&q=a%26b%20c')
  })

  it('keeps params it does not own, and drops malformed ones it does', () => {
    expect(patchSearch('?presenter=1&slide=2', { slide: 3 })).toBe('?slide=3&presenter=1')
    expect(patchSearch('?pillar=xyz&utm_source=mail', { years: [2019] })).toBe('?years=2019&utm_source=mail')
  })
})

describe('historyFor: rapid toggles of one filter control replace, everything else pushes', () => {
  const at = 10_000
  it('pushes the first change, a change of another control, and a change after a pause', () => {
    expect(historyFor(['years'], null, at)).toBe('push')
    expect(historyFor(['years'], { keys: 'pillar', at }, at + 100)).toBe('push')
    expect(historyFor(['years'], { keys: 'years', at }, at + RAPID_TOGGLE_MS)).toBe('push')
  })

  it('replaces a quick second change of the same control', () => {
    expect(historyFor(['years'], { keys: 'years', at }, at + 200)).toBe('replace')
    expect(historyFor(['pillar'], { keys: 'pillar', at }, at + 999)).toBe('replace')
  })

  it('always pushes a view switch or an opened topic, however quick', () => {
    expect(historyFor(['view'], { keys: 'view', at }, at + 50)).toBe('push')
    expect(historyFor(['topic'], { keys: 'topic', at }, at + 50)).toBe('push')
    expect(historyFor(['years', 'view'], { keys: 'years,view', at }, at + 50)).toBe('push')
  })
})
