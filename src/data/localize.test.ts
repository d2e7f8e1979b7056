import { describe, expect, it } from 'vitest'
import { localize } from './localize'

describe('localize', () => {
  it('uses Japanese where there is some, marking our translations', () => {
    expect(localize({ en: 'Digital Identity', ja: 'デジタルアイデンティティ' }, 'ja')).toMatchObject({
      text: 'デジタルアイデンティティ',
      lang: 'ja',
      isTranslated: false,
    })
    expect(localize({ en: 'Annex', ja: '附属書', translated: true }, 'ja').isTranslated).toBe(true)
  })

  it('falls back to English, visibly, never to a blank', () => {
    expect(localize({ en: 'Only English' }, 'ja')).toEqual({
      text: 'Only English',
      lang: 'en',
      isFallback: true,
      isTranslated: false,
    })
  })
})
