import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import type { Publisher } from '@/data/schema'
import type { OutlineEntry } from '@/url/outline'
import { indexDataset } from '@/data/selectors'
import type { TopicFilters } from '@/filters/applyFilters'
import { buildSlides } from './buildSlides'
import { slideSources, sourceNames } from './slideSources'

const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
const real = indexDataset(parseDataset(JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as unknown))

describe('slideSources', () => {
  const all: OutlineEntry[] = ['title', 'meetings', 'topics', 'chart', 'sources'].map((kind) => ({
    kind: kind as OutlineEntry['kind'],
    id: null,
    isOn: true,
    message: null,
  }))
  const withMeetings = [
    ...all,
    ...real.meetings.map((m) => ({ kind: 'meeting' as const, id: m.id, isOn: true, message: null })),
  ]
  const deck = buildSlides(real, { ...none, pillar: 'digital-government' }, 'en', { outline: withMeetings })

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

  it('the sources slide stands on every source of the deck', () => {
    const slide = deck.slides.find((s) => s.kind === 'sources')!
    const urls = new Set(slideSources(real, deck, slide).map((s) => s.url))
    for (const topic of deck.topics) for (const s of topic.sources) expect(urls).toContain(s.url)
  })

  it('an agreements slide stands on the sources of what it lists', () => {
    const trieste = buildSlides(real, none, 'en', {
      outline: [{ kind: 'agreements', id: '2021-trieste', isOn: true, message: null }],
    })
    const slide = trieste.slides.find((s) => s.kind === 'agreements')!
    const urls = slideSources(real, trieste, slide).map((s) => s.url)
    const meeting = real.meetingById.get('2021-trieste')!
    for (const a of meeting.agreements) for (const s of a.sources) expect(urls).toContain(s.url)
  })
})

describe('sourceNames', () => {
  const publishers = new Map<string, Publisher>([
    ['mic', { id: 'mic', name: { en: 'MIC', ja: '総務省' }, kind: 'official' }],
    ['news', { id: 'news', name: { en: 'Daily News' }, kind: 'press' }],
    ['repo', { id: 'repo', name: { en: 'Doc Archive' }, kind: 'archive' }],
  ])
  const at = (publisher: string, url = `https://${publisher}.example/`) => ({ url, publisher, fact: 'F1' })

  it('names publishers once, official before archives before press, the most cited first within a kind', () => {
    const sources = [at('news'), at('news'), at('news'), at('repo'), at('mic'), at('mic', 'https://mic.example/2')]
    expect(sourceNames(sources, publishers, 'en')).toEqual(['MIC', 'Doc Archive', 'Daily News'])
  })
  it('names the publisher in the deck’s language, never the fact number', () => {
    const names = sourceNames([at('mic')], publishers, 'ja')
    expect(names).toEqual(['総務省'])
    expect(names.join()).not.toContain('F1')
  })
  it('falls back to the domain, as press, for a publisher the table lacks', () => {
    expect(sourceNames([at('gone', 'https://www.gone.org/x'), at('repo')], publishers, 'en')).toEqual([
      'Doc Archive',
      'gone.org',
    ])
  })
  it('every source of the real data has a named publisher', () => {
    const names = sourceNames(
      real.topics.flatMap((t) => t.sources),
      real.publisherById,
      'en',
    )
    const tableNames = new Set([...real.publisherById.values()].map((p) => p.name.en))
    expect(names.some((n) => n.includes('Ministry of Internal Affairs and Communications'))).toBe(true)
    for (const name of names) expect(tableNames).toContain(name)
  })
})
