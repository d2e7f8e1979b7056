import { describe, expect, it } from 'vitest'
import { embedCode } from './embedCode'

describe('embedCode', () => {
  it('is a titled iframe of the address, with quotes and ampersands escaped', () => {
    const code = embedCode('https://example.org/themes/?embed=1&chart=matrix', 'Themes "each" year <G20>')
    expect(code).toBe(
      '<iframe src="https://example.org/themes/?embed=1&amp;chart=matrix" title="Themes &quot;each&quot; year &lt;G20&gt;" width="100%" height="720" loading="lazy" style="border: 0"></iframe>',
    )
  })
})
