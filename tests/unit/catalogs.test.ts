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

/**
 * The text a message writes: a string itself, or the string and template literals in a message function's
 * source (object keys such as `{ 'in-person': … }` left out), so a Japanese function that still writes English
 * words is caught whatever its arguments are.
 */
function writtenText(message: string | ((...args: unknown[]) => string)): string[] {
  if (typeof message === 'string') return [message]
  const source = message.toString()
  const out: string[] = []
  let i = 0
  const isKey = (start: number) =>
    /^\s*:/.test(source.slice(i)) && /[{,]\s*$/.test(source.slice(Math.max(0, start - 20), start))
  function quoted(quote: string) {
    const start = i
    let text = ''
    for (i += 1; i < source.length && source[i] !== quote; i += 1) text += source[i] === '\\' ? source[++i] : source[i]
    i += 1
    if (!isKey(start)) out.push(text)
  }
  function template() {
    let text = ''
    for (i += 1; i < source.length && source[i] !== '`'; i += 1) {
      if (source[i] === '\\') text += source[++i]
      else if (source.startsWith('${', i)) {
        out.push(text)
        text = ''
        i += 2
        code(true)
        i -= 1
      } else text += source[i]
    }
    i += 1
    out.push(text)
  }
  function code(untilBrace: boolean) {
    let depth = 0
    while (i < source.length) {
      const c = source[i]
      if (c === "'" || c === '"') quoted(c)
      else if (c === '`') template()
      else {
        if (c === '{') depth += 1
        if (c === '}' && untilBrace && depth-- === 0) {
          i += 1
          return
        }
        i += 1
      }
    }
  }
  code(false)
  return out
}

/** Latin words that are the same in Japanese text: key names, file formats, abbreviations, proper names. */
const SAME_IN_JAPANESE = new Set([
  'AI',
  'PowerPoint',
  'pptx',
  'G20',
  'ID',
  'URL',
  'CSV',
  'JSON',
  'PNG',
  'SVG',
  'PDF',
  'Enter',
  'Esc',
  'Home',
  'End',
  'ja',
])
/** Whole entries that are legitimately identical in both catalogs. */
const IDENTICAL = new Set([
  'appMessages.languageLabel', // "Language / 言語": written in both languages on purpose, so either reader finds it
  'contentMessages.csvId', // "ID": a CSV column name
])

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

  it.each(catalogs)('%s is translated: Japanese differs from English and writes no English words', (name, catalog) => {
    const catalogName = name.split('#')[1] ?? name
    for (const [key, english] of Object.entries(catalog.en)) {
      const japanese = catalog.ja[key]
      if (japanese === undefined) continue
      const id = `${catalogName}.${key}`
      if (IDENTICAL.has(id)) continue
      expect(String(japanese), `${id} is the English text`).not.toBe(String(english))
      const words = writtenText(japanese).flatMap((text) => text.match(/[A-Za-z]{2,}/g) ?? [])
      expect(
        words.filter((word) => !SAME_IN_JAPANESE.has(word)),
        `${id} writes English words`,
      ).toEqual([])
    }
  })

  /*
   * The vocabulary (pillar, meeting format, place, year span) is written once, in vocabularyMessages; every
   * other catalog gets it from vocabularyLabels. A catalog that writes one of these words as a message of
   * its own is a second definition that can drift (柱 beside 分野, three ways to say virtual).
   */
  const VOCABULARY = ['/src/i18n/vocabularyMessages.ts#vocabularyMessages', 'vocabularyMessages']
  const vocabulary = catalogs.find(([name]) => name === VOCABULARY[0])?.[1]
  const words = new Set(
    vocabulary
      ? (['en', 'ja'] as const).flatMap((lang) =>
          Object.values(vocabulary[lang]).flatMap((message) => (typeof message === 'string' ? [message] : [])),
        )
      : [],
  )

  it('the vocabulary is in vocabularyMessages: the pillars in both languages, 分野 for pillar', () => {
    for (const word of ['Digital economy', 'デジタル経済', 'Digital government', 'デジタルガバメント', '分野'])
      expect(words).toContain(word)
  })

  it.each(catalogs.filter(([name]) => name !== VOCABULARY[0]))(
    '%s defines none of the vocabulary’s words again, and never calls a pillar 柱',
    (_name, catalog) => {
      for (const lang of ['en', 'ja'] as const) {
        for (const [key, message] of Object.entries(catalog[lang])) {
          const texts = writtenText(message).map((text) => text.replace(/[:：]\s*$/, '').trim())
          expect(
            texts.filter((text) => words.has(text)),
            `${lang}.${key} repeats the vocabulary`,
          ).toEqual([])
          if (lang === 'ja') expect(texts.join(' '), `ja.${key}`).not.toContain('柱')
        }
      }
    },
  )
})
