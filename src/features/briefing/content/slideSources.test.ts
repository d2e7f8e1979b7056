import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import { indexDataset } from '@/data/selectors'
import type { TopicFilters } from '@/filters/applyFilters'
import { buildSlides } from './buildSlides'
import { slideSources, sourceHost, sourceNames } from './slideSources'

const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
const real = indexDataset(parseDataset(JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as unknown))

describe('slideSources', () => {
  const deck = buildSlides(real, { ...none, pillar: 'digital-government' }, 'en')

  it('a topics slide stands on exactly its topics’ sources', () => {
    const slide = deck.slides.find((s) => s.kind === 'topics')!
    const ids = slide.kind === 'topics' ? slide.topics.map((c) => c.id) : []
    expect(slideSources(real, deck, slide)).toEqual(ids.flatMap((id) => real.topicById.get(id)!.sources))
  })

  it('a meeting slide stands on the meeting’s sources and those of its topics in scope', () => {
    const slide = deck.slides.find((s) => s.kind === 'meeting')!
    const urls = slideSources(real, deck, slide).map((s) => s.url)
    const meeting = slide.kind === 'meeting' ? real.meetingById.get(slide.meetingId)! : undefined
    for (const s of meeting?.sources ?? []) expect(urls).toContain(s.url)
    // Out of scope here: the meeting's digital economy topics.
    const scoped = real.topics.filter((t) => t.meetingId === meeting?.id && t.pillar === 'digital-government')
    const expected = [...(meeting?.sources ?? []), ...scoped.flatMap((t) => t.sources)].map((s) => s.url)
    expect(new Set(urls)).toEqual(new Set(expected))
  })

  it('a sources page names the sources of the URLs it lists', () => {
    const slide = deck.slides.find((s) => s.kind === 'sources')!
    const urls = new Set(slideSources(real, deck, slide).map((s) => s.url))
    expect([...urls].sort()).toEqual(slide.kind === 'sources' ? [...slide.urls].sort() : [])
  })
})

describe('sourceNames', () => {
  const at = (url: string) => ({ url })
  it('names each host once, without www., the most cited first', () => {
    const sources = [at('https://b.org/1'), at('https://www.a.org/1'), at('https://a.org/2'), at('https://c.org/')]
    expect(sourceNames(sources)).toEqual(['a.org', 'b.org', 'c.org'])
    expect(sourceHost('https://www2.slideshare.net/x')).toBe('slideshare.net')
  })
  it('takes another namer, for publisher names', () => {
    expect(sourceNames([at('https://www.soumu.go.jp/x')], () => 'MIC')).toEqual(['MIC'])
  })
})
