// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { matrixChartSvg, pillarChartSvg, textWidthEm, wrapText, type ChartFrame } from './chartSvg'

const frame: ChartFrame = {
  title: 'Topics per meeting & pillar',
  soWhat: 'Trieste 2021 had the most topics <14>.',
  source: "Source: G20 Digital Ministers' Track dashboard, dataset version 1.2.0, data as of 2 December 2026",
  dateAndLicence: 'Downloaded 2 December 2026 · Licence: reuse with attribution',
}

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const texts = (doc: Document) => [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '')

describe('wrapText', () => {
  it('breaks a long header between words, never inside one', () => {
    const lines = wrapText('Digital economy measurement and the data free flow with trust agenda', 160, 15)
    expect(lines.length).toBeGreaterThan(1)
    const words = 'Digital economy measurement and the data free flow with trust agenda'.split(' ')
    expect(lines.join(' ')).toBe(words.join(' '))
    for (const line of lines) for (const part of line.split(' ')) expect(words).toContain(part)
    for (const line of lines) expect(textWidthEm(line) * 15).toBeLessThanOrEqual(160)
  })

  it('counts CJK as full width and breaks between CJK characters', () => {
    expect(textWidthEm('デジタル')).toBe(4)
    expect(textWidthEm('abcd')).toBeCloseTo(2.2)
    const lines = wrapText('デジタル経済とデジタルガバメントの議題', 100, 20)
    expect(lines.join('')).toBe('デジタル経済とデジタルガバメントの議題')
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(5)
  })
})

describe('pillarChartSvg', () => {
  const svg = pillarChartSvg({
    ...frame,
    rows: [
      { label: 'Trieste 2021', economy: 9, government: 5 },
      { label: 'Empty meeting', economy: 0, government: 0 },
      { label: 'つくば 2019', economy: 3, government: 2 },
    ],
    economyLabel: 'デジタル経済',
    governmentLabel: 'デジタルガバメント',
  })
  const doc = parse(svg)

  it('is real SVG: rect, text and line elements, no foreignObject', () => {
    expect(svg).not.toMatch(/foreignObject/i)
    expect(doc.documentElement.localName).toBe('svg')
    expect(doc.getElementsByTagName('rect').length).toBeGreaterThan(4)
    expect(doc.getElementsByTagName('line').length).toBeGreaterThan(0)
  })

  it('draws the title, the so-what sentence, source, date and licence, escaped', () => {
    const all = texts(doc).join('\n')
    expect(all).toContain('Topics per meeting & pillar')
    expect(all).toContain('Trieste 2021 had the most topics <14>.')
    expect(all).toContain('dataset version 1.2.0')
    expect(all).toContain('Licence: reuse with attribution')
    expect(svg).toContain('&amp; pillar')
    expect(svg).toContain('&lt;14&gt;')
  })

  it('holds the Japanese text in a CJK font stack and leaves out meetings with no topic', () => {
    expect(texts(doc)).toContain('デジタル経済')
    expect(texts(doc)).toContain('つくば 2019')
    expect(texts(doc)).not.toContain('Empty meeting')
    expect(doc.documentElement.getAttribute('font-family')).toContain('Noto Sans CJK JP')
  })
})

describe('matrixChartSvg', () => {
  const longTheme = 'Data free flow with trust and cross-border data governance'
  const svg = matrixChartSvg({
    ...frame,
    title: 'Themes × years',
    years: [2017, 2018],
    rows: [
      {
        label: longTheme,
        cells: [
          { status: 'new', shown: 2 },
          { status: 'continued', shown: 1 },
        ],
      },
      {
        label: '電子政府',
        cells: [
          { status: 'absent', shown: 0 },
          { status: 'new', shown: 3 },
        ],
      },
    ],
    statusLabels: { new: 'New', continued: 'Continued', returned: 'Returned', absent: 'Absent' },
  })
  const doc = parse(svg)

  it('wraps a long theme header on word boundaries', () => {
    const lines = texts(doc).filter((line) => longTheme.includes(line) && line.length > 3)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join(' ')).toBe(longTheme)
  })

  it('draws years, a cell per year and the Japanese theme, without foreignObject', () => {
    expect(svg).not.toMatch(/foreignObject/i)
    expect(texts(doc)).toEqual(expect.arrayContaining(['2017', '2018', '電子政府', '3', 'Themes × years']))
    expect(texts(doc).join('\n')).toContain('dataset version 1.2.0')
  })
})
