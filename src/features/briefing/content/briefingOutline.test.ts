import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDataset } from '@/data/parseDataset'
import { indexDataset } from '@/data/selectors'
import type { TopicFilters } from '@/filters/applyFilters'
import { parseOutline, serializeOutline } from '@/url/outline'
import { addKeyMessage, defaultOutline, moveEntry, placeEntry, removeKeyMessage, setEntryOn } from './briefingOutline'
import { buildSlides } from './buildSlides'

const none: TopicFilters = { pillar: 'all', years: [], meetings: [], themes: [], q: '' }
const real = indexDataset(parseDataset(JSON.parse(readFileSync('public/data/g20-digital.json', 'utf8')) as unknown))
const outline = parseOutline('title,meetings,agreements:2021-trieste,chart,sources')!
const shown = (o: typeof outline) => serializeOutline(o.filter((e) => e.isOn))

describe('the proposed outline', () => {
  it.each([
    ['everything', none],
    ['digital government', { ...none, pillar: 'digital-government' as const }],
    ['2021', { ...none, years: [2021] }],
  ])('is a 5–7 slide deck for ten minutes (%s): title, meetings, agreements, one chart, sources', (_name, filters) => {
    const deck = buildSlides(real, filters, 'en')
    expect(deck.slides.length).toBeGreaterThanOrEqual(5)
    expect(deck.slides.length).toBeLessThanOrEqual(7)
    const k = deck.slides.map((s) => s.kind)
    expect(k[0]).toBe('title')
    expect(k[1]).toBe('timeline')
    expect(k).toContain('agreements')
    expect(k.filter((x) => x === 'chart' || x === 'themes')).toEqual(['chart'])
    expect(k.at(-1)).toBe('sources')
  })

  it('offers every other slide of the view, turned off', () => {
    const topics = real.topics.filter((t) => t.pillar === 'digital-government')
    const meetings = real.meetings.filter((m) => topics.some((t) => t.meetingId === m.id))
    const proposed = defaultOutline(meetings, topics)
    const off = proposed.filter((e) => !e.isOn).map((e) => (e.id ? `${e.kind}:${e.id}` : e.kind))
    for (const m of meetings) expect(off).toContain(`meeting:${m.id}`)
    expect(off).toEqual(expect.arrayContaining(['topics', 'themes']))
  })

  it('is just the title when nothing is in scope', () => {
    expect(defaultOutline([], []).map((e) => e.kind)).toEqual(['title'])
  })

  it('is what the deck shows when the URL has no outline, and a stored outline replaces it', () => {
    const deck = buildSlides(real, none, 'en')
    expect(deck.outline).toEqual(defaultOutline(deck.meetings, deck.topics))
    const mine = buildSlides(real, none, 'en', { outline })
    expect(mine.slides.map((s) => s.id)).toEqual(['title', 'meetings', 'agreements:2021-trieste', 'chart', 'sources'])
  })
})

describe('editing the outline', () => {
  it('moves a slide up and down, and leaves the ends where they are', () => {
    expect(shown(moveEntry(outline, 3, -1))).toBe('title,meetings,chart,agreements:2021-trieste,sources')
    expect(shown(moveEntry(outline, 0, 1))).toBe('meetings,title,agreements:2021-trieste,chart,sources')
    expect(moveEntry(outline, 0, -1)).toEqual(outline)
    expect(moveEntry(outline, 4, 1)).toEqual(outline)
    expect(shown(placeEntry(outline, 4, 0))).toBe('sources,title,meetings,agreements:2021-trieste,chart')
  })

  it('drops a slide by turning it off, and keeps it in the list to turn back on', () => {
    const off = setEntryOn(outline, 3, false)
    expect(shown(off)).toBe('title,meetings,agreements:2021-trieste,sources')
    expect(serializeOutline(off)).toBe('title,meetings,agreements:2021-trieste,-chart,sources')
    expect(setEntryOn(off, 3, true)).toEqual(outline)
    const deck = buildSlides(real, none, 'en', { outline: off })
    expect(deck.slides.map((s) => s.id)).not.toContain('chart')
  })

  it('adds a key message as a slide or as a line on a slide, and removes it again', () => {
    const slide = addKeyMessage(outline, [], { slideAfter: 0 }, 'Trieste is where it all came together')!
    expect(serializeOutline(slide.outline)).toBe('title,key~0,meetings,agreements:2021-trieste,chart,sources')
    const line = addKeyMessage(slide.outline, slide.messages, { lineOn: 4 }, 'Government rose after 2020')!
    expect(serializeOutline(line.outline)).toBe('title,key~0,meetings,agreements:2021-trieste,chart~1,sources')
    const deck = buildSlides(real, none, 'en', { outline: line.outline, messages: line.messages })
    expect(deck.slides[1]).toMatchObject({ kind: 'key', message: 'Trieste is where it all came together' })
    expect(deck.slides.find((s) => s.id === 'chart')?.keyMessage).toBe('Government rose after 2020')
    const back = removeKeyMessage(line.outline, line.messages, 1)
    expect(serializeOutline(back.outline)).toBe('title,meetings,agreements:2021-trieste,chart~1,sources')
    expect(back.messages).toEqual(['', 'Government rose after 2020'])
  })

  it('shows nothing for a key message that was never written, and no slide for a meeting out of scope', () => {
    const o = parseOutline('title,key~3,meeting:2017-dusseldorf,chart~5')!
    const deck = buildSlides(real, { ...none, years: [2021] }, 'en', { outline: o })
    expect(deck.slides.map((s) => s.id)).toEqual(['title', 'chart'])
    expect(deck.slides[1]?.keyMessage).toBeNull()
  })

  it('uses the title the user wrote, else the dataset title', () => {
    expect(buildSlides(real, none, 'en', { outline, title: 'Briefing for the minister' }).slides[0]?.title).toBe(
      'Briefing for the minister',
    )
    expect(buildSlides(real, none, 'en', { outline }).slides[0]?.title).toBe(real.meta.title.en)
  })
})
