import { describe, expect, it } from 'vitest'
import { excerptAround, hasEveryTerm, normalizeForSearch, searchTerms, splitHighlight } from './search'

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

  it('splits a search into words, full-width spaces too, each once', () => {
    expect(searchTerms('  Osaka　Track osaka ')).toEqual(['osaka', 'track'])
    expect(searchTerms('   ')).toEqual([])
    expect(hasEveryTerm('data free flow with trust', searchTerms('trust data'))).toBe(true)
    expect(hasEveryTerm('data free flow with trust', searchTerms('trust osaka'))).toBe(false)
  })

  it('highlights every word of the search, wherever it is', () => {
    expect(marked('Data Free Flow with Trust', 'trust data')).toBe('[Data] Free Flow with [Trust]')
    expect(marked('identity and identities', 'identit identity')).toBe('[identity] and [identit]ies')
  })

  it('cuts long text to the part around the first match, at word boundaries', () => {
    const text = `${'word '.repeat(60)}the minister TAKEDA attended ${'more '.repeat(60)}`.trim()
    const excerpt = excerptAround(text, 'takeda', 80)
    expect(excerpt).toMatch(/^….*TAKEDA.*…$/)
    expect(excerpt.length).toBeLessThanOrEqual(82)
    // No word is cut in half at either end.
    const words = new Set(text.split(' '))
    expect(
      excerpt
        .slice(1, -1)
        .split(' ')
        .every((w) => words.has(w)),
    ).toBe(true)
    expect(excerptAround('short text', 'zzz', 80)).toBe('short text')
  })
})
