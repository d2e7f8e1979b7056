import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { bootScript, scriptHash } from '../../deploy/bootScript'
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
/** The same script as the build inlines it into every page (comment lines and indentation dropped). */
const INLINED = bootScript(process.cwd())

interface Visit {
  /** The stored language, or 'throws' for storage that refuses every read. */
  storedLang: string | null
  storedTheme: string | null
  languages: string[]
  search: string
  pathname: string
  base: string
  /** Inlined by the build (the base in data-base), or the file the dev server serves. */
  inline: boolean
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
    querySelectorAll: () => [],
  }
  const documentElement = { setAttribute: (name: string, value: string) => attributes.set(name, value) }
  runInNewContext(visit.inline ? INLINED : BOOT, {
    window: {
      localStorage: storage,
      location: { search: visit.search, pathname: visit.pathname },
      addEventListener: () => undefined,
    },
    document: {
      addEventListener: () => undefined,
      documentElement,
      getElementById: (id: string) => (id === 'root' ? root : null),
      currentScript: visit.inline
        ? { src: '', getAttribute: (name: string) => (name === 'data-base' ? visit.base : null) }
        : { src: `https://x.test${visit.base}boot.js`, getAttribute: () => null },
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
    inline: fc.boolean(),
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

/** A prerendered English page whose visit boot.js keeps (or, with a query, clears), with the build's data- attributes. */
function startApp({ search = '', entry = true, hidden = false } = {}) {
  const added: { tag: string; props: Record<string, string> }[] = []
  const frames: (() => void)[] = []
  const timers: { fn: () => void; ms: number }[] = []
  const observers: ((
    list: { getEntriesByName: (name: string) => unknown[] },
    o: { disconnect: () => void },
  ) => void)[] = []
  class PerformanceObserver {
    constructor(fn: (typeof observers)[number]) {
      observers.push(fn)
    }
    observe(options: { type: string }) {
      if (options.type !== 'paint') throw new TypeError('unsupported')
    }
  }
  const attrs: Record<string, string> = entry
    ? {
        'data-base': '/',
        'data-entry': '/assets/index-1.js',
        'data-modules': '/assets/runtime-1.js /assets/first-1.js',
        'data-dataset': '/data/g20-digital.json',
      }
    : { 'data-base': '/' }
  let prerendered = true
  const root = {
    hasAttribute: (name: string) => name === 'data-prerendered' && prerendered,
    removeAttribute: () => {
      prerendered = false
    },
    set textContent(_value: string) {},
    querySelector: () => null,
    querySelectorAll: () => [],
  }
  runInNewContext(INLINED, {
    window: {
      localStorage: { getItem: () => null },
      location: { search, pathname: '/' },
      addEventListener: () => undefined,
    },
    document: {
      addEventListener: () => undefined,
      documentElement: { setAttribute: () => undefined },
      getElementById: () => root,
      currentScript: { src: '', getAttribute: (name: string) => attrs[name] ?? null },
      visibilityState: hidden ? 'hidden' : 'visible',
      createElement: (tag: string) => {
        const el = { tag, props: {} as Record<string, string> }
        return new Proxy(el, {
          set: (_t, key, value: string) => {
            el.props[String(key)] = value
            return true
          },
        })
      },
      head: { appendChild: (el: { tag: string; props: Record<string, string> }) => added.push(el) },
    },
    URL,
    navigator: { languages: ['en-GB'] },
    performance: { getEntriesByName: () => [], mark: () => undefined },
    requestAnimationFrame: (fn: () => void) => frames.push(fn),
    setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    PerformanceObserver,
    String,
  })
  const requested = () => added.map(({ tag, props }) => `${tag} ${props.rel ?? props.type} ${props.href ?? props.src}`)
  /** The browser reports a paint entry (first-paint, then first-contentful-paint). */
  const report = (name: string) =>
    observers.forEach((fn) =>
      fn({ getEntriesByName: (wanted) => (wanted === name ? [{ name }] : []) }, { disconnect: () => undefined }),
    )
  const paint = () => report('first-contentful-paint')
  /** Time passes: every pending timer and frame runs. */
  const wait = () => {
    frames.splice(0).forEach((fn) => fn())
    timers.splice(0).forEach(({ fn }) => fn())
  }
  return { requested, paint, report, wait }
}

const APP = [
  'link preload /data/g20-digital.json',
  'link modulepreload /assets/runtime-1.js',
  'link modulepreload /assets/first-1.js',
  'script module /assets/index-1.js',
]

describe('public/boot.js starts the app', () => {
  it('after the first contentful paint of a prerendered page: nothing competes with the stylesheet before it', () => {
    const visit = startApp()
    expect(visit.requested()).toEqual([])
    visit.report('first-paint')
    expect(visit.requested()).toEqual([])
    visit.paint()
    expect(visit.requested()).toEqual(APP)
    // Once only, though the fallback timer fires later.
    visit.wait()
    expect(visit.requested()).toEqual(APP)
  })

  it('a second after boot when no paint is reported, so the page always comes alive', () => {
    const visit = startApp()
    visit.wait()
    expect(visit.requested()).toEqual(APP)
  })

  it('at once when the app must render the page itself, or the tab is hidden (no frame would come)', () => {
    expect(startApp({ search: '?slide=1' }).requested()).toEqual(APP)
    expect(startApp({ hidden: true }).requested()).toEqual(APP)
  })

  it('not at all without data-entry: the dev server and the single file load the app themselves', () => {
    const visit = startApp({ entry: false })
    visit.paint()
    visit.wait()
    expect(visit.requested()).toEqual([])
  })
})

describe('the policy allows the inlined boot.js by its hash', () => {
  it('in the shipped nginx configuration, on every Content-Security-Policy line', () => {
    const conf = readFileSync(resolve(process.cwd(), 'deploy/nginx/g20-dashboard.conf'), 'utf8')
    const policies = [...conf.matchAll(/Content-Security-Policy "([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(policies.length).toBeGreaterThan(0)
    const hash = scriptHash(INLINED)
    for (const policy of policies) {
      const scriptSrc = policy.split(/\s*;\s*/).find((d) => d.startsWith('script-src')) ?? ''
      expect(scriptSrc, `deploy/nginx/g20-dashboard.conf needs script-src 'self' ${hash}`).toBe(
        `script-src 'self' ${hash}`,
      )
    }
  })
})
