import { describe, expect, it } from 'vitest'
import { normalizeForSearch, splitHighlight } from './search'

const marked = (text: string, q: string) =>
  splitHighlight(text, q)
    .map((s) => (s.isMatch ? `[${s.text}]` : s.text))
    .join('')

describe('search', () => {
  it('ignores case and Latin accents', () => {
    expect(normalizeForSearch('Düsseldorf')).toBe(normalizeForSearch('DUSSELDORF'))
  })

  it('treats full-width and half-width forms alike, keeps voiced marks', () => {
    expect(normalizeForSearch('ＡＩ')).toBe('ai')
    expect(normalizeForSearch('ﾃﾞｼﾞﾀﾙ')).toBe(normalizeForSearch('デジタル'))
    expect(normalizeForSearch('ガ')).not.toBe(normalizeForSearch('カ'))
  })

  it('highlights matches in the original text', () => {
    expect(marked('Meeting in Düsseldorf, 2017', 'dusseldorf')).toBe('Meeting in [Düsseldorf], 2017')
    expect(marked('Digital Identity and identity data', 'IDENTITY')).toBe('Digital [Identity] and [identity] data')
    expect(marked('デジタルアイデンティティ', 'ｱｲﾃﾞﾝﾃｨﾃｨ')).toBe('デジタル[アイデンティティ]')
  })

  it('leaves text alone for an empty query or no match', () => {
    expect(marked('Agile Regulation', '  ')).toBe('Agile Regulation')
    expect(marked('Agile Regulation', 'zzz')).toBe('Agile Regulation')
  })
})
