import { readFileSync } from 'node:fs'
import type PptxGenJS from 'pptxgenjs'
import { describe, expect, it } from 'vitest'
import { LIGHT_COLORS } from '@/components/themeColors'
import { parseDataset } from '@/data/parseDataset'
import { indexDataset, scopeIndex, type DatasetIndex } from '@/data/selectors'
import type { OutlineEntry } from '@/url/outline'
import type { TopicFilters } from '@/filters/applyFilters'
import type { Lang } from '@/i18n/lang'
import { makeDataset, makeMeeting, makeTopic } from '../../../../tests/fixtures/dataset'
import { buildNotes } from './buildNotes'
import { buildSlides, MEETING_TOPICS_ON_SLIDE } from './buildSlides'
import { deckExport } from './deckExport'
import { fitFontSize, MEETING_TOPICS, pptxSpec, textHeight, type SlideSpec, type SpecItem } from './pptxSpec'
import { FOOTER_EM, FOOTER_NAMES, footerLine } from './slideSources'

const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
const real = indexDataset(parseDataset(JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as unknown))
const hex = (token: keyof typeof LIGHT_COLORS) => LIGHT_COLORS[token].slice(1).toUpperCase()

const on = (kind: OutlineEntry['kind'], id: string | null = null): OutlineEntry => ({
  kind,
  id,
  isOn: true,
  message: null,
})
/** Every kind of slide the view can give. */
const everything = (index: DatasetIndex): OutlineEntry[] => [
  on('title'),
  on('meetings'),
  ...index.meetings.flatMap((m) => [on('meeting', m.id), on('agreements', m.id)]),
  on('agreements'),
  on('topics'),
  on('chart'),
  on('themes'),
  on('sources'),
]

function specOf(lang: Lang, filters: TopicFilters = none, index = real) {
  const deck = buildSlides(index, filters, lang, { today: '2026-12-01', outline: everything(index) })
  return { deck, spec: pptxSpec(deckExport(index, deck, lang)) }
}

type TextItem = Extract<SpecItem, { kind: 'text' }>
const texts = (slide: SlideSpec): TextItem[] => slide.items.filter((i): i is TextItem => i.kind === 'text')
/** All the text a slide shows, run by run. */
const runsOf = (slide: SlideSpec) => texts(slide).flatMap((i) => i.runs)
const textOf = (slide: SlideSpec) =>
  slide.items
    .flatMap((i): string[] => {
      if (i.kind === 'text') return i.runs.map((r) => r.text ?? '')
      if (i.kind === 'table')
        return i.rows.flatMap((row) => row.map((cell) => (typeof cell.text === 'string' ? cell.text : '')))
      if (i.kind === 'chart') return i.data.flatMap((d) => [d.name ?? '', ...((d.labels ?? []) as string[])])
      return []
    })
    .join('\n')
const footerOf = (slide: SlideSpec) => runsOf(slide).find((r) => /^(Sources: |出典:)/.test(r.text ?? ''))?.text

describe('pptxSpec', () => {
  it.each(['en', 'ja'] as const)('%s: every content slide carries its "so what" line from the data', (lang) => {
    const { deck, spec } = specOf(lang, { ...none, pillar: 'digital-government' })
    const withClaim = deck.slides.filter((s) => s.soWhat !== null)
    expect(withClaim.length).toBeGreaterThan(4)
    for (const slide of withClaim) {
      const at = spec.slides.find((s) => s.id === slide.id)!
      expect(textOf(at), slide.id).toContain(slide.soWhat)
    }
  })

  it.each(['en', 'ja'] as const)(
    'gives one 16:9 slide per deck slide, in order, each showing its title (%s)',
    (lang) => {
      const { deck, spec } = specOf(lang)
      expect(spec.layout).toBe('LAYOUT_WIDE')
      expect(spec.slides.map((s) => s.id)).toEqual(deck.slides.map((s) => s.id))
      deck.slides.forEach((slide, i) => {
        expect(textOf(spec.slides[i]!), slide.id).toContain(slide.title)
      })
    },
  )

  it('puts the notes of each slide, with their sources by publisher and authority, in that slide’s speaker notes', () => {
    const { deck, spec } = specOf('en')
    deck.slides.forEach((slide, i) => {
      const notes = spec.slides[i]!.notes
      for (const point of buildNotes(real, deck, slide, 'en')) {
        expect(notes, slide.id).toContain(point.text)
        for (const source of point.sources) expect(notes, slide.id).toContain(source.label)
      }
      expect(notes, slide.id).not.toContain('https://')
    })
    expect(spec.slides.every((s) => s.notes.length > 0)).toBe(true)
  })

  it('writes a sources footer on every slide that shows facts, naming where they come from', () => {
    const { deck, spec } = specOf('en', { ...none, pillar: 'digital-government' })
    deck.slides.forEach((slide, i) => {
      const footer = footerOf(spec.slides[i]!)
      expect(footer, slide.id).toMatch(/^Sources: /)
    })
    const topics = deck.slides.findIndex((s) => s.kind === 'topics')
    const slide = deck.slides[topics]
    const publishers = new Set(
      slide?.kind === 'topics'
        ? slide.topics.flatMap((c) =>
            real.topicById.get(c.id)!.sources.map((s) => real.publisherById.get(s.publisher)!.name.en),
          )
        : [],
    )
    const footer = (footerOf(spec.slides[topics]!) ?? '').replace(/^Sources: /, '').replace(/ and \d+ more$/, '')
    expect(footer.length).toBeGreaterThan(0)
    // Publishers by name, never a fact number or a bare domain.
    expect(footer).not.toMatch(/\b[FJ]\d+\b/)
    expect([...publishers].some((name) => footer.startsWith(name))).toBe(true)
  })

  it('footers list publishers that fit one line, then how many more, in each language', () => {
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta']
    expect(footerLine(names.slice(0, 2), 'en')).toBe('Sources: Alpha, Beta')
    expect(footerLine(names, 'en')).toBe(
      `Sources: ${names.slice(0, FOOTER_NAMES).join(', ')} and ${names.length - FOOTER_NAMES} more`,
    )
    expect(footerLine(names, 'ja')).toBe(
      `出典:${names.slice(0, FOOTER_NAMES).join('、')} ほか${names.length - FOOTER_NAMES}件`,
    )
    // Long publisher names: as many as fit one 11 pt line, the first always.
    const long = Array.from({ length: 5 }, (_, i) => `Federal Ministry number ${i} for Economic Affairs, Germany`)
    const line = footerLine(long, 'en')
    expect(line).toMatch(/^Sources: Federal Ministry number 0 .* and \d more$/)
    expect(line.length / 2).toBeLessThanOrEqual(FOOTER_EM)
    expect(line).not.toContain('number 3')
    expect(footerLine([], 'en')).toBe('')
  })

  it('puts the presenter’s own note first in the speaker notes, and the key message on the slide', () => {
    const deck = buildSlides(real, none, 'en', {
      outline: [on('title'), { ...on('chart'), message: 0 }],
      messages: ['Both pillars grew'],
    })
    const spec = pptxSpec(deckExport(real, deck, 'en', { chart: 'Pause for questions.' }))
    const chart = spec.slides.find((s) => s.id === 'chart')!
    expect(chart.notes.startsWith('Pause for questions.\n\n')).toBe(true)
    expect(textOf(chart)).toContain('Both pillars grew')
    expect(spec.slides[0]!.notes).not.toContain('Pause for questions.')
    expect(spec.title).toBe(real.meta.title.en)
  })

  it('uses the theme colours: pillar series in the pillar colours, a white background', () => {
    const { spec } = specOf('en')
    const chart = spec.slides.find((s) => s.id === 'chart')!.items.find((i) => i.kind === 'chart')
    expect(chart?.kind === 'chart' && chart.options.chartColors).toEqual([hex('econ'), hex('gov')])
    expect(spec.slides.every((s) => s.background === hex('bg'))).toBe(true)
    const cards = spec.slides
      .find((s) => s.id === 'topics-1')!
      .items.filter((i) => i.kind === 'text' && i.options.shape)
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards)
      expect([hex('econBg'), hex('govBg')]).toContain(card.kind === 'text' ? card.options.fill?.color : '')
  })

  it('sets every topic card on a slide in one size', () => {
    const { spec } = specOf('en')
    for (const slide of spec.slides.filter((s) => s.id.startsWith('topics-'))) {
      const sizes = texts(slide)
        .filter((i) => i.options.shape === 'roundRect')
        .map((i) => i.options.fontSize)
      expect(sizes.length, slide.id).toBeGreaterThan(0)
      expect(new Set(sizes).size, slide.id).toBe(1)
    }
  })

  it('draws the pillar chart without a series of zeros when one pillar has no topic in scope', () => {
    const { spec } = specOf('en', { ...none, pillar: 'digital-government' })
    const chart = spec.slides.find((s) => s.id === 'chart')!.items.find((i) => i.kind === 'chart')
    expect(chart?.kind === 'chart' && chart.data.map((d) => d.name)).toEqual(['Digital government'])
    expect(chart?.kind === 'chart' && chart.options.chartColors).toEqual([hex('gov')])
  })

  it('sets a Japanese font and language on the Japanese deck, and keeps English text tagged English', () => {
    const index = indexDataset(
      makeDataset({
        meetings: [makeMeeting({ name: { en: 'Test Ministerial Conference' } })],
        topics: [makeTopic()],
      }),
    )
    const { spec } = specOf('ja', none, index)
    expect(spec.fontFace).toBe('Meiryo')
    for (const slide of spec.slides) for (const item of texts(slide)) expect(item.options.fontFace).toBe('Meiryo')
    const meeting = spec.slides.find((s) => s.id === 'meeting:m-2017')!
    const title = runsOf(meeting).find((r) => r.text === 'Test Ministerial Conference')
    expect(title?.options?.lang).toBe('en-GB')
    const japanese = runsOf(meeting).find((r) => r.text === 'デジタルアイデンティティ')
    expect(japanese?.options?.lang).toBe('ja-JP')
    expect(specOf('en').spec.fontFace).toBe('Calibri')
  })

  it.each(['en', 'ja'] as const)('keeps every box inside the 13.33 × 7.5 in slide (%s)', (lang) => {
    const { spec } = specOf(lang)
    for (const slide of spec.slides)
      for (const item of slide.items) {
        const { x, y, w, h } = item.options as { x: number; y: number; w: number; h?: number }
        expect(x, slide.id).toBeGreaterThanOrEqual(0)
        expect(x + w, slide.id).toBeLessThanOrEqual(13.34)
        expect(y + (h ?? 0), slide.id).toBeLessThanOrEqual(7.5)
      }
  })

  it.each(['en', 'ja'] as const)(
    '%s: the closing Sources slide links every address the deck cites, numbered by publisher, none written out',
    (lang) => {
      const filters: TopicFilters = { ...none, pillar: 'digital-government' }
      const { deck, spec } = specOf(lang, filters)
      const i = deck.slides.findIndex((s) => s.kind === 'sources')
      const runs = runsOf(spec.slides[i]!)
      const linked = runs.flatMap((r) => (r.options?.hyperlink?.url ? [r.options.hyperlink.url] : []))
      const cited = new Set(
        [...deck.topics.flatMap((t) => t.sources), ...deck.meetings.flatMap((m) => m.sources)].map((s) => s.url),
      )
      expect(cited.size).toBeGreaterThan(3)
      expect(new Set(linked)).toEqual(cited)
      expect(linked).toHaveLength(cited.size)
      // Each link reads as its number after the publisher's count, never as an address.
      for (const r of runs.filter((r) => r.options?.hyperlink)) expect(r.text).toMatch(/^\d+$/)
      expect(textOf(spec.slides[i]!)).not.toMatch(/https?:/)
    },
  )

  it.each(['en', 'ja'] as const)(
    '%s: the closing Sources slide holds every publisher inside the slide, even with every meeting (2016–2025)',
    (lang) => {
      const wide = scopeIndex(real, 'all')
      const deck = buildSlides(wide, none, lang, { outline: everything(wide) })
      const i = deck.slides.findIndex((s) => s.kind === 'sources')
      const slide = deck.slides[i]!
      const publishers = slide.kind === 'sources' ? slide.groups.flatMap((g) => g.publishers) : []
      expect(publishers.length).toBeGreaterThan(30)
      const spec = pptxSpec(deckExport(wide, deck, lang)).slides[i]!
      const columns = texts(spec).filter((item) => Number(item.options.y) === 1.6)
      expect(columns.length).toBeGreaterThan(1)
      for (const column of columns) {
        // The column's paragraphs, as PowerPoint breaks them, fit its box at its size (no line under the footer).
        const paragraphs = column.runs
          .reduce<string[]>(
            (all, r) => {
              all[all.length - 1] += r.text ?? ''
              if (r.options?.breakLine) all.push('')
              return all
            },
            [''],
          )
          .filter((p) => p !== '')
        const size = Number(column.options.fontSize)
        expect(size).toBeGreaterThanOrEqual(10)
        expect(textHeight(paragraphs, Number(column.options.w), size, 1.1)).toBeLessThanOrEqual(
          Number(column.options.h),
        )
      }
      // Every publisher is there, once.
      const text = columns.map((c) => c.runs.map((r) => r.text).join('')).join('\n')
      for (const p of publishers) expect(text).toContain(`${p.name} · `)
    },
  )

  it('lists at most a slide’s worth of topics on a meeting slide, and says how many more', () => {
    const onSlide = Math.min(MEETING_TOPICS, MEETING_TOPICS_ON_SLIDE)
    const topics = Array.from({ length: onSlide + 3 }, (_, i) =>
      makeTopic({ id: `t-${i}`, title: { en: `Topic ${i}` } }),
    )
    const index = indexDataset(makeDataset({ meetings: [makeMeeting()], topics }))
    const { spec } = specOf('en', none, index)
    const meeting = spec.slides.find((s) => s.id === 'meeting:m-2017')!
    const listed = runsOf(meeting).filter((r) => /^Topic \d+$/.test(r.text ?? ''))
    expect(listed).toHaveLength(onSlide - 1)
    expect(textOf(meeting)).toContain(`and ${topics.length - listed.length} more`)
  })
})

describe('fitFontSize', () => {
  const box = { w: 4, h: 1 }
  it('keeps short text at the largest size and shrinks long text, never below the minimum', () => {
    expect(fitFontSize(['Short'], box, { max: 24, min: 10 })).toBe(24)
    const long = fitFontSize(['word '.repeat(20)], box, { max: 24, min: 10 })
    expect(long).toBeLessThan(24)
    expect(long).toBeGreaterThan(10)
    expect(fitFontSize(['word '.repeat(400)], box, { max: 24, min: 10 })).toBe(10)
  })
  it('counts Japanese characters as wider than Latin letters', () => {
    expect(fitFontSize(['あ'.repeat(60)], box, { max: 24, min: 8 })).toBeLessThan(
      fitFontSize(['a'.repeat(60)], box, { max: 24, min: 8 }),
    )
  })
})

/** No two text boxes share any area (boxes that only touch are fine). */
function expectNoOverlap(items: readonly { options: PptxGenJS.TextPropsOptions }[]) {
  const box = (o: PptxGenJS.TextPropsOptions) => ({ x: Number(o.x), y: Number(o.y), w: Number(o.w), h: Number(o.h) })
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      const p = box(a.options)
      const q = box(b.options)
      const apart =
        p.x + p.w <= q.x + 1e-6 || q.x + q.w <= p.x + 1e-6 || p.y + p.h <= q.y + 1e-6 || q.y + q.h <= p.y + 1e-6
      expect(apart, `${JSON.stringify(p)} overlaps ${JSON.stringify(q)}`).toBe(true)
    }),
  )
}

describe('pptxSpec timeline', () => {
  type ShapeItem = Extract<SpecItem, { kind: 'shape' }>
  const timelineOf = (lang: Lang, filters: TopicFilters = none) => {
    const { deck, spec } = specOf(lang, filters)
    const i = deck.slides.findIndex((s) => s.kind === 'timeline')
    const slide = deck.slides[i]!
    return { meetings: slide.kind === 'timeline' ? slide.meetings : [], spec: spec.slides[i]! }
  }

  it.each(['en', 'ja'] as const)(
    '%s: draws the meetings as a line with a dot per meeting, left to right in date order, not a table',
    (lang) => {
      const { meetings, spec } = timelineOf(lang)
      expect(meetings.length).toBeGreaterThan(1)
      expect(spec.items.some((i) => i.kind === 'table')).toBe(false)
      const shapes = spec.items.filter((i): i is ShapeItem => i.kind === 'shape')
      const dots = shapes.filter((s) => s.shape === 'ellipse').map((s) => s.options)
      expect(dots).toHaveLength(meetings.length)
      // On one line (a thin bar through every dot's centre), evenly spaced, inside the slide.
      expect(new Set(dots.map((d) => d.y)).size).toBe(1)
      const middle = Number(dots[0]!.y) + Number(dots[0]!.h) / 2
      const bar = shapes.find(
        (s) => s.shape === 'rect' && Math.abs(Number(s.options.y) + Number(s.options.h) / 2 - middle) < 1e-6,
      )
      expect(bar).toBeDefined()
      expect(Number(bar!.options.x)).toBeLessThan(Math.min(...dots.map((d) => Number(d.x))))
      expect(Number(bar!.options.x) + Number(bar!.options.w)).toBeGreaterThan(Math.max(...dots.map((d) => Number(d.x))))
      const xs = dots.map((d) => Number(d.x))
      const steps = xs.slice(1).map((x, i) => x - xs[i]!)
      for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 6)
      expect(Math.min(...xs)).toBeGreaterThan(0)
      expect(Math.max(...xs) + Number(dots[0]!.w)).toBeLessThan(13.333)
      // Each meeting's year, dates and place are text, readable from the back of the room (>= 14 pt).
      const text = textOf(spec)
      for (const m of meetings) for (const part of [String(m.year), m.date, m.place]) expect(text).toContain(part)
      const labels = texts(spec).filter((item) => meetings.some((m) => item.runs.some((r) => r.text === m.place)))
      expect(labels).toHaveLength(meetings.length)
      for (const item of labels) expect(Number(item.options.fontSize)).toBeGreaterThanOrEqual(14)
      expectNoOverlap(labels)
    },
  )

  it.each(['en', 'ja'] as const)(
    '%s: with every meeting (2016–2025), labels alternate and none overlaps another',
    (lang) => {
      const wide = scopeIndex(real, 'all')
      const all = buildSlides(wide, none, lang, { outline: everything(wide) })
      const i = all.slides.findIndex((s) => s.kind === 'timeline')
      const slide = all.slides[i]!
      const meetings = slide.kind === 'timeline' ? slide.meetings : []
      expect(meetings.length).toBeGreaterThan(6)
      const allSpec = pptxSpec(deckExport(wide, all, lang)).slides[i]!
      const labels = texts(allSpec).filter((item) => meetings.some((m) => item.runs.some((r) => r.text === m.place)))
      expect(labels).toHaveLength(meetings.length)
      expect(new Set(labels.map((l) => l.options.valign))).toEqual(new Set(['top', 'bottom']))
      expectNoOverlap(labels)
    },
  )

  it('under a filter, only the meetings in scope get a dot', () => {
    const all = timelineOf('en')
    const one = timelineOf('en', { ...none, years: [2021] })
    expect(one.meetings).toHaveLength(1)
    expect(one.spec.items.filter((i) => i.kind === 'shape' && i.shape === 'ellipse')).toHaveLength(1)
    expect(all.meetings.length).toBeGreaterThan(one.meetings.length)
  })
})
