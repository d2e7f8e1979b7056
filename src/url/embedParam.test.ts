import { describe, expect, it } from 'vitest'
import { chartEmbedAddress, embeddedChartOf } from './embedParam'

describe('embeddedChartOf', () => {
  it('reads the chart of an embed address', () => {
    expect(embeddedChartOf('?embed=1&chart=matrix')).toBe('matrix')
    expect(embeddedChartOf('?pillar=digital-government&chart=pillars&embed=1')).toBe('pillars')
  })

  it('is null without embed=1, without a chart, or for a chart it does not know (the whole view shows)', () => {
    expect(embeddedChartOf('?chart=matrix')).toBeNull()
    expect(embeddedChartOf('?embed=1')).toBeNull()
    expect(embeddedChartOf('?embed=1&chart=pie')).toBeNull()
    expect(embeddedChartOf('?embed=0&chart=matrix')).toBeNull()
  })
})

describe('chartEmbedAddress', () => {
  it('keeps the path and the filters, and adds embed and chart', () => {
    expect(chartEmbedAddress('/ja/themes/?pillar=digital-government&years=2021', 'matrix')).toBe(
      '/ja/themes/?pillar=digital-government&years=2021&embed=1&chart=matrix',
    )
    expect(chartEmbedAddress('/themes/', 'pillars')).toBe('/themes/?embed=1&chart=pillars')
  })

  it('gives an address whose chart reads back', () => {
    const address = chartEmbedAddress('/themes/?q=AI', 'pillars')
    expect(embeddedChartOf(new URL(address, 'https://example.org').search)).toBe('pillars')
  })
})
