import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isThemeChoice, THEME_STORAGE_KEY } from '@/components/theme'
import { LANG_STORAGE_KEY, resolveLang, storedLang } from '@/i18n/resolveLang'
import { stateSearch } from '@/url/address'
import { parseViewState } from '@/url/urlState'

/**
 * public/boot.js runs before the app (a classic script, so it cannot import src/): it repeats the
 * theme and language rules by hand. Here it runs against generated visits and must agree with the
 * rules in src/ that the app itself uses.
 */
const BOOT = readFileSync(resolve(process.cwd(), 'public/boot.js'), 'utf8')

interface Visit {
  /** The stored language, or 'throws' for storage that refuses every read. */
  storedLang: string | null
  storedTheme: string | null
  languages: string[]
  search: string
  pathname: string
  base: string
}

function runBoot(visit: Visit) {
  const attributes = new Map<string, string>()
  let prerendered = true
  let cleared = false
  const storage = {
    getItem(key: string) {
      if (visit.storedLang === 'throws') throw new Error('storage is blocked')
      if (key === LANG_STORAGE_KEY) return visit.storedLang
      if (key === THEME_STORAGE_KEY) return visit.storedTheme
      return null
    },
  }
  const root = {
    hasAttribute: (name: string) => name === 'data-prerendered' && prerendered,
    removeAttribute: (name: string) => {
      if (name === 'data-prerendered') prerendered = false
    },
    set textContent(value: string) {
      if (value === '') cleared = true
    },
    querySelector: () => null,
  }
  const documentElement = { setAttribute: (name: string, value: string) => attributes.set(name, value) }
  runInNewContext(BOOT, {
    window: { localStorage: storage, location: { search: visit.search, pathname: visit.pathname } },
    document: {
      documentElement,
      getElementById: (id: string) => (id === 'root' ? root : null),
      currentScript: { src: `https://x.test${visit.base}boot.js` },
    },
    URL,
    navigator: { languages: visit.languages, language: visit.languages[0] },
    performance: { getEntriesByName: () => [], mark: () => undefined },
    String,
  })
  return { theme: attributes.get('data-theme') ?? null, keptPrerender: prerendered && !cleared }
}

const visits = fc
  .record({
    storedLang: fc.constantFrom(null, 'en', 'ja', 'fr', 'JA', '', 'throws'),
    storedTheme: fc.constantFrom(null, 'light', 'dark', 'contrast', 'system', 'sepia'),
    languages: fc.array(fc.constantFrom('en-GB', 'ja-JP', 'ja', 'JA-jp', 'fr-FR', 'de', 'zh-Hant-TW', 'en'), {
      maxLength: 4,
    }),
    search: fc.constantFrom('', '?view=topics', '?lang=ja'),
    base: fc.constantFrom('/', '/g20/'),
    page: fc.constantFrom('', 'topics/', 'ja/', 'ja/meetings/2021-trieste/', 'meetings/2019-tsukuba/', 'japan/'),
  })
  .map(({ page, ...visit }) => ({ ...visit, pathname: `${visit.base}${page}` }))

describe('public/boot.js', () => {
  it('keeps a prerendered page exactly when the app would show it, in the same language', () => {
    fc.assert(
      fc.property(visits, (visit) => {
        const storage = {
          getItem: (key: string) => {
            if (visit.storedLang === 'throws') throw new Error('storage is blocked')
            return key === LANG_STORAGE_KEY ? visit.storedLang : null
          },
        }
        // The page's own language, as the app reads it from the address (src/url/address.ts).
        const pageLang = parseViewState(stateSearch(visit.pathname, '', visit.base)).lang
        const lang = resolveLang(pageLang, storedLang(storage), visit.languages)
        expect(runBoot(visit).keptPrerender).toBe(visit.search === '' && lang === (pageLang ?? 'en'))
      }),
      { numRuns: 400 },
    )
  })

  it('applies the remembered colour theme as the app does, and nothing for “system” or a value it does not know', () => {
    fc.assert(
      fc.property(visits, (visit) => {
        const choice = visit.storedLang === 'throws' ? null : visit.storedTheme
        const expected = isThemeChoice(choice) && choice !== 'system' ? choice : null
        expect(runBoot(visit).theme).toBe(expected)
      }),
      { numRuns: 200 },
    )
  })
})
