import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VIEW_STATE,
  LENSES,
  SCOPES,
  VIEWS,
  parseViewState,
  serializeViewState,
  type ViewState,
} from './urlState'
import { cleanLine, entryKey } from './outline'
import { outlineEntry, slug } from '../../tests/fixtures/arbitraries'

const sortedUnique = <T>(arb: fc.Arbitrary<T>, compare: (a: T, b: T) => number) =>
  fc.uniqueArray(arb, { maxLength: 5 }).map((items) => [...items].sort(compare))

const line = fc.string({ maxLength: 60 }).map((s) => cleanLine(s, 200))

const viewState: fc.Arbitrary<ViewState> = fc.record({
  view: fc.constantFrom(...VIEWS),
  scope: fc.constantFrom(...SCOPES),
  pillar: fc.constantFrom(...LENSES),
  years: sortedUnique(fc.integer({ min: 2016, max: 2025 }), (a, b) => a - b),
  meetings: sortedUnique(slug, (a, b) => a.localeCompare(b)),
  themes: sortedUnique(slug, (a, b) => a.localeCompare(b)),
  q: fc.oneof(
    fc.constant(''),
    fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== ''),
  ),
  topic: fc.option(slug, { nil: null }),
  meeting: fc.option(slug, { nil: null }),
  theme: fc.option(slug, { nil: null }),
  slide: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
  a: fc.option(slug, { nil: null }),
  b: fc.option(slug, { nil: null }),
  lang: fc.constantFrom('en' as const, 'ja' as const, null),
  outline: fc.uniqueArray(outlineEntry, { maxLength: 8, selector: entryKey }),
  bt: fc.string({ maxLength: 60 }).map((s) => cleanLine(s, 120)),
  bk: fc.array(line, { maxLength: 4 }).map((lines) => {
    const kept = [...lines]
    while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop()
    return kept
  }),
})

describe('view state in the URL', () => {
  it('round-trips: parse(serialize(state)) gives the same state', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(parseViewState(serializeViewState(state).toString())).toEqual(state)
      }),
      { numRuns: 300 },
    )
  })

  it('leaves defaults out of the URL', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE).toString()).toBe('')
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, pillar: 'digital-government' }).toString()).toBe(
      'pillar=digital-government',
    )
  })

  it('falls back to defaults for unknown or malformed values', () => {
    expect(parseViewState('?pillar=xyz&year=abc&years=abc,1999&view=nope&slide=-3&lang=fr&topic=<script>')).toEqual(
      DEFAULT_VIEW_STATE,
    )
  })

  it('reads any positive slide number a deck can have, past four digits, and nothing unsafe', () => {
    expect(parseViewState('slide=12345').slide).toBe(12345)
    expect(parseViewState(`slide=${Number.MAX_SAFE_INTEGER}`).slide).toBe(Number.MAX_SAFE_INTEGER)
    expect(parseViewState('slide=9007199254740993').slide).toBeNull()
    expect(parseViewState('slide=0').slide).toBeNull()
    expect(parseViewState('slide=1e5').slide).toBeNull()
    expect(parseViewState('slide=2.5').slide).toBeNull()
  })

  it('reads ?scope=all as 2016–2025 and anything else as the core 2017–2021', () => {
    expect(parseViewState('scope=all').scope).toBe('all')
    expect(DEFAULT_VIEW_STATE.scope).toBe('core')
    for (const raw of ['', 'ALL', 'core2', '2016-2025', 'everything']) {
      expect(parseViewState(`scope=${raw}`).scope, raw).toBe('core')
    }
  })

  it('writes the scope only when it is not the default', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, scope: 'all' }).toString()).toBe('scope=all')
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, scope: 'core' }).toString()).toBe('')
  })

  it('accepts years of the whole record (2016–2025) in a link, and no others', () => {
    expect(parseViewState('years=2024,2015,2026,2016').years).toEqual([2016, 2024])
  })

  it('keeps the valid part of a list and orders it', () => {
    expect(parseViewState('years=2021,abc,2017,2021').years).toEqual([2017, 2021])
  })

  it('never throws, whatever the query string (1,000 random ones)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.webQueryParameters(), (junk, query) => {
        const state = parseViewState(`${junk}&${query}`)
        expect(LENSES).toContain(state.pillar)
        expect(VIEWS).toContain(state.view)
        expect(state.q.length).toBeLessThanOrEqual(200)
      }),
      { numRuns: 1000 },
    )
  })
})
