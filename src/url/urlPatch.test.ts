import { describe, expect, it } from 'vitest'
import { patchSearch } from './urlPatch'

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
