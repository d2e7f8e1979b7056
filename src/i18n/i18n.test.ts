import { describe, expect, it } from 'vitest'
import { formatDate, formatDateRange, formatNumber, plural } from './format'
import { preferredLang } from './lang'
import { resolveLang, storedLang } from './resolveLang'

describe('language choice', () => {
  it('takes the URL first, then the stored choice, then the browser', () => {
    expect(resolveLang('ja', 'en', ['en-GB'])).toBe('ja')
    expect(resolveLang(null, 'ja', ['en-GB'])).toBe('ja')
    expect(resolveLang(null, null, ['fr-FR', 'ja-JP', 'en'])).toBe('ja')
    expect(resolveLang(null, null, ['fr-FR'])).toBe('en')
  })

  it('reads the browser tag forgivingly', () => {
    expect(preferredLang(['JA'])).toBe('ja')
    expect(preferredLang([])).toBe('en')
  })

  it('ignores a stored value that is not a language, or storage that throws', () => {
    expect(storedLang({ getItem: () => 'de' })).toBeNull()
    expect(
      storedLang({
        getItem: () => {
          throw new Error('blocked')
        },
      }),
    ).toBeNull()
  })
})

describe('formatting', () => {
  it('writes dates the way each language does', () => {
    expect(formatDate('2021-08-05', 'en')).toBe('5 August 2021')
    expect(formatDate('2021-08-05', 'ja')).toBe('2021年8月5日')
  })

  it('writes ranges compactly, and single days as one date', () => {
    expect(formatDateRange('2017-04-06', '2017-04-07', 'en')).toBe('6–7 April 2017')
    expect(formatDateRange('2017-04-06', '2017-04-07', 'ja')).toMatch(/^2017年4月6日～7日$/)
    expect(formatDateRange('2020-04-30', '2020-04-30', 'en')).toBe('30 April 2020')
  })

  it('formats numbers and plurals', () => {
    expect(formatNumber(10000, 'en')).toBe('10,000')
    expect(plural('en', 1, { one: 'topic', other: 'topics' })).toBe('topic')
    expect(plural('en', 3, { one: 'topic', other: 'topics' })).toBe('topics')
  })
})

describe('date ranges across months', () => {
  it('writes both ends in full', () => {
    expect(formatDateRange('2016-12-01', '2017-11-30', 'en')).toBe('1 December 2016 – 30 November 2017')
    expect(formatDateRange('2016-12-01', '2017-11-30', 'ja')).toBe('2016年12月1日～2017年11月30日')
  })
})
