import { describe, expect, it } from 'vitest'
import { editionLine } from './editionLine'

const meta = { dataAsOf: '2026-11-30', version: '1.2.0' }

describe('editionLine', () => {
  it('says when the page was printed, from which data, in English', () => {
    expect(editionLine(meta, 'en', '2026-12-02')).toBe(
      'Printed 2 December 2026 · Data as of 30 November 2026 · Dataset version 1.2.0',
    )
  })

  it('leaves out the print date on screen, and speaks Japanese', () => {
    expect(editionLine(meta, 'ja')).toBe('データ時点:2026年11月30日 · データセット バージョン 1.2.0')
  })
})
