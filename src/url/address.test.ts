import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { addressFromSearch, addressOf, pageSearches, pathParams, stateSearch } from './address'
import { patchSearch } from './urlPatch'
import { DEFAULT_VIEW_STATE, parseViewState, VIEWS } from './urlState'

describe('addresses with paths', () => {
  it('puts the view, the meeting and Japanese in the path and the filters in the query', () => {
    expect(addressOf(DEFAULT_VIEW_STATE)).toBe('/')
    expect(addressOf({ ...DEFAULT_VIEW_STATE, view: 'topics', pillar: 'digital-government', years: [2021] })).toBe(
      '/topics/?pillar=digital-government&years=2021',
    )
    expect(addressOf({ ...DEFAULT_VIEW_STATE, meeting: '2021-trieste', lang: 'ja' })).toBe('/ja/meetings/2021-trieste/')
    expect(addressOf({ ...DEFAULT_VIEW_STATE, view: 'timeline', lang: 'en' }, '/g20/')).toBe('/g20/timeline/?lang=en')
  })

  it('reads a path back, under the base only', () => {
    expect(stateSearch('/ja/meetings/2021-trieste/', '?years=2021')).toBe('?lang=ja&meeting=2021-trieste&years=2021')
    expect(stateSearch('/g20/themes/', '', '/g20/')).toBe('?view=themes')
    expect(stateSearch('/elsewhere/themes/', '', '/g20/')).toBe('')
    expect(pathParams('/nonsense/deeper/').toString()).toBe('')
    expect(pathParams('/topics/index.html').get('view')).toBe('topics')
  })

  it('keeps old ?view=…&meeting=…&lang=… links working, and gives their new form', () => {
    const old = stateSearch('/', '?view=timeline&meeting=2019-tsukuba&lang=ja&q=AI')
    expect(parseViewState(old)).toMatchObject({ meeting: '2019-tsukuba', lang: 'ja', q: 'AI' })
    expect(addressFromSearch(patchSearch(old, {}))).toBe('/ja/meetings/2019-tsukuba/?q=AI')
  })

  it('keeps params the app does not own (the presenter window’s) in the query', () => {
    expect(addressFromSearch(patchSearch('?view=topics&presenter=1', { slide: 2 }))).toBe(
      '/topics/?slide=2&presenter=1',
    )
  })

  it('round-trips any state: reading the address gives the state back (a meeting page has no view under it)', () => {
    const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/)
    fc.assert(
      fc.property(
        fc.record({
          view: fc.constantFrom(...VIEWS),
          meeting: fc.option(slug, { nil: null }),
          theme: fc.option(slug, { nil: null }),
          lang: fc.constantFrom('en' as const, 'ja' as const, null),
          q: fc.constantFrom('', 'AI', 'データ 流通', 'a&b=c'),
          base: fc.constantFrom('/', '/g20/'),
        }),
        ({ base, ...parts }) => {
          const state = { ...DEFAULT_VIEW_STATE, ...parts }
          const address = new URL(addressOf(state, base), 'http://x.test')
          const back = parseViewState(stateSearch(address.pathname, address.search, base))
          // A meeting or theme page has no view under it (a theme under a meeting stays in the query).
          expect(back).toEqual({
            ...state,
            view: state.meeting === null && state.theme === null ? state.view : 'overview',
          })
        },
      ),
    )
  })

  it('gives a theme its own page', () => {
    expect(addressOf({ ...DEFAULT_VIEW_STATE, theme: 'dfft', lang: 'ja', years: [2021] })).toBe(
      '/ja/themes/dfft/?years=2021',
    )
    expect(parseViewState(stateSearch('/themes/dfft/', ''))).toMatchObject({ theme: 'dfft', view: 'overview' })
  })

  it('lists a page per view and meeting in both languages', () => {
    const pages = pageSearches(['m1'])
    expect(pages.map((search) => addressFromSearch(search))).toEqual([
      '/',
      '/topics/',
      '/timeline/',
      '/themes/',
      '/compare/',
      '/meetings/m1/',
      '/ja/',
      '/ja/topics/',
      '/ja/timeline/',
      '/ja/themes/',
      '/ja/compare/',
      '/ja/meetings/m1/',
    ])
  })
})

describe('query addressing (the single file, npm run build:offline)', () => {
  // The flag is read when the module loads: stub it and load a fresh copy.
  let address: typeof import('./address')
  const file = '/media/usb/g20-digital-dashboard.html'
  beforeAll(async () => {
    vi.stubEnv('VITE_ADDRESSING', 'query')
    vi.resetModules()
    address = await import('./address')
  })
  afterAll(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('names every page in the query of the one file, never in a path', () => {
    expect(address.ADDRESSING).toBe('query')
    expect(address.addressOf(DEFAULT_VIEW_STATE, file)).toBe(file)
    expect(address.addressOf({ ...DEFAULT_VIEW_STATE, meeting: '2021-trieste', lang: 'ja' }, file)).toBe(
      `${file}?meeting=2021-trieste&lang=ja`,
    )
    expect(address.addressOf({ ...DEFAULT_VIEW_STATE, view: 'topics', pillar: 'digital-government' }, file)).toBe(
      `${file}?view=topics&pillar=digital-government`,
    )
    // A path that looks like a page says nothing: on file:// only the query does.
    expect(address.stateSearch('/ja/meetings/2021-trieste/', '', '/')).toBe('')
  })

  it('round-trips every kind of page, in both languages, with filters', () => {
    const kinds = [
      {},
      ...VIEWS.map((view) => ({ view })),
      { meeting: '2021-trieste' },
      { theme: 'dfft' },
      { view: 'topics' as const, pillar: 'digital-economy' as const, years: [2019, 2021], q: 'データ 流通' },
      { view: 'compare' as const, a: '2017-dusseldorf', b: '2021-trieste' },
      { view: 'timeline' as const, meeting: '2019-tsukuba', topic: 'ai-principles' },
    ]
    for (const kind of kinds) {
      for (const lang of ['en', 'ja', null] as const) {
        const state = { ...DEFAULT_VIEW_STATE, ...kind, lang }
        const url = new URL(address.addressOf(state, file), 'file:///')
        expect(url.pathname).toBe(file)
        expect(parseViewState(address.stateSearch(url.pathname, url.search, file))).toEqual(state)
      }
    }
  })

  it('rewrites an address to its canonical form without leaving the file', () => {
    const search = patchSearch(address.stateSearch(file, '?lang=ja&view=timeline&utm=x', file), {})
    expect(address.addressFromSearch(search, file)).toBe(`${file}?view=timeline&lang=ja&utm=x`)
  })
})
