import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import { indexDataset } from '@/data/selectors'
import type { TopicFilters } from '@/filters/applyFilters'
import { makeDataset, makeMeeting, makeTopic } from '../../../../tests/fixtures/dataset'
import { buildNotes } from './buildNotes'
import type { DatasetIndex } from '@/data/selectors'
import type { OutlineEntry, OutlineKind } from '@/url/outline'
import { buildSlides, clampSlide, MEETING_TOPICS_ON_SLIDE, TOPICS_PER_SLIDE, type Slide } from './buildSlides'

const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
const real = indexDataset(parseDataset(JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as unknown))
const kinds = (slides: Slide[]) => slides.map((s) => s.kind)
const on = (kind: OutlineKind, id: string | null = null): OutlineEntry => ({ kind, id, isOn: true, message: null })
/** Every slide the view can give, in the order of the old fixed deck. */
const everything = (index: DatasetIndex): OutlineEntry[] => [
  on('title'),
  on('meetings'),
  ...index.meetings.map((m) => on('meeting', m.id)),
  on('topics'),
  on('chart'),
  on('themes'),
  on('sources'),
]
const topicIdsOn = (slides: Slide[]) => slides.flatMap((s) => (s.kind === 'topics' ? s.topics.map((c) => c.id) : []))

describe('buildSlides with the real dataset', () => {
  it('builds title, timeline, a slide per meeting, topic pages of at most four, charts and sources', () => {
    const deck = buildSlides(real, none, 'en', { today: '2026-12-01', outline: everything(real) })
    const meetingSlides = deck.slides.filter((s) => s.kind === 'meeting')
    expect(meetingSlides).toHaveLength(real.meetings.length)
    expect(topicIdsOn(deck.slides)).toEqual(real.topics.map((t) => t.id))
    for (const s of deck.slides) if (s.kind === 'topics') expect(s.topics.length).toBeLessThanOrEqual(TOPICS_PER_SLIDE)
    expect(deck.slides.filter((s) => s.kind === 'topics')).toHaveLength(
      Math.ceil(real.topics.length / TOPICS_PER_SLIDE),
    )
    const k = kinds(deck.slides)
    expect(k.slice(0, 2)).toEqual(['title', 'timeline'])
    expect(k.indexOf('chart')).toBeGreaterThan(k.lastIndexOf('topics'))
    expect(k.at(-1)).toBe('sources')
    const first = deck.slides[0]
    expect(first?.kind === 'title' && first.date).toBe('Presented 1 December 2026')
  })

  it('a Digital government deck is only about government topics and their meetings', () => {
    const deck = buildSlides(real, { ...none, pillar: 'digital-government' }, 'ja', { outline: everything(real) })
    const government = real.topics.filter((t) => t.pillar === 'digital-government')
    expect(topicIdsOn(deck.slides)).toEqual(government.map((t) => t.id))
    const meetingIds = deck.slides.flatMap((s) => (s.kind === 'meeting' ? [s.meetingId] : []))
    expect(meetingIds).toEqual([...new Set(government.map((t) => t.meetingId))].sort((a, b) => a.localeCompare(b)))
    const chart = deck.slides.find((s) => s.kind === 'chart')
    expect(chart?.kind === 'chart' && chart.rows.every((r) => r.economy === 0 && r.government > 0)).toBe(true)
    // No series of zeros: the economy pillar is not drawn at all.
    expect(chart?.kind === 'chart' && chart.series).toEqual(['digital-government'])
    expect(deck.slides[0]?.kind === 'title' && deck.slides[0].sentence).toContain('デジタルガバメント')
  })

  it('one closing Sources slide names every publisher behind the shown topics, grouped by authority', () => {
    const deck = buildSlides(real, { ...none, years: [2019] }, 'en', { outline: everything(real) })
    const slides = deck.slides.filter((s) => s.kind === 'sources')
    expect(slides).toHaveLength(1)
    expect(deck.slides.at(-1)?.kind).toBe('sources')
    const groups = slides[0]?.kind === 'sources' ? slides[0].groups : []
    expect(groups.map((g) => g.kind)).toEqual(
      ['official', 'archive', 'press'].filter((k) => groups.some((g) => g.kind === k)),
    )
    const names = groups.flatMap((g) => g.publishers.map((p) => p.name))
    for (const topic of deck.topics)
      for (const source of topic.sources) expect(names).toContain(real.publisherById.get(source.publisher)!.name.en)
    // No raw addresses on the slide.
    expect(names.some((n) => n.startsWith('http'))).toBe(false)
  })

  it('every content slide has a one-line source footer naming publishers', () => {
    const deck = buildSlides(real, { ...none, pillar: 'digital-government' }, 'en', { outline: everything(real) })
    for (const slide of deck.slides) if (slide.kind !== 'key') expect(slide.sources.length, slide.id).toBeGreaterThan(0)
  })

  it('topic cards carry what was agreed, not only the summary', () => {
    const deck = buildSlides(real, none, 'en', { outline: everything(real) })
    const cards = deck.slides.flatMap((s) => (s.kind === 'topics' ? s.topics : []))
    for (const card of cards) {
      const agreement = real.topicById.get(card.id)!.agreement
      expect(card.agreement?.text ?? null, card.id).toBe(agreement?.[0]?.text.en ?? null)
    }
    expect(cards.some((c) => c.agreement !== null)).toBe(true)
  })

  it('gives notes with sources for every slide', () => {
    const deck = buildSlides(real, none, 'en', { outline: everything(real) })
    for (const slide of deck.slides) {
      const notes = buildNotes(real, deck, slide, 'en')
      expect(notes.length, slide.id).toBeGreaterThan(0)
      if (slide.kind === 'meeting' || slide.kind === 'topics' || slide.kind === 'timeline') {
        expect(
          notes.every((n) => n.sources.length > 0),
          slide.id,
        ).toBe(true)
      }
    }
  })
})

describe('buildSlides with fixtures', () => {
  const topics = Array.from({ length: 11 }, (_, i) =>
    makeTopic({
      id: `t-${i}`,
      title: { en: `Topic ${i}` },
      sources: [{ url: `https://example.org/${i}`, publisher: 'example-ministry' }],
    }),
  )
  const index = indexDataset(
    makeDataset({
      topics,
      meetings: [makeMeeting(), makeMeeting({ id: 'm-2021', startDate: '2021-08-05', endDate: '2021-08-05' })],
    }),
  )

  it('splits eleven topics into pages of two and skips meetings without topics', () => {
    const deck = buildSlides(index, none, 'en', { outline: everything(index) })
    const pages = Math.ceil(11 / TOPICS_PER_SLIDE)
    expect(kinds(deck.slides)).toEqual([
      'title',
      'timeline',
      'meeting',
      ...Array.from({ length: pages }, () => 'topics'),
      'chart',
      'themes',
      'sources',
    ])
    expect(deck.slides.map((s) => s.title).slice(3, 3 + pages)).toEqual(
      Array.from({ length: pages }, (_, i) => `Topics (${i + 1} of ${pages})`),
    )
  })

  it('shows a single "no topics" slide when nothing matches', () => {
    const deck = buildSlides(index, { ...none, q: 'nothing like this' }, 'en')
    expect(kinds(deck.slides)).toEqual(['title', 'empty'])
  })

  it('notes for a topic slide carry each topic summary and source', () => {
    const deck = buildSlides(index, none, 'en', { outline: everything(index) })
    const slide = deck.slides.find((s) => s.kind === 'topics')!
    const notes = buildNotes(index, deck, slide, 'en')
    expect(notes[0]).toEqual({
      text: 'Topic 0: Ministers discussed it.',
      sources: [{ label: 'Example Ministry (Official)', href: 'https://example.org/0' }],
    })
    expect(notes).toHaveLength(TOPICS_PER_SLIDE)
    expect(
      deck.slides.filter((s) => s.kind === 'topics').map((s) => (s.kind === 'topics' ? s.topics.length : 0)),
    ).toEqual([2, 2, 2, 2, 2, 1])
  })
})

describe('meeting slides with long topic lists', () => {
  const many = (n: number) =>
    indexDataset(
      makeDataset({
        topics: Array.from({ length: n }, (_, i) => makeTopic({ id: `t-${i}`, title: { en: `Topic ${i}` } })),
      }),
    )
  const meetingSlide = (n: number, lang: 'en' | 'ja') => {
    const index = many(n)
    const slide = buildSlides(index, none, lang, { outline: everything(index) }).slides.find(
      (s) => s.kind === 'meeting',
    )
    if (slide?.kind !== 'meeting') throw new Error('no meeting slide')
    return slide
  }

  it('cut to fit say how many more there are, in both languages', () => {
    const en = meetingSlide(MEETING_TOPICS_ON_SLIDE + 3, 'en')
    expect(en.topics.map((c) => c.title.text)).toEqual(
      Array.from({ length: MEETING_TOPICS_ON_SLIDE - 1 }, (_, i) => `Topic ${i}`),
    )
    expect(en.more).toBe('and 4 more')
    expect(meetingSlide(MEETING_TOPICS_ON_SLIDE + 3, 'ja').more).toBe('ほか4件')
  })

  it('that fit are shown whole, with no "more" line', () => {
    const slide = meetingSlide(MEETING_TOPICS_ON_SLIDE, 'en')
    expect(slide.topics).toHaveLength(MEETING_TOPICS_ON_SLIDE)
    expect(slide.more).toBeNull()
  })

  it('every topic of the real dataset is on its meeting slide or counted in "more"', () => {
    for (const slide of buildSlides(real, none, 'en', { outline: everything(real) }).slides) {
      if (slide.kind !== 'meeting') continue
      const hidden = slide.more === null ? 0 : Number(/\d+/.exec(slide.more)?.[0])
      expect(slide.topics.length + hidden, slide.id).toBe(slide.line.topicCount)
    }
  })
})

describe('clampSlide', () => {
  it('keeps the number inside the deck', () => {
    expect(clampSlide(0, 5)).toBe(1)
    expect(clampSlide(3, 5)).toBe(3)
    expect(clampSlide(99, 5)).toBe(5)
    expect(clampSlide(3, 0)).toBe(1)
  })
})

describe('speaker notes cite sources as a presenter would', () => {
  const topic = makeTopic({
    id: 't-cited',
    sources: [
      { url: 'https://news.example.com/story', publisher: 'example-news' },
      { url: 'https://example.org/a', publisher: 'example-ministry' },
      { url: 'https://example.org/a', publisher: 'example-ministry' },
      { url: 'https://archive.example.net/copy', publisher: 'example-archive' },
    ],
  })
  const index = indexDataset(makeDataset({ topics: [topic], meetings: [makeMeeting()] }))

  it.each([
    ['en', ['Example Ministry (Official)', 'Example Archive (Document archive)', 'Example News (Press coverage)']],
    ['ja', ['例示省(公式)', '例示アーカイブ(文書アーカイブ)', '例示ニュース(報道)']],
  ] as const)('names the publisher and its authority, official first, each address once (%s)', (lang, labels) => {
    const deck = buildSlides(index, none, lang, { outline: everything(index) })
    const slide = deck.slides.find((s) => s.kind === 'topics')!
    const [point] = buildNotes(index, deck, slide, lang)
    expect(point!.sources.map((s) => s.label)).toEqual(labels)
    expect(point!.sources.map((s) => s.href)).toEqual([
      'https://example.org/a',
      'https://archive.example.net/copy',
      'https://news.example.com/story',
    ])
  })
})
