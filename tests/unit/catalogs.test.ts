import { describe, expect, it } from 'vitest'
import type { Catalog } from '@/i18n/defineMessages'

type AnyMessages = Record<string, string | ((...args: unknown[]) => string)>

const modules = import.meta.glob<Record<string, unknown>>(['/src/**/messages.ts', '/src/**/*Messages.ts'], {
  eager: true,
})

const catalogs = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, Catalog<AnyMessages>] => {
      const value = entry[1]
      return typeof value === 'object' && value !== null && 'en' in value && 'ja' in value
    })
    .map(([name, catalog]) => [`${file}#${name}`, catalog] as const),
)

describe('message catalogs', () => {
  it('exist', () => {
    expect(catalogs.length).toBeGreaterThanOrEqual(11)
  })

  it.each(catalogs)('%s has every key in English and Japanese, none empty', (_name, catalog) => {
    expect(Object.keys(catalog.ja).sort()).toEqual(Object.keys(catalog.en).sort())
    for (const lang of ['en', 'ja'] as const) {
      for (const [key, message] of Object.entries(catalog[lang])) {
        const english = catalog.en[key]
        if (typeof message === 'function') {
          expect(typeof english, `${lang}.${key}`).toBe('function')
          expect(message.length, `${lang}.${key} takes the same arguments`).toBe((english as () => string).length)
        } else {
          expect(message.trim(), `${lang}.${key}`).not.toBe('')
        }
      }
    }
  })
})
